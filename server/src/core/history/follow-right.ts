import type { PlanModel } from '../model';
import type { GoDecl } from '../gofile';
import { claimHolds } from '../claims/cited-lines';
import { namesBorneOut } from '../claims/borne-out';
import type { Drift } from './drift';
import { diffLines, mapRangeIntact } from './linediff';
import { pairKey, type Blob } from './types';
import { linesOf, parseBlob } from './follow-cache';
import { changeOf, changesSince, displayPath, loadedByRel, type FollowRun, type Task } from './follow-run';
import { followOne } from './follow-one';
import { enclosing } from './follow-decls';
import { holdsNoCode, lastRightVersion } from './walkback';

/**
 * Whether a citation was right on a version of its file: its lines hold code, and a citation
 * naming symbols named one its lines held (as MP004 judges it).
 */
export async function rightAt(task: Task, blob: Blob, model: PlanModel | undefined): Promise<boolean> {
  const lines = linesOf(blob);
  if (task.c.ranges.some((r) => r.end > lines.length || holdsNoCode(lines.slice(r.start - 1, r.end)))) return false;
  if (task.c.claimed.length === 0) return true;
  const old = await parseBlob(blob, task.oldPath);
  if (!old) return true;
  // Body lines of a named declaration count, as MP004 counts them; a method's lines count for
  // its receiver type, and a whole type's lines for its methods: "the struct (w.go:3-5) and the
  // branch in `Write`" cites the type and names its method. (MP004 asks more of "`Pop` at
  // w.go:21": it takes the name as placed at the citation; moving such a citation with its code
  // keeps MP004's finding for after the move.)
  const around = task.c.ranges.map((r) => enclosing(old, r)).flatMap((d) => (d ? [d.name, d.receiver ?? ''] : []));
  const types = old.decls.filter((d) => d.kind === 'type' && task.c.ranges.some((r) => r.start <= d.startLine && d.endLine <= r.end)).map((d) => d.name);
  const methods = old.decls.filter((d) => d.kind === 'method' && types.includes(d.receiver ?? '')).map((d) => d.name);
  if (task.c.claimed.some((name) => around.includes(name) || methods.includes(name) || (old.idents.get(name) ?? []).some((l) => task.c.ranges.some((r) => r.start <= l && l <= r.end)))) return true;
  // As MP004 judges it: a word of a cited comment, the doc comment of the named declaration, a
  // name of another citation of the sentence, code the sentence quotes.
  return model ? namesBorneOut(model, task.c, old, task.c.ranges, false) : claimHolds(old, task.c.claimed, task.c.ranges);
}

/** A citation followed from where it was right: the drift, and what finding its culprit needs. */
export interface FromRight {
  drift: Drift;
  task: Task;
  headPath?: string;
  vanished?: GoDecl;
}

/**
 * A citation wrong at its baseline, followed from the latest version of its file before the
 * baseline where it was right (walkback.ts): a document committed after the code it cites
 * moved. When that version is the parent of the commit that wrote the plan line (the plan
 * committed with its implementation) and that commit removed or rewrote the cited lines, the
 * answer is "changed by this plan's own commit" (`ownCommit`), not a drift to follow.
 * Undefined when it was never right: it was off when written, and MP004 / MP005 say so.
 * Only a baseline that is a guess is walked back: the commit that last wrote the plan line
 * (blame), or the last one before the plan was saved. An anchor was seen right, `--since` and a
 * stamp say where the plan was right, and a permalink shows its own commit.
 */
export async function fromWhereRight(run: FollowRun, task: Task): Promise<FromRight | undefined> {
  const { history, head, token, model } = run.input;
  const b = task.baseline;
  if (b.source !== 'blame' && b.source !== 'mtime') return undefined;
  const at = await history.commit(b.commit.sha, token);
  if (!at) return undefined;
  const version = await lastRightVersion(history, at, task.oldPath, (blob) => rightAt(task, blob, model), token);
  if (!version) return undefined;
  if (b.source === 'blame' && version.commit.sha === at.parents?.[0]) {
    // The plan's own commit changed the file: did it keep the cited lines (only moving them)?
    const hunks = diffLines(linesOf(version.blob), linesOf(task.blob));
    if (!task.c.ranges.every((r) => mapRangeIntact(hunks, r.start, r.end))) {
      const lines = linesOf(version.blob);
      const r = task.c.ranges[0];
      return { task, drift: { kind: 'edited', baseline: { ...b, commit: version.commit }, oldPath: displayPath(run, task), oldRepoPath: task.oldPath, ranges: task.c.ranges.map((x) => ({ old: { start: x.start, end: x.end } })), ownCommit: { sha: at.sha, time: at.time, subject: at.subject }, oldCode: lines.slice(r.start - 1, Math.min(r.end, r.start + 11)).join('\n') } };
    }
  }
  const there: Task = { ...task, baseline: { ...b, commit: version.commit }, blob: version.blob };
  const since = { from: version.commit.sha, to: head.sha };
  if (!run.changes.has(pairKey(since))) for (const [k, v] of await history.changes([since], token)) run.changes.set(k, v);
  const change = changeOf(run, there);
  const headPath = change ? change.newPath : there.oldPath;
  const { drift, vanished } = await followOne(run, there, change, headPath, changesSince(run, there.baseline), new Map());
  return { drift, task: there, headPath, vanished };
}

/**
 * Never onto a blank or brace-only line: a range followed onto lines holding no code is left
 * with no new place ("has no single place now"), and no fix or suggestion moves it there.
 */
export async function onCode(run: FollowRun, drift: Drift): Promise<Drift> {
  if (!drift.newPath || drift.kind === 'unchanged' || drift.inPlace || drift.replaced || !drift.ranges.some((r) => r.now)) return drift;
  const file = await loadedByRel(run, drift.newPath);
  if (!file || !drift.ranges.some((r) => r.now && holdsNoCode(file.lines.slice(r.now.start - 1, r.now.end)))) return drift;
  return { ...drift, kind: drift.kind === 'deleted' ? 'deleted' : 'edited', ranges: drift.ranges.map((r) => ({ old: r.old })), newCode: undefined };
}
