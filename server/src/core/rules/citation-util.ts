import type { CheckedCitation } from '../rule';
import type { GoFile } from '../gofile';
import type { LineRange } from '../citations';

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
