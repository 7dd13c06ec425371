import * as path from 'node:path';
import type { Cancellation } from '../types';
import { throwIfCancelled } from '../types';
import type { CheckedCitation } from '../checked-citation';
import type { Workspace } from '../workspace';
import type { PlanModel } from '../model';
import { diffLines, mapLine, splitLines } from './linediff';
import { HistoryUnavailable, pairKey, type Blob, type CommitInfo, type History, type Hunk } from './types';
import { citedRepoPaths, insideRepo, realPaths } from './follow-tasks';
import type { Span } from './drift';

/**
 * Which version of the code a citation's line numbers count: `base` when its plan line is the
 * same at the base as now (written against the base, or earlier), `now` when the line was
 * written or edited since (against the branch's code, as it is in the working tree).
 */
export type CitedSide = 'base' | 'now';

/** A citation pointing into lines changed since the base. */
export interface Impact {
  citation: CheckedCitation;
  side: CitedSide;
  /** The cited file on the citation's side, as the workspace names it (repository-relative when it resolves no more). */
  rel: string;
  /** For a `base` citation whose file was renamed since: its repository path now. */
  nowRel?: string;
  /** A `base` citation's file is gone now: every cited line changed. */
  deleted?: boolean;
  /** Changed lines inside the cited ranges, numbered as the citation numbers them (its side). */
  changed: Span[];
  /** The code of the diff's hunks that touch the cited ranges: the lines at the base, and now. */
  diff: { was: string[]; now: string[] };
}

/** A citation whose lines are not in the file on its own side: it was stale before the change. */
export interface StaleCitation {
  citation: CheckedCitation;
  side: CitedSide;
  rel: string;
  /** Why: "a.go has 10 lines at the base", "a.go is not at the base". */
  reason: string;
}

export interface PlanImpact {
  impacts: Impact[];
  stale: StaleCitation[];
}

/** Branches tried, in order, for the default base: the remote's default first. */
const DEFAULT_BRANCHES = ['origin/HEAD', 'origin/main', 'origin/master', 'main', 'master'];

/** The base of `macroplan impact`: a ref as given, else the merge base of HEAD with the default branch. */
export async function impactBase(h: History, ref: string | undefined, token?: Cancellation): Promise<CommitInfo> {
  if (ref !== undefined) {
    const c = await h.commit(ref, token);
    if (!c) throw new HistoryUnavailable(`--base ${ref} names no commit in this repository`);
    return c;
  }
  const head = await h.commit('HEAD', token);
  if (!head) throw new HistoryUnavailable('the repository has no commits yet');
  for (const b of DEFAULT_BRANCHES) {
    const branch = await h.commit(b, token);
    if (!branch) continue;
    const base = await h.mergeBase(branch.sha, head.sha, token);
    const c = base ? await h.commit(base, token) : undefined;
    if (c) return c;
  }
  throw new HistoryUnavailable('no default branch (origin/HEAD, main or master) to compare with; give --base REF');
}


/** Each file read and diffed once per plan, whichever side its citations count. */
function planReads(ws: Workspace, h: History, repoRoot: string, base: CommitInfo, token?: Cancellation) {
  const baseFiles = new Map<string, Promise<Blob | undefined>>();
  const baseFile = (p: string) => once(baseFiles, p, () => h.readFile(base.sha, p, token));
  const nowFiles = new Map<string, Promise<NowFile>>();
  const nowFile = (p: string) => once(nowFiles, p, () => readNow(ws, repoRoot, p));
  const diffs = new Map<string, Promise<Hunk[]>>();
  const diff = (basePath: string | undefined, nowPath: string, now: readonly string[]) =>
    once(diffs, `${basePath}\0${nowPath}`, async () => {
      const old = basePath ? await baseFile(basePath) : undefined;
      return diffLines(old ? splitLines(old.text) : [], now);
    });
  return { baseFile, nowFile, diff };
}

/**
 * Every citation pointing into lines changed between `base` and the working tree. A citation's
 * numbers count the lines of the code its plan line was written against (`CitedSide`): a `base`
 * citation is laid on the base side of its file's diff (base -> working tree, followed through
 * renames), a `now` citation on the side now. Citations of files outside the repository are left
 * out; one whose lines are not in the file on its side was stale already, and is listed apart.
 */
