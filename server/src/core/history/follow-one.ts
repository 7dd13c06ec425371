import * as path from 'node:path';
import { squashSpace } from '../text';
import type { GoDecl, GoFile } from '../gofile';
import type { Drift, DriftKind, Span } from './drift';
import { diffLines, mapRangeIntact, mapRangeLoose } from './linediff';
import type { FileChange, Hunk } from './types';
import { holdsOtherCode } from './replaced';
import { linesOf, parseBlob, worktreeHunks, type Current } from './follow-cache';
import { current, displayPath, headToWorktree, loadedByRel, type FollowRun, type Task } from './follow-run';
import { docTop, enclosing, findSame, uniqueBlock } from './follow-decls';

/** How bad each kind is: a citation with several ranges takes the worst. */
const RANK: Record<DriftKind, number> = { unchanged: 0, moved: 1, renamed: 2, reanchored: 3, edited: 4, deleted: 5 };
const MAX_CODE_LINES = 12;
const MAX_CANDIDATE_FILES = 30;

/** One citation being followed: its old lines, its file now, and the hunks between them. */
interface Following {
  run: FollowRun;
  task: Task;
  /** The file's repository path at HEAD (undefined: deleted since the baseline). */
  headPath?: string;
  /** Every change since the baseline: a declaration may have moved to another changed file. */
  list: FileChange[];
  oldLines: readonly string[];
  base: Pick<Drift, 'baseline' | 'oldPath' | 'oldRepoPath'>;
  /** Baseline -> HEAD hunks of the file. */
  hunks1: Hunk[];
  wtHunks?: Hunk[];
  now?: Current;
  /** Every file now this citation's answer rests on. */
  reads: Map<string, Current | undefined>;
}

/** Where one range went. */
interface RangeFate {
  kind: DriftKind;
  now?: Span;
  path?: string;
}

/** Follows one citation; `vanished` is the declaration of the first range found deleted with it. */
export async function followOne(run: FollowRun, task: Task, change: FileChange | undefined, headPath: string | undefined, list: FileChange[], reads: Map<string, Current | undefined>): Promise<{ drift: Drift; vanished?: GoDecl }> {
  const f: Following = { run, task, headPath, list, reads, oldLines: linesOf(task.blob), base: { baseline: task.baseline, oldPath: displayPath(run, task), oldRepoPath: task.oldPath }, hunks1: change?.hunks ?? [] };
  f.now = headPath ? await read(f, headPath) : undefined;
  // An anchor not committed is diffed straight against the file now.
  f.wtHunks = task.worktree ? f.now && worktreeHunks(task.blob, f.now.file) : headPath ? await headToWorktree(run, headPath) : undefined;
  const exact = intact(f) ?? movedBlock(f);
  return exact ? { drift: exact } : throughDeclarations(f);
}

async function read(f: Following, repoPath: string): Promise<Current | undefined> {
  const file = await current(f.run, repoPath);
  f.reads.set(repoPath, file);
  return file;
}

function code(lines: readonly string[], r: Span): string {
  return lines.slice(r.start - 1, Math.min(r.end, r.start - 1 + MAX_CODE_LINES)).join('\n');
}

/** 1. Every cited line survived, nothing inserted between them: the new range, exactly. */
function intact(f: Following): Drift | undefined {
  const { task, now, wtHunks, headPath } = f;
  if (!now || !wtHunks) return undefined;
  const mapped = task.c.ranges.map((r) => {
    const r1 = mapRangeIntact(f.hunks1, r.start, r.end);
    return r1 && mapRangeIntact(wtHunks, r1.start, r1.end);
  });
  if (!mapped.every((m) => m !== undefined)) return undefined;
  const ranges = task.c.ranges.map((r, i) => ({ old: { start: r.start, end: r.end }, now: mapped[i]! }));
  const renamed = headPath !== task.oldPath;
  const same = !renamed && ranges.every((r) => r.old.start === r.now.start && r.old.end === r.now.end);
  return { ...f.base, kind: same ? 'unchanged' : renamed ? 'renamed' : 'moved', newPath: now.rel, newRepoPath: headPath, committedNow: wtHunks.length === 0, ranges, oldCode: code(f.oldLines, ranges[0].old), newCode: code(now.file.lines, ranges[0].now) };
}

