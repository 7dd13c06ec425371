import { parseHunkHeader, unquotePath } from './gitparse';
import type { BlamedLine } from './types';

/**
 * `git blame --porcelain`'s answer for many files at one commit, replayed from one path-limited
 * `git log -p -U0` of them all instead of one blame process per file (git.ts `blameAhead` runs
 * the commands and says when this may be used at all: no merge behind the commit, no
 * ignore-revs configuration, not a shallow clone).
 *
 * Why it is the same answer: on a line of commits blame looks at each commit whose version of
 * the file differs from its parent's, diffs the two (Myers, the indent heuristic as configured,
 * no context, no hunks joined) and keeps on that commit the lines the diff says it wrote; the
 * rest pass to the parent unchanged, at the numbers the diff maps them to. The log prints
 * exactly those diffs, oldest first, so applying them in order gives each line its commit, its
 * number there, and `previous` (the parent, the same path) where the commit changed rather than
 * added the file. What blame does that a log cannot show gives no answer here, so the file is
 * blamed by git: a file added by a commit that deleted a file (blame looks for a whole-file
 * rename then), a binary patch, a link or submodule, a commit with more than one parent.
 */

/** One file's lines as a commit left them: where each was last written. */
type Lines = BlamedLine[];

interface FileState {
  lines?: Lines;
  /** Something the log cannot replay exactly happened to the file. */
  refused?: string;
}

/**
 * Each of `paths` at the log's last commit: its blame, undefined when it is not there, or a
 * reason it cannot be replayed. `log` is `git log --reverse --no-renames --format=%x01%H %P -p
 * -U0` over the paths; `deleting` the commits among them that delete any file.
 */
export function replayBlames(log: string, paths: readonly string[], deleting: ReadonlySet<string>): Map<string, Lines | undefined | { refused: string }> {
  const states = new Map<string, FileState>(paths.map((p) => [p, {}]));
  for (const chunk of log.split('\x01').slice(1)) {
    const nl = chunk.indexOf('\n');
    const ids = (nl < 0 ? chunk : chunk.slice(0, nl)).trim().split(' ');
    const [commit, ...parents] = ids;
    if (parents.length > 1) {
      for (const s of states.values()) s.refused ??= `merge ${commit}`;
      continue;
    }
    if (nl < 0) continue;
    for (const d of fileDiffs(chunk.slice(nl + 1))) {
      const s = states.get(d.path);
      if (!s || s.refused) continue;
      if (d.refused) {
        s.refused = `${d.refused} in ${commit}`;
        continue;
      }
      if (d.deleted) {
        s.lines = undefined;
        continue;
      }
      if (d.added) {
        if (parents.length === 1 && deleting.has(commit)) {
          s.refused = `added by ${commit}, which deletes a file (blame looks for a rename)`;
          continue;
        }
        const count = d.hunks.reduce((n, h) => n + h.newCount, 0);
        s.lines = Array.from({ length: count }, (_, i) => ({ commit, line: i + 1, path: d.path }));
        continue;
      }
      if (!s.lines) {
        s.refused = `changed in ${commit} before the log added it`;
        continue;
      }
      s.lines = applyHunks(s.lines, d.hunks, commit, { commit: parents[0], path: d.path }, d.path);
    }
  }
  const out = new Map<string, Lines | undefined | { refused: string }>();
  for (const [p, s] of states) out.set(p, s.refused ? { refused: s.refused } : s.lines);
  return out;
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
      cur = { path: m ? sameHalves(line.slice(11)) ?? '' : '', hunks: [] };
      out.push(cur);
      continue;
    }
    if (!cur) continue;
    let mode: RegExpExecArray | null;
    if ((mode = /^(new file|deleted file|old|new) mode (\d+)$/.exec(line))) {
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
