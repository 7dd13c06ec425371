import type { FileEntry, FileStat, FileSystem } from './fs';

/**
 * What a check's answer depends on in the workspace, as the checks saw it: every file read or
 * stat'ed (its size and modification time, or that it was missing), every folder listed (its
 * modification time, which an entry added, removed or renamed moves), every link resolved (where
 * it led). A cached result stands while a stat of each says the same (core/resultcache.ts).
 */
export interface Observations {
  /** path -> `size:mtimeMs` of a file or folder stat'ed or read, `-` when it could not be. */
  stats: Record<string, string>;
  /** path -> its real path, `-` when it could not be resolved. */
  reals: Record<string, string>;
}

export const MISSING = '-';

export function statKey(st: FileStat | undefined): string {
  return st ? `${st.size}:${st.mtimeMs}` : MISSING;
}

/**
 * A FileSystem that notes what every read saw, for the result cache. Observations are kept for
 * the workspace's life (the workspace caches what it read, so a later check reads less than it
 * uses): a result is stored with all of them, more than it needs, never fewer.
 *
 * A file's stat is taken before it is read (or was, by an earlier stat): a change after the
 * stat makes the stored stat old, which fails validation (a stale answer is never kept as fresh).
 */
export class RecordingFs implements FileSystem {
  private stats = new Map<string, string>();
  private reals = new Map<string, string>();
  /** Bumped when a path is seen again and differs: a check running across it may have mixed the two. */
  changes = 0;

  constructor(private readonly inner: FileSystem) {}

  private note(map: Map<string, string>, key: string, value: string): void {
    const old = map.get(key);
    if (old !== undefined && old !== value) this.changes++;
    map.set(key, value);
  }

  private async observe(p: string): Promise<void> {
    this.note(this.stats, p, statKey(await this.inner.stat(p).catch(() => undefined)));
  }

  async readFile(p: string, maxBytes?: number): Promise<Buffer> {
    // A stat seen before (the workspace stats a file before reading it) predates this read too.
    if (!this.stats.has(p)) await this.observe(p);
    return this.inner.readFile(p, maxBytes);
  }

  async stat(p: string): Promise<FileStat> {
    try {
      const st = await this.inner.stat(p);
      this.note(this.stats, p, statKey(st));
      return st;
    } catch (e) {
      this.note(this.stats, p, MISSING);
      throw e;
    }
  }

  async realpath(p: string): Promise<string> {
    try {
      const real = await this.inner.realpath(p);
      this.note(this.reals, p, real);
      return real;
    } catch (e) {
      this.note(this.reals, p, MISSING);
      throw e;
    }
  }

  async readdir(p: string): Promise<FileEntry[]> {
    await this.observe(p);
    return this.inner.readdir(p);
  }

  /** Everything seen so far. */
  snapshot(): Observations {
    return { stats: Object.fromEntries(this.stats), reals: Object.fromEntries(this.reals) };
  }
}

/** Whether the file system still says what was observed (stats and link targets only; nothing is read). */
export async function stillTrue(fs: FileSystem, seen: Observations): Promise<boolean> {
  const checks: Promise<boolean>[] = [];
  for (const [p, want] of Object.entries(seen.stats)) {
    checks.push(fs.stat(p).then((st) => statKey(st) === want, () => want === MISSING));
  }
  for (const [p, want] of Object.entries(seen.reals)) {
    checks.push(fs.realpath(p).then((real) => real === want, () => want === MISSING));
  }
  return (await Promise.all(checks)).every(Boolean);
}
