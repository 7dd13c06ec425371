import type { CommitInfo, FileChange, Hunk } from './types';

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

/** The commit of each line, from `git blame --porcelain`. */
export function parseBlame(text: string): string[] {
  const out: string[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([0-9a-f]{40,64}) \d+ (\d+)/.exec(lines[i]);
    if (!m) continue;
    out[Number(m[2]) - 1] = m[1];
    // Skip the header fields up to the content line, which starts with a tab.
    while (i + 1 < lines.length && !lines[i + 1].startsWith('\t')) i++;
    i++;
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