/**
 * 2. The cited lines, unchanged but for whitespace, somewhere else in the file (a block moved):
 * only when the block occurs once at the baseline and once now, and holds more than punctuation.
 */
function movedBlock(f: Following): Drift | undefined {
  const { task, now } = f;
  if (!now) return undefined;
  const moved = task.c.ranges.map((r) => uniqueBlock(f.oldLines, now.file.lines, r));
  if (!moved.every((m) => m !== undefined)) return undefined;
  const ranges = task.c.ranges.map((r, i) => ({ old: { start: r.start, end: r.end }, now: moved[i]! }));
  const renamed = f.headPath !== task.oldPath;
  // Only realigned where it stands: nothing to report.
  const same = !renamed && ranges.every((r) => r.old.start === r.now.start && r.old.end === r.now.end);
  return { ...f.base, kind: same ? 'unchanged' : renamed ? 'renamed' : 'moved', newPath: now.rel, ranges, oldCode: code(f.oldLines, ranges[0].old), newCode: code(now.file.lines, ranges[0].now) };
}

/** 3. Edited: follow the enclosing declaration at the baseline to the same one now. */
async function throughDeclarations(f: Following): Promise<{ drift: Drift; vanished?: GoDecl }> {
  const oldParsed = await parseBlob(f.task.blob, f.task.oldPath);
  const ranges: { old: Span; now?: Span }[] = [];
  let kind: DriftKind = 'unchanged';
  let newPath: string | undefined;
  let declaration: string | undefined;
  let vanished: GoDecl | undefined;
  let files: Current[] | undefined;
  for (const r of f.task.c.ranges) {
    const decl = oldParsed && enclosing(oldParsed, r);
    let one: RangeFate;
    if (decl) {
      files ??= await candidateFiles(f);
      const match = findSame(decl, files, f.oldLines);
      if (match) {
        declaration = decl.signature;
        one = alignInDeclaration(f, r, decl, match);
      } else {
        one = { kind: 'deleted' };
        vanished ??= decl;
      }
    } else {
      one = byEdges(f, r);
    }
    if (RANK[one.kind] > RANK[kind]) kind = one.kind;
    if (one.path) newPath ??= one.path;
    ranges.push({ old: { start: r.start, end: r.end }, now: one.now });
  }
  return { drift: await editedDrift(f, kind, newPath, ranges, declaration), vanished };
}

/** The file at HEAD and every file a change added lines to, the same package first. */
async function candidateFiles(f: Following): Promise<Current[]> {
  const { headPath, list } = f;
  const names = [headPath, ...list.filter((x) => x.newPath && x.newPath !== headPath && x.hunks.some((y) => y.newCount > 0)).map((x) => x.newPath!)]
    .filter((x): x is string => !!x);
  // Files in the same folder (package) first: a declaration moved within its package.
  const dir = path.posix.dirname(f.task.oldPath);
  names.sort((a, b) => Number(path.posix.dirname(b) === dir) - Number(path.posix.dirname(a) === dir));
  const found = await Promise.all([...new Set(names)].slice(0, MAX_CANDIDATE_FILES).map((p) => read(f, p)));
  return found.filter((x): x is Current => !!x);
}

