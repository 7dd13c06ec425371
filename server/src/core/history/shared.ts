import type { Cancellation } from '../types';
import { CancelledError } from '../types';

/**
 * One answer shared by every caller asking the same question while it is in flight. The work
 * runs with a token that fires only when every caller waiting for it has cancelled: a caller
 * that gave up does not take the answer away from one still waiting (a newer run of the same
 * document joins the answer an older, cancelled run started).
 */
export class SharedAnswers<T> {
  private inflight = new Map<string, { promise: Promise<T>; waiters: (Cancellation | undefined)[] }>();

  /** The answer to `key`, asked with `ask` unless someone is already asking. */
  async get(key: string, token: Cancellation | undefined, ask: (t: Cancellation) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      if (token?.isCancellationRequested) throw new CancelledError();
      let entry = this.inflight.get(key);
      if (!entry) {
        const waiters: (Cancellation | undefined)[] = [];
        const all: Cancellation = { get isCancellationRequested() { return waiters.length > 0 && waiters.every((w) => w?.isCancellationRequested); } };
        const made = { promise: Promise.resolve().then(() => ask(all)), waiters };
        entry = made;
        this.inflight.set(key, made);
        const clear = () => { if (this.inflight.get(key) === made) this.inflight.delete(key); };
        made.promise.then(clear, clear);
      }
      entry.waiters.push(token);
      try {
        const value = await entry.promise;
        if (token?.isCancellationRequested) throw new CancelledError();
        return value;
      } catch (e) {
        // Ended because everyone waiting then had cancelled, and this caller arrived since: ask again.
        if (e instanceof CancelledError && !token?.isCancellationRequested && attempt < 3) continue;
        throw e;
      } finally {
        const i = entry.waiters.indexOf(token);
        if (i >= 0) entry.waiters.splice(i, 1);
      }
    }
  }
}
