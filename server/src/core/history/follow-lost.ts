import * as path from 'node:path';
import type { Drift, DriftKind, Span } from './drift';
import { pairKey, type CommitInfo, type FileChange } from './types';
import { linesOf } from './follow-cache';
import { changeOf, changesSince, type FollowRun, type Task } from './follow-run';
import { insideRepo } from './follow-tasks';
import { followOne } from './follow-one';
import { findLostLines, type LostCandidate } from './lostlines';

/** The cited file and ranges just before the commit that deleted them. */
export interface LostAt {
  path: string;
  ranges: Span[];
}

/** Files of the deleting commit searched for the lost lines, at most. */
const MAX_LOST_FILES = 30;

/**
 * Lines reported deleted may have gone to a file the same commit added or changed (a file moved
 * up a folder that the diff since the baseline no longer pairs, a test file merged into
 * another, a function moved into a new package): the lost lines are looked for there
 * (lostlines.ts), and when found once, followed from that commit to now as any citation is.
 * Undefined when they are not found, or no longer where they went: the deletion stands.
 */
export async function followLost(run: FollowRun, task: Task, was: Drift, by: CommitInfo, lost: LostAt): Promise<Drift | undefined> {
  const { history, head, token, repoRoot } = run.input;
  const parent = (await history.commit(by.sha, token))?.parents?.[0];
  const before = parent && (await history.readFile(parent, lost.path, token));
  if (!parent || !before) return undefined;
  const pair = { from: parent, to: by.sha };
  const inCommit = (await history.changes([pair], token)).get(pairKey(pair)) ?? [];
  // History may only name files inside the roots.
  const inside = (p: string) => run.roots.some((r) => insideRepo(r, path.join(repoRoot, ...p.split('/'))) !== undefined);
  // The file they were lost from is not among them: following it found them gone.
  const names = inCommit.filter((ch) => ch.newPath && ch.newPath !== lost.path && inside(ch.newPath) && (ch.oldPath !== ch.newPath || ch.hunks.some((h) => h.newCount > 0))).map((ch) => ch.newPath!).slice(0, MAX_LOST_FILES);
  const files: LostCandidate[] = [];
  const blobs = new Map<string, Awaited<ReturnType<typeof history.readFile>>>();
  for (const p of names) {
    const blob = await history.readFile(by.sha, p, token);
    if (blob) {
      blobs.set(p, blob);
      files.push({ path: p, lines: linesOf(blob) });
    }
  }
  const oldLines = linesOf(before);
  const found = lost.ranges.map((r) => findLostLines(oldLines.slice(r.start - 1, r.end), files));
  const to = found[0]?.path;
  if (!to || found.some((f) => !f || f.path !== to)) return undefined;
  const spans = found.map((f) => f!.span);
  const there: Task = { c: { ...task.c, ranges: spans.map((s) => ({ ...s })) } as Task['c'], baseline: { ...task.baseline, commit: by, anchor: undefined }, oldPath: to, blob: blobs.get(to)! };
  const since = { from: by.sha, to: head.sha };
  if (!run.changes.has(pairKey(since))) for (const [k, v] of await history.changes([since], token)) run.changes.set(k, v);
  const change: FileChange | undefined = changeOf(run, there);
  const headPath = change ? change.newPath : to;
  if (!headPath) return undefined;
  const { drift } = await followOne(run, there, change, headPath, changesSince(run, there.baseline), new Map());
  const kind: DriftKind | undefined = drift.kind === 'reanchored' ? 'reanchored' : drift.kind === 'unchanged' || drift.kind === 'moved' || drift.kind === 'renamed' ? (renamedTo(inCommit, lost.path) === to ? 'renamed' : 'moved') : undefined;
  if (!kind || !drift.ranges.every((r) => r.now)) return undefined;
  return { ...drift, kind, inPlace: undefined, replaced: undefined, baseline: was.baseline, oldPath: was.oldPath, oldRepoPath: was.oldRepoPath, ranges: task.c.ranges.map((r, i) => ({ old: { start: r.start, end: r.end }, now: drift.ranges[i].now })), oldCode: was.oldCode };
}

/** The path a commit renamed a file to, as git paired them in that commit alone. */
function renamedTo(changes: FileChange[], from: string): string | undefined {
  return changes.find((ch) => ch.oldPath === from && ch.newPath && ch.newPath !== from)?.newPath;
}
