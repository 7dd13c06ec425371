/**
 * Git history for the language server: one `History` per workspace folder, created only in a
 * trusted workspace with `macroplan.history.enable` on (an untrusted one never starts git: its
 * own config could name programs git would run); the signal that HEAD moved (file watchers on the
 * git folder's HEAD and branch refs, registered once the repository is known); and why history
 * cannot answer, said once per folder in the output channel. The answers themselves come from
 * the engine (core/history); this module only decides when to ask and whom.
 */
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { checkDocument, type CheckOptions, type CheckResult } from '../core/engine';
import { GitHistory } from '../core/history/git';
import { onceSayer } from '../core/history/plan';
import { HistoryUnavailable, type Blob, type CommitInfo, type CommitPair, type FileChange, type History, type LoggedCommit, type RepositoryInfo } from '../core/history/types';
import { CancelledError, type Cancellation } from '../core/types';
import type { Folder } from './folders';
import { pathToUri } from './convert';

/** A file watcher as LSP registers it: a glob, or a glob relative to a folder. */
export type Watcher = { globPattern: string | { baseUri: string; pattern: string } };

export interface HistoryHost {
  log(message: string): void;
  /** Asks the client to report changes of these files (dynamic registration); absent when it cannot. */
  watch?(watchers: Watcher[]): Promise<void>;
  /** The client understands watchers relative to a folder (LSP 3.17). */
  relativePatterns: boolean;
}

interface Entry {
  history: SessionHistory;
  /** Why history cannot answer for this folder, once it is known; nothing is asked again until a reload. */
  unavailable?: string;
  /** Git folders whose HEAD and refs moving means HEAD may have moved (a worktree has two). */
  gitDirs: string[];
}

/** Files of a git folder whose change means HEAD may point at another commit. */
const REF_FILES = '{HEAD,packed-refs,refs/heads/**}';

export class HistoryService {
  private entries = new Map<string, Entry>();
  /** Git folders already watched (a reload makes a new entry, not a second watcher). */
  private watched = new Set<string>();
  trusted = true;

  /** Each reason is said once in the output channel. */
  private readonly say: (message: string) => void;

  constructor(
    readonly host: HistoryHost,
    /** Makes the History of a folder; tests and the benchmark may swap it. */
    private readonly make: (root: string) => History = (root) => new GitHistory({ cwd: root, log: host.log }),
  ) {
    this.say = onceSayer((m) => host.log(m));
  }

  /** The history of a folder, made on first use; undefined when history is off or cannot answer there. */
  forFolder(folder: Folder): History | undefined {
    if (!this.trusted) {
      this.say('history (MP009) is off: the workspace is not trusted, so git is never run');
      return undefined;
    }
    if (!folder.historyEnabled) return undefined;
    let entry = this.entries.get(folder.root);
    if (!entry) {
      entry = { history: new SessionHistory(this.make(folder.root)), gitDirs: [] };
      this.entries.set(folder.root, entry);
      void this.watchRefs(entry);
    }
    return entry.unavailable ? undefined : entry.history;
  }

  /**
   * The check of a document again, with history (MP009, and what gives way to it): the second
   * publish of a version. Undefined when history is off or cannot answer for the folder (said
   * once); throws CancelledError when a newer run took over.
   */
  async check(folder: Folder, text: string, opts: CheckOptions): Promise<CheckResult | undefined> {
    const history = this.forFolder(folder);
    if (!history) return undefined;
    try {
      // Not a repository, no git: known from one cheap question, then never asked again.
      await history.repository(opts.token);
    } catch (e) {
      if (!(e instanceof HistoryUnavailable)) throw e;
      this.unavailable(folder, e.message);
      return undefined;
    }
    // An uncommitted plan's baseline may be the last commit before it was saved.
    const planMtime = opts.path ? await fsp.stat(opts.path).then((st) => st.mtimeMs, () => undefined) : undefined;
    return checkDocument(folder.ws, text, {
      ...opts,
      history: { history, since: folder.config.since, planMtime, unavailable: this.say },
    });
  }

  /**
   * An answer of the engine: history cannot answer for this folder at all (no git, not a
   * repository, ...). Said once; not asked again until the folder's configuration is reloaded.
   */
  unavailable(folder: Folder, reason: string): void {
    const entry = this.entries.get(folder.root);
    if (entry) entry.unavailable = reason;
    this.say(`history (MP009) is unavailable for ${folder.root}: ${reason}; everything else works without it`);
  }

  /** The folder's configuration was read again: start over (a new `since`, history switched on or off). */
  reset(folder: Folder): void {
    const entry = this.entries.get(folder.root);
    if (!entry) return;
    entry.history.dispose();
    this.entries.delete(folder.root);
  }

  /**
   * Watched files changed: whether one of them says HEAD of some folder's repository may have
   * moved. If so, what was kept until HEAD moves is asked again (by the next checks).
   */
  headMoved(changed: string[]): boolean {
    let moved = false;
    for (const entry of this.entries.values()) {
      const hit = changed.some((abs) => entry.gitDirs.some((dir) => {
        const rel = path.relative(dir, abs).split(path.sep).join('/');
        return rel === 'HEAD' || rel === 'packed-refs' || rel.startsWith('refs/heads/');
      }));
      if (hit) {
        entry.history.refresh();
        moved = true;
      }
    }
    return moved;
  }

