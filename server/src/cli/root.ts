import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from './args';

export interface Root {
  dir: string;
  /** How it was chosen, for the text header. */
  how: 'option' | 'config' | 'git' | 'cwd';
}

const HOW = { option: '--root', config: 'has .macroplan.json', git: 'the git repository\'s top level', cwd: 'the current folder' } as const;

export function describeRoot(r: Root): string {
  return `${r.dir} (${HOW[r.how]})`;
}

/** --root when given (it must be a folder), else the root found from the paths given. */
export function chooseRoot(given: string | undefined, paths: string[]): Root {
  if (given === undefined) return findRoot(paths, process.cwd());
  const dir = path.resolve(given);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new UsageError(`--root ${given}: not a folder`);
  return { dir, how: 'option' };
}

/**
 * The workspace root without --root, found the way ESLint finds its configuration and git its
 * repository: up from the files given (their common folder), or the current folder, to the
 * first folder holding `.macroplan.json`; the search stops at the repository's top level (a
 * folder holding `.git`), which is the root when no `.macroplan.json` is met; else the current
 * folder. So `cd specs && macroplan check plan.md` resolves citations as from the top.
 */
export function findRoot(paths: readonly string[], cwd: string): Root {
  let dir = startFolder(paths.map((p) => path.resolve(cwd, p)), cwd);
  for (;;) {
    if (isFile(path.join(dir, '.macroplan.json'))) return { dir, how: 'config' };
    if (isRepositoryTop(dir)) return { dir, how: 'git' };
    const up = path.dirname(dir);
    if (up === dir) return { dir: cwd, how: 'cwd' };
    dir = up;
  }
}

function startFolder(abs: string[], cwd: string): string {
  const dirs = abs.filter((p) => fs.existsSync(p)).map((p) => (isDir(p) ? p : path.dirname(p)));
  if (!dirs.length) return cwd;
  let common = dirs[0];
  for (const d of dirs.slice(1)) {
    while (common !== path.dirname(common) && d !== common && !d.startsWith(common + path.sep)) common = path.dirname(common);
  }
  return common;
}

/**
 * The nearest folder above the root, up to the repository's top level, where `rel` exists: a
 * citation the root cannot resolve but a folder above can means the root is too deep (run from
 * a subfolder); the message then suggests --root. Bare file names are not looked for: one of
 * the same name above proves nothing.
 */
export function existsAbove(root: string, rel: string): string | undefined {
  if (!rel.includes('/') || path.isAbsolute(rel) || rel.split('/').includes('..')) return undefined;
  if (isRepositoryTop(root)) return undefined;
  for (let dir = path.dirname(root); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, rel))) return dir;
    if (isRepositoryTop(dir) || dir === path.dirname(dir)) return undefined;
  }
}

/**
 * A git repository's top level, read from disk as git finds it: `.git` is a folder with a HEAD
 * in a clone, a file pointing elsewhere (`gitdir: ...`) in a worktree or submodule.
 */
function isRepositoryTop(dir: string): boolean {
  const dotGit = path.join(dir, '.git');
  if (isFile(path.join(dotGit, 'HEAD'))) return true;
  if (!isFile(dotGit)) return false;
  try { return fs.readFileSync(dotGit, 'utf8').startsWith('gitdir:'); } catch { return false; }
}

function isFile(p: string): boolean {
  try { return fs.statSync(p).isFile(); } catch { return false; }
}

function isDir(p: string): boolean {
  try { return fs.statSync(p).isDirectory(); } catch { return false; }
}
