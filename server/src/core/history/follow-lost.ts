import * as path from 'node:path';
import type { Drift, DriftKind, Span } from './drift';
import { NotCached, pairKey, type Blob, type CommitInfo, type FileChange } from './types';
import type { CheckedCitation } from '../checked-citation';
import { linesOf } from './follow-cache';
import { changeOf, changesSince, type FollowRun, type Task } from './follow-run';
import { insideRepo } from './follow-tasks';
import { followOne } from './follow-one';
import { findLostLines, type LostCandidate } from './lostlines';
import { squashSpace } from '../text';

/** The cited file and ranges just before the commit that deleted them. */
export interface LostAt {
  path: string;
  ranges: Span[];
}

/** Files of the deleting commit searched for the lost lines, at most. */
const MAX_LOST_FILES = 30;

/** A citation found deleted: by which commit, and where its lines were just before it. */
export interface LostOne {
  task: Task;
  drift: Drift;
  by: CommitInfo;
  lost: LostAt;
}

/**
 * Lines reported deleted may have gone to a file the same commit added or changed (a file moved
 * up a folder that the diff since the baseline no longer pairs, a test file merged into
 * another, a function moved into a new package): the lost lines are looked for there
 * (lostlines.ts), and when found once, followed from that commit to now as any citation is.
 * The deleting commits' own changes are asked in one `changes` (one git process). A citation
 * found replaces its drift in `out`; one not found keeps it; one whose answer is not cached is
 * left out, for the check with git.
 */
export async function followAllLost(run: FollowRun, lostOnes: LostOne[], out: Map<CheckedCitation, Drift>): Promise<void> {
  if (lostOnes.length === 0) return;
  const { history, token } = run.input;
  const parents = new Map<string, string | undefined>();
  try {
    for (const x of lostOnes) if (!parents.has(x.by.sha)) parents.set(x.by.sha, (await history.commit(x.by.sha, token))?.parents?.[0]);
    const pairs = [...parents].filter((p): p is [string, string] => !!p[1]).map(([to, from]) => ({ from, to }));
    if (pairs.length === 0) return;
    const changes = await history.changes(pairs, token);
    for (const x of lostOnes) {
      const parent = parents.get(x.by.sha);
      const inCommit = parent && changes.get(pairKey({ from: parent, to: x.by.sha }));
      const found = inCommit && (await followLost(run, x, parent, inCommit));
      if (found) out.set(x.task.c, found);
    }
  } catch (e) {
    if (!(e instanceof NotCached)) throw e;
    // Answering from memory: these wait for the check with git, as any citation not answered.
    for (const x of lostOnes) if (out.get(x.task.c) === x.drift) out.delete(x.task.c);
  }
}

async function followLost(run: FollowRun, x: LostOne, parent: string, inCommit: FileChange[]): Promise<Drift | undefined> {
  const { history, head, token, repoRoot } = run.input;
  const { task, drift: was, by, lost } = x;
  const before = await history.readFile(parent, lost.path, token);
  if (!before) return undefined;
  // History may only name files inside the roots.
  const inside = (p: string) => run.roots.some((r) => insideRepo(r, path.join(repoRoot, ...p.split('/'))) !== undefined);
  // The file they were lost from is not among them: following it found them gone.
  const names = inCommit.filter((ch) => ch.newPath && ch.newPath !== lost.path && inside(ch.newPath) && (ch.oldPath !== ch.newPath || ch.hunks.some((h) => h.newCount > 0))).map((ch) => ch.newPath!).slice(0, MAX_LOST_FILES);
  const files: LostCandidate[] = [];
  const blobs = new Map<string, Blob>();
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
  // The lines lost are where the cited ones were mapped to just before the deletion; when a
  // commit before it had edited them, they are other code than the plan cites (a test's weights
  // turned into a scorer list, then the file merged into another): where they went is a guess.
  const cited = linesOf(task.blob);
  const editedBefore = lost.ranges.some((r, i) => !sameLines(oldLines.slice(r.start - 1, r.end), cited.slice(task.c.ranges[i].start - 1, task.c.ranges[i].end)));
  const exact = drift.kind === 'unchanged' || drift.kind === 'moved' || drift.kind === 'renamed';
  const kind: DriftKind | undefined = editedBefore && (exact || drift.kind === 'reanchored') ? 'edited' : drift.kind === 'reanchored' ? 'reanchored' : exact ? (renamedTo(inCommit, lost.path) === to ? 'renamed' : 'moved') : undefined;
  if (!kind || !drift.ranges.every((r) => r.now)) return undefined;
  return { ...drift, kind, inPlace: undefined, replaced: undefined, movedBy: { sha: by.sha, time: by.time, subject: by.subject }, baseline: was.baseline, oldPath: was.oldPath, oldRepoPath: was.oldRepoPath, ranges: task.c.ranges.map((r, i) => ({ old: { start: r.start, end: r.end }, now: drift.ranges[i].now })), oldCode: was.oldCode };
}

function sameLines(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((l, i) => squashSpace(l) === squashSpace(b[i]));
}

/** The path a commit renamed a file to, as git paired them in that commit alone. */
function renamedTo(changes: FileChange[], from: string): string | undefined {
  return changes.find((ch) => ch.oldPath === from && ch.newPath && ch.newPath !== from)?.newPath;
}
