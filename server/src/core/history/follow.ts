import * as path from 'node:path';
import type { Cancellation } from '../types';
import { throwIfCancelled } from '../types';
import { squashSpace } from '../text';
import type { CheckedCitation } from '../rule';
import type { LoadedGoFile, Workspace } from '../workspace';
import type { GoDecl, GoFile } from '../gofile';
import { indexText, languageOf } from '../lang';
import { diffLines, mapRangeIntact, mapRangeLoose, splitLines } from './linediff';
import { NotCached, pairKey, type Blob, type CommitInfo, type FileChange, type History, type Hunk, type LoggedCommit } from './types';
import type { Baseline } from './baseline';
import { claimHolds } from '../rules/citation/citation-util';
import { namesBorneOut } from '../rules/citation/mp004-citation-symbol-mismatch';
import type { PlanModel } from '../model';
import { holdsOtherCode } from './replaced';

/**
 * What happened to a cited range since its baseline:
 * - unchanged: the same lines of the same file;
 * - moved: the same lines elsewhere (insertions or deletions above, or the whole declaration
 *   moved, also to another file);
 * - renamed: the same lines in the file it was renamed to (perhaps also moved);
 * - reanchored: the lines were edited; the same declaration was found and the range aligned in it;
 * - edited: the lines were edited and no declaration tells where they went;
 * - deleted: the code is gone (with the commit that deleted it when it was committed).
 */
export type DriftKind = 'unchanged' | 'moved' | 'renamed' | 'reanchored' | 'edited' | 'deleted';

export interface Span {
  start: number;
  end: number;
}

export interface Drift {
  kind: DriftKind;
  baseline: Baseline;
  /** The cited file at the baseline and now, as the workspace names it. */
  oldPath: string;
  newPath?: string;
  /** Each range of the citation at the baseline and now (absent when it has no new place). */
  ranges: { old: Span; now?: Span }[];
  /** Re-anchored onto the very lines it cites: edited where it stands, nothing to report. */
  inPlace?: boolean;
  /**
   * Re-anchored onto the very lines it cites, which now hold other code (replaced.ts): reported,
   * with nothing to move it to. `oldCode`/`newCode` are the range that was replaced.
   */
  replaced?: boolean;
  /** The declaration the range was followed through: `func (r *Router) Route`. */
  declaration?: string;
  /** The cited lines at the baseline and now (a few lines), for messages and hovers. */
  oldCode?: string;
  newCode?: string;
  /** The new place, repository-relative (for permalinks). */
  newRepoPath?: string;
  /** The file at the new place is committed as it is now (its lines are HEAD's lines too). */
  committedNow?: boolean;
  /** The commit that deleted the code (undefined: deleted in the working tree only). */
  deletedBy?: CommitInfo;
  /** The last commit that changed lines now `replaced` (undefined: replaced in the working tree only). */
  replacedBy?: CommitInfo;
}

/** How bad each kind is: a citation with several ranges takes the worst. */
const RANK: Record<DriftKind, number> = { unchanged: 0, moved: 1, renamed: 2, reanchored: 3, edited: 4, deleted: 5 };
const MAX_CODE_LINES = 12;
const MAX_CANDIDATE_FILES = 30;

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

interface Task {
  c: CheckedCitation;
  baseline: Baseline;
  /** Repository path at the baseline. */
  oldPath: string;
  blob: Blob;
}

/**
 * The lines of a blob, kept with the blob: a language server checks the plan again on every
 * keystroke, and its remembered blobs are the same objects each time.
 */
const blobLines = new WeakMap<Blob, readonly string[]>();

function linesOf(blob: Blob): readonly string[] {
  let lines = blobLines.get(blob);
  if (!lines) blobLines.set(blob, (lines = splitLines(blob.text)));
  return lines;
}

/**
 * HEAD -> working tree hunks of a file, by the indexed file now (the workspace hands out the
 * same object while the file is unchanged) and HEAD's blob id: typing in the plan changes
 * neither, so the diff is not redone each keystroke.
 */
const worktreeDiffs = new WeakMap<GoFile, Map<string, Hunk[]>>();

