import { CancelledError, type Cancellation } from './types';
import type { Anchor, AnchorStore } from './history/anchors';
import { NotCached, type Blob, type BlamedLine, type CommitInfo, type CommitPair, type FileChange, type History, type LoggedCommit, type RepositoryInfo } from './history/types';
import type { RepoPart, RepoState } from './history/repostate';

/**
 * What a check with history depended on besides the files it read (those are stat-validated by
 * core/recordfs.ts) and its key (plan path and text, configuration, `since`): noted while the
 * check asks, kept with its answer in the result cache (core/resultcache.ts), compared before a
 * kept answer is used. Each dependency is a name and a string; equal strings, equal answers.
 *
 * - `git:head`, `git:config`, `git:shallow` (history/repostate.ts), for every check in a
 *   repository: HEAD's commit and the ref naming it fix everything committed the check read (blame
 *   at HEAD and HEAD's text of the plan, diffs and logs to HEAD, the walk back, the commit before
 *   a time on HEAD's line); the configuration fixes the remotes and how git diffs; a shallow
 *   clone's boundary says which commits are cut off.
 * - `git:index`, when the check asked whether files are tracked (a plan or cited file that HEAD
 *   does not hold): staging changes the answer, and HEAD stays.
 * - `git:refs`, when the check named a commit by anything but HEAD or a full id it found (`--since`
 *   a ref, a stamp's short id, an anchor's or permalink's commit this clone lacks), asked whether
 *   a commit is pushed (a permalink's fix), or asked about a commit it did not find: refs and
 *   objects that arrive with a fetch without HEAD moving.
 * - `mtime`: the plan file's modification time, when the check asked for the commit before it
 *   (an untracked plan's baseline).
 * - `anchor:KEY`: each anchor of the plan the check read from the anchor store (the repository's
 *   or, in a folder without one, the cache folder's), by content (path, ranges, blob, commit;
 *   not the time it was seen, which every check moves), or that there was none. The store file's
 *   own time is no dependency: every run writes it.
 *
 * Anchor writes: a check writes anchors after it answers. An answer is kept only when every
 * anchor the check wrote was one it had read, with the same content (the store then changes
 * only in when each was seen); on a hit those sightings are written again (`replay`), so the
 * store ends as an uncached check leaves it. A check that wrote a new anchor keeps nothing: the
 * next check reads it, and may answer from it differently.
 *
 * A question that failed (a timeout, git gone) keeps nothing: the failure may pass.
 */
export type Dependencies = Record<string, string>;

const FULL_SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** The dependencies of one plan's check, noted through the history and anchor store it is given. */
export class PlanDependencies {
  private parts = new Set<RepoPart>();
  private anchorsRead = new Map<string, string>();
  private sightings = new Set<string>();
  private unkeepable = false;
  private mtimeAsked = false;
  /** Commits the check found: asking about them never depends on refs. */
  private found = new Set<string>();
  /** HEAD's commit as history answered it: a remembered answer (the server's session) may be older than the state. */
  private head?: string;
  /**
   * Asked something a long-lived session (history/session.ts) remembers across changes no watcher
   * reports (the index, tags and remote refs, the configuration): its answer may be older than
   * the state read now, so the server keeps no such answer.
   */
  private remembersUnwatched = false;

  constructor(
    /** The repository's state, read before the check; undefined in a folder without one (FolderHistory). */
    private readonly state: RepoState | undefined,
    /** The plan file's modification time the check was given (set when known later). */
    public planMtime: number | undefined,
  ) {
    if (state) for (const p of ['head', 'config', 'shallow'] as const) this.parts.add(p);
  }

