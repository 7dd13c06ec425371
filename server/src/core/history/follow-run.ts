import * as path from 'node:path';
import type { Cancellation } from '../types';
import type { CheckedCitation } from '../checked-citation';
import type { LoadedGoFile, Workspace } from '../workspace';
import type { GoFile } from '../gofile';
import type { PlanModel } from '../model';
import type { Baseline } from './baseline';
import { pairKey, type Blob, type CommitInfo, type FileChange, type History, type Hunk } from './types';
import { worktreeHunks, type Current } from './follow-cache';

export interface FollowInput {
  ws: Workspace;
  history: History;
  /** Real path of the repository's top-level folder. */
  repoRoot: string;
  head: CommitInfo;
  citations: CheckedCitation[];
  /** Absolute path of the plan: its link targets resolve from its folder. */
  docAbs?: string;
  /** The plan: whether a citation was right at its baseline is judged as MP004 judges it. */
  model?: PlanModel;
  /** The baseline of each citation (undefined: no drift is claimed). */
  baselineOf(c: CheckedCitation): Baseline | undefined;
  token?: Cancellation;
}

/** A citation to follow: it has a baseline, and its file there. */
export interface Task {
  c: CheckedCitation;
  baseline: Baseline;
  /** Repository path at the baseline. */
  oldPath: string;
  blob: Blob;
  /**
   * The old file is an anchor's text that was not committed (code edited but not committed when
   * the citation was seen right): followed by a line diff of that text against the file now.
   */
  worktree?: boolean;
}

/**
 * One check's following: what every citation shares (the changes since each baseline, the files
 * now and their HEAD -> working tree hunks), each asked once however many citations need it.
 */
export interface FollowRun {
  input: FollowInput;
  roots: string[];
  changes: Map<string, FileChange[]>;
  /** The cited files this check already loaded (fenced, as the workspace loads them): following them reads nothing again. */
  loadedByAbs: Map<string, LoadedGoFile>;
  currents: Map<string, Promise<Current | undefined>>;
  /** The files now as loaded so far, to compare without waiting. */
  settled: Map<string, Current | undefined>;
  headDiffs: Map<string, Promise<Hunk[] | undefined>>;
}

export function newRun(input: FollowInput, roots: string[], changes: Map<string, FileChange[]>): FollowRun {
  const loadedByAbs = new Map<string, LoadedGoFile>();
  for (const c of input.citations) if (c.resolution.kind === 'ok' && c.loaded) loadedByAbs.set(c.resolution.abs, c.loaded);
  return { input, roots, changes, loadedByAbs, currents: new Map(), settled: new Map(), headDiffs: new Map() };
}

/** Every file changed between a baseline and HEAD. */
export function changesSince(run: FollowRun, b: Baseline): FileChange[] {
  return run.changes.get(pairKey({ from: b.commit.sha, to: run.input.head.sha })) ?? [];
}

/** The change of a task's file since its baseline (undefined: the file did not change, or the task starts from the working tree). */
export function changeOf(run: FollowRun, task: Task): FileChange | undefined {
  if (task.worktree) return undefined;
  return run.changes.get(pairKey({ from: task.baseline.commit.sha, to: run.input.head.sha }))?.find((x) => x.oldPath === task.oldPath);
}

/** The file now at a repository path, loaded once per run. */
export function current(run: FollowRun, repoPath: string): Promise<Current | undefined> {
  let hit = run.currents.get(repoPath);
  if (!hit) {
    run.currents.set(repoPath, (hit = loadCurrent(run, repoPath)));
    void hit.then((f) => run.settled.set(repoPath, f), () => undefined);
  }
  return hit;
}

async function loadCurrent(run: FollowRun, repoPath: string): Promise<Current | undefined> {
  const { ws, repoRoot } = run.input;
  const abs = path.join(repoRoot, ...repoPath.split('/'));
  let loaded = run.loadedByAbs.get(abs);
  if (!loaded) {
    let real: string;
    try {
      real = await ws.fs.realpath(abs);
    } catch {
      return undefined;
    }
    // History may only name files inside the roots.
    if (!(await ws.isInside(real))) return undefined;
    loaded = await ws.load(abs);
  }
  return loaded.kind === 'ok' ? { rel: ws.relOf(abs), file: loaded.file } : undefined;
}

/** HEAD -> working tree of one file, diffed here: git never reads the working tree. */
export function headToWorktree(run: FollowRun, repoPath: string): Promise<Hunk[] | undefined> {
  let hit = run.headDiffs.get(repoPath);
  if (!hit) {
    hit = (async () => {
      const { history, head, token } = run.input;
      const [blob, now] = await Promise.all([history.readFile(head.sha, repoPath, token), current(run, repoPath)]);
      if (!blob || !now) return undefined;
      return worktreeHunks(blob, now.file);
    })();
    run.headDiffs.set(repoPath, hit);
  }
  return hit;
}

/** A file this run has loaded, by its workspace-relative name. */
export async function loadedByRel(run: FollowRun, rel: string): Promise<GoFile | undefined> {
  for (const p of run.currents.values()) {
    const f = await p;
    if (f?.rel === rel) return f.file;
  }
  return undefined;
}

/** The cited file as the plan names it (the path a report shows). */
export function displayPath(run: FollowRun, task: Task): string {
  return task.c.resolution.kind === 'ok' && !task.c.resolution.viaSuffix ? task.c.resolution.rel : run.input.ws.citationTarget(task.c, run.input.docAbs);
}
