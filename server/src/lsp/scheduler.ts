/**
 * When each open document is checked: a leading-edge debounce, one cancellation token per run
 * (a newer version or a newer run cancels it), and publishing only if not older than the last
 * published version. It knows nothing of what a check does; the server hands it `run`.
 */
import type { Cancellation } from '../core/types';

export const DEFAULT_DEBOUNCE_MS = 50;

interface Slot {
  timer?: NodeJS.Timeout;
  /** The run in flight, if any. */
  run?: Run;
  /** The version whose diagnostics were last published. */
  published: number;
  /** When the last edit arrived (performance.now()), for the debounce. */
  lastChange: number;
}

/** One check of one document: its cancellation token and the right to publish. */
export class Run implements Cancellation {
  isCancellationRequested = false;

  constructor(
    private readonly slot: Slot,
    /** Whether the document is still open in the same session (not closed, not reopened). */
    private readonly live: () => boolean,
  ) {}

  cancel(): void {
    this.isCancellationRequested = true;
  }

  /** Whether diagnostics of `version` may go out now: not cancelled, still open, not older than the last ones published. */
  mayPublish(version: number): boolean {
    return !this.isCancellationRequested && this.live() && version >= this.slot.published;
  }

  /** Records that diagnostics of `version` went out. */
  published(version: number): void {
    if (version > this.slot.published) this.slot.published = version;
  }

  /** The run is over: it no longer needs cancelling. */
  done(): void {
    if (this.slot.run === this) this.slot.run = undefined;
  }
}

export class Scheduler {
  private slots = new Map<string, Slot>();

  constructor(
    /** Checks the document's current version; called when a scheduled check is due. */
    private readonly check: (uri: string) => void,
    public debounce = DEFAULT_DEBOUNCE_MS,
  ) {}

  has(uri: string): boolean {
    return this.slots.has(uri);
  }

  /**
   * A new version of a document arrived. An edit after a quiet spell is checked at once
   * (keystroke to diagnostics is then the check's own time); edits in quick succession wait
   * for a pause. The check in flight is cancelled: its version is already old.
   */
  edited(uri: string): void {
    const fresh = !this.slots.has(uri);
    const slot = this.slot(uri);
    this.cancel(slot);
    const now = performance.now();
    const quiet = now - slot.lastChange >= this.debounce;
    slot.lastChange = now;
    this.schedule(uri, fresh || quiet ? 0 : this.debounce);
  }

  /** Checks a document again after the debounce (something it depends on changed). */
  later(uri: string): void {
    if (this.slots.has(uri)) this.schedule(uri, this.debounce);
  }

  /** The documents being tracked. */
  uris(): IterableIterator<string> {
    return this.slots.keys();
  }

  /** Starts a run of a document, cancelling the one in flight. */
  start(uri: string): Run {
    const slot = this.slot(uri);
    this.cancel(slot);
    const run = new Run(slot, () => this.slots.get(uri) === slot);
    slot.run = run;
    return run;
  }

  /** The document was closed: nothing more is checked or published for it. */
  close(uri: string): boolean {
    const slot = this.slots.get(uri);
    if (!slot) return false;
    this.forget(slot);
    this.slots.delete(uri);
    return true;
  }

  /** Shutting down: cancels every run in flight and every scheduled one. */
  stopAll(): void {
    for (const slot of this.slots.values()) this.forget(slot);
  }

  private slot(uri: string): Slot {
    let slot = this.slots.get(uri);
    if (!slot) this.slots.set(uri, (slot = { published: -1, lastChange: -Infinity }));
    return slot;
  }

  private schedule(uri: string, delay: number): void {
    const slot = this.slot(uri);
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = setTimeout(() => {
      slot.timer = undefined;
      this.check(uri);
    }, delay);
  }

  private cancel(slot: Slot): void {
    slot.run?.cancel();
    slot.run = undefined;
  }

  private forget(slot: Slot): void {
    this.cancel(slot);
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = undefined;
  }
}