  /** `inner`, noting what each question depends on. */
  history(inner: History): History {
    const note = <T>(p: Promise<T>, after: (v: T) => void): Promise<T> => p.then((v) => {
      after(v);
      return v;
    }, (e) => {
      if (!(e instanceof CancelledError) && !(e instanceof NotCached)) this.unkeepable = true;
      throw e;
    });
    const byId = (commit: string, answered: unknown) => {
      if (!FULL_SHA.test(commit) || (answered === undefined && !this.found.has(commit))) this.parts.add('refs');
    };
    return {
      repository: (t?: Cancellation) => note<RepositoryInfo>(inner.repository(t), () => undefined),
      commit: (ref: string, t?: Cancellation) => note<CommitInfo | undefined>(inner.commit(ref, t), (c) => {
        if (c) this.found.add(c.sha);
        if (ref === 'HEAD') this.head = c?.sha;
        else if (!(c && FULL_SHA.test(ref))) {
          this.parts.add('refs');
          this.remembersUnwatched ||= !FULL_SHA.test(ref);
        }
      }),
      blame: (commit: string, file: string, t?: Cancellation) => note<BlamedLine[] | undefined>(inner.blame(commit, file, t), (v) => byId(commit, v)),
      readFile: (commit: string, file: string, t?: Cancellation) => note<Blob | undefined>(inner.readFile(commit, file, t), (v) => byId(commit, v)),
      changes: (pairs: CommitPair[], t?: Cancellation) => note<Map<string, FileChange[]>>(inner.changes(pairs, t), () => {
        for (const p of pairs) for (const c of [p.from, p.to]) byId(c, this.found.has(c) ? true : undefined);
      }),
      commitBefore: (time: number, t?: Cancellation) => note<CommitInfo | undefined>(inner.commitBefore(time, t), () => {
        this.mtimeAsked = true;
      }),
      log: (from: string, to: string, paths: string[], t?: Cancellation) => note<LoggedCommit[]>(inner.log(from, to, paths, t), () => {
        for (const c of [from, to]) byId(c, this.found.has(c) ? true : undefined);
      }),
      tracked: (paths: string[], t?: Cancellation) => note<Set<string>>(inner.tracked(paths, t), () => {
        this.parts.add('index');
        this.remembersUnwatched = true;
      }),
      isPublished: (commit: string, t?: Cancellation) => note<boolean>(inner.isPublished(commit, t), () => {
        this.parts.add('refs');
        this.remembersUnwatched = true;
      }),
      mergeBase: (a: string, b: string, t?: Cancellation) => note<string | undefined>(inner.mergeBase(a, b, t), (v) => {
        if (v === undefined) for (const c of [a, b]) byId(c, this.found.has(c) ? true : undefined);
      }),
      remotes: (t?: Cancellation) => note<string[]>(inner.remotes(t), () => {
        this.remembersUnwatched = true;
      }),
      dispose: () => undefined,
    };
  }

  /** `inner`, noting the anchors read and whether a write changed more than when one was seen. */
  anchors(inner: AnchorStore): AnchorStore {
    return {
      get: (key) => {
        const got = inner.get(key);
        const print = fingerprint(got?.anchor);
        const was = this.anchorsRead.get(key);
        if (was !== undefined && was !== print) this.unkeepable = true;
        this.anchorsRead.set(key, print);
        return got;
      },
      put: (key, anchor, text) => {
        const was = inner.get(key)?.anchor;
        const seenAgain = was !== undefined && this.anchorsRead.get(key) === fingerprint(was) && sameAnchor(was, anchor);
        if (seenAgain) this.sightings.add(key);
        else this.unkeepable = true;
        inner.put(key, anchor, text);
      },
      save: () => inner.save(),
    };
  }

  /**
   * What to keep with the answer; undefined: keep no answer. `newest`: the latest time among the
   * files the values stat'ed. `session`: the history remembers answers across checks (the server).
   */
  finish(session = false): { deps: Dependencies; newest: number; sightings: string[] } | undefined {
    if (this.unkeepable || (session && this.remembersUnwatched)) return undefined;
    // HEAD moved between the state's read and the answer (or a remembered answer predates the move).
    if (this.state && this.head !== undefined && !this.state.part('head').value.endsWith(`=${this.head}`)) return undefined;
    const deps: Dependencies = {};
    let newest = 0;
    // A part of a repository asked without one: nothing to compare it with later.
    if (!this.state && this.parts.size) return undefined;
    for (const p of this.parts) {
      const got = this.state!.part(p);
      deps[`git:${p}`] = got.value;
      newest = Math.max(newest, got.newest);
    }
    if (this.mtimeAsked) {
      if (this.planMtime === undefined) return undefined;
      deps.mtime = String(this.planMtime);
    }
    for (const [key, print] of this.anchorsRead) deps[`anchor:${key}`] = print;
    return { deps, newest, sightings: [...this.sightings] };
  }
}

/** Each dependency's value now, to compare with the kept ones; `planMtime` stats the plan file (undefined when it cannot). */
export function currentDependency(state: RepoState | undefined, store: AnchorStore | undefined, planMtime: () => number | undefined): (name: string) => string | undefined {
  return (name) => {
    if (name.startsWith('git:')) return state?.part(name.slice(4) as RepoPart).value;
    if (name.startsWith('anchor:')) return store ? fingerprint(store.get(name.slice(7))?.anchor) : undefined;
    if (name === 'mtime') {
      const t = planMtime();
      return t === undefined ? undefined : String(t);
    }
    return undefined;
  };
}

/** A kept answer used: each anchor its check saw again is seen again now, as that check would write it. */
export function replaySightings(store: AnchorStore | undefined, sightings: readonly string[], now = Date.now()): void {
  if (!store) return;
  for (const key of sightings) {
    const got = store.get(key);
    if (got) store.put(key, { ...got.anchor, seen: now }, got.text);
  }
}

/** An anchor as far as a check reads it: everything but when it was seen. */
function fingerprint(a: Anchor | undefined): string {
  return a ? JSON.stringify([a.path, a.ranges, a.oid, a.commit ?? null]) : '-';
}

/** The store's own test for a write that only says "seen again" (anchors.ts MemoryAnchorStore.put). */
function sameAnchor(a: Anchor, b: Anchor): boolean {
  return a.oid === b.oid && a.path === b.path && a.ranges.length === b.ranges.length && a.ranges.every((r, i) => r[0] === b.ranges[i][0] && r[1] === b.ranges[i][1]);
}
