/**
 * Git history for the language server: one `History` per workspace folder, created only in a
 * trusted workspace with `macroplan.history.enable` on (an untrusted one never starts git: its
 * own config could name programs git would run); the signal that HEAD moved (file watchers on the
 * git folder's HEAD and branch refs, registered once the repository is known); and why history
 * cannot answer, said once per folder in the output channel. The answers themselves come from
 * the engine (core/history); this module only decides when to ask and whom.
 */
import * as path from 'node:path';
import { checkDocument, type CheckOptions, type CheckResult } from '../core/engine';
import { GitHistory } from '../core/history/git';
import { onceSayer, type HistoryOptions } from '../core/history/plan';
import { SessionHistory } from '../core/history/session';
import { FileAnchorStore, anchorStorePath, historyWithoutRepository } from '../core/history/anchorfile';
import { rememberSeenRight } from '../core/history/anchorsight';
import { HistoryUnavailable, NotARepository, type History } from '../core/history/types';
import { CancelledError } from '../core/types';
import { discoverRepository } from '../core/history/discover';
import { repoState, type RepoState } from '../core/history/repostate';
import type { PlanDependencies } from '../core/historykey';
import type { AnchorStore } from '../core/history/anchors';
import type { FileSystem } from '../core/fs';
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
  /** The folder's file system, for the git folder's own files. */
  fs: FileSystem;
  /** Each plan's modification time as the last check with git read it (the typing path reads none). */
  mtimes: Map<string, number>;
  /**
   * The anchors kept in the repository's git folder, or for a folder no repository holds in the
   * user's cache folder (by `macroplan check`, and by the server when a plan is saved), read once
   * the repository is known, and read again when HEAD moves or a plan is saved.
   */
  anchors?: FileAnchorStore;
  /** Set (the folder's real path) once git said no repository holds it: history is then its anchors alone. */
  withoutRepository?: string;
}

