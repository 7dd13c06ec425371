/**
 * What the check of one document keeps for the check of its next version (an editor re-checks on
 * every keystroke): the parse and model of each unchanged chunk (ParseCache, model.ts), and each
 * cited path's resolution and loaded file while the workspace reports no change. The engine reads
 * it through CheckOptions.reuse; a check without one computes everything, and a check with one
 * gives the same result (test/unit/incremental.test.ts).
 */
import { ParseCache } from './chunks';
import type { LoadedGoFile, Resolution, Workspace } from './workspace';

export class CheckReuse {
  /** Chunk parses and model parts of the latest version. */
  readonly parse = new ParseCache();
  private files?: FileAnswers;

  /**
   * The answers about cited files for a check: those the last check got, when it asked the same
   * watched workspace for the same document and no change was reported since; else none.
   */
  fileAnswers(ws: Workspace, docAbs: string | undefined): FileAnswers {
    const stamp = ws.changeCount;
    const f = this.files;
    const same = f && stamp !== undefined && f.ws === ws && f.stamp === stamp && f.docAbs === docAbs;
    const next: FileAnswers = { ws, stamp, docAbs, resolutions: new Answers(same ? f.resolutions : undefined), loads: new Answers(same ? f.loads : undefined) };
    // Not watched: nothing says when a file changes, so each check asks again.
    this.files = stamp === undefined ? undefined : next;
    return next;
  }
}

/** Each distinct cited path resolved once and each cited file loaded once (a check asks for them here). */
export interface FileAnswers {
  readonly ws: Workspace;
  readonly stamp: number | undefined;
  readonly docAbs: string | undefined;
  readonly resolutions: Answers<Resolution>;
  readonly loads: Answers<LoadedGoFile>;
}

/**
 * Answers by key, each asked once: those the previous check got are taken over when asked again,
 * so what is kept is what the latest version cites (a path typed letter by letter leaves no trail).
 * Only an answer that came is taken over: one that failed is asked again.
 */
export class Answers<T> {
  private readonly now = new Map<string, { answer: Promise<T>; came: boolean }>();
  private readonly before?: Map<string, { answer: Promise<T>; came: boolean }>;

  constructor(before?: Answers<T>) {
    this.before = before?.now;
  }

  get(key: string, ask: () => Promise<T>): Promise<T> {
    let entry = this.now.get(key);
    if (!entry) {
      const old = this.before?.get(key);
      if (old?.came) entry = old;
      else {
        const fresh = { answer: ask(), came: false };
        fresh.answer.then(() => (fresh.came = true), () => undefined);
        entry = fresh;
      }
      this.now.set(key, entry);
    }
    return entry.answer;
  }
}
