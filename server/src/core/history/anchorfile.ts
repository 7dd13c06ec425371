import * as fs from 'node:fs';
import * as path from 'node:path';
import { cacheDir } from '../cachedir';
import { ANCHOR_LIMITS, MemoryAnchorStore, mergeStores, parseStore, serializeStore, type StoreData } from './anchors';
import { FolderHistory } from './folder';

/**
 * The anchor store on disk: `macroplan/anchors.json` in the repository's git directory (never
 * committed, shared by the CLI and the editor; a linked worktree's own), or without git a file per workspace root in the
 * user's cache folder. Never in the working tree.
 *
 * Read once, on first use; written by `save()` through a new file renamed over the old one, so
 * a reader never sees half a store. A link where the folder or file should be, a file over the
 * bound, or content that is no store: ignored, with one message (`say`), and a run goes on as
 * without anchors; a later save replaces a store that was no store, never through a link.
 */
export class FileAnchorStore extends MemoryAnchorStore {
  private loaded = false;

  constructor(readonly file: string, private say: (message: string) => void) {
    super();
  }

  /** Reads the file again on next use (another process, `macroplan check`, may have written it); what is not saved is kept. */
  reread(): void {
    if (!this.dirty) this.loaded = false;
  }

  private load(): void {
    if (this.loaded) return;
    this.loaded = true;
    const st = lstat(this.file);
    if (!st) return;
    // The store's own folder a link (the cache's `macroplan/` pointing elsewhere): not read through it.
    if (!lstat(path.dirname(this.file))?.isDirectory()) return this.ignore('is in a folder that is a link');
    if (!st.isFile() || st.size > ANCHOR_LIMITS.storeBytes) return this.ignore('is not a regular file of a bounded size');
    let data: StoreData | undefined;
    try {
      data = parseStore(fs.readFileSync(this.file, 'utf8'));
    } catch (e) {
      return this.ignore(`cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    if (!data) return this.ignore('is not an anchor store');
    this.data = data;
  }

  private ignore(why: string): void {
    this.say(`history: the anchor store ${this.file} ${why}; it is ignored (citations are followed as without anchors)`);
  }

  override get(key: string) {
    this.load();
    return super.get(key);
  }

  override put(...args: Parameters<MemoryAnchorStore['put']>): void {
    this.load();
    super.put(...args);
  }

  /**
   * Writes the store, merged with what is on disk now: another writer (a worker thread, the
   * editor, another run) may have saved since this one read it, and its anchors must survive
   * (`mergeStores`: the newer sighting of a key wins). Read, merge and rename happen under a
   * lock file, so no writer renames over a store between another's read and rename; a lock held
   * past LOCK_WAIT_MS is given up on (this save is skipped, said once) and one older than
   * LOCK_STALE_MS is a crashed writer's.
   */
  override save(): void {
    if (!this.dirty) return;
    const dir = path.dirname(this.file);
    let lock: string | undefined;
    let tmp: string | undefined;
    try {
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      // Never write through a link: the store's place is the git folder's or the cache's.
      if (!fs.lstatSync(dir).isDirectory()) return;
      lock = takeLock(`${this.file}.lock`);
      if (!lock) return this.say(`history: the anchor store ${this.file} is being written by another process; this run's anchors are not kept`);
      const f = lstat(this.file);
      if (f && !f.isFile()) return;
      const theirs = f && f.size <= ANCHOR_LIMITS.storeBytes ? readStore(this.file) : undefined;
      const merged = theirs ? mergeStores(theirs, this.data) : this.data;
      tmp = path.join(dir, `.anchors.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
      fs.writeFileSync(tmp, serializeStore(merged), { flag: 'wx', mode: 0o600 });
      fs.renameSync(tmp, this.file);
      tmp = undefined;
      this.data = merged;
      this.dirty = false;
      this.saves++;
    } catch {
      // A read-only git folder or a full disk: anchors are an aid, the check stands without them.
      if (tmp) removeQuietly(tmp);
    } finally {
      if (lock) removeQuietly(lock);
    }
  }
}

/** How long a save waits for another writer's lock, at most: a store is written in milliseconds. */
export const LOCK_WAIT_MS = 500;
/** A lock file older than this was left by a writer that died: it is taken over. */
export const LOCK_STALE_MS = 10_000;

/**
 * Creates the lock file (O_EXCL: it fails when the file, or a link, is there); waits for another
 * writer's in short sleeps, at most LOCK_WAIT_MS. The path when taken, else undefined.
 */
function takeLock(lock: string): string | undefined {
  const until = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      fs.closeSync(fs.openSync(lock, 'wx', 0o600));
      return lock;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return undefined;
    }
    const held = lstat(lock);
    // A writer that died holding it: its lock is removed (a link there is never followed, only unlinked).
    if (held && Date.now() - held.mtimeMs > LOCK_STALE_MS) {
      try {
        fs.unlinkSync(lock);
      } catch (e) {
        // ENOENT: another writer took it over first; anything else (a read-only folder): give up.
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return undefined;
      }
      continue;
    }
    if (Date.now() >= until) return undefined;
    sleep(10);
  }
}

/** Removes a file of the store's own (its lock, a temporary file a failed write left). */
function removeQuietly(file: string): void {
  try {
    fs.unlinkSync(file);
  } catch {
    // already gone: nothing to release
  }
}

/** Blocks this thread: a save is synchronous (the command line's last step, the editor's save). */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** The store on disk as it is now, for a merge; undefined when it cannot be read or is no store. */
function readStore(file: string): StoreData | undefined {
  try {
    return parseStore(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function lstat(p: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(p);
  } catch {
    return undefined;
  }
}

/**
 * Where a workspace's anchors live: the git directory of the repository at `repoRoot` (a linked
 * worktree's own), else a file named by the root in the user's cache folder.
 */
export function anchorStorePath(root: string, repoRoot: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const gitDir = repoRoot ? gitDirOf(repoRoot) : undefined;
  if (gitDir) return path.join(gitDir, 'macroplan', 'anchors.json');
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  const name = `anchors-${createHash('sha1').update(path.resolve(root)).digest('hex').slice(0, 16)}.json`;
  return path.join(cacheDir(env), 'macroplan', name);
}

/**
 * The git directory of a working tree's top folder: `.git`, or the folder a `.git` file names (a
 * linked worktree's own: its plans are its own copies, and the main checkout's folder is not
 * written from another worktree).
 */
export function gitDirOf(repoRoot: string): string | undefined {
  const dotGit = path.join(repoRoot, '.git');
  const st = lstat(dotGit);
  if (st?.isDirectory()) return dotGit;
  if (!st?.isFile() || st.size > 4096) return undefined;
  try {
    const m = /^gitdir:\s*(.+?)\s*$/m.exec(fs.readFileSync(dotGit, 'utf8'));
    const dir = m && path.resolve(repoRoot, m[1]);
    return dir && lstat(dir)?.isDirectory() ? dir : undefined;
  } catch {
    return undefined;
  }
}

// Its first home; others import it from here.
export { cacheDir };

/**
 * What both front doors (the command line, the server) switch to when git says no repository
 * holds a workspace root: its citations followed from their anchors alone (FolderHistory), the
 * anchors kept in the user's cache folder under the root's real path.
 */
export function historyWithoutRepository(realRoot: string, say: (message: string) => void, file = anchorStorePath(realRoot, undefined)): { history: FolderHistory; anchors: FileAnchorStore } {
  return { history: new FolderHistory(realRoot), anchors: new FileAnchorStore(file, say) };
}
