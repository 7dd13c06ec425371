import * as fs from 'node:fs';
import * as path from 'node:path';
import { statKey } from '../recordfs';
import { discoverRepository } from './discover';

/**
 * What git would answer a check about, read from the repository's files without starting git:
 * the parts of a repository's state a cached answer with history rests on (core/historykey.ts).
 * Only a plain repository is read (discover.ts: a `.git` folder, no linked worktree, no
 * extensions such as reftable, no includes); for any other, `repoState` answers undefined and
 * nothing with history is cached. Every part is read when the state is made, before the checks
 * that rest on it ask git anything: a change after that makes a kept answer's value older than
 * the disk's, so it fails validation next time (never the other way round). A few stats and two
 * small reads, well under a millisecond.
 *
 * Parts (each a string; equal strings, equal answers):
 * - `head`: HEAD's ref and the commit it names (loose ref file or packed-refs), or HEAD's commit
 *   when detached. Everything committed is named by it: blame at HEAD, HEAD's version of each
 *   file, diffs and logs up to HEAD, the commit before the plan's modification time.
 * - `index`: the index file's stat: which untracked plans and files are tracked (staged).
 * - `config`: the stat of every configuration git reads (the repository's, the user's, the
 *   system's), of the attributes files at the top (`.gitattributes`, `info/attributes`: diff
 *   drivers and binary files), and of what rewrites history (`info/grafts`, `refs/replace`).
 *   Remotes' URLs live in the config.
 * - `shallow`: `.git/shallow`'s stat: a deepened clone knows commits it lacked.
 * - `refs`: every ref and object that can arrive without HEAD moving: `packed-refs`, every folder
 *   under `refs/` (a ref is written by renaming a lock file into its folder, which moves the
 *   folder's time), `FETCH_HEAD`, `objects/pack`, `objects/info/alternates`. Asked only by a
 *   check that named something but HEAD and full commit ids (`--since`, a stamp, a permalink
 *   whether pushed, an id this clone lacked).
 *
 * Not covered (an answer kept across them could be stale, so they are documented limits):
 * `.gitattributes` files in subfolders, files the configuration includes (discover.ts refuses a
 * config with `[include]` of its own, not the user's).
 */
export type RepoPart = 'head' | 'index' | 'config' | 'shallow' | 'refs';

export interface RepoState {
  /** The part's value when the state was made; `newest`: the latest modification time among the files it stat'ed. */
  part(name: RepoPart): { value: string; newest: number };
}

/** The state of the repository holding `root`, when it is a plain one; undefined otherwise. */
export function repoState(root: string, env: NodeJS.ProcessEnv = process.env): RepoState | undefined {
  const repo = discoverRepository(root);
  if (!repo) return undefined;
  const gitDir = path.join(repo.root, '.git');
  const readers: Record<RepoPart, () => { value: string; newest: number }> = {
    head: () => ({ value: head(gitDir), newest: 0 }),
    index: () => stats([path.join(gitDir, 'index')]),
    config: () => stats([
      path.join(gitDir, 'config'),
      ...userConfigs(env),
      path.join(repo.root, '.gitattributes'),
      path.join(gitDir, 'info', 'attributes'),
      path.join(gitDir, 'info', 'grafts'),
      path.join(gitDir, 'refs', 'replace'),
    ]),
    shallow: () => stats([path.join(gitDir, 'shallow')]),
    refs: () => stats([
      path.join(gitDir, 'packed-refs'),
      path.join(gitDir, 'FETCH_HEAD'),
      path.join(gitDir, 'objects', 'pack'),
      path.join(gitDir, 'objects', 'info', 'alternates'),
      ...folders(path.join(gitDir, 'refs')),
    ]),
  };
  const read = new Map((Object.keys(readers) as RepoPart[]).map((name) => [name, readers[name]()]));
  return { part: (name) => read.get(name)! };
}

/** The configuration files git reads besides the repository's (GIT_CONFIG_* is not passed to git: git.ts gitEnv). */
function userConfigs(env: NodeJS.ProcessEnv): string[] {
  // node:os only when HOME is unset: a run of a few files never loads it.
  const home = env.HOME || (require('node:os') as typeof import('node:os')).homedir();
  const xdg = env.XDG_CONFIG_HOME || path.join(home, '.config');
  return [path.join(home, '.gitconfig'), path.join(xdg, 'git', 'config'), '/etc/gitconfig'];
}

function stats(files: string[]): { value: string; newest: number } {
  let newest = 0;
  const value = files.map((f) => {
    const st = statOf(f);
    if (st) newest = Math.max(newest, st.mtimeMs);
    return statKey(st);
  });
  return { value: value.join('|'), newest };
}

/** `refs` and every folder under it (a few: heads, tags, remotes/NAME, their subfolders). */
function folders(top: string): string[] {
  const out: string[] = [];
  const walk = (d: string, depth: number) => {
    out.push(d);
    if (depth > 8) return;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) if (e.isDirectory()) walk(path.join(d, e.name), depth + 1);
  };
  walk(top, 0);
  return out;
}

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** HEAD as `ref=commit` (or `ref=` when the branch has no commit yet), or the commit when detached. */
function head(gitDir: string): string {
  let content = readText(path.join(gitDir, 'HEAD'));
  const names: string[] = [];
  // A ref may itself be symbolic (refs/heads/main -> refs/heads/trunk): followed a few steps, as git does.
  for (let i = 0; i < 5 && content?.startsWith('ref: '); i++) {
    const name = content.slice(5);
    names.push(name);
    content = readText(path.join(gitDir, name)) ?? packed(gitDir, name) ?? '';
  }
  if (content !== undefined && content !== '' && !SHA.test(content) && !content.startsWith('ref: ')) content = '?';
  return `${names.join('>')}=${content ?? '?'}`;
}

function packed(gitDir: string, name: string): string | undefined {
  const text = readText(path.join(gitDir, 'packed-refs'));
  if (!text) return undefined;
  for (const line of text.split('\n')) {
    const [sha, ref] = line.split(' ');
    if (ref === name && SHA.test(sha)) return sha;
  }
  return undefined;
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    return undefined;
  }
}

function statOf(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch {
    return undefined;
  }
}
