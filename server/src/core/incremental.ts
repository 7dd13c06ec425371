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
   * The answers about cited files to use for a check: the last check's when it asked the same
   * watched workspace, for the same document, and no change was reported since; else fresh maps.
   */
  fileAnswers(ws: Workspace, docAbs: string | undefined): FileAnswers {
    const stamp = ws.changeCount;
    const f = this.files;
    if (f && stamp !== undefined && f.ws === ws && f.stamp === stamp && f.docAbs === docAbs) return f;
    const fresh: FileAnswers = { ws, stamp, docAbs, resolutions: new Map(), loads: new Map() };
    // Not watched: nothing says when a file changes, so each check asks again.
    this.files = stamp === undefined ? undefined : fresh;
    return fresh;
  }
}

/** Each distinct cited path resolved once and each cited file loaded once (a check asks for them by these maps). */
export interface FileAnswers {
  readonly ws: Workspace;
  readonly stamp: number | undefined;
  readonly docAbs: string | undefined;
  readonly resolutions: Map<string, Promise<Resolution>>;
  readonly loads: Map<string, Promise<LoadedGoFile>>;
}

/** The map's answer for a key, asked once; a failed answer is forgotten, so the next check asks again. */
export function answerOnce<T>(map: Map<string, Promise<T>>, key: string, ask: () => Promise<T>): Promise<T> {
  let p = map.get(key);
  if (!p) {
    map.set(key, (p = ask()));
    p.catch(() => {
      if (map.get(key) === p) map.delete(key);
    });
  }
  return p;
}
