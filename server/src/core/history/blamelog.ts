import { parseHunkHeader, unquotePath } from './gitparse';
import type { BlamedLine } from './types';

/**
 * `git blame --porcelain`'s answer for many files at one commit, replayed from one path-limited
 * `git log -p -U0` of them all instead of one blame process per file (git.ts `blameAhead` runs
 * the commands and says when this may be used at all: no ignore-revs configuration, not a
 * shallow clone).
 *
 * Why it is the same answer: blame looks at each commit whose version of the file differs from
 * its parent's, diffs the two (Myers, the indent heuristic as configured, no context, no hunks
 * joined) and keeps on that commit the lines the diff says it wrote; the rest pass to the
 * parent unchanged, at the numbers the diff maps them to. At a merge, the file goes whole to the
 * first parent that has the same blob (as history simplification does); otherwise each parent in
 * turn (one with a blob an earlier parent had is skipped) takes the lines its diff leaves
 * unchanged that no earlier parent took, and the merge keeps the rest, `previous` being the
 * first parent. The log prints exactly those diffs (`-m`: a merge's against each parent, known
 * by the old blob id), parents before children, so applying them gives each line its commit,
 * its number there and `previous`. What blame does that a log cannot show gives no answer here,
 * so the file is blamed by git: a file added against a parent (a merge's included) by a commit
 * that deletes a file against that parent (blame looks for a whole-file rename then), a binary
 * patch, a link or submodule, a merge whose parents the log could not tell apart.
 */

/** One file's lines as a commit left them: where each was last written. */
type Lines = BlamedLine[];

/** A file at a commit: its blob and lines, not there, or something the log cannot replay exactly. */
type FileSlot = { blob: string; lines: Lines };
type Slot = FileSlot | 'absent' | { refused: string };

const isFile = (s: Slot): s is FileSlot => typeof s === 'object' && 'lines' in s;
const isRefused = (s: Slot): s is { refused: string } => typeof s === 'object' && 'refused' in s;

/**
 * Each of `paths` at the log's last commit: its blame, undefined when it is not there, or a
 * reason it cannot be replayed. `log` is `git log --reverse --topo-order --full-history --parents
 * --no-renames -m --full-index --format=%x01%H %P -p -U0` over the paths (parents rewritten to
 * the log's own commits, every merge shown); `parentsOf` each commit's real parents (a log
 * without `--parents`); `renameRisk` what each commit adds against a parent it deletes a file against.
 */
export function replayBlames(log: string, paths: readonly string[], parentsOf: ReadonlyMap<string, readonly string[]>, renameRisk: ReadonlyMap<string, ReadonlySet<string>>): Map<string, Lines | undefined | { refused: string }> {
  // Each file's slot at the commits that set it; any other commit has its first parent's.
  const setAt = new Map<string, Map<string, Slot>>(paths.map((p) => [p, new Map()]));
  const firstParent = new Map<string, string | undefined>();
  const at = (file: string, commit: string | undefined): Slot => {
    const slots = setAt.get(file)!;
    for (let c = commit; c !== undefined; c = firstParent.get(c)) {
      const s = slots.get(c);
      if (s !== undefined) {
        if (c !== commit && commit !== undefined) slots.set(commit, s);
        return s;
      }
      if (!firstParent.has(c)) return { refused: `${c} is not in the log` };
    }
    return 'absent';
  };
  let last: string | undefined;
  for (const { commit, parents, sections } of commits(log)) {
    last = commit;
    firstParent.set(commit, parents[0]);
    const real = parentsOf.get(commit);
    const merge = parents.length > 1 || (real?.length ?? 0) > 1;
    const diffs = new Map<string, FileDiff[]>();
    for (const section of sections) {
      for (const d of section) if (setAt.has(d.path)) diffs.set(d.path, [...(diffs.get(d.path) ?? []), d]);
    }
    for (const [file, ds] of diffs) {
      const mayRename = renameRisk.get(commit)?.has(file) ?? false;
      const slot = merge ? mergeSlot(commit, parents.map((p) => at(file, p)), real, ds, file, mayRename) : commitSlot(commit, at(file, parents[0]), real, ds, file, mayRename);
      setAt.get(file)!.set(commit, slot);
    }
  }
  const out = new Map<string, Lines | undefined | { refused: string }>();
  for (const p of paths) {
    const s = at(p, last);
    out.set(p, isFile(s) ? s.lines : isRefused(s) ? s : undefined);
  }
  return out;
}

