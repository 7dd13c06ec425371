import * as fs from 'node:fs';
import * as path from 'node:path';
import type { RepositoryInfo } from './types';

/**
 * What `git rev-parse --show-toplevel --is-shallow-repository` would answer for `dir`, read from
 * disk so that a run starts one git process fewer (each costs a fork of this process). Only the
 * plain case is answered: `undefined` means "ask git", whenever anything is unusual:
 *
 * - `null`: no folder from `dir` up (the real path, as git walks it) holds a `.git` or a `HEAD`
 *   (a bare repository), so git could only say "not a git repository".
 * - a repository: the first folder up holding `.git` is a directory that looks like git's own
 *   (HEAD naming a ref or a commit id, objects/ and refs/ folders), owned by this user as is
 *   the folder (git's safe.directory check passes), with no file system boundary (git stops
 *   there) and no `HEAD` on the way (`dir` inside a git directory), and a config
 *   that neither moves the working tree (core.worktree, worktree config), nor says bare, nor
 *   includes other files, nor turns on extensions. Shallow when `.git/shallow` can be read, as
 *   git decides it.
 *
 * A linked worktree or a submodule (`.git` is a file), Windows (no owner to compare), an
 * unreadable file: git is asked.
 */
export function discoverRepository(dir: string): RepositoryInfo | null | undefined {
  let d: string;
  let dev: number;
  try {
    d = fs.realpathSync(dir);
    dev = fs.statSync(d).dev;
  } catch {
    return undefined;
  }
  // Past a file system boundary git stops looking (a repository there is not its answer); that
  // no repository is found at all stays true.
  let crossed = false;
  for (;;) {
    const here = lstat(d);
    if (!here) return undefined;
    if (here.dev !== dev) crossed = true;
    const git = lstat(path.join(d, '.git'));
    if (git === undefined) return undefined;
    if (git) return crossed ? undefined : plainRepository(d, git);
    const head = lstat(path.join(d, 'HEAD'));
    if (head !== null) return undefined;
    const up = path.dirname(d);
    if (up === d) return null;
    d = up;
  }
}

/** The entry's stats; null when there is none; undefined when it cannot be told. */
function lstat(p: string): fs.Stats | null | undefined {
  try {
    return fs.lstatSync(p);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? null : undefined;
  }
}

const HEAD_CONTENT = /^(?:ref: refs\/\S+|[0-9a-f]{40}|[0-9a-f]{64})\n?$/;
/**
 * Config that moves the working tree, makes the repository bare (anything but `bare = false`),
 * pulls in other files, or turns on extensions (one git does not know makes it refuse).
 */
const UNUSUAL_CONFIG = /^\s*(?:worktree\s*=|bare\b(?!\s*=\s*false\s*$)|\[\s*(?:include|extensions))/im;

function plainRepository(top: string, git: fs.Stats): RepositoryInfo | undefined {
  if (process.platform === 'win32' || typeof process.geteuid !== 'function') return undefined;
  const uid = process.geteuid();
  const gitDir = path.join(top, '.git');
  try {
    if (!git.isDirectory() || git.uid !== uid) return undefined;
    if (fs.statSync(top).uid !== uid) return undefined;
    if (!HEAD_CONTENT.test(fs.readFileSync(path.join(gitDir, 'HEAD'), 'utf8'))) return undefined;
    if (!fs.statSync(path.join(gitDir, 'objects')).isDirectory() || !fs.statSync(path.join(gitDir, 'refs')).isDirectory()) return undefined;
    if (lstat(path.join(gitDir, 'commondir')) !== null || lstat(path.join(gitDir, 'config.worktree')) !== null) return undefined;
    if (UNUSUAL_CONFIG.test(fs.readFileSync(path.join(gitDir, 'config'), 'utf8'))) return undefined;
  } catch {
    return undefined;
  }
  let shallow = false;
  try {
    fs.accessSync(path.join(gitDir, 'shallow'), fs.constants.R_OK);
    shallow = true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return undefined;
  }
  return { root: top, shallow };
}
