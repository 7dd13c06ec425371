import * as path from 'node:path';
import { throwIfCancelled } from '../types';
import type { CheckedCitation } from '../checked-citation';
import type { Workspace } from '../workspace';
import type { Baseline } from './baseline';
import { NotCached, type Blob, type CommitInfo, type CommitPair } from './types';
import { linesOf } from './follow-cache';
import { changesSince, type FollowInput, type FollowRun, type Task } from './follow-run';

/** A path inside the repository, repository-relative with `/`; undefined outside it (or the root itself). */
export function insideRepo(repoRoot: string, abs: string): string | undefined {
  const rel = path.relative(repoRoot, abs);
  if (rel === '' || rel === '..' || rel.startsWith('..' + path.sep) || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

/**
 * The real path of a file, asked once per check however many citations cite it (the path as
 * given when it cannot be resolved).
 */
export function realPaths(ws: Workspace): (abs: string) => Promise<string> {
  const reals = new Map<string, Promise<string>>();
  return (abs) => {
    let hit = reals.get(abs);
    if (!hit) reals.set(abs, (hit = ws.fs.realpath(abs).catch(() => abs)));
    return hit;
  };
}

/**
 * The repository paths a citation may name, the likeliest first: where the workspace resolved
 * it now, then its path under each source root (the file may be gone now but there in the past).
 */
export async function citedRepoPaths(ws: Workspace, repoRoot: string, c: CheckedCitation, rootsReal: string[], docAbs: string | undefined, realOf: (abs: string) => Promise<string>): Promise<string[]> {
  const candidates: string[] = [];
  if (c.resolution.kind === 'ok') {
    // The workspace's fence check found the real path while it resolved the citation.
    const real = c.resolution.real ?? (await realOf(c.resolution.abs));
    const rel = insideRepo(repoRoot, real);
    if (rel) candidates.push(rel);
  }
  const norm = path.posix.normalize(ws.citationTarget(c, docAbs));
  if (!path.posix.isAbsolute(norm) && norm !== '..' && !norm.startsWith('../')) {
    for (const r of rootsReal) {
      const rel = insideRepo(repoRoot, path.resolve(r, norm));
      if (rel && !candidates.includes(rel)) candidates.push(rel);
    }
  }
  return candidates;
}

export interface Wanted {
  c: CheckedCitation;
  baseline: Baseline;
}

/**
 * The citations to follow whose file was at its baseline where they name it now (`tasks`), and
 * those with a short path no file ends with now (`unfound`: perhaps renamed or deleted since).
 */
export async function tasksAtBaselines(input: FollowInput, roots: string[]): Promise<{ tasks: Task[]; unfound: Wanted[] }> {
  const realOf = realPaths(input.ws);
  const wanted = input.citations.map((c) => ({ c, baseline: input.baselineOf(c) })).filter((x): x is Wanted => !!x.baseline && x.c.resolution.kind !== 'outside');
  // The old files are asked all at once: the cat-file process answers them in one stream.
  const olds = await Promise.all(wanted.map((x) => oldFile(input, x, roots, realOf)));
  throwIfCancelled(input.token);
  const tasks: Task[] = [];
  wanted.forEach((x, i) => {
    const found = olds[i];
    // A citation that was not valid at its baseline is left to the other rules.
    if (found && validIn(x.c, found.blob)) tasks.push({ ...x, ...found });
  });
  return { tasks, unfound: wanted.filter((x, i) => !olds[i] && x.c.resolution.kind === 'missing') };
}

/** The (baseline, HEAD) pairs whose changes the tasks need, one per baseline commit. */
export function pairsOf(head: CommitInfo, wanted: Wanted[]): CommitPair[] {
  return [...new Map(wanted.map((t) => [t.baseline.commit.sha, { from: t.baseline.commit.sha, to: head.sha }])).values()];
}

function validIn(c: CheckedCitation, blob: Blob): boolean {
  const lines = linesOf(blob).length;
  return !c.ranges.some((r) => r.start < 1 || r.end < r.start || r.end > lines);
}

async function oldFile(input: FollowInput, x: Wanted, rootsReal: string[], realOf: (abs: string) => Promise<string>): Promise<{ oldPath: string; blob: Blob; worktree?: boolean } | undefined> {
  const anchor = x.baseline.anchor;
  if (anchor) return anchorFile(input, x.baseline.commit.sha, anchor, rootsReal);
  const candidates = await citedRepoPaths(input.ws, input.repoRoot, x.c, rootsReal, input.docAbs, realOf);
  try {
    for (const p of candidates) {
      const blob = await input.history.readFile(x.baseline.commit.sha, p, input.token);
      if (blob) return { oldPath: p, blob };
    }
  } catch (e) {
    if (!(e instanceof NotCached)) throw e; // answering from memory: this citation waits for git
  }
  return undefined;
}

/**
 * An anchor's file: its text as last seen right; committed when HEAD then held the same blob
 * (then renames since are followed as from any commit), else followed from the working tree.
 */
async function anchorFile(input: FollowInput, sha: string, anchor: { path: string; blob: Blob }, rootsReal: string[]): Promise<{ oldPath: string; blob: Blob; worktree?: boolean } | undefined> {
  // An anchor names a file inside the roots, as history may.
  if (!rootsReal.some((r) => insideRepo(r, path.join(input.repoRoot, ...anchor.path.split('/'))) !== undefined)) return undefined;
  let committed: Blob | undefined;
  try {
    committed = await input.history.readFile(sha, anchor.path, input.token);
  } catch (e) {
    if (!(e instanceof NotCached)) throw e;
  }
  return committed?.oid === anchor.blob.oid ? { oldPath: anchor.path, blob: committed } : { oldPath: anchor.path, blob: anchor.blob, worktree: true };
}

/**
 * A short path (`scan.go`, found by suffix) that no file ends with now may name one that was
 * renamed or deleted since: then that file is among the changes since the baseline, the one
 * whose old path ends with the citation's.
 */
export async function goneBySuffix(run: FollowRun, x: Wanted): Promise<Task | undefined> {
  const { ws, history, repoRoot, docAbs, token } = run.input;
  const norm = path.posix.normalize(ws.citationTarget(x.c, docAbs));
  if (path.posix.isAbsolute(norm) || norm === '..' || norm.startsWith('../')) return undefined;
  const hits = changesSince(run, x.baseline).filter((ch) => ch.oldPath !== undefined && (ch.oldPath === norm || ch.oldPath.endsWith('/' + norm)));
  // Unique then, as the workspace asks of a suffix now; a file only edited would resolve now.
  if (hits.length !== 1 || hits[0].newPath === hits[0].oldPath) return undefined;
  const oldPath = hits[0].oldPath!;
  // History may only name files inside the roots.
  if (!run.roots.some((r) => insideRepo(r, path.join(repoRoot, ...oldPath.split('/'))) !== undefined)) return undefined;
  let blob: Blob | undefined;
  try {
    blob = await history.readFile(x.baseline.commit.sha, oldPath, token);
  } catch (e) {
    if (!(e instanceof NotCached)) throw e;
    return undefined;
  }
  return blob && validIn(x.c, blob) ? { ...x, oldPath, blob } : undefined;
}
