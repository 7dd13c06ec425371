import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Root } from 'mdast';
import { gfmOptions, gfmPartsNeeded } from './gfm-parts';

/**
 * What remark-parse with remark-gfm runs, called directly: unified, vfile and the GFM
 * serialisers (mdast-util-to-markdown) stay out of the bundles, which every process compiles.
 * Only the GFM constructs the text can match are given to micromark (core/gfm-parts.ts): the
 * tree is the one the whole of GFM gives. Never throws on malformed input.
 */
export function parseMarkdown(text: string): Root {
  const limited = limitNesting(text);
  return fromMarkdown(limited, gfmOptions(gfmPartsNeeded(limited)));
}

/** Block-quote and list markers a line may open before the rest of the line is taken as text. */
export const MAX_MARKERS_PER_LINE = 32;
/** A container marker past this column opens no container. */
export const MAX_MARKER_COLUMN = 100;

/**
 * Hostile input guard: thousands of nested block quotes or lists overflow the stack (in
 * micromark's tree transforms and in any recursive walk of the tree) and cost time in proportion
 * to size times depth. Container markers (`>`, `-`, `+`, `*`, `1.`, `1)`) beyond
 * MAX_MARKERS_PER_LINE on one line, or past MAX_MARKER_COLUMN, are replaced by spaces of the
 * same length, so nesting stays shallow while every offset stays the same. Real documents never
 * nest that deep; for them the text is returned unchanged.
 */
export function limitNesting(text: string): string {
  let parts: string[] | undefined;
  let copied = 0;
  const n = text.length;
  let pos = 0;
  while (pos < n) {
    let i = pos;
    let col = 0;
    let markers = 0;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32) {
        col++;
        i++;
        continue;
      }
      if (c === 9) {
        col += 4 - (col % 4);
        i++;
        continue;
      }
      let len = 0;
      if (c === 62 /* > */) len = 1;
      else if ((c === 45 || c === 43 || c === 42) && blankOrEnd(text.charCodeAt(i + 1))) len = 1;
      else if (c >= 48 && c <= 57) {
        let j = i;
        while (j < i + 9 && isDigit(text.charCodeAt(j))) j++;
        const d = text.charCodeAt(j);
        if ((d === 46 || d === 41) && blankOrEnd(text.charCodeAt(j + 1))) len = j + 1 - i;
      }
      if (len === 0) break;
      markers++;
      if (markers > MAX_MARKERS_PER_LINE || col > MAX_MARKER_COLUMN) {
        parts ??= [];
        parts.push(text.slice(copied, i), ' '.repeat(len));
        copied = i + len;
      }
      col += len;
      i += len;
    }
    // Next line: after \n, \r\n or a lone \r.
    LINE_END.lastIndex = i;
    const m = LINE_END.exec(text);
    if (!m) break;
    pos = m.index + m[0].length;
  }
  if (!parts) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

const LINE_END = /\r\n?|\n/g;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function blankOrEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || Number.isNaN(c);
}
