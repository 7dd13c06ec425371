import type { BlamedLine, CommitInfo, FileChange, Hunk } from './types';

/**
 * Parsers of git's output. Pure functions over text, so they are tested on their own; git.ts
 * only runs the processes.
 */

const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/** A path as git prints it: C-quoted when it holds unusual bytes, with its a/ or b/ prefix. */
export function unquotePath(raw: string): string {
  if (!raw.startsWith('"')) return raw;
  const bytes: number[] = [];
  const body = raw.slice(1, raw.lastIndexOf('"'));
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== '\\') {
      bytes.push(...Buffer.from(ch, 'utf8'));
      continue;
    }
    const next = body[++i];
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(simple[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}

function stripPrefix(p: string): string | undefined {
  if (p === '/dev/null') return undefined;
  const u = unquotePath(p);
  return u.startsWith('a/') || u.startsWith('b/') ? u.slice(2) : u;
}

/** A hunk header's numbers in the form of `Hunk`: an empty side points at the line after it. */
export function parseHunkHeader(line: string): Hunk | undefined {
  const m = HUNK.exec(line);
  if (!m) return undefined;
  const oldCount = m[2] === undefined ? 1 : Number(m[2]);
  const newCount = m[4] === undefined ? 1 : Number(m[4]);
  return {
    oldStart: Number(m[1]) + (oldCount === 0 ? 1 : 0),
    oldCount,
    newStart: Number(m[3]) + (newCount === 0 ? 1 : 0),
    newCount,
  };
}

/**
 * A patch of `git diff`/`diff-tree`/`log -p` with `--src-prefix=a/ --dst-prefix=b/ -U0`. Lines that
 * are not part of a file's patch (commit headers) go to `other`, so callers can split batches.
 */
export function parsePatch(text: string, other?: (line: string) => void): FileChange[] {
  const out: FileChange[] = [];
  let cur: FileChange | undefined;
  let inHunk = 0; // lines of the current hunk body still to skip (old + new)
  for (const line of text.split('\n')) {
    if (inHunk > 0 && (line.startsWith('-') || line.startsWith('+') || line.startsWith(' ') || line.startsWith('\\'))) {
      if (!line.startsWith('\\')) inHunk--;
      continue;
    }
    inHunk = 0;
    if (line.startsWith('diff --git ')) {
      cur = { hunks: [] };
      // Paths come from ---/+++ or rename lines; this header is ambiguous with spaces in names.
      const m = /^diff --git (a\/.*|"a\/.*") (b\/.*|"b\/.*")$/.exec(line);
      if (m) {
        cur.oldPath = stripPrefix(m[1]);
        cur.newPath = stripPrefix(m[2]);
      }
      out.push(cur);
      continue;
    }
    if (!cur) {
      other?.(line);
      continue;
    }
    if (line.startsWith('rename from ')) cur.oldPath = unquotePath(line.slice(12));
    else if (line.startsWith('rename to ')) cur.newPath = unquotePath(line.slice(10));
    else if (line.startsWith('new file mode')) cur.oldPath = undefined;
    else if (line.startsWith('deleted file mode')) cur.newPath = undefined;
    else if (line.startsWith('--- ')) cur.oldPath = stripPrefix(line.slice(4));
    else if (line.startsWith('+++ ')) cur.newPath = stripPrefix(line.slice(4));
    else if (line.startsWith('@@')) {
      const h = parseHunkHeader(line);
      if (h) {
        cur.hunks.push(h);
        inHunk = h.oldCount + h.newCount;
      }
    } else if (/^(index |similarity |dissimilarity |old mode|new mode|copy |Binary files)/.test(line)) continue;
    else {
      cur = undefined;
      other?.(line);
    }
  }
  return out;
}

/**
 * Each line's commit, its number in that commit's version, and the file's path there and in the
 * version before, from `git blame --porcelain` (`filename` and `previous` come with a commit's
 * first group, and with every group of a commit blamed under more than one path).
 */
export function parseBlame(text: string): BlamedLine[] {
  const out: BlamedLine[] = [];
  const origin = new Map<string, { path: string; previous?: { commit: string; path: string } }>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([0-9a-f]{40,64}) (\d+) (\d+)/.exec(lines[i]);
    if (!m) continue;
    const commit = m[1];
    let o = origin.get(commit);
    // The header fields up to the content line, which starts with a tab. `previous` and
    // `filename` are written together (write_filename_info): a group with them replaces both.
    let previous: { commit: string; path: string } | undefined;
    for (; i + 1 < lines.length && !lines[i + 1].startsWith('\t'); i++) {
      const field = lines[i + 1];
      if (field.startsWith('previous ')) {
        const sp = field.indexOf(' ', 9);
        previous = { commit: field.slice(9, sp), path: unquotePath(field.slice(sp + 1)) };
      } else if (field.startsWith('filename ')) {
        o = { path: unquotePath(field.slice(9)), previous };
        origin.set(commit, o);
      }
    }
    i++;
    const line: BlamedLine = { commit, line: Number(m[2]), path: o?.path ?? '' };
    if (o?.previous) line.previous = o.previous;
    out[Number(m[3]) - 1] = line;
  }
  return out;
}

/** A raw commit object as `cat-file` prints it. */
export function parseCommit(sha: string, body: string): CommitInfo {
  const blank = body.indexOf('\n\n');
  const header = blank < 0 ? body : body.slice(0, blank);
  const message = blank < 0 ? '' : body.slice(blank + 2);
  const committer = /^committer .* (\d+) [+-]\d{4}$/m.exec(header);
  const parents = [...header.matchAll(/^parent ([0-9a-f]+)$/gm)].map((m) => m[1]);
  return { sha, time: committer ? Number(committer[1]) * 1000 : 0, subject: message.split('\n')[0].trim(), parents };
}