/** How an answer with history of a folder is kept in the result cache (core/historykey.ts). */
export interface HistoryBasis {
  mode: 'git' | 'folder';
  /** The repository's state, read now (before the check); undefined in a folder no repository holds. */
  state?: RepoState;
  /** The store the plan's anchors are compared with. */
  anchors: AnchorStore;
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
      entry = { history: new SessionHistory(this.make(folder.root)), gitDirs: [], mtimes: new Map(), fs: folder.fs };
      this.entries.set(folder.root, entry);
      void this.watchRefs(entry);
    }
    return entry.unavailable ? undefined : entry.history;
  }

  /**
   * History for the first check of a version, on the typing path: answers only from what the
   * folder's session remembers, so no git process starts; a citation whose answer is not
   * remembered gets no MP009 (`misses` counts them: the check with git then follows). Undefined
   * before the folder's history has answered once.
   */
  fromMemory(folder: Folder, file: string | undefined): { options: HistoryOptions; misses(): number } | undefined {
    if (!this.trusted || !folder.historyEnabled) return undefined;
    const entry = this.entries.get(folder.root);
    if (!entry || entry.unavailable || !entry.history.known) return undefined;
    const view = entry.history.cached();
    const planMtime = file ? entry.mtimes.get(file) : undefined;
    return { options: { history: view, since: folder.config.since, planMtime, unavailable: this.say, anchors: entry.anchors }, misses: () => view.misses };
  }

  /**
   * How an answer with history of this folder is kept in the result cache, as the command line
   * keeps it (the same entries serve both): undefined when history is off or cannot answer here,
   * or git's answers cannot be told from the files of its folder (not a plain repository).
   */
  async cacheBasis(folder: Folder): Promise<HistoryBasis | undefined> {
    if (!this.trusted || !folder.historyEnabled) return undefined;
    const entry = this.entries.get(folder.root);
    if (entry?.unavailable) return undefined;
    const repo = discoverRepository(folder.root);
    if (repo === undefined) return undefined;
    if (repo === null) {
      const real = await folder.fs.realpath(folder.root).catch(() => undefined);
      if (!real) return undefined;
      return { mode: 'folder', anchors: (entry?.withoutRepository && entry.anchors) || new FileAnchorStore(anchorStorePath(real, undefined), () => undefined) };
    }
    const state = repoState(folder.root);
    return state && { mode: 'git', state, anchors: entry?.anchors ?? new FileAnchorStore(anchorStorePath(folder.root, repo.root), () => undefined) };
  }

  /**
   * The check of a document again, with history (MP009, and what gives way to it): the second
   * publish of a version. Undefined when history is off or cannot answer for the folder (said
   * once); throws CancelledError when a newer run took over. `deps` notes what the answer
   * rests on, for the result cache.
   */
  async check(folder: Folder, text: string, opts: CheckOptions, deps?: PlanDependencies): Promise<CheckResult | undefined> {
    let history = this.forFolder(folder);
    if (!history) return undefined;
    let repoRoot: string;
    try {
      // Not a repository, no git: known from one cheap question, then never asked again.
      repoRoot = (await history.repository(opts.token)).root;
    } catch (e) {
      if (!(e instanceof HistoryUnavailable)) throw e;
      const entry = this.entries.get(folder.root);
      if (!(e instanceof NotARepository) || !entry) {
        this.unavailable(folder, e.message);
        return undefined;
      }
      repoRoot = await this.withoutRepository(folder, entry);
      history = entry.history;
    }
    // An uncommitted plan's baseline may be the last commit before it was saved.
    const planMtime = opts.path ? await folder.fs.stat(opts.path).then((st) => st.mtimeMs, () => undefined) : undefined;
    const entry = this.entries.get(folder.root);
    if (entry && opts.path) {
      if (planMtime === undefined) entry.mtimes.delete(opts.path);
      else entry.mtimes.set(opts.path, planMtime);
    }
    if (entry) entry.anchors ??= new FileAnchorStore(anchorStorePath(folder.root, repoRoot), this.say);
    if (deps) deps.planMtime = planMtime;
    const anchors = deps && entry?.anchors ? deps.anchors(entry.anchors) : entry?.anchors;
    return checkDocument(folder.ws, text, {
      ...opts,
      history: { history: deps ? deps.history(history) : history, since: folder.config.since, planMtime, unavailable: this.say, anchors },
    });
  }

  /**
   * A folder no repository holds (issue 20): its citations are followed from their anchors
   * alone (FolderHistory: no git is run again for it), kept in the user's cache folder. Said once.
   */
  private async withoutRepository(folder: Folder, entry: Entry): Promise<string> {
    const real = await folder.fs.realpath(folder.root).catch(() => folder.root);
    // Two checks in flight both heard "not a repository": the first one switched already.
    if (entry.withoutRepository) return entry.withoutRepository;
    entry.withoutRepository = real;
    entry.history.dispose();
    const folderHistory = historyWithoutRepository(real, this.say);
    entry.history = new SessionHistory(folderHistory.history);
    entry.anchors = folderHistory.anchors;
    this.say(`history (MP009) for ${folder.root}: not a git repository; citations are followed from their anchors, kept in ${entry.anchors.file}`);
    return real;
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
        entry.anchors?.reread();
        moved = true;
      }
    }
    return moved;
  }

  /** A plan was saved: what depends on the index or the plan's file (tracked or not, its time) is asked again. */
  saved(folder: Folder, plan?: { path: string; result: CheckResult | undefined }): void {
    const entry = this.entries.get(folder.root);
    if (entry && plan?.result) this.anchorSaved(entry, plan.path, plan.result);
    entry?.history.refresh();
    entry?.anchors?.reread();
  }

  /**
   * A saved plan's citations its last published check saw right are anchored (issue 20), as
   * `macroplan check` does: a plan written in the editor alone keeps them across its own edits.
   * The caller passes the check of the saved version only (an older one would anchor what the
   * author has since changed); the store is the git folder's (`.git/macroplan/`), or without a
   * repository the user's cache folder's, never the working tree. A save merges with the store on
   * disk (anchorfile.ts), so anchors `macroplan check` wrote meanwhile are kept.
   */
  private anchorSaved(entry: Entry, abs: string, result: CheckResult): void {
    const h = result.history;
    if (!this.trusted || !entry.anchors || !h?.repoRoot) return;
    const n = rememberSeenRight({ store: entry.anchors, base: h.repoRoot, plan: h.planPath ?? abs }, result.model, result.citations, result.diagnostics, h.head);
    if (n > 0) entry.anchors.save();
  }

  dispose(): void {
    for (const entry of this.entries.values()) entry.history.dispose();
    this.entries.clear();
  }

  /** Registers watchers on the repository's HEAD and branch refs, once it is known. */
  private async watchRefs(entry: Entry): Promise<void> {
    try {
      const { root } = await entry.history.repository();
      entry.gitDirs = await gitDirs(root, entry.fs);
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
export async function gitDirs(root: string, fs: FileSystem): Promise<string[]> {
  const dotGit = path.join(root, '.git');
  // `.git` itself must not be a link (its real path is then elsewhere): as lstat, through realpath.
  const [realDotGit, realRoot] = await Promise.all([fs.realpath(dotGit).catch(() => undefined), fs.realpath(root).catch(() => root)]);
  if (!realDotGit || realDotGit !== path.join(realRoot, '.git')) return [];
  const st = await fs.stat(dotGit).catch(() => undefined);
  if (!st) return [];
  if (st.isDirectory()) return [dotGit];
  if (!st.isFile() || st.size > 4096) return [];
  const m = /^gitdir:\s*(.+?)\s*$/m.exec((await fs.readFile(dotGit)).toString('utf8'));
  if (!m) return [];
  const gitDir = path.resolve(root, m[1]);
  const common = await fs.readFile(path.join(gitDir, 'commondir')).then((t) => path.resolve(gitDir, t.toString('utf8').trim()), () => undefined);
  return common && common !== gitDir ? [gitDir, common] : [gitDir];
}
