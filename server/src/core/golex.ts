/**
 * A small Go lexer for what the index needs from every token: the lines where each identifier
 * occurs, and where the comments are. Walking tree-sitter's tree node by node for this costs a
 * WASM call or more per node, as much as the parse itself; one pass over the characters is an
 * order of magnitude cheaper. Declarations still come from the tree.
 *
 * Text must have its line endings normalised to \n. Offsets are UTF-16 indices into it.
 */

import { squashSpace } from './text';

/** Words that are keywords (or literals tree-sitter does not call identifiers), never identifiers. */
const NOT_IDENTS = new Set(
  ('break case chan const continue default defer else fallthrough for func go goto if import interface map ' +
    'package range return select struct switch type var true false nil iota').split(' '),
);

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;

function isIdentStart(c: number, ch: string): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
  return LETTER.test(ch);
}

function isIdentPart(c: number, ch: string): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(ch);
}

export interface GoTokens {
  /** Identifier -> sorted 1-based lines where it occurs. */
  idents: Map<string, number[]>;
  /** [start, end) of each comment. */
  comments: [number, number][];
}

export function lexGo(text: string): GoTokens {
  const idents = new Map<string, number[]>();
  const comments: [number, number][] = [];
  const n = text.length;
  let line = 1;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      i++;
    } else if (c === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
      const end = text.indexOf('\n', i);
      const e = end < 0 ? n : end;
      comments.push([i, e]);
      i = e;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42 /* * */) {
      const end = text.indexOf('*/', i + 2);
      const e = end < 0 ? n : end + 2;
      comments.push([i, e]);
      line += countNewlines(text, i, e);
      i = e;
    } else if (c === 34 /* " */ || c === 39 /* ' */) {
      // Interpreted string or rune: ends at the matching quote, or the end of the line.
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 92 /* \ */) j += 2;
        else if (d === c || d === 10) break;
        else j++;
      }
      if (j < n && text.charCodeAt(j) === c) j++;
      i = Math.min(j, n);
    } else if (c === 96 /* ` */) {
      const end = text.indexOf('`', i + 1);
      const e = end < 0 ? n : end + 1;
      line += countNewlines(text, i, e);
      i = e;
    } else if ((c >= 48 && c <= 57) || (c === 46 && isDigit(text.charCodeAt(i + 1)))) {
      // A number, letters and all (0x1F, 1e+9, 0b1010, 1_000, 3i): none of it is an identifier.
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if ((d === 43 || d === 45) && /[eEpP]/.test(text[j - 1]) && !/^0[xX][0-9a-fA-F_]*[eE]$/.test(text.slice(i, j))) j++;
        else if (isIdentPart(d, charAt(text, j)) || d === 46) j++;
        else break;
      }
      i = j;
    } else if (isIdentStart(c, charAt(text, i))) {
      let j = i + (c >= 0xd800 && c <= 0xdbff ? 2 : 1);
      while (j < n) {
        const d = text.charCodeAt(j);
        if (!isIdentPart(d, charAt(text, j))) break;
        j += d >= 0xd800 && d <= 0xdbff ? 2 : 1;
      }
      const name = text.slice(i, j);
      if (!NOT_IDENTS.has(name)) {
        let list = idents.get(name);
        if (!list) idents.set(name, (list = []));
        if (list[list.length - 1] !== line) list.push(line);
      }
      i = j;
    } else {
      i++;
    }
  }
  return { idents, comments };
}

/** The character at i, both halves of a surrogate pair included. */
function charAt(text: string, i: number): string {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff ? text.slice(i, i + 2) : text[i];
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function countNewlines(text: string, from: number, to: number): number {
  let k = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) k++;
  return k;
}

const ID = '[\\p{L}_][\\p{L}\\p{N}_]*';
const FUNC = new RegExp(`^func\\s*(?:\\([^)]*\\)\\s*)?(${ID})`, 'u');
const SPEC = new RegExp(`^(?:type|var|const)\\s+(${ID})`, 'u');

/** The name a `func`, method, `type`, `var` or `const` line declares, lexically. */
export function declarationName(line: string): string | undefined {
  const s = squashSpace(line);
  return (FUNC.exec(s) ?? SPEC.exec(s))?.[1];
}
