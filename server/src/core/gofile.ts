import type { Node, Tree } from 'web-tree-sitter';
import { LineIndex } from './text';
import { lexGo } from './golex';
import type { LangId } from './lang/langid';

export type DeclKind = 'func' | 'method' | 'type' | 'const' | 'var';

export interface GoMethod {
  name: string;
  /** Parameters and results, whitespace-normalised: `(x int) error`. */
  signature: string;
}

/** A declaration of any language the index reads (core/lang/); Go's own words for its kinds. */
export interface GoDecl {
  kind: DeclKind;
  name: string;
  /** A method's receiver type; in other languages its class, impl type or trait. */
  receiver?: string;
  typeKind?: 'struct' | 'interface' | 'alias' | 'other';
  /** 1-based, inclusive. */
  startLine: number;
  endLine: number;
  /** The declaration's head: `func (r *T) Name(a int) error`, `type T struct`. */
  signature: string;
  methods?: GoMethod[];
  /** A doc comment or docstring the declaration's lines do not hold (JSDoc, `///`, `#`); 1-based, inclusive. */
  doc?: { startLine: number; endLine: number };
}

export const enum LineKind {
  Code = 0,
  Blank = 1,
  Comment = 2,
  Brace = 3,
}

export interface GoFile {
  /** Absent for Go: the other languages of core/lang/ say theirs. */
  language?: LangId;
  lineCount: number;
  lines: string[];
  decls: GoDecl[];
  /** Identifier -> sorted 1-based lines where it occurs. */
  idents: Map<string, number[]>;
  lineKinds: Uint8Array;
  hasError: boolean;
}

/**
 * Collapses whitespace the way gofmt writes it: one space between tokens, none inside brackets
 * or before a comma, one after it. `func (c *Cart) Total() int` stays as written.
 */
export function normaliseWs(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/([(\[]) /g, '$1').replace(/ ([)\],])/g, '$1').replace(/,(?=\S)/g, ', ').trim();
}

/** Builds the index of one Go file from its text (line endings already normalised to \n). */
export function indexGoFile(text: string, tree: Tree): GoFile {
  const li = new LineIndex(text);
  const lines = text.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const lineCount = text.length === 0 ? 0 : lines.length;
  const root = tree.rootNode;
  const decls: GoDecl[] = [];
  for (const node of root.namedChildren) {
    if (node) collectDecl(node, text, decls);
  }
  // Identifiers and comments from one pass over the characters: a walk of the whole tree
  // costs as much as the parse. (Identifiers in a syntax error's region count too.)
  const { idents, comments } = lexGo(text);
  return { lineCount, lines, decls, idents, lineKinds: lineKinds(lines, li, comments), hasError: root.hasError };
}

/** Each line's kind, from the [start, end) offsets of the file's comments. */
export function lineKinds(lines: string[], li: LineIndex, comments: readonly (readonly [number, number])[]): Uint8Array {
  const masked = lines.slice();
  for (const [s, e] of comments) {
    const a = li.positionAt(s);
    const b = li.positionAt(e);
    for (let l = a.line; l <= b.line && l < masked.length; l++) {
      const from = l === a.line ? a.character : 0;
      const to = l === b.line ? b.character : masked[l].length;
      masked[l] = masked[l].slice(0, from) + ' '.repeat(Math.max(0, to - from)) + masked[l].slice(to);
    }
  }
  const kinds = new Uint8Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const rest = masked[i].trim();
    if (rest === '') kinds[i] = lines[i].trim() === '' ? LineKind.Blank : LineKind.Comment;
    else if (/^[{}()\[\],;\s]*$/.test(rest)) kinds[i] = LineKind.Brace;
    else kinds[i] = LineKind.Code;
  }
  return kinds;
}

function field(node: Node, name: string): Node | null {
  return node.childForFieldName(name);
}

function head(node: Node, text: string): string {
  const body = field(node, 'body');
  const end = body ? body.startIndex : node.endIndex;
  return normaliseWs(text.slice(node.startIndex, end));
}

function range(node: Node): { startLine: number; endLine: number } {
  return { startLine: node.startPosition.row + 1, endLine: node.endPosition.row + 1 };
}

function collectDecl(node: Node, text: string, out: GoDecl[]): void {
  switch (node.type) {
    case 'function_declaration': {
      const name = field(node, 'name');
      if (name) out.push({ kind: 'func', name: name.text, ...range(node), signature: head(node, text) });
      return;
    }
    case 'method_declaration': {
      const name = field(node, 'name');
      const recv = field(node, 'receiver');
      const recvType = recv ? (recv.text.match(/([\p{L}_][\p{L}\p{Nd}_]*)(?:\[[^\]]*\])?\s*\)$/u)?.[1] ?? '') : '';
      if (name) out.push({ kind: 'method', name: name.text, receiver: recvType, ...range(node), signature: head(node, text) });
      return;
    }
    case 'type_declaration': {
      const specs = node.namedChildren.filter((c): c is Node => !!c && (c.type === 'type_spec' || c.type === 'type_alias'));
      for (const spec of specs) {
        const name = field(spec, 'name');
        const type = field(spec, 'type');
        if (!name) continue;
        const where = specs.length === 1 ? node : spec;
        const typeKind = spec.type === 'type_alias' ? 'alias' : type?.type === 'struct_type' ? 'struct' : type?.type === 'interface_type' ? 'interface' : 'other';
        const decl: GoDecl = { kind: 'type', name: name.text, typeKind, ...range(where), signature: `type ${name.text} ${typeKind === 'alias' ? '= ' : ''}${typeKind === 'struct' || typeKind === 'interface' ? typeKind : normaliseWs(type?.text ?? '')}` };
        if (typeKind === 'interface' && type) decl.methods = interfaceMethods(type);
        out.push(decl);
      }
      return;
    }
    case 'const_declaration':
    case 'var_declaration': {
      const kind = node.type === 'const_declaration' ? 'const' : 'var';
      const specs: Node[] = [];
      const gather = (n: Node) => {
        for (const c of n.namedChildren) {
          if (!c) continue;
          if (c.type === 'const_spec' || c.type === 'var_spec') specs.push(c);
          else if (c.type === 'var_spec_list') gather(c);
        }
      };
      gather(node);
      for (const spec of specs) {
        const where = specs.length === 1 ? node : spec;
        for (const name of spec.childrenForFieldName('name')) {
          if (name) out.push({ kind, name: name.text, ...range(where), signature: `${kind} ${normaliseWs(spec.text).slice(0, 120)}` });
        }
      }
      return;
    }
    default:
      return;
  }
}

export function interfaceMethods(iface: Node): GoMethod[] {
  const out: GoMethod[] = [];
  for (const c of iface.namedChildren) {
    if (!c || c.type !== 'method_elem') continue;
    const name = field(c, 'name');
    if (!name) continue;
    const params = field(c, 'parameters')?.text ?? '()';
    const result = field(c, 'result')?.text ?? '';
    out.push({ name: name.text, signature: normaliseWs(`${params} ${result}`) });
  }
  return out;
}

/** The innermost top-level declaration holding a line. */
export function enclosingDecl(file: GoFile, line: number): GoDecl | undefined {
  let best: GoDecl | undefined;
  for (const d of file.decls) {
    if (d.startLine <= line && line <= d.endLine && (!best || d.endLine - d.startLine < best.endLine - best.startLine)) best = d;
  }
  return best;
}