function worktreeHunks(headBlob: Blob, now: GoFile): Hunk[] {
  let byBlob = worktreeDiffs.get(now);
  if (!byBlob) worktreeDiffs.set(now, (byBlob = new Map()));
  let hunks = byBlob.get(headBlob.oid);
  if (!hunks) {
    hunks = diffLines(linesOf(headBlob), now.lines);
    followWork.worktreeDiffs++;
    // HEAD moves rarely, and each move leaves one stale entry per file.
    if (byBlob.size >= 4) byBlob.clear();
    byBlob.set(headBlob.oid, hunks);
  }
  return hunks;
}

/**
 * What one citation's following found, kept between checks: the plan's text changes on every
 * keystroke, but a citation's drift depends only on its path and ranges (and the symbols it
 * names), the answers of history for its baseline and HEAD, and the files now it read (`reads`,
 * compared by identity: the workspace hands out the same indexed file while it is unchanged).
 * Kept by the list of changes of its (baseline, HEAD) pair, so a history that answers anew, or
 * HEAD moving, starts over.
 */
interface Followed {
  drift: Drift;
  vanished?: GoDecl;
  reads: Map<string, Current | undefined>;
}
const followed = new WeakMap<readonly FileChange[], Map<string, Followed>>();
/** Citations remembered per pair at most (typing a citation leaves one entry per keystroke). */
const MAX_FOLLOWED = 5000;

/** Work done, counted for tests: a check of a new plan version whose cited files did not change does none. */
export const followWork = { citations: 0, worktreeDiffs: 0 };

/** Parsed old blobs, by blob id (equal ids, equal content). */
const parsed = new Map<string, Promise<GoFile | undefined>>();

/** A blob's index in the language of the path it had (Go when the path tells none). */
async function parseBlob(blob: Blob, at: string): Promise<GoFile | undefined> {
  const text = blob.text.replace(/\r\n?/g, '\n');
  const lang = languageOf(at, text.slice(0, 200).split('\n')[0]) ?? 'go';
  const key = lang === 'go' ? blob.oid : `${lang}:${blob.oid}`;
  let hit = parsed.get(key);
  if (!hit) {
    hit = indexText(lang, text);
    parsed.set(key, hit);
    if (parsed.size > 500) parsed.delete(parsed.keys().next().value as string);
  }
  return hit;
}

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

/** The current file at a repository path, read through the workspace (inside the fence only). */
interface Current {
  rel: string;
  file: GoFile;
}