/** A file after a commit with one parent changed it. */
function commitSlot(commit: string, before: Slot, real: readonly string[] | undefined, ds: FileDiff[], path: string, mayRename: boolean): Slot {
  const d = ds[0];
  if (isRefused(before)) return before;
  if (ds.length !== 1 || !real) return { refused: `a commit the log did not show whole: ${commit}` };
  if (d.refused) return { refused: `${d.refused} in ${commit}` };
  if (d.deleted) return 'absent';
  if (d.added) {
    if (mayRename) return { refused: `added by ${commit}, which deletes a file (blame looks for a rename)` };
    const count = d.hunks.reduce((n, h) => n + h.newCount, 0);
    return { blob: d.newBlob, lines: Array.from({ length: count }, (_, i) => ({ commit, line: i + 1, path })) };
  }
  if (!isFile(before) || before.blob !== d.oldBlob) return { refused: `changed in ${commit} before the log added it` };
  return { blob: d.newBlob, lines: applyHunks(before.lines, d.hunks, commit, { commit: real[0], path }, path) };
}

/** A file after a merge whose diff against some parent shows it: blame's pass to the parents. */
function mergeSlot(commit: string, before: Slot[], real: readonly string[] | undefined, ds: FileDiff[], path: string, mayRename: boolean): Slot {
  // Parents the log rewrote into fewer (two with the same files, or one without any of them) cannot be told apart.
  if (!real || real.length !== before.length) return { refused: `merge ${commit}: parents not told apart` };
  const refusedBefore = before.find(isRefused);
  if (refusedBefore) return refusedBefore;
  const refused = ds.find((d) => d.refused);
  if (refused) return { refused: `${refused.refused} in merge ${commit}` };
  if (ds.some((d) => d.deleted)) return ds.every((d) => d.deleted) ? 'absent' : { refused: `merge ${commit}: deleted against one parent only` };
  const blob = ds[0].newBlob;
  const same = before.find((s) => isFile(s) && s.blob === blob);
  if (same) return same;
  // A parent without the file takes nothing, unless blame finds the file renamed from one it had.
  if (mayRename) return { refused: `merge ${commit}: a parent lacks the file and the merge deletes one against it (blame looks for a rename)` };
  const first = before.findIndex(isFile);
  const previous = first < 0 ? undefined : { commit: real[first], path };
  const byOld = new Map(ds.filter((d) => !d.added).map((d) => [d.oldBlob, d.hunks]));
  // The merge's length from any of its diffs (an added file's old side is empty).
  const from = ds[0].added ? undefined : before.find((s): s is FileSlot => isFile(s) && s.blob === ds[0].oldBlob);
  if (!ds[0].added && !from) return { refused: `merge ${commit}: no parent has the diff's old blob` };
  const count = (from?.lines.length ?? 0) + ds[0].hunks.reduce((n, h) => n + h.newCount - h.oldCount, 0);
  const lines: Lines = Array.from({ length: count }, (_, i) => (previous ? { commit, line: i + 1, path, previous } : { commit, line: i + 1, path }));
  const kept = lines.map(() => true);
  const done = new Set<string>();
  for (const p of before) {
    if (!isFile(p) || done.has(p.blob)) continue;
    done.add(p.blob);
    const hunks = byOld.get(p.blob);
    if (!hunks) return { refused: `merge ${commit}: no diff against a parent` };
    if (p.lines.length + hunks.reduce((n, h) => n + h.newCount - h.oldCount, 0) !== count) return { refused: `merge ${commit}: diffs of different lengths` };
    // The lines this parent's diff leaves as they were, where no earlier parent took them.
    let old = 1;
    let now = 1;
    const take = () => {
      if (kept[now - 1]) {
        lines[now - 1] = p.lines[old - 1];
        kept[now - 1] = false;
      }
      old++;
      now++;
    };
    for (const h of hunks) {
      while (old < h.oldStart) take();
      old += h.oldCount;
      now += h.newCount;
    }
    while (old <= p.lines.length) take();
  }
  return { blob, lines };
}

