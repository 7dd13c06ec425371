import type { Workspace } from './workspace';

/** What a text index keeps per file to tell, by size and modification time, that it is unchanged. */
export interface Stamped {
  mtimeMs: number;
  size: number;
}

/**
 * One file read behind the same fences as Workspace.load (inside the roots after following links, a
 * regular file, not too large) and indexed by `make`; the `known` entry again while the file's size
 * and modification time are unchanged. Undefined for a file it may not or cannot read.
 */
export async function readFenced<E extends Stamped>(ws: Workspace, abs: string, known: E | undefined, make: (text: string, stamp: Stamped) => E): Promise<E | undefined> {
  try {
    const real = await ws.fs.realpath(abs);
    if (!(await ws.isInside(real))) return undefined;
    const st = await ws.fs.stat(real);
    if (!st.isFile() || st.size > ws.maxFileSize) return undefined;
    if (known && known.mtimeMs === st.mtimeMs && known.size === st.size) return known;
    const text = (await ws.fs.readFile(real)).toString('utf8');
    return make(text, { mtimeMs: st.mtimeMs, size: st.size });
  } catch {
    return undefined;
  }
}
