import { isSourcePath } from './lang/paths';

/**
 * Finds `path.go:LINE`-style citations in text (and `.py`, `.ts`, `.rs`, `.sh`...: lang/paths.ts).
 * Linear in the input: one pass of a single-class regex over runs of path characters, then an anchored parse of the line spec.
 */

export interface LineRange {
  /** 1-based, inclusive. */
  start: number;
  end: number;
  /** Offsets of this part of the line spec in the document. */
  specStart: number;
  specEnd: number;
}

export interface RawCitation {
  start: number;
  end: number;
  pathStart: number;
  pathEnd: number;
  /** The path as written. */
  rawPath: string;
  /** The path with %-escapes decoded and backslashes turned into slashes. */
  path: string;
  form: 'colon' | 'hash';
  ranges: LineRange[];
  /**
   * A Markdown link target (`[x](../sim/a.go#L3)`, `[x]: ../sim/a.go#L3`): it resolves the way
   * Markdown and GitHub resolve it, relative to the document's folder (a leading `/` from the root).
   */
  link: boolean;
}

const PATH_RUN = /[\p{L}\p{N}_.\-/\\~%@+]+/gu;
// A range is written with a hyphen or an en dash (`12-20`, `12–20`, as typographers and some
// editors write it); after a colon the line may carry GitHub's `L` (`:L12-L20`).
const COLON_SPEC = /:(L?)(\d{1,9})(?:([-\u2013]L?)(\d{1,9}))?((?:,\d{1,9}(?:[-\u2013]\d{1,9})?)*)/y;
const HASH_SPEC = /#L(\d{1,9})(?:,\d{1,9})?(?:[-\u2013]L?(\d{1,9})(?:,\d{1,9})?)?/y;
const COMMA_PART = /,(\d{1,9})(?:[-\u2013](\d{1,9}))?/g;

/**
 * Scans `text` (a slice of the document starting at `base`) for citations.
 * `excluded(offset)` says whether a document offset lies in a code block or comment.
 */
export function scanCitations(text: string, base = 0, excluded?: (offset: number) => boolean): RawCitation[] {
  const out: RawCitation[] = [];
  PATH_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PATH_RUN.exec(text))) {
    const run = m[0];
    const runEnd = m.index + run.length;
    const next = text.charCodeAt(runEnd);
    if ((next !== 58 /* : */ && next !== 35 /* # */) || !isSourcePath(run)) continue;
    // A run that follows "scheme:" is part of a URL to somewhere else.
    if (run.startsWith('//') && text.charCodeAt(m.index - 1) === 58) continue;
    let pathStartInRun = 0;
    // Trim leading characters that cannot start a path (e.g. "...", "-").
    while (pathStartInRun < run.length - 3 && /[-+@]/.test(run[pathStartInRun])) pathStartInRun++;
    const parsed = parseSpec(text, runEnd, base);
    if (!parsed) continue;
    // `_a.go:3_` and `~~a.go:3~~` are emphasis and strikethrough around the citation, not part
    // of its path: strip a leading run of _ or ~ that the text repeats right after the citation.
    const mark = run[pathStartInRun];
    if (mark === '_' || mark === '~') {
      let n = 1;
      while (run[pathStartInRun + n] === mark) n++;
      if (text.startsWith(mark.repeat(n), parsed.end) && text[parsed.end + n] !== mark) pathStartInRun += n;
      // `~observe_cmd.go:767-777` is "about these lines": a relative citation. Only `~/` is a home directory.
      else if (mark === '~' && run[pathStartInRun + n] !== '/') pathStartInRun += n;
    }
    const rawPath = run.slice(pathStartInRun);
    if (!isSourcePath(rawPath)) continue; // just ".go"
    const start = base + m.index + pathStartInRun;
    if (excluded?.(start)) continue;
    out.push({
      start,
      end: base + parsed.end,
      pathStart: start,
      pathEnd: base + runEnd,
      rawPath,
      path: normalizePath(rawPath),
      form: parsed.form,
      ranges: parsed.ranges,
      link: isLinkTarget(text, m.index + pathStartInRun),
    });
  }
  return out;
}

/**
 * Whether the path at `at` is the target of an inline link `](path` / `](<path`, of a link
 * reference definition `[x]: path`, or of an HTML link `<a href="path">`.
 */
export function isLinkTarget(text: string, at: number): boolean {
  let i = at;
  if (text[i - 1] === '<') i--;
  if (text[i - 1] === '(' && text[i - 2] === ']') return true;
  if (/href\s*=\s*["']?$/i.test(text.slice(Math.max(0, at - 12), at))) return true;
  // `[label]: path` at the start of a line (up to three spaces of indentation).
  let j = i;
  while (j > 0 && (text[j - 1] === ' ' || text[j - 1] === '\t')) j--;
  if (j === i || text[j - 1] !== ':' || text[j - 2] !== ']') return false;
  // A label is short: look back a bounded distance, so a long line stays linear.
  const stop = Math.max(0, j - 1000);
  let lineStart = j - 1;
  while (lineStart > stop && text[lineStart - 1] !== '\n') lineStart--;
  if (lineStart > 0 && text[lineStart - 1] !== '\n') return false;
  return /^ {0,3}\[[^\]\n]+\]:$/.test(text.slice(lineStart, j));
}

function parseSpec(text: string, at: number, base: number): { end: number; form: 'colon' | 'hash'; ranges: LineRange[] } | undefined {
  COLON_SPEC.lastIndex = at;
  const c = COLON_SPEC.exec(text);
  if (c) {
    const firstEnd = at + 1 + c[1].length + c[2].length + (c[4] !== undefined ? c[3].length + c[4].length : 0);
    const ranges: LineRange[] = [part(c[2], c[4], base + at + 1, base + firstEnd)];
    if (c[5]) {
      COMMA_PART.lastIndex = 0;
      let p: RegExpExecArray | null;
      while ((p = COMMA_PART.exec(c[5]))) {
        const s = firstEnd + p.index + 1;
        ranges.push(part(p[1], p[2], base + s, base + s + p[0].length - 1));
      }
    }
    return { end: at + c[0].length, form: 'colon', ranges };
  }
  HASH_SPEC.lastIndex = at;
  const h = HASH_SPEC.exec(text);
  if (h) {
    return { end: at + h[0].length, form: 'hash', ranges: [part(h[1], h[2], base + at + 2, base + at + h[0].length)] };
  }
  return undefined;
}

function part(a: string, b: string | undefined, specStart: number, specEnd: number): LineRange {
  const start = Number(a);
  return { start, end: b !== undefined ? Number(b) : start, specStart, specEnd };
}

export function normalizePath(raw: string): string {
  let p = raw;
  if (p.includes('%')) {
    try {
      p = decodeURIComponent(p);
    } catch {
      // Not valid percent-encoding: keep the text as written.
    }
  }
  return p.replace(/\\/g, '/');
}

/** Rewrites a citation's line spec, keeping its form (`:a-b` or `#La-Lb`). */
export function formatSpec(form: 'colon' | 'hash', start: number, end: number): string {
  if (form === 'hash') return start === end ? `#L${start}` : `#L${start}-L${end}`;
  return start === end ? `:${start}` : `:${start}-${end}`;
}
