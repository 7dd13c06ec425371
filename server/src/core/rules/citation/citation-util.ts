import type { CheckedCitation } from '../../rule';
import { LineKind, type GoFile } from '../../gofile';
import type { LineRange } from '../../citations';

/** The cited Go file, when the citation resolved and the file could be indexed. */
export function citedFile(c: CheckedCitation): GoFile | undefined {
  return c.resolution.kind === 'ok' && c.loaded?.kind === 'ok' ? c.loaded.file : undefined;
}

/** Why a line range cannot be checked against a file of `lineCount` lines, or undefined when it can. */
export function rangeProblem(r: LineRange, lineCount: number): string | undefined {
  if (r.start === 0) return 'line numbers start at 1';
  if (r.end < r.start) return `the range ends (${r.end}) before it starts (${r.start})`;
  const size = `${lineCount} line${lineCount === 1 ? '' : 's'}`;
  if (r.start > lineCount) return `line ${r.start} is past the end of the file (${size})`;
  if (r.end > lineCount) return `the range ends at line ${r.end}, past the end of the file (${size})`;
  return undefined;
}

/** The ranges of a citation that lie inside the file. */
export function validRanges(c: CheckedCitation, file: GoFile): LineRange[] {
  return c.ranges.filter((r) => rangeProblem(r, file.lineCount) === undefined);
}

export function describeRange(r: { start: number; end: number }): string {
  return r.start === r.end ? `line ${r.start}` : `lines ${r.start}-${r.end}`;
}

export function citedText(c: CheckedCitation, text: string): string {
  return text.slice(c.start, c.end);
}

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
