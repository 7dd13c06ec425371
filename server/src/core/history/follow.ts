import { throwIfCancelled } from '../types';
import type { CheckedCitation } from '../checked-citation';
import type { Drift } from './drift';
import { NotCached, type FileChange } from './types';
import { followedBefore, rememberFollowed, followWork, type Current, type Followed } from './follow-cache';
import { changeOf, changesSince, current, displayPath, headToWorktree, newRun, type FollowInput, type FollowRun, type Task } from './follow-run';
import { goneBySuffix, pairsOf, tasksAtBaselines } from './follow-tasks';
import { followOne } from './follow-one';
import { fromWhereRight, onCode, rightAt } from './follow-right';
import { findCulprits, type Culprit } from './follow-culprits';

export { followWork } from './follow-cache';
export type { FollowInput } from './follow-run';

/**
 * Follows every citation that has a baseline; answers per citation. The steps share one run
 * (follow-run.ts): the old files (follow-tasks.ts), the files now and their hunks, each citation
 * followed (follow-one.ts), then who deleted or replaced what (follow-culprits.ts).
 */
export async function followCitations(input: FollowInput): Promise<Map<CheckedCitation, Drift>> {
  const out = new Map<CheckedCitation, Drift>();
  const roots = await input.ws.roots();
  const { tasks, unfound } = await tasksAtBaselines(input, roots);
  const pairs = pairsOf(input.head, [...tasks, ...unfound]);
  if (pairs.length === 0) return out;
  const changes = await input.history.changes(pairs, input.token);
  throwIfCancelled(input.token);
  const run = newRun(input, roots, changes);
  for (const x of unfound) {
    const task = await goneBySuffix(run, x);
    if (task) tasks.push(task);
  }
  if (tasks.length === 0) return out;
  await readFilesNow(run, tasks);
  const culprits = await followTasks(run, tasks, out);
  await findCulprits(run, culprits, out);
  return out;
}

/**
 * Each file now is a few file system round trips: read them all at once, not one by one in
 * the loop (an answer that is not cached fails there again, for its own citation).
 */
async function readFilesNow(run: FollowRun, tasks: Task[]): Promise<void> {
  const headPaths = new Set(tasks.map((t) => { const ch = changeOf(run, t); return ch ? ch.newPath : t.oldPath; }));
  await Promise.all([...headPaths].map((p) => p && headToWorktree(run, p).catch(() => undefined)));
  throwIfCancelled(run.input.token);
}

/** Follows (or remembers) each task into `out`; returns those deleted or replaced. */
async function followTasks(run: FollowRun, tasks: Task[], out: Map<CheckedCitation, Drift>): Promise<Culprit[]> {
  const culprits: Culprit[] = [];
  for (const task of tasks) {
    throwIfCancelled(run.input.token);
    const list = changesSince(run, task.baseline);
    const change = changeOf(run, task);
    const headPath = change ? change.newPath : task.oldPath;
    let found: Followed;
    try {
      found = (await remembered(run, list, task)) ?? (await followAndRemember(run, task, change, headPath, list));
    } catch (e) {
      if (e instanceof NotCached) continue;
      throw e;
    }
    // A citation whose named symbols were not in its lines at the baseline, or whose lines held
    // no code, was already wrong then: following it would only move the mistake. It is followed
    // from where it was last right before (follow-right.ts), else MP004 / MP005 speak for it.
    // Judged on each check, not kept: it rests on the whole sentence, and on names the plan
    // declares elsewhere.
    let drift: Drift = { ...found.drift, baseline: task.baseline };
    let from: Omit<Culprit, 'drift'> = { task, headPath, vanished: found.vanished };
    if (!(await rightAt(task, task.blob, run.input.model))) {
      let earlier;
      try {
        earlier = await fromWhereRight(run, task);
      } catch (e) {
        if (e instanceof NotCached) continue; // answering from memory: this citation waits for git
        throw e;
      }
      if (!earlier && drift.kind !== 'unchanged') continue;
      if (earlier) ({ drift, ...from } = earlier);
    }
    drift = await onCode(run, drift);
    if (drift.kind === 'deleted' || drift.replaced) culprits.push({ ...from, drift });
    out.set(task.c, drift);
  }
  return culprits;
}

function keyOf(run: FollowRun, task: Task): string {
  return [task.oldPath, task.blob.oid, displayPath(run, task), task.c.ranges.map((r) => `${r.start}-${r.end}`).join(','), task.c.claimed.join(',')].join('\0');
}

/** The citation as an earlier check followed it, if every file now it read is still the same. */
async function remembered(run: FollowRun, list: readonly FileChange[], task: Task): Promise<Followed | undefined> {
  const hit = followedBefore(list, keyOf(run, task));
  if (!hit) return undefined;
  const pending = [...hit.reads.keys()].filter((p) => !run.settled.has(p));
  if (pending.length) await Promise.all(pending.map((p) => current(run, p)));
  for (const [p, was] of hit.reads) {
    const is = run.settled.has(p) ? run.settled.get(p) : await current(run, p);
    if (was?.file !== is?.file || was?.rel !== is?.rel) return undefined;
  }
  return hit;
}

async function followAndRemember(run: FollowRun, task: Task, change: FileChange | undefined, headPath: string | undefined, list: FileChange[]): Promise<Followed> {
  followWork.citations++;
  const reads = new Map<string, Current | undefined>();
  const found: Followed = { ...(await followOne(run, task, change, headPath, list, reads)), reads };
  rememberFollowed(list, keyOf(run, task), found);
  return found;
}