  /** A plan was saved: what depends on the index or the plan's file (tracked or not, its time) is asked again. */
  saved(folder: Folder): void {
    this.entries.get(folder.root)?.history.refresh();
  }

  dispose(): void {
    for (const entry of this.entries.values()) entry.history.dispose();
    this.entries.clear();
  }

  /** Registers watchers on the repository's HEAD and branch refs, once it is known. */
  private async watchRefs(entry: Entry): Promise<void> {
    try {
      const { root } = await entry.history.repository();
      entry.gitDirs = await gitDirs(root);
      const fresh = entry.gitDirs.filter((d) => !this.watched.has(d));
      if (!this.host.watch || fresh.length === 0) return;
      for (const d of fresh) this.watched.add(d);
      const watchers: Watcher[] = this.host.relativePatterns
        ? fresh.map((dir) => ({ globPattern: { baseUri: pathToUri(dir), pattern: REF_FILES } }))
        : [{ globPattern: `**/.git/${REF_FILES}` }];
      await this.host.watch(watchers);
    } catch (e) {
      // Not a repository, no git: the check that asks next says why.
      if (!(e instanceof HistoryUnavailable) && !(e instanceof CancelledError)) this.host.log(`history: cannot watch HEAD: ${(e as Error)?.message ?? String(e)}`);
    }
  }
}

/**
 * The git folder of a repository's top-level folder, and its common folder when it is a linked
 * worktree (`.git` is then a file naming the git folder, which names the common one).
 */
export async function gitDirs(root: string): Promise<string[]> {
  const dotGit = path.join(root, '.git');
  const st = await fsp.lstat(dotGit).catch(() => undefined);
  if (!st) return [];
  if (st.isDirectory()) return [dotGit];
  if (!st.isFile() || st.size > 4096) return [];
  const m = /^gitdir:\s*(.+?)\s*$/m.exec(await fsp.readFile(dotGit, 'utf8'));
  if (!m) return [];
  const gitDir = path.resolve(root, m[1]);
  const common = await fsp.readFile(path.join(gitDir, 'commondir'), 'utf8').then((t) => path.resolve(gitDir, t.trim()), () => undefined);
  return common && common !== gitDir ? [gitDir, common] : [gitDir];
}

/**
 * History as the server asks it. What depends on HEAD, the index or the plan file (HEAD's commit,
 * which plans are tracked, the last commit before a time, published commits) is kept until HEAD
 * moves or a plan is saved, so typing runs no git process; everything else the implementation
 * keeps by commit and blob id.
 */
export class SessionHistory implements History {
  private memo = new Map<string, Promise<unknown>>();

  constructor(private readonly inner: History) {}

  refresh(): void {
    this.memo.clear();
  }

  /** One shared answer per key; a caller whose own token is live asks again when another caller's cancellation ended it. */
  private async once<T>(key: string, token: Cancellation | undefined, ask: (t?: Cancellation) => Promise<T>): Promise<T> {
    for (;;) {
      let p = this.memo.get(key) as Promise<T> | undefined;
      if (!p) {
        const made = ask(token);
        p = made;
        this.memo.set(key, made);
        made.catch(() => {
          if (this.memo.get(key) === made) this.memo.delete(key);
        });
      }
      try {
        return await p;
      } catch (e) {
        if (e instanceof CancelledError && !token?.isCancellationRequested) continue;
        throw e;
      }
    }
  }

  repository(token?: Cancellation): Promise<RepositoryInfo> {
    return this.inner.repository(token);
  }
  commit(ref: string, token?: Cancellation): Promise<CommitInfo | undefined> {
    return ref === 'HEAD' ? this.once('HEAD', token, (t) => this.inner.commit(ref, t)) : this.inner.commit(ref, token);
  }
  blame(commit: string, file: string, token?: Cancellation): Promise<string[] | undefined> {
    return this.inner.blame(commit, file, token);
  }
  readFile(commit: string, file: string, token?: Cancellation): Promise<Blob | undefined> {
    return this.inner.readFile(commit, file, token);
  }
  changes(pairs: CommitPair[], token?: Cancellation): Promise<Map<string, FileChange[]>> {
    return this.inner.changes(pairs, token);
  }
  commitBefore(time: number, token?: Cancellation): Promise<CommitInfo | undefined> {
    return this.once(`before\0${time}`, token, (t) => this.inner.commitBefore(time, t));
  }
  log(from: string, to: string, paths: string[], token?: Cancellation): Promise<LoggedCommit[]> {
    return this.inner.log(from, to, paths, token);
  }
  tracked(paths: string[], token?: Cancellation): Promise<Set<string>> {
    return this.once(`tracked\0${paths.join('\0')}`, token, (t) => this.inner.tracked(paths, t));
  }
  isPublished(commit: string, token?: Cancellation): Promise<boolean> {
    return this.once(`published\0${commit}`, token, (t) => this.inner.isPublished(commit, t));
  }
  mergeBase(a: string, b: string, token?: Cancellation): Promise<string | undefined> {
    return this.inner.mergeBase(a, b, token);
  }
  remotes(token?: Cancellation): Promise<string[]> {
    return this.once('remotes', token, (t) => this.inner.remotes(t));
  }
  dispose(): void {
    this.inner.dispose();
  }
}
