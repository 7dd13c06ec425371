/**
 * Where inserted blocks of text go, and the text around them: a block is always separated from
 * its neighbours by one blank line, whatever the insertion point.
 */

export interface Insertion {
  /** Offset where the text is inserted. */
  offset: number;
  /** Text to insert before the block (line breaks). */
  before: string;
  /** Text to insert after the block (line breaks). */
  after: string;
  /** Why this place was chosen, for the client to tell the user. */
  reason: string;
}

const SEPARATOR = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEndOf(text: string, offset: number): number {
  const e = text.indexOf('\n', offset);
  return e < 0 ? text.length : e;
}

function isBlank(line: string): boolean {
  return line.trim() === '';
}

/**
 * Insertion at the end of a region (a section, a card): before the trailing blank lines and
 * thematic breaks, which stay after the block. When the region ended with a break, the block gets
 * one too (`---` between cards stays between cards).
 */
export function atRegionEnd(text: string, regionStart: number, regionEnd: number, reason: string): Insertion {
  let p = Math.min(regionEnd, text.length);
  // A region ending inside a line (after its last character): from the start of the next line.
  if (p > 0 && text[p - 1] !== '\n') {
    const e = text.indexOf('\n', p);
    if (e >= 0 && text.slice(p, e).trim() === '') p = e + 1;
  }
  let separator = false;
  for (;;) {
    if (p <= regionStart) break;
    // p is at a line start (or the end of the text); look at the line before it.
    const prevEnd = text[p - 1] === '\n' ? p - 1 : p;
    const prevStart = lineStartOf(text, prevEnd);
    const line = text.slice(prevStart, prevEnd).replace(/\r$/, '');
    if (prevStart < regionStart) break;
    if (isBlank(line)) {
      if (prevStart === p) break;
      p = prevStart;
      continue;
    }
    if (SEPARATOR.test(line)) {
      separator = true;
      p = prevStart;
      continue;
    }
    break;
  }
  // p is now the start of the first trailing blank/separator line (or regionEnd): insert at the end of the line before.
  if (p > regionStart) {
    // At the start of the line after the region's last line with text: an editor inserting there
    // adds no indentation of its own. At the end of a text without a final line break, after it.
    if (text[p - 1] === '\n') return { offset: p, before: separator ? '\n---\n\n' : '\n', after: '\n', reason };
    return { offset: p, before: separator ? '\n\n---\n\n' : '\n\n', after: '', reason };
  }
  // Nothing in the region but blank lines: insert at its start.
  return { offset: p, before: '', after: '\n', reason };
}

/**
 * Insertion at the cursor's line: on a blank line the block replaces nothing and goes right there;
 * on a line with text it goes after that line.
 */
export function atCursorLine(text: string, offset: number, reason: string): Insertion {
  const ls = lineStartOf(text, offset);
  const le = lineEndOf(text, offset);
  const line = text.slice(ls, le);
  if (isBlank(line)) {
    const prevBlank = ls === 0 || isBlank(text.slice(lineStartOf(text, ls - 1), ls - 1));
    const nextStart = le + 1;
    const nextBlank = nextStart >= text.length || isBlank(text.slice(nextStart, lineEndOf(text, nextStart)));
    // A blank line of its own stays below the block; the next one must then be blank or the end.
    return { offset: ls, before: prevBlank ? '' : '\n', after: le >= text.length ? '\n' : nextBlank ? '' : '\n', reason };
  }
  if (le >= text.length) return { offset: le, before: '\n\n', after: '', reason };
  // At the start of the next line (no indentation added by the editor).
  const nextStart = le + 1;
  const nextBlank = nextStart >= text.length || isBlank(text.slice(nextStart, lineEndOf(text, nextStart)));
  return { offset: nextStart, before: '\n', after: nextStart >= text.length ? '\n' : nextBlank ? '\n' : '\n\n', reason };
}

/** The whole text to insert for a block (`before` + block + `after`). */
export function wrap(ins: Insertion, block: string): string {
  return ins.before + block + ins.after;
}
