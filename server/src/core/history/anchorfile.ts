import * as fs from 'node:fs';
import * as path from 'node:path';
import { cacheDir } from '../cachedir';
import { ANCHOR_LIMITS, MemoryAnchorStore, parseStore, serializeStore, type StoreData } from './anchors';

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

  override save(): void {
    if (!this.dirty) return;
    const dir = path.dirname(this.file);
    try {
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      const d = fs.lstatSync(dir);
      const f = lstat(this.file);
      // Never write through a link: the store's place is the git folder's or the cache's.
      if (!d.isDirectory() || (f && !f.isFile())) return;
      const tmp = path.join(dir, `.anchors.${process.pid}.${Date.now()}.tmp`);
      fs.writeFileSync(tmp, serializeStore(this.data), { flag: 'wx', mode: 0o600 });
      fs.renameSync(tmp, this.file);
      this.dirty = false;
      this.saves++;
    } catch {
      // A read-only git folder or a full disk: anchors are an aid, the check stands without them.
    }
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
