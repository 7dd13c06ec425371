import type { Cancellation } from '../types';

/**
 * The git history of the repository holding a workspace, as the engine asks it. Every path is
 * relative to the repository's top-level folder, with `/`. Commits are full object ids.
 *
 * Each method is one kind of question; an implementation answers a whole batch with one process
 * (`changes` takes every pair of a plan at once) and caches what cannot change (anything keyed by
 * a commit or blob id). Methods never throw for an unknown path or commit: they answer undefined.
 * They throw `HistoryUnavailable` when history as a whole cannot answer (no git, not a
 * repository, a timeout), and `CancelledError` when the token fires.
 *
 * Implementations: `GitHistory` (git.ts, the git command line) and `MemoryHistory` (memory.ts,
 * commits held in memory, for tests).
 */
export interface History {
  /** The repository: its top-level folder (a real path) and whether it is a shallow clone. */
  repository(token?: Cancellation): Promise<RepositoryInfo>;
  /** A commit named by a ref, a short or full id, or `HEAD`; undefined when it does not exist. */
  commit(ref: string, token?: Cancellation): Promise<CommitInfo | undefined>;
  /**
   * The commit that last changed each line of `path` as it is at `commit` (1-based: [0] is line
   * 1), with where the line was in that commit's version and the version before it (`git blame
   * --porcelain`: its line numbers, `filename` and `previous`).
   */
  blame(commit: string, path: string, token?: Cancellation): Promise<BlamedLine[] | undefined>;
  /**
   * Optional: the blames of many files at one commit asked at once, for `blame` to answer from
   * with the same answers (GitHistory: one log replayed instead of a process per file). Returns
   * the paths it answered; `blame` asks the others as usual.
   */
  blameAhead?(commit: string, paths: readonly string[], token?: Cancellation): Promise<Set<string>>;
  /**
   * Optional: from now on `commit('HEAD')` answers `head` without asking git: a command-line
   * run checking many plans reads HEAD once instead of once per plan.
   */
  holdHead?(head: CommitInfo): void;
  /** A file's content at a commit, with the blob id it is cached by. */
  readFile(commit: string, path: string, token?: Cancellation): Promise<Blob | undefined>;
  /**
   * What changed in Go files from `from` to `to`, for every pair at once, renames followed.
   * The answer's key is `${from}..${to}`; files that did not change are absent.
   */
  changes(pairs: CommitPair[], token?: Cancellation): Promise<Map<string, FileChange[]>>;
  /** The last commit on HEAD's line committed at or before `time` (ms since the epoch). */
  commitBefore(time: number, token?: Cancellation): Promise<CommitInfo | undefined>;
  /** Commits from `from` (excluded) to `to` that changed one of `paths`, oldest first, with their changes. */
  log(from: string, to: string, paths: string[], token?: Cancellation): Promise<LoggedCommit[]>;
  /** Which of `paths` are in the index (tracked); an untracked or ignored file is not. */
  tracked(paths: string[], token?: Cancellation): Promise<Set<string>>;
  /** Whether a commit is on a remote-tracking branch (a permalink to it would resolve). */
  isPublished(commit: string, token?: Cancellation): Promise<boolean>;
  /** The best common ancestor of two commits (`git merge-base`); undefined when they share none. */
  mergeBase(a: string, b: string, token?: Cancellation): Promise<string | undefined>;
  /** Fetch URLs of the repository's remotes. */
  remotes(token?: Cancellation): Promise<string[]>;
  /** Ends any process kept open; the object may not be used afterwards. */
  dispose(): void;
}

export interface RepositoryInfo {
  /** Real path of the top-level folder. */
  root: string;
  shallow: boolean;
}

export interface CommitInfo {
  sha: string;
  /** Committer time, ms since the epoch. */
  time: number;
  subject: string;
  /** Parent commit ids, when known (a shallow clone's boundary names parents it lacks). */
  parents?: string[];
}

/** One line of a blame. */
export interface BlamedLine {
  /** The commit that last changed the line (`NOT_COMMITTED` never: blame runs on commits). */
  commit: string;
  /** The line's number (1-based) in the file as `commit` left it. */
  line: number;
  /** The file's path at `commit` (another than asked when it was renamed since). */
  path: string;
  /**
   * The version `commit` changed: its parent and the file's path there. Absent when the commit
   * added the file, is a root commit or a shallow clone's boundary.
   */
  previous?: { commit: string; path: string };
}

export interface Blob {
  /** Object id: equal ids mean equal content, which is what parses are cached by. */
  oid: string;
  text: string;
}

export interface CommitPair {
  from: string;
  to: string;
}

/**
 * A changed region, in line numbers of a diff with no context: old lines
 * `oldStart .. oldStart+oldCount-1` became new lines `newStart .. newStart+newCount-1`. An empty
 * side (count 0) is a point: its start is the first line after the insertion or deletion.
 * All 1-based.
 */
export interface Hunk {
  oldStart: number;
  oldCount: number;
  newStart: number;
  newCount: number;
}

export interface FileChange {
  /** Path at `from`; undefined when the file was added. */
  oldPath?: string;
  /** Path at `to`; undefined when the file was deleted. */
  newPath?: string;
  /** Sorted, non-overlapping. Empty for a pure rename. */
  hunks: Hunk[];
}

export interface LoggedCommit extends CommitInfo {
  changes: FileChange[];
}

/** History cannot answer at all: said once, then everything works as without history. */
export class HistoryUnavailable extends Error {}

/**
 * No repository holds the folder: a front door may then follow citations from their anchors
 * alone (folder.ts `FolderHistory`).
 */
export class NotARepository extends HistoryUnavailable {
  constructor() {
    super('not a git repository');
  }
}

/** The commit id git uses for lines that are not committed. */
export const NOT_COMMITTED = '0000000000000000000000000000000000000000';

export function pairKey(p: CommitPair): string {
  return `${p.from}..${p.to}`;
}

/**
 * The answer is not cached, and the `History` asked may not run git to find it (the view of
 * `SessionHistory.cached()`, used on the typing path). The engine leaves out MP009 for what it
 * could not answer; a later check with git adds it.
 */
export class NotCached extends Error {
  constructor(what: string) {
    super(`not cached: ${what}`);
  }
}