export async function impactedCitations(ws: Workspace, h: History, base: CommitInfo, model: PlanModel, planAbs: string | undefined, citations: CheckedCitation[], token?: Cancellation): Promise<PlanImpact> {
  const out: PlanImpact = { impacts: [], stale: [] };
  const repo = await h.repository(token);
  const head = await h.commit('HEAD', token);
  if (!head) return out;
  const changes = (await h.changes([{ from: base.sha, to: head.sha }], token)).get(pairKey({ from: base.sha, to: head.sha })) ?? [];
  const sideOf = await planSides(ws, h, repo.root, base, model, planAbs, token);
  const roots = await ws.roots();
  const realOf = realPaths(ws);
  const { baseFile, nowFile, diff } = planReads(ws, h, repo.root, base, token);

  /** A citation of a plan line the same at the base; false when its file was not there (handled as `now`). */
  const onBase = async (c: CheckedCitation): Promise<boolean> => {
    const paths = await citedRepoPaths(ws, repo.root, c, roots, planAbs, realOf);
    if (paths.length === 0) return true; // not this repository's code
    let basePath: string | undefined;
    let blob: Blob | undefined;
    for (const p of paths) if (!blob && (blob = await baseFile(p))) basePath = p;
    if (!blob || !basePath) return false;
    const count = splitLines(blob.text).length;
    if (!fits(c.ranges, count)) {
      out.stale.push({ citation: c, side: 'base', rel: basePath, reason: `${basePath} has ${count} line${count === 1 ? '' : 's'} at the base` });
      return true;
    }
    // Named as the check resolved it when that is the same file, else by its path at the base.
    const rel = basePath === paths[0] && c.resolution.kind === 'ok' ? c.resolution.rel : basePath;
    const change = changes.find((x) => x.oldPath === basePath);
    const nowPath = change ? change.newPath : basePath;
    const now = nowPath ? await nowFile(nowPath) : 'gone';
    if (now === 'unread') return true;
    const was = splitLines(blob.text);
    if (now === 'gone') {
      const cited = c.ranges.flatMap((r) => was.slice(r.start - 1, r.end));
      out.impacts.push({ citation: c, side: 'base', rel, deleted: true, changed: c.ranges.map((r) => ({ start: r.start, end: r.end })), diff: { was: cited, now: [] } });
      return true;
    }
    const hunks = await diff(basePath, nowPath!, now.lines);
    const changed = overlap(c.ranges, changedSpans(hunks, 'base'));
    if (changed.length) out.impacts.push({ citation: c, side: 'base', rel, nowRel: nowPath !== basePath ? nowPath : undefined, changed, diff: hunkLines(hunks, c.ranges, 'base', was, now.lines) });
    return true;
  };
  /** A citation written since the base: the check resolved it in the working tree (and reports it when it does not resolve). */
  const onNow = async (c: CheckedCitation): Promise<void> => {
    if (c.resolution.kind !== 'ok' || c.loaded?.kind !== 'ok') return;
    const rel = insideRepo(repo.root, c.resolution.real ?? (await realOf(c.resolution.abs)));
    if (!rel) return;
    const lines = c.loaded.file.lines;
    if (!fits(c.ranges, lines.length)) {
      out.stale.push({ citation: c, side: 'now', rel: c.resolution.rel, reason: `${c.resolution.rel} has ${lines.length} line${lines.length === 1 ? '' : 's'} now` });
      return;
    }
    const change = changes.find((x) => x.newPath === rel);
    const oldPath = change ? change.oldPath : rel;
    const hunks = await diff(oldPath, rel, lines);
    const changed = overlap(c.ranges, changedSpans(hunks, 'now'));
    if (!changed.length) return;
    const was = oldPath ? await baseFile(oldPath) : undefined;
    out.impacts.push({ citation: c, side: 'now', rel: c.resolution.rel, changed, diff: hunkLines(hunks, c.ranges, 'now', was ? splitLines(was.text) : [], lines) });
  };

  for (const c of citations) {
    throwIfCancelled(token);
    const side = sideOf(model.lines.positionAt(c.start).line + 1);
    // Written or edited on the branch in a plan that was at the base: the author wrote it
    // against the changed code, which is what impact asks of a plan.
    if (side === 'updated') continue;
    // The file a plan line at the base cites may not be there yet (the plan was written ahead
    // of the code): its numbers can only count lines now.
    if (side === 'base' && (await onBase(c))) continue;
    await onNow(c);
  }
  return out;
}

