import type { Node, Tree } from 'web-tree-sitter';
import { LineIndex } from '../text';
import { LineKind, lineKinds, normaliseWs, type GoDecl } from '../gofile';
import type { LanguageModule, SourceFile } from './types';

// Identifiers of every language here: letters, digits, `_` and JavaScript's `$`. Words of strings
// count as well, which only ever makes a claim easier to bear out.
const WORD = /[\p{L}_$][\p{L}\p{Nd}_$]*/gu;

/** Indexes one file of a language other than Go from its tree (line endings already \n). */
export function indexSource(lang: LanguageModule, text: string, tree: Tree): SourceFile {
  const li = new LineIndex(text);
  const lines = text.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const lineCount = text.length === 0 ? 0 : lines.length;
  const comments: [number, number][] = tree.rootNode.descendantsOfType([...lang.comments]).map((n) => [n.startIndex, n.endIndex]);
  const { decls, docNodes } = lang.declarations(tree.rootNode, text);
  for (const n of docNodes) comments.push([n.startIndex, n.endIndex]);
  comments.sort((a, b) => a[0] - b[0]);
  const kinds = lineKinds(lines, li, comments);
  if (lang.closers) for (let i = 0; i < lines.length; i++) if (kinds[i] === LineKind.Code && lang.closers.test(lines[i])) kinds[i] = LineKind.Brace;
  for (const d of decls) d.doc ??= docAbove(kinds, d.startLine);
  return { language: lang.id, lineCount, lines, decls, idents: identifiers(text, comments, lang.words ?? WORD), lineKinds: kinds, hasError: tree.rootNode.hasError };
}

/** Identifier -> sorted 1-based lines, outside comments. */
function identifiers(text: string, comments: readonly [number, number][], word: RegExp): Map<string, number[]> {
  const idents = new Map<string, number[]>();
  let line = 1;
  let from = 0;
  const scan = (end: number) => {
    const part = text.slice(from, end);
    let last = 0;
    word.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = word.exec(part))) {
      line += countNewlines(part, last, m.index);
      last = m.index;
      if (/^\p{Nd}/u.test(m[0])) continue;
      const at = idents.get(m[0]);
      if (!at) idents.set(m[0], [line]);
      else if (at[at.length - 1] !== line) at.push(line);
    }
    line += countNewlines(part, last, part.length);
  };
  for (const [s, e] of comments) {
    if (s < from) continue; // a comment inside another (a docstring holding `#`)
    scan(s);
    line += countNewlines(text, s, e);
    from = e;
  }
  scan(text.length);
  return idents;
}

function countNewlines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = s.indexOf('\n', from); i >= 0 && i < to; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** The comment lines directly above a declaration's first line, if any. */
function docAbove(kinds: Uint8Array, startLine: number): { startLine: number; endLine: number } | undefined {
  let top = startLine;
  while (top > 1 && kinds[top - 2] === LineKind.Comment) top--;
  return top < startLine ? { startLine: top, endLine: startLine - 1 } : undefined;
}

/** A declaration's head: its text up to the body, whitespace collapsed, a long head cut. */
export function headOf(node: Node, text: string, bodyField = 'body'): string {
  const body = node.childForFieldName(bodyField);
  const end = body ? body.startIndex : node.endIndex;
  const head = normaliseWs(text.slice(node.startIndex, end)).replace(/[\s{:=]+$/, '');
  return head.length > 160 ? `${head.slice(0, 159)}…` : head;
}

export function lineRange(node: Node, from: Node = node): { startLine: number; endLine: number } {
  return { startLine: from.startPosition.row + 1, endLine: node.endPosition.row + 1 };
}

export function decl(kind: GoDecl['kind'], name: string, node: Node, text: string, extra: Partial<GoDecl> = {}, from: Node = node): GoDecl {
  return { kind, name, ...lineRange(node, from), signature: headOf(node, text), ...extra };
}

/** Classes, namespaces and modules nested deeper than this are not indexed: a hostile file stays within the stack. */
export const MAX_NESTING = 32;

export function children(node: Node | null): Node[] {
  return node ? node.namedChildren.filter((c): c is Node => !!c) : [];
}
