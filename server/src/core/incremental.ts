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

  private context?: { parts: readonly unknown[]; token: object };

  /**
   * What stands for everything a chunk rule's findings depend on besides the chunk's text
   * (chunk-rules.ts): the same object as the last check's while every part is the same, else a
   * new one (and the findings kept on chunks are made again).
   */
  chunkContext(parts: readonly unknown[]): object {
    const last = this.context;
    if (last && last.parts.length === parts.length && last.parts.every((x, i) => x === parts[i])) return last.token;
    this.context = { parts, token: {} };
    return this.context.token;
  }

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
  private readonly now = new Map<string, Entry<T>>();
  private readonly before?: Map<string, Entry<T>>;

  constructor(before?: Answers<T>) {
    this.before = before?.now;
  }

  get(key: string, ask: () => Promise<T>): Promise<T> {
    return this.entry(key, ask).answer;
  }

  /**
   * The answer itself when it has come (most do, on a re-check), else its promise: a check awaits
   * only what is still to come, not a turn of the event loop for each of thousands of citations.
   */
  known(key: string, ask: () => Promise<T>): { value: T } | Promise<T> {
    const e = this.entry(key, ask);
    return e.came ? { value: e.value as T } : e.answer;
  }

  private entry(key: string, ask: () => Promise<T>): Entry<T> {
    let entry = this.now.get(key);
    if (!entry) {
      const old = this.before?.get(key);
      if (old?.came) entry = old;
      else {
        const fresh: Entry<T> = { answer: ask(), came: false };
        fresh.answer.then((v) => {
          fresh.value = v;
          fresh.came = true;
        }, () => undefined);
        entry = fresh;
      }
      this.now.set(key, entry);
    }
    return entry;
  }
}

interface Entry<T> {
  answer: Promise<T>;
  came: boolean;
  value?: T;
}