/**
 * Which side each line of the plan (1-based, as it is now) counts: `base` when the line is the
 * same in the plan at the base, `updated` when it was written or edited since in a plan that is
 * at the base, `now` for every line of a plan that is not (new, untracked). The plan is diffed with its base version here: one read from the cat-file process,
 * where blame would need to ask, for every commit it names, whether the base contains it.
 */
async function planSides(ws: Workspace, h: History, repoRoot: string, base: CommitInfo, model: PlanModel, planAbs: string | undefined, token?: Cancellation): Promise<(line: number) => CitedSide | 'updated'> {
  const rel = planAbs ? insideRepo(repoRoot, await ws.fs.realpath(planAbs).catch(() => planAbs)) : undefined;
  const atBase = rel ? await h.readFile(base.sha, rel, token) : undefined;
  if (!atBase) return () => 'now';
  const hunks = diffLines(splitLines(atBase.text.replace(/^\uFEFF/, '')), splitLines(model.text));
  // Line now -> line at the base: the diff read backwards; a line inside a hunk has none.
  const back = hunks.map((x) => ({ oldStart: x.newStart, oldCount: x.newCount, newStart: x.oldStart, newCount: x.oldCount }));
  return (line) => (mapLine(back, line) === undefined ? 'updated' : 'base');
}

/** The file now at a repository path, read through the workspace's fence. */
type NowFile = { lines: readonly string[] } | 'gone' | 'unread';

async function readNow(ws: Workspace, repoRoot: string, repoPath: string): Promise<NowFile> {
  const abs = path.join(repoRoot, ...repoPath.split('/'));
  let real: string;
  try {
    real = await ws.fs.realpath(abs);
  } catch {
    return 'gone';
  }
  if (!(await ws.isInside(real))) return 'unread';
  const loaded = await ws.load(abs);
  return loaded.kind === 'ok' ? { lines: loaded.file.lines } : 'unread';
}

function once<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let hit = cache.get(key);
  if (!hit) cache.set(key, (hit = make()));
  return hit;
}

function fits(ranges: readonly Span[], lines: number): boolean {
  return ranges.every((r) => r.start >= 1 && r.start <= r.end && r.end <= lines);
}

/** A changed stretch of one side of a diff; `point`: lines were inserted or removed between `start` and `end`. */
interface Changed extends Span {
  point?: boolean;
}

/** The changed lines on one side of a diff: its edited lines, or the point where the other side has lines it lacks. */
function changedSpans(hunks: readonly Hunk[], side: CitedSide): Changed[] {
  return hunks.map((x) => {
    const [start, count] = side === 'base' ? [x.oldStart, x.oldCount] : [x.newStart, x.newCount];
    // An empty side's start is the first line after the point.
    return count > 0 ? { start, end: start + count - 1 } : { start: start - 1, end: start, point: true };
  });
}

/** The lines, on both sides, of the hunks whose changed stretch on `side` lies in the cited ranges. */
function hunkLines(hunks: readonly Hunk[], ranges: readonly Span[], side: CitedSide, was: readonly string[], now: readonly string[]): { was: string[]; now: string[] } {
  const out = { was: [] as string[], now: [] as string[] };
  for (const x of hunks) {
    if (!overlap(ranges, changedSpans([x], side)).length) continue;
    out.was.push(...was.slice(x.oldStart - 1, x.oldStart - 1 + x.oldCount));
    out.now.push(...now.slice(x.newStart - 1, x.newStart - 1 + x.newCount));
  }
  return out;
}

/** The changed lines inside the cited ranges. */
function overlap(ranges: readonly Span[], spans: readonly Changed[]): Span[] {
  const out: Span[] = [];
  for (const r of ranges) {
    for (const s of spans) {
      const a = Math.max(r.start, s.start);
      const b = Math.min(r.end, s.end);
      // A point touching a range's edge from outside (a line added above it, one removed below) leaves the range whole.
      if (a <= b && !(s.point && (s.end === r.start || s.start === r.end))) out.push({ start: a, end: b });
    }
  }
  return out;
}
