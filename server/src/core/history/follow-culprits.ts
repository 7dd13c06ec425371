import { throwIfCancelled } from '../types';
import type { GoDecl } from '../gofile';
import type { CheckedCitation } from '../checked-citation';
import type { Drift, Span } from './drift';
import { mapRangeLoose } from './linediff';
import { NotCached, type CommitInfo, type FileChange, type Hunk, type LoggedCommit } from './types';
import { parseBlob } from './follow-cache';
import type { FollowRun, Task } from './follow-run';
import { followAllLost, type LostAt, type LostOne } from './follow-lost';

/** A citation found deleted or replaced: the commit that did it is looked for here. */
export interface Culprit {
  task: Task;
  drift: Drift;
  headPath?: string;
  /** The declaration it was in, when that is what vanished. */
  vanished?: GoDecl;
}

/**
 * The commit that removed the last cited line, or last changed the replaced ones, one log per
 * baseline. A citation whose answer is not cached is dropped from `out`.
 */
export async function findCulprits(run: FollowRun, culprits: Culprit[], out: Map<CheckedCitation, Drift>): Promise<void> {
  const { history, head, token } = run.input;
  const byBase = new Map<string, Culprit[]>();
  for (const d of culprits) byBase.set(d.task.baseline.commit.sha, [...(byBase.get(d.task.baseline.commit.sha) ?? []), d]);
  const lostOnes: LostOne[] = [];
  for (const [sha, group] of byBase) {
    throwIfCancelled(token);
    const paths = [...new Set(group.flatMap((d) => [d.task.oldPath, ...(d.headPath ? [d.headPath] : [])]))];
    let log: LoggedCommit[];
    try {
      log = await history.log(sha, head.sha, paths, token);
    } catch (e) {
      if (!(e instanceof NotCached)) throw e;
      for (const d of group) out.delete(d.task.c);
      continue;
    }
    for (const d of group) {
      try {
        if (d.drift.replaced) d.drift.replacedBy = whoReplaced(log, d.task);
        else {
          d.drift.deletedBy = whoDeleted(log, d.task) ?? (d.vanished ? await whenVanished(run, log, d.task, d.vanished) : undefined);
          const lost = d.drift.deletedBy && lostBefore(log, d.task, d.drift.deletedBy.sha);
          if (lost) lostOnes.push({ task: d.task, drift: d.drift, by: d.drift.deletedBy!, lost });
        }
      } catch (e) {
        if (!(e instanceof NotCached)) throw e;
        out.delete(d.task.c);
      }
    }
  }
  await followAllLost(run, lostOnes, out);
}

/**
 * The commit after which a declaration is no longer in the cited file (followed through
 * renames): its lines were replaced, not removed, so no line range tells. Undefined when HEAD
 * still has it (deleted in the working tree only).
 */
async function whenVanished(run: FollowRun, log: LoggedCommit[], task: Task, decl: GoDecl): Promise<CommitInfo | undefined> {
  const steps = [...stepsOf(log, task)].map((s) => ({ commit: s.commit, path: s.change.newPath }));
  const has = async (i: number): Promise<boolean> => {
    const { commit, path: p } = steps[i];
    if (p === undefined) return false;
    const blob = await run.input.history.readFile(commit.sha, p, run.input.token);
    const parsedNow = blob && (await parseBlob(blob, p));
    return !!parsedNow && parsedNow.decls.some((x) => x.kind === decl.kind && x.name === decl.name && (x.receiver ?? '') === (decl.receiver ?? ''));
  };
  // Present at the baseline, absent at the end: the first step without it, by bisection.
  let lo = 0;
  let hi = steps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (await has(mid)) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= steps.length) return undefined;
  return commitInfo(steps[lo].commit);
}

/** Replays the logged commits over the cited ranges; the first commit after which none is left. */
function whoDeleted(log: LoggedCommit[], task: Task): CommitInfo | undefined {
  for (const { commit, change, after } of stepsOf(log, task)) if (!change.newPath || after.every((r) => r === undefined)) return commitInfo(commit);
  return undefined;
}

/** Where the cited lines were just before the commit that deleted them (undefined when a range was already gone). */
function lostBefore(log: LoggedCommit[], task: Task, sha: string): LostAt | undefined {
  for (const { commit, change, before } of stepsOf(log, task)) {
    if (commit.sha !== sha) continue;
    return change.oldPath && before.every((r) => r !== undefined) ? { path: change.oldPath, ranges: before as Span[] } : undefined;
  }
  return undefined;
}

/** The last commit of the log whose changes touch the cited lines, followed through the log. */
function whoReplaced(log: LoggedCommit[], task: Task): CommitInfo | undefined {
  let last: LoggedCommit | undefined;
  for (const { commit, change, before } of stepsOf(log, task)) {
    if (change.newPath && change.hunks.some((h) => before.some((r) => r && touches(h, r)))) last = commit;
  }
  return last && commitInfo(last);
}

/**
 * Each commit of the log that changed the cited file, followed through renames until it is
 * deleted, with the cited ranges before and after it (a range with no line left: undefined).
 */
function* stepsOf(log: LoggedCommit[], task: Task): Generator<{ commit: LoggedCommit; change: FileChange; before: (Span | undefined)[]; after: (Span | undefined)[] }> {
  let file = task.oldPath;
  let ranges: (Span | undefined)[] = task.c.ranges.map((r) => ({ start: r.start, end: r.end }));
  for (const commit of log) {
    const change = commit.changes.find((x) => x.oldPath === file);
    if (!change) continue;
    const after = change.newPath ? ranges.map((r) => r && mapRangeLoose(change.hunks, r.start, r.end)) : [];
    yield { commit, change, before: ranges, after };
    if (!change.newPath) return;
    ranges = after;
    file = change.newPath;
  }
}

function commitInfo(c: CommitInfo): CommitInfo {
  return { sha: c.sha, time: c.time, subject: c.subject };
}

/** Whether a hunk removes a line of `r` or inserts lines inside it. */
function touches(h: Hunk, r: Span): boolean {
  return h.oldCount > 0 ? h.oldStart <= r.end && h.oldStart + h.oldCount - 1 >= r.start : h.oldStart > r.start && h.oldStart <= r.end;
}

