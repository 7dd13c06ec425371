/**
 * Whether the lines a citation still points at now hold other code (issue 11: "a citation whose
 * line numbers still exist but now hold other code must be reported"), as opposed to the code it
 * cited, edited where it stands. A changed field type, a renamed variable, a literal or a word
 * of a comment leave a line recognisably itself; a statement put in place of another does not.
 *
 * A cited line with content (two word characters at least) lives on when a line of the range now
 * - is the same line, whitespace aside (gofmt realigns fields when a neighbour changes);
 * - declares the same name (a field, spec, method or function whose type or parameters changed:
 *   what the line declares is what a sentence cites it for);
 * - or is a close edit of it: at least CLOSE_EDIT of their characters in common, as Python's
 *   difflib rates two strings (2 * matched / total), its usual cutoff for "close matches".
 * The range holds other code when no cited line lives on. A line's fate is judged against every
 * line of the range now, so lines that merely shifted inside it still count.
 */

import { squashSpace } from '../text';
import { declarationName } from '../golex';

const CLOSE_EDIT = 0.6;
/** Pairs of lines compared by characters, at most: past it the range is not judged (kept silent). */
const MAX_PAIRS = 2000;
/** Characters of a line compared, at most (the ratio is quadratic in them). */
const MAX_CHARS = 200;

const CONTENT = /[\p{L}\p{N}_]{2}/u;
const KEYWORDS = new Set(['break', 'case', 'chan', 'const', 'continue', 'default', 'defer', 'else', 'fallthrough', 'for', 'func', 'go', 'goto', 'if', 'import', 'interface', 'map', 'package', 'range', 'return', 'select', 'struct', 'switch', 'type', 'var']);
const ID = '[\\p{L}_][\\p{L}\\p{N}_]*';
/** Names, then a type, a method's parameters or nothing: a field, an interface method, a spec in a block. */
const NAMES = new RegExp(`^(${ID})(?:\\s*,\\s*${ID})*(?:\\s+(?![=:.]|[-+*/%&|^<>]+=|<-|\\+\\+|--)\\S|\\s*\\(|\\s*$)`, 'u');


/** The name a line declares, lexically (undefined for statements). */
export function declaredName(line: string): string | undefined {
  const d = declarationName(line);
  if (d) return d;
  const n = NAMES.exec(squashSpace(line));
  return n && !KEYWORDS.has(n[1]) ? n[1] : undefined;
}

/** difflib's ratio: 2 * (characters in matching blocks) / (total length). */
export function similarity(a: string, b: string): number {
  a = a.slice(0, MAX_CHARS);
  b = b.slice(0, MAX_CHARS);
  const total = a.length + b.length;
  return total === 0 ? 1 : (2 * matched(a, 0, a.length, b, 0, b.length)) / total;
}

/** Characters in the matching blocks: the longest common substring, then the same on each side. */
function matched(a: string, alo: number, ahi: number, b: string, blo: number, bhi: number): number {
  let best = 0;
  let bi = alo;
  let bj = blo;
  let prev = new Int32Array(bhi - blo + 1);
  for (let i = alo; i < ahi; i++) {
    const cur = new Int32Array(bhi - blo + 1);
    for (let j = blo; j < bhi; j++) {
      if (a[i] !== b[j]) continue;
      const k = (cur[j - blo + 1] = prev[j - blo] + 1);
      if (k > best) {
        best = k;
        bi = i - k + 1;
        bj = j - k + 1;
      }
    }
    prev = cur;
  }
  if (best === 0) return 0;
  return best + matched(a, alo, bi, b, blo, bj) + matched(a, bi + best, ahi, b, bj + best, bhi);
}

/** Whether lines `is` (a cited range now) hold other code than `was` (the same range at the baseline). */
export function holdsOtherCode(was: readonly string[], is: readonly string[]): boolean {
  const old = was.map(squashSpace).filter((l) => CONTENT.test(l));
  if (old.length === 0) return false;
  const cur = is.map(squashSpace);
  const same = new Set(cur);
  const names = new Set(cur.map(declaredName).filter((n): n is string => n !== undefined));
  if (old.some((l) => same.has(l) || names.has(declaredName(l) ?? '\0'))) return false;
  let pairs = 0;
  for (const l of old) {
    for (const c of cur) {
      if (++pairs > MAX_PAIRS) return false;
      if (similarity(l, c) >= CLOSE_EDIT) return false;
    }
  }
  return true;
}