/** Follows every citation that has a baseline; answers per citation (by its start offset). */
export async function followCitations(input: FollowInput): Promise<Map<CheckedCitation, Drift>> {
  const { ws, history: h, repoRoot, head, token } = input;
  const out = new Map<CheckedCitation, Drift>();
  const roots = await ws.roots();
  const tasks: Task[] = [];
  const realOf = realPaths(ws);

  // The old files are asked all at once: the cat-file process answers them in one stream.
  const wanted = input.citations.map((c) => ({ c, baseline: input.baselineOf(c) })).filter((x): x is { c: CheckedCitation; baseline: Baseline } => !!x.baseline && x.c.resolution.kind !== 'outside');
  const olds = await Promise.all(wanted.map((x) => oldFile(x.c, x.baseline, roots)));
  throwIfCancelled(token);
  wanted.forEach(({ c, baseline }, i) => {
    const found = olds[i];
    if (!found) return;
    const lines = linesOf(found.blob).length;
    // A citation that was not valid at its baseline is left to the other rules.
    if (c.ranges.some((r) => r.start < 1 || r.end < r.start || r.end > lines)) return;
    tasks.push({ c, baseline, ...found });
  });
  // A short path (`scan.go`, found by suffix) that no file ends with now may name one that was
  // renamed or deleted since: then that file is among the changes since the baseline.
  const unfound = wanted.filter((x, i) => !olds[i] && x.c.resolution.kind === 'missing');
  const pairs = [...new Map([...tasks, ...unfound].map((t) => [t.baseline.commit.sha, { from: t.baseline.commit.sha, to: head.sha }])).values()];
  if (pairs.length === 0) return out;
  const changes = await h.changes(pairs, token);
  throwIfCancelled(token);
  for (const x of unfound) {
    const found = await bySuffixThen(x.c, x.baseline);
    if (found && !x.c.ranges.some((r) => r.start < 1 || r.end < r.start || r.end > linesOf(found.blob).length)) tasks.push({ ...x, ...found });
  }
  if (tasks.length === 0) return out;

  /** The one file changed since the baseline whose old path ends with the citation's, when it is gone from there. */
  async function bySuffixThen(c: CheckedCitation, b: Baseline): Promise<{ oldPath: string; blob: Blob } | undefined> {
    const norm = path.posix.normalize(ws.citationTarget(c, input.docAbs));
    if (path.posix.isAbsolute(norm) || norm === '..' || norm.startsWith('../')) return undefined;
    const list = changes.get(pairKey({ from: b.commit.sha, to: head.sha })) ?? [];
    const hits = list.filter((x) => x.oldPath !== undefined && (x.oldPath === norm || x.oldPath.endsWith('/' + norm)));
    // Unique then, as the workspace asks of a suffix now; a file only edited would resolve now.
    if (hits.length !== 1 || hits[0].newPath === hits[0].oldPath) return undefined;
    const oldPath = hits[0].oldPath!;
    // History may only name files inside the roots.
    if (!roots.some((r) => insideRepo(r, path.join(repoRoot, ...oldPath.split('/'))) !== undefined)) return undefined;
    try {
      const blob = await h.readFile(b.commit.sha, oldPath, token);
      return blob ? { oldPath, blob } : undefined;
    } catch (e) {
      if (!(e instanceof NotCached)) throw e;
      return undefined;
    }
  }

  async function oldFile(c: CheckedCitation, b: Baseline, rootsReal: string[]): Promise<{ oldPath: string; blob: Blob } | undefined> {
    const candidates = await citedRepoPaths(ws, repoRoot, c, rootsReal, input.docAbs, realOf);
    try {
      for (const p of candidates) {
        const blob = await h.readFile(b.commit.sha, p, token);
        if (blob) return { oldPath: p, blob };
      }
    } catch (e) {
      if (!(e instanceof NotCached)) throw e; // answering from memory: this citation waits for git
    }
    return undefined;
  }


  // The cited files this check already loaded (fenced, as the workspace loads them): following
  // them reads nothing again.
  const loadedByAbs = new Map<string, LoadedGoFile>();
  for (const c of input.citations) if (c.resolution.kind === 'ok' && c.loaded) loadedByAbs.set(c.resolution.abs, c.loaded);
  const currents = new Map<string, Promise<Current | undefined>>();
  /** The files now as loaded so far, to compare without waiting. */
  const settled = new Map<string, Current | undefined>();
  const current = (repoPath: string): Promise<Current | undefined> => {
    let hit = currents.get(repoPath);
    if (!hit) {
      currents.set(repoPath, (hit = loadCurrent(repoPath)));
      void hit.then((f) => settled.set(repoPath, f), () => undefined);
    }
    return hit;
  };
  async function loadCurrent(repoPath: string): Promise<Current | undefined> {
    const abs = path.join(repoRoot, ...repoPath.split('/'));
    let loaded = loadedByAbs.get(abs);
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
  const headDiffs = new Map<string, Promise<Hunk[] | undefined>>();
  /** HEAD -> working tree of one file, diffed here: git never reads the working tree. */
  const headToWorktree = (repoPath: string): Promise<Hunk[] | undefined> => {
    let hit = headDiffs.get(repoPath);
    if (!hit) {
      hit = (async () => {
        const [blob, now] = await Promise.all([h.readFile(head.sha, repoPath, token), current(repoPath)]);
        if (!blob || !now) return undefined;
        return worktreeHunks(blob, now.file);
      })();
      headDiffs.set(repoPath, hit);
    }
    return hit;
  };

  const changeOf = (task: Task): FileChange | undefined => changes.get(pairKey({ from: task.baseline.commit.sha, to: head.sha }))?.find((x) => x.oldPath === task.oldPath);
  // Each file now is a few file system round trips: read them all at once, not one by one in
  // the loop below (an answer that is not cached fails there again, for its own citation).
  const headPaths = new Set(tasks.map((t) => { const ch = changeOf(t); return ch ? ch.newPath : t.oldPath; }));
  await Promise.all([...headPaths].map((p) => p && headToWorktree(p).catch(() => undefined)));
  throwIfCancelled(token);

  /** Deleted or replaced: the commit that did it is looked for below. */
  const deleted: { task: Task; drift: Drift; headPath?: string }[] = [];
  /** The declaration a deleted citation was in, when it is what vanished. */
  const vanished = new Map<Task, GoDecl>();
  for (const task of tasks) {
    throwIfCancelled(token);
    const list = changes.get(pairKey({ from: task.baseline.commit.sha, to: head.sha })) ?? [];
    const change = changeOf(task);
    const headPath = change ? change.newPath : task.oldPath;
    let found: Followed;
    try {
      found = (await remembered(list, task)) ?? (await follow(task, change, headPath, list));
    } catch (e) {
      if (e instanceof NotCached) continue;
      throw e;
    }
    // A citation whose named symbols were not in its lines at the baseline was already wrong
    // then: following it would only move the mistake. MP004 speaks for it. Judged on each check,
    // not kept: it rests on the whole sentence, and on names the plan declares elsewhere.
    if (found.drift.kind !== 'unchanged' && !(await rightAtBaseline(task, input.model))) continue;
    // A copy: the deleting commit is found again below, for this check.
    const drift: Drift = { ...found.drift, baseline: task.baseline };
    if (found.vanished) vanished.set(task, found.vanished);
    if (drift.kind === 'deleted' || drift.replaced) deleted.push({ task, drift, headPath });
    out.set(task.c, drift);
  }

  function displayPath(task: Task): string {
    return task.c.resolution.kind === 'ok' && !task.c.resolution.viaSuffix ? task.c.resolution.rel : ws.citationTarget(task.c, input.docAbs);
  }
  function keyOf(task: Task): string {
    return [task.oldPath, task.blob.oid, displayPath(task), task.c.ranges.map((r) => `${r.start}-${r.end}`).join(','), task.c.claimed.join(',')].join('\0');
  }

  /** The citation as an earlier check followed it, if every file now it read is still the same. */
  async function remembered(list: readonly FileChange[], task: Task): Promise<Followed | undefined> {
    const hit = followed.get(list)?.get(keyOf(task));
    if (!hit) return undefined;
    const pending = [...hit.reads.keys()].filter((p) => !settled.has(p));
    if (pending.length) await Promise.all(pending.map(current));
    for (const [p, was] of hit.reads) {
      const is = settled.has(p) ? settled.get(p) : await current(p);
      if (was?.file !== is?.file || was?.rel !== is?.rel) return undefined;
    }
    return hit;
  }

  async function follow(task: Task, change: FileChange | undefined, headPath: string | undefined, list: FileChange[]): Promise<Followed> {
    followWork.citations++;
    const reads = new Map<string, Current | undefined>();
    const drift = await followOne(task, change, headPath, list, reads);
    const found: Followed = { drift, vanished: vanished.get(task), reads };
    let memo = followed.get(list);
    if (!memo || memo.size >= MAX_FOLLOWED) followed.set(list, (memo = new Map()));
    memo.set(keyOf(task), found);
    return found;
  }

  async function followOne(task: Task, change: FileChange | undefined, headPath: string | undefined, list: FileChange[], reads: Map<string, Current | undefined>): Promise<Drift> {
    // Every file now this citation's answer rests on.
    const read = async (repoPath: string): Promise<Current | undefined> => {
      const f = await current(repoPath);
      reads.set(repoPath, f);
      return f;
    };
    const oldLines = linesOf(task.blob);
    const base = { baseline: task.baseline, oldPath: displayPath(task) };
    const hunks1 = change?.hunks ?? [];
    const wtHunks = headPath ? await headToWorktree(headPath) : undefined;
    const now = headPath ? await read(headPath) : undefined;
    const code = (lines: readonly string[], r: Span) => lines.slice(r.start - 1, Math.min(r.end, r.start - 1 + MAX_CODE_LINES)).join('\n');

    // 1. Every cited line survived, nothing inserted between them: the new range, exactly.
    if (now && wtHunks) {
      const mapped = task.c.ranges.map((r) => {
        const r1 = mapRangeIntact(hunks1, r.start, r.end);
        return r1 && mapRangeIntact(wtHunks, r1.start, r1.end);
      });
      if (mapped.every((m) => m !== undefined)) {
        const ranges = task.c.ranges.map((r, i) => ({ old: { start: r.start, end: r.end }, now: mapped[i]! }));
        const renamed = headPath !== task.oldPath;
        const same = !renamed && ranges.every((r) => r.old.start === r.now.start && r.old.end === r.now.end);
        return { ...base, kind: same ? 'unchanged' : renamed ? 'renamed' : 'moved', newPath: now.rel, newRepoPath: headPath, committedNow: wtHunks.length === 0, ranges, oldCode: code(oldLines, ranges[0].old), newCode: code(now.file.lines, ranges[0].now) };
      }
    }

    // 2. The cited lines, unchanged, somewhere else in the file (a block moved): only when the
    // block occurs once at the baseline and once now, and holds more than punctuation.
    if (now) {
      const moved = task.c.ranges.map((r) => uniqueBlock(oldLines, now.file.lines, r));
      if (moved.every((m) => m !== undefined)) {
        const ranges = task.c.ranges.map((r, i) => ({ old: { start: r.start, end: r.end }, now: moved[i]! }));
        return { ...base, kind: headPath !== task.oldPath ? 'renamed' : 'moved', newPath: now.rel, ranges, oldCode: code(oldLines, ranges[0].old), newCode: code(now.file.lines, ranges[0].now) };
      }
    }

    // 3. Edited: follow the enclosing declaration at the baseline to the same one now.
    const oldParsed = await parseBlob(task.blob, task.oldPath);
    const ranges: { old: Span; now?: Span }[] = [];
    let kind: DriftKind = 'unchanged';
    let newPath: string | undefined;
    let declaration: string | undefined;
    const candidates = async (): Promise<Current[]> => {
      const names = [headPath, ...list.filter((x) => x.newPath && x.newPath !== headPath && x.hunks.some((y) => y.newCount > 0)).map((x) => x.newPath!)]
        .filter((x): x is string => !!x);
      // Files in the same folder (package) first: a declaration moved within its package.
      const dir = path.posix.dirname(task.oldPath);
      names.sort((a, b) => Number(path.posix.dirname(b) === dir) - Number(path.posix.dirname(a) === dir));
      const found = await Promise.all([...new Set(names)].slice(0, MAX_CANDIDATE_FILES).map(read));
      return found.filter((f): f is Current => !!f);
    };
    let files: Current[] | undefined;
    for (const r of task.c.ranges) {
      const decl = oldParsed && enclosing(oldParsed, r);
      let one: { kind: DriftKind; now?: Span; path?: string } | undefined;
      if (decl) {
        files ??= await candidates();
        const match = findSame(decl, files, oldLines);
        if (match) {
          declaration = decl.signature;
          const newLines = match.file.file.lines;
          // A range starting in the doc comment follows the comment too: it may have grown or
          // shrunk, and the declaration's first line is then no fixed distance from the range's.
          const oldDoc = docTop(oldLines, decl.startLine, oldParsed.language);
          const oldTop = r.start < decl.startLine ? Math.min(r.start, oldDoc) : decl.startLine;
          const newTop = r.start < decl.startLine ? Math.max(1, docTop(newLines, match.decl.startLine, oldParsed.language) - (oldDoc - oldTop)) : match.decl.startLine;
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
            one = samePlace && to.start === r.start && to.end === r.end ? { kind: 'unchanged', now: to, path: match.file.rel } : { kind: inRenamedFile ? 'renamed' : 'moved', now: to, path: match.file.rel };
          } else if (r.start === oldTop && r.end === decl.endLine) {
            one = { kind: 'reanchored', now: { start: newTop, end: match.decl.endLine }, path: match.file.rel };
          } else {
            const inner = mapRangeLoose(hunks, r.start - oldTop + 1, r.end - oldTop + 1);
            one = inner
              ? { kind: 'reanchored', now: { start: inner.start + newTop - 1, end: inner.end + newTop - 1 }, path: match.file.rel }
              : { kind: 'edited', path: match.file.rel };
          }
        } else {
          one = { kind: 'deleted' };
          if (!vanished.has(task)) vanished.set(task, decl);
        }
      } else {
        // No declaration holds the range: where its edges went, if anywhere.
        const r1 = mapRangeLoose(hunks1, r.start, r.end);
        const r2 = r1 && wtHunks ? mapRangeLoose(wtHunks, r1.start, r1.end) : undefined;
        one = now && r2 ? { kind: 'edited', now: r2, path: now.rel } : { kind: 'deleted' };
      }
      if (RANK[one.kind] > RANK[kind]) kind = one.kind;
      if (one.path) newPath ??= one.path;
      ranges.push({ old: { start: r.start, end: r.end }, now: one.now });
    }
    // Edited in place (the same lines, the same file): the citation still points at its code,
    // unless those lines now hold other code.
    const stands = kind === 'reanchored' && newPath === now?.rel && headPath === task.oldPath && ranges.every((r) => r.now && r.now.start === r.old.start && r.now.end === r.old.end);
    const lost = stands ? ranges.find((r) => holdsOtherCode(oldLines.slice(r.old.start - 1, r.old.end), now!.file.lines.slice(r.old.start - 1, r.old.end))) : undefined;
    const first = lost ?? ranges[0];
    const newFile = newPath ? (await candidatesByRel(newPath)) : undefined;
    return { ...base, kind, ...(lost ? { replaced: true } : stands ? { inPlace: true } : {}), newPath, ranges, declaration, oldCode: code(oldLines, first.old), newCode: first.now && newFile ? code(newFile.lines, first.now) : undefined };
  }

  async function candidatesByRel(rel: string): Promise<GoFile | undefined> {
    for (const p of currents.values()) {
      const f = await p;
      if (f?.rel === rel) return f.file;
    }
    return undefined;
  }

  // 4. Deleted or replaced: the commit that removed the last cited line, or last changed the
  // replaced ones, one log per baseline.
  const byBase = new Map<string, typeof deleted>();
  for (const d of deleted) byBase.set(d.task.baseline.commit.sha, [...(byBase.get(d.task.baseline.commit.sha) ?? []), d]);
  for (const [sha, group] of byBase) {
    throwIfCancelled(token);
    const paths = [...new Set(group.flatMap((d) => [d.task.oldPath, ...(d.headPath ? [d.headPath] : [])]))];
    let log;
    try {
      log = await h.log(sha, head.sha, paths, token);
    } catch (e) {
      if (!(e instanceof NotCached)) throw e;
      for (const d of group) out.delete(d.task.c);
      continue;
    }
    for (const d of group) {
      const decl = vanished.get(d.task);
      try {
        if (d.drift.replaced) d.drift.replacedBy = whoReplaced(log, d.task);
        else d.drift.deletedBy = whoDeleted(log, d.task) ?? (decl ? await whenVanished(log, d.task, decl) : undefined);
      } catch (e) {
        if (!(e instanceof NotCached)) throw e;
        out.delete(d.task.c);
      }
    }
  }
  return out;

  /**
   * The commit after which a declaration is no longer in the cited file (followed through
   * renames): its lines were replaced, not removed, so no line range tells. Undefined when HEAD
   * still has it (deleted in the working tree only).
   */
  async function whenVanished(log: LoggedCommit[], task: Task, decl: GoDecl): Promise<CommitInfo | undefined> {
    const steps = [...stepsOf(log, task)].map((s) => ({ commit: s.commit, path: s.change.newPath }));
    const has = async (i: number): Promise<boolean> => {
      const { commit, path: p } = steps[i];
      if (p === undefined) return false;
      const blob = await h.readFile(commit.sha, p, token);
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
}

/** Whether a citation naming symbols named one its cited lines held at the baseline. */
async function rightAtBaseline(task: Task, model: PlanModel | undefined): Promise<boolean> {
  if (task.c.claimed.length === 0) return true;
  const old = await parseBlob(task.blob, task.oldPath);
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
  return model ? namesBorneOut(model, task.c, old, task.c.ranges) : claimHolds(old, task.c.claimed, task.c.ranges);
}

/** Replays the logged commits over the cited ranges; the first commit after which none is left. */
function whoDeleted(log: LoggedCommit[], task: Task): CommitInfo | undefined {
  for (const { commit, change, after } of stepsOf(log, task)) if (!change.newPath || after.every((r) => r === undefined)) return commitInfo(commit);
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

/** Where lines `r` of `old` are in `cur`, when the block occurs exactly once in each. */
function uniqueBlock(old: readonly string[], cur: readonly string[], r: Span): Span | undefined {
  const block = old.slice(r.start - 1, r.end);
  if (!block.some((l) => /[\p{L}\p{N}_]{2}/u.test(l))) return undefined;
  const find = (lines: readonly string[], limit: number): number[] => {
    const hits: number[] = [];
    for (let i = 0; i + block.length <= lines.length && hits.length < limit; i++) {
      let k = 0;
      while (k < block.length && lines[i + k] === block[k]) k++;
      if (k === block.length) hits.push(i);
    }
    return hits;
  };
  if (find(old, 2).length !== 1) return undefined;
  const hits = find(cur, 2);
  return hits.length === 1 ? { start: hits[0] + 1, end: hits[0] + block.length } : undefined;
}

/** The top-level declaration holding a whole range (its doc comment counts as part of it). */
function enclosing(file: GoFile, r: Span): GoDecl | undefined {
  let best: GoDecl | undefined;
  for (const d of file.decls) {
    if (d.startLine <= r.start && r.end <= d.endLine && (!best || d.endLine - d.startLine < best.endLine - best.startLine)) best = d;
  }
  if (best) return best;
  // A range starting in the comment right above a declaration, or lying in its doc comment.
  for (const d of file.decls) {
    if (r.start < d.startLine && r.end <= d.endLine) {
      let ok = true;
      for (let l = r.start; l < d.startLine; l++) {
        const line = file.lines[l - 1] ?? '';
        // Between a comment-only range and its declaration, nothing but the doc comment.
        if (!(l > r.end ? /^\s*\/\//.test(line) : /^\s*(\/\/.*)?$/.test(line))) ok = false;
      }
      if (ok) return d;
    }
  }
  return undefined;
}

/** The first line of the doc comment directly above line `at` (`at` itself when there is none). */
function docTop(lines: readonly string[], at: number, lang: GoFile['language']): number {
  // Go's doc comments are `//` lines; elsewhere also JSDoc's `/** ... */` and `#` lines.
  const comment = lang ? /^\s*(?:\/\/|\/\*|\*|#(?!!))/ : /^\s*\/\//;
  let top = at;
  while (top > 1 && comment.test(lines[top - 2] ?? '')) top--;
  return top;
}

/** The same declaration (kind, receiver, name) in the first file holding exactly one. */
function findSame(decl: GoDecl, files: Current[], oldLines: readonly string[]): { file: Current; decl: GoDecl } | undefined {
  for (const f of files) {
    const same = f.file.decls.filter((d) => d.kind === decl.kind && d.name === decl.name && (d.receiver ?? '') === (decl.receiver ?? ''));
    if (same.length === 1) return { file: f, decl: same[0] };
  }
  return sameMethodOtherReceiver(decl, files, oldLines);
}

/** Old lines a method needs, and the share of them kept, to be recognised under another receiver. */
const MIN_RECEIVER_MOVE_LINES = 4;
const MIN_RECEIVER_MOVE_KEPT = 0.6;

/**
 * A method gone from its receiver but found, mostly the same code, under another one: its type
 * was renamed, or the method moved to a new type (a `(mux *ServeMux) match` that became
 * `(mux *serveMux121) match`). Only the one clearly best match; short methods never (one-line
 * bodies are alike across types).
 */
function sameMethodOtherReceiver(decl: GoDecl, files: Current[], oldLines: readonly string[]): { file: Current; decl: GoDecl } | undefined {
  if (decl.kind !== 'method') return undefined;
  const was = oldLines.slice(decl.startLine - 1, decl.endLine);
  if (was.length < MIN_RECEIVER_MOVE_LINES) return undefined;
  let best: { file: Current; decl: GoDecl } | undefined;
  let bestScore = 0;
  let tie = false;
  for (const f of files) {
    for (const d of f.file.decls) {
      if (d.kind !== 'method' || d.name !== decl.name || d.receiver === decl.receiver) continue;
      const is = f.file.lines.slice(d.startLine - 1, d.endLine);
      const lost = diffLines(was, is).reduce((n, h) => n + h.oldCount, 0);
      const score = (was.length - lost) / Math.max(was.length, is.length);
      if (score > bestScore) {
        best = { file: f, decl: d };
        bestScore = score;
        tie = false;
      } else if (score === bestScore) {
        tie = true;
      }
    }
  }
  return best && !tie && bestScore >= MIN_RECEIVER_MOVE_KEPT ? best : undefined;
}
