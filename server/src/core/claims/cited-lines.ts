import { LineKind, type GoFile } from '../gofile';
import { escapeRegExp } from '../text';

/** Whether any of the sorted 1-based `lines` falls in one of the ranges: a binary search per range. */
export function occursIn(lines: readonly number[], ranges: readonly { start: number; end: number }[]): boolean {
  for (const r of ranges) {
    let lo = 0;
    let hi = lines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lines[mid] < r.start) lo = mid + 1;
      else hi = mid;
    }
    if (lo < lines.length && lines[lo] <= r.end) return true;
  }
  return false;
}

const codePrefix = new WeakMap<GoFile, Uint32Array>();

/** How many code lines (not blank, comment or brace) lie in lines start..end, in constant time. */
export function codeLinesIn(file: GoFile, start: number, end: number): number {
  let prefix = codePrefix.get(file);
  if (!prefix) {
    prefix = new Uint32Array(file.lineKinds.length + 1);
    for (let i = 0; i < file.lineKinds.length; i++) prefix[i + 1] = prefix[i] + (file.lineKinds[i] === LineKind.Code ? 1 : 0);
    codePrefix.set(file, prefix);
  }
  const hi = Math.min(end, file.lineKinds.length);
  return hi < start ? 0 : prefix[hi] - prefix[start - 1];
}

/**
 * Whether the cited lines bear out what the sentence names: a claimed identifier occurs in them,
 * is a word of a comment on them, or every range lies inside a claimed declaration (a line of
 * its body) or on the doc comment directly above it.
 */
export function claimHolds(file: GoFile, claimed: readonly string[], ranges: readonly { start: number; end: number }[]): boolean {
  // The file's own package name is true of every line of it: no range can be wrong for it.
  if (claimed.some((name) => name === packageName(file) || occursIn(file.idents.get(name) ?? [], ranges) || inComments(file, name, ranges) || imported(file, name, ranges) || inStrings(file, name, ranges))) return true;
  return ranges.every((r) => claimed.some((name) => withinDeclaration(file, name, r)));
}

const packageNames = new WeakMap<GoFile, string | null>();

/** The name in the file's `package` clause (the first code line that is one). */
function packageName(file: GoFile): string | null {
  let name = packageNames.get(file);
  if (name === undefined) {
    name = null;
    for (let i = 0; i < file.lines.length; i++) {
      if (file.lineKinds[i] !== LineKind.Code) continue;
      name = /^\s*package\s+([\p{L}_][\p{L}\p{Nd}_]*)/u.exec(file.lines[i])?.[1] ?? null;
      break;
    }
    packageNames.set(file, name);
  }
  return name;
}

/** Whether a range is exactly a comment: comment lines at both ends, no code. */
export function exactComment(file: GoFile, r: { start: number; end: number }): boolean {
  return codeLinesIn(file, r.start, r.end) === 0 && file.lineKinds[r.start - 1] === LineKind.Comment && file.lineKinds[r.end - 1] === LineKind.Comment;
}

/** Lines read for words of comments: a long range is a whole file, where the identifiers already decide. */
export const MAX_COMMENT_LINES = 400;

/** Whether `name` is a word of the comment that a range cites (a package or type the comment discusses). */
function inComments(file: GoFile, name: string, ranges: readonly { start: number; end: number }[]): boolean {
  const word = wordRegExp(name);
  for (const r of ranges) {
    // A comment cited on purpose is cited exactly: code, or blank lines at either end, read as drift.
    if (!exactComment(file, r)) continue;
    for (let l = r.start; l <= Math.min(r.end, r.start + MAX_COMMENT_LINES); l++) {
      if (file.lineKinds[l - 1] === LineKind.Comment && word.test(file.lines[l - 1] ?? '')) return true;
    }
  }
  return false;
}

/** `name` as a whole word: no letter, digit or underscore on either side. */
function wordRegExp(name: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{Nd}_])${escapeRegExp(name)}(?![\\p{L}\\p{Nd}_])`, 'u');
}

// A Go string literal on one line: interpreted or raw.
const STRING = /"(?:[^"\\]|\\.)*"|`[^`]*`/g;

/** Whether `name` is a word of a string literal on a cited line: a test case's name (`Name: "BadQuote",`), a key. */
function inStrings(file: GoFile, name: string, ranges: readonly { start: number; end: number }[]): boolean {
  const word = wordRegExp(name);
  for (const r of ranges) {
    for (let l = r.start; l <= Math.min(r.end, r.start + MAX_COMMENT_LINES); l++) {
      const line = file.lines[l - 1] ?? '';
      if (!line.includes(name) || file.lineKinds[l - 1] === LineKind.Comment) continue;
      for (const m of line.matchAll(STRING)) if (word.test(m[0])) return true;
    }
  }
  return false;
}

// One import spec on its line: `"math/rand"`, `r "math/rand"`, `import "sort"`.
const IMPORT_SPEC = /^\s*(?:import\s+)?(?:[\p{L}_.][\p{L}\p{Nd}_]*\s+)?"([^"\s]+)"\s*(?:\/\/.*)?$/u;

/** Whether a cited line imports a package whose path has `name` as a segment (`math/rand` for `rand`). */
function imported(file: GoFile, name: string, ranges: readonly { start: number; end: number }[]): boolean {
  for (const r of ranges) {
    for (let l = r.start; l <= Math.min(r.end, r.start + MAX_COMMENT_LINES); l++) {
      const m = IMPORT_SPEC.exec(file.lines[l - 1] ?? '');
      if (m && m[1].split('/').includes(name)) return true;
    }
  }
  return false;
}

/**
 * Whether a range lies inside the declaration `name` names (a line of its body), or on the doc
 * comment directly above it: the author cites a part of the declaration the sentence is about.
 */
function withinDeclaration(file: GoFile, name: string, r: { start: number; end: number }): boolean {
  for (const d of file.decls) {
    if (d.name !== name) continue;
    if (r.start >= d.startLine && r.end <= d.endLine) return true;
    let top = d.startLine;
    while (top > 1 && file.lineKinds[top - 2] === LineKind.Comment) top--;
    if (top < d.startLine && r.start >= top && r.end <= d.endLine) return true;
  }
  return false;
}