/** The log's commits, oldest first; a merge's sections (one per parent it differs from) together. */
function* commits(log: string): Generator<{ commit: string; parents: string[]; sections: FileDiff[][] }> {
  let cur: { commit: string; parents: string[]; sections: FileDiff[][] } | undefined;
  for (const chunk of log.split('\x01').slice(1)) {
    const nl = chunk.indexOf('\n');
    const [commit, ...parents] = (nl < 0 ? chunk : chunk.slice(0, nl)).trim().split(' ');
    if (cur && cur.commit !== commit) yield cur;
    if (!cur || cur.commit !== commit) cur = { commit, parents, sections: [] };
    if (nl >= 0) cur.sections.push(fileDiffs(chunk.slice(nl + 1)));
  }
  if (cur) yield cur;
}

interface Hunk { oldStart: number; oldCount: number; newStart: number; newCount: number }

/** The file's lines after `commit`'s hunks: the lines they write are `commit`'s, the rest move. */
function applyHunks(before: Lines, hunks: readonly Hunk[], commit: string, previous: { commit: string; path: string }, path: string): Lines {
  const after: Lines = [];
  let old = 1; // the next line of `before` to carry, 1-based
  for (const h of hunks) {
    while (old < h.oldStart) after.push(before[old++ - 1]);
    old += h.oldCount;
    for (let i = 0; i < h.newCount; i++) after.push({ commit, line: h.newStart + i, path, previous });
  }
  while (old <= before.length) after.push(before[old++ - 1]);
  return after;
}

interface FileDiff {
  path: string;
  added?: boolean;
  deleted?: boolean;
  refused?: string;
  /** The blob ids before and after (`--full-index`), the zero id for none. */
  oldBlob: string;
  newBlob: string;
  hunks: Hunk[];
}

/** The file patches of one commit's `-p -U0 --no-renames` output. */
function fileDiffs(text: string): FileDiff[] {
  const out: FileDiff[] = [];
  let cur: FileDiff | undefined;
  let inHunk = 0;
  for (const line of text.split('\n')) {
    if (inHunk > 0 && (line.startsWith('-') || line.startsWith('+'))) {
      inHunk--;
      continue;
    }
    // "\ No newline at end of file", inside a hunk's body or after its last line.
    if (line.startsWith('\\')) continue;
    inHunk = 0;
    if (line.startsWith('diff --git ')) {
      // Without renames both sides name the same path; the header is ambiguous only with spaces,
      // and then ---/+++ (or, for a mode change alone, the equal halves) say it.
      const m = /^diff --git (a\/.*|"a\/.*") (b\/.*|"b\/.*")$/.exec(line);
      cur = { path: m ? sameHalves(line.slice(11)) ?? '' : '', oldBlob: '', newBlob: '', hunks: [] };
      out.push(cur);
      continue;
    }
    if (!cur) continue;
    let mode: RegExpExecArray | null;
    const index = /^index ([0-9a-f]+)\.\.([0-9a-f]+)( \d+)?$/.exec(line);
    if (index) {
      cur.oldBlob = index[1];
      cur.newBlob = index[2];
    } else if ((mode = /^(new file|deleted file|old|new) mode (\d+)$/.exec(line))) {
      if (mode[2] !== '100644' && mode[2] !== '100755') cur.refused = `mode ${mode[2]}`;
      if (mode[1] === 'new file') cur.added = true;
      if (mode[1] === 'deleted file') cur.deleted = true;
    } else if (line.startsWith('--- ') || line.startsWith('+++ ')) {
      const p = line.slice(4);
      if (p !== '/dev/null') cur.path = unquotePath(p).slice(2);
    } else if (line.startsWith('@@')) {
      const h = parseHunkHeader(line);
      if (!h) cur.refused = 'a hunk header not understood';
      else {
        cur.hunks.push(h);
        inHunk = h.oldCount + h.newCount;
      }
    } else if (line.startsWith('Binary files') || line.startsWith('GIT binary patch')) cur.refused = 'a binary patch';
    else if (/^(similarity|dissimilarity|rename|copy) /.test(line)) cur.refused = 'a rename';
  }
  return out;
}

/** `a/X b/X` -> X (unquoted) when both halves name the same path. */
function sameHalves(rest: string): string | undefined {
  if (rest.startsWith('"')) {
    const end = rest.indexOf('" "');
    if (end < 0) return undefined;
    const a = unquotePath(rest.slice(0, end + 1)).slice(2);
    const b = unquotePath(rest.slice(end + 2)).slice(2);
    return a === b ? a : undefined;
  }
  const half = (rest.length - 1) / 2;
  if (!Number.isInteger(half) || rest[half] !== ' ') return undefined;
  const a = rest.slice(2, half);
  return rest.slice(half + 3) === a ? a : undefined;
}