/** A range inside a declaration found again: aligned by a line diff of the two declarations. */
function alignInDeclaration(f: Following, r: Span, decl: GoDecl, match: { file: Current; decl: GoDecl }): RangeFate {
  const { oldLines, now, headPath, task } = f;
  const newLines = match.file.file.lines;
  // A range starting in the doc comment follows the comment too: it may have grown or
  // shrunk, and the declaration's first line is then no fixed distance from the range's.
  const lang = match.file.file.language;
  const oldDoc = docTop(oldLines, decl.startLine, lang);
  const oldTop = r.start < decl.startLine ? Math.min(r.start, oldDoc) : decl.startLine;
  const newTop = r.start < decl.startLine ? Math.max(1, docTop(newLines, match.decl.startLine, lang) - (oldDoc - oldTop)) : match.decl.startLine;
  const was = oldLines.slice(oldTop - 1, decl.endLine);
  const is = newLines.slice(newTop - 1, match.decl.endLine);
  const samePlace = headPath === task.oldPath && match.file === now;
  const inRenamedFile = headPath !== task.oldPath && match.file === now;
  // Whitespace aside (a block re-indented, gofmt realigning columns) lines are the same
  // lines: the cited ones map one to one, not to the edges of one big changed hunk.
  const hunks = diffLines(was.map(squashSpace), is.map(squashSpace));
  const kept = mapRangeIntact(hunks, r.start - oldTop + 1, r.end - oldTop + 1);
  if (kept) {
    const to = { start: kept.start + newTop - 1, end: kept.end + newTop - 1 };
    return samePlace && to.start === r.start && to.end === r.end ? { kind: 'unchanged', now: to, path: match.file.rel } : { kind: inRenamedFile ? 'renamed' : 'moved', now: to, path: match.file.rel };
  }
  if (r.start === oldTop && r.end === decl.endLine) return { kind: 'reanchored', now: { start: newTop, end: match.decl.endLine }, path: match.file.rel };
  const inner = mapRangeLoose(hunks, r.start - oldTop + 1, r.end - oldTop + 1);
  if (!inner) return { kind: 'edited', path: match.file.rel };
  const to = { start: inner.start + newTop - 1, end: inner.end + newTop - 1 };
  // The edges of an edit elsewhere in the declaration may hold other code than was cited (a
  // call replaced by a new check): no place to offer then. Where it stands, replaced.ts judges.
  const elsewhere = !samePlace || to.start !== r.start || to.end !== r.end;
  if (elsewhere && holdsOtherCode(oldLines.slice(r.start - 1, r.end), newLines.slice(to.start - 1, to.end))) return { kind: 'edited', path: match.file.rel };
  return { kind: 'reanchored', now: to, path: match.file.rel };
}

/** No declaration holds the range: where its edges went, if anywhere. */
function byEdges(f: Following, r: Span): RangeFate {
  const r1 = mapRangeLoose(f.hunks1, r.start, r.end);
  const r2 = r1 && f.wtHunks ? mapRangeLoose(f.wtHunks, r1.start, r1.end) : undefined;
  return f.now && r2 ? { kind: 'edited', now: r2, path: f.now.rel } : { kind: 'deleted' };
}

/**
 * The drift of a citation followed through its declarations. Edited in place (the same lines,
 * the same file): the citation still points at its code, unless those lines now hold other code.
 */
async function editedDrift(f: Following, kind: DriftKind, newPath: string | undefined, ranges: { old: Span; now?: Span }[], declaration: string | undefined): Promise<Drift> {
  const { now, oldLines } = f;
  const stands = kind === 'reanchored' && newPath === now?.rel && f.headPath === f.task.oldPath && ranges.every((r) => r.now && r.now.start === r.old.start && r.now.end === r.old.end);
  const lost = stands ? ranges.find((r) => holdsOtherCode(oldLines.slice(r.old.start - 1, r.old.end), now!.file.lines.slice(r.old.start - 1, r.old.end))) : undefined;
  const first = lost ?? ranges[0];
  const newFile: GoFile | undefined = newPath ? await loadedByRel(f.run, newPath) : undefined;
  return { ...f.base, kind, ...(lost ? { replaced: true } : stands ? { inPlace: true } : {}), newPath, ranges, declaration, oldCode: code(oldLines, first.old), newCode: first.now && newFile ? code(newFile.lines, first.now) : undefined };
}
