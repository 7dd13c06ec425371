import type { Node } from 'web-tree-sitter';
import { goParser } from '../treesitter';
import { interfaceMethods, type GoMethod } from '../gofile';
import type { CodeBlock, PlanModel } from '../model';

/** What a code block of the plan holds, as far as Go is concerned. */
export interface GoSnippet {
  /** Labelled go / golang. */
  labelled: boolean;
  /** Labelled Go, or unlabelled and parsed as Go without errors with at least one Go declaration. */
  isGo: boolean;
  /** Interfaces declared in the snippet, with 0-based rows relative to the code's first line. */
  interfaces: SnippetInterface[];
  /** Other type declarations (structs, ...), same rows; a struct's `fields` counts its field declarations. */
  otherTypes: { name: string; row: number; endRow: number; kind: string; fields?: number }[];
  /** Top-level code that is neither a type declaration nor a comment, package or import: funcs, vars, statements. `body`: a func or method written with its body. */
  otherCode: { kind: string; name?: string; row: number; body?: boolean }[];
  hasError: boolean;
}

export interface SnippetInterface {
  name: string;
  methods: GoMethod[];
  /** Embedded interfaces and type elements, as written. */
  embedded: string[];
  row: number;
  endRow: number;
}

const GO_LABELS = new Set(['go', 'golang']);
/** Top-level nodes only Go code has; a bare word or `key: value` line parses as Go too, so they are not enough. */
const GO_MARKERS = new Set(['package_clause', 'import_declaration', 'function_declaration', 'method_declaration', 'type_declaration', 'const_declaration', 'var_declaration', 'short_var_declaration']);
/** Top-level nodes that are no code of their own. */
const QUIET_TOP = new Set(['comment', 'package_clause', 'import_declaration']);
const MAX_CACHE = 500;
const cache = new Map<string, GoSnippet>();

export function isGoLabel(lang: string | null): boolean {
  return !!lang && GO_LABELS.has(lang.toLowerCase().split(/[\s{]/)[0]);
}

/** Parses a code block's text as Go (cached by label and text). Only labelled-Go and unlabelled blocks are parsed. */
export async function goSnippet(block: CodeBlock): Promise<GoSnippet> {
  const labelled = isGoLabel(block.lang);
  if (!labelled && block.lang) return { labelled, isGo: false, interfaces: [], otherTypes: [], otherCode: [], hasError: false };
  const key = (labelled ? 'g' : 'u') + block.value;
  const hit = cache.get(key);
  if (hit) return hit;
  const parser = await goParser();
  // The Go grammar wants a final newline after the last declaration.
  const tree = parser.parse(block.value + '\n');
  let out: GoSnippet;
  if (!tree) out = { labelled, isGo: labelled, interfaces: [], otherTypes: [], otherCode: [], hasError: true };
  else {
    try {
      const root = tree.rootNode;
      const top = root.namedChildren.filter((c): c is Node => !!c);
      const hasError = root.hasError;
      const interfaces: SnippetInterface[] = [];
      const otherTypes: GoSnippet['otherTypes'] = [];
      const otherCode: GoSnippet['otherCode'] = [];
      for (const n of top) {
        if (n.type !== 'type_declaration') {
          if (!QUIET_TOP.has(n.type) && n.type !== 'ERROR') otherCode.push({ kind: n.type.replace(/_declaration$|_statement$/, ''), name: n.childForFieldName('name')?.text, row: n.startPosition.row, body: !!n.childForFieldName('body') });
          continue;
        }
        for (const spec of n.namedChildren) {
          if (!spec || spec.type !== 'type_spec') continue;
          const name = spec.childForFieldName('name')?.text;
          const type = spec.childForFieldName('type');
          if (!name) continue;
          const where = n.namedChildren.filter((c) => c?.type === 'type_spec').length === 1 ? n : spec;
          if (type?.type === 'interface_type') {
            const embedded = type.namedChildren.filter((c): c is Node => !!c && c.type === 'type_elem').map((c) => c.text.replace(/\s+/g, ' ').trim());
            interfaces.push({ name, methods: interfaceMethods(type), embedded, row: where.startPosition.row, endRow: where.endPosition.row });
          } else if (type?.type === 'struct_type') {
            const list = type.namedChildren.find((c) => c?.type === 'field_declaration_list');
            const fields = list ? list.namedChildren.filter((c) => c?.type === 'field_declaration').length : 0;
            otherTypes.push({ name, row: where.startPosition.row, endRow: where.endPosition.row, kind: 'struct', fields });
          } else otherTypes.push({ name, row: where.startPosition.row, endRow: where.endPosition.row, kind: 'type' });
        }
      }
      const isGo = labelled || (!hasError && top.some((n) => GO_MARKERS.has(n.type)));
      out = { labelled, isGo, interfaces, otherTypes, otherCode, hasError };
    } finally {
      tree.delete();
    }
  }
  if (cache.size >= MAX_CACHE) cache.delete(cache.keys().next().value as string);
  cache.set(key, out);
  return out;
}

/** Offset in the plan of the code's first line (after the opening fence). */
export function codeStart(model: PlanModel, block: CodeBlock): number {
  if (!block.fenced) return block.start;
  const nl = model.text.indexOf('\n', block.start);
  return nl < 0 || nl >= block.end ? block.end : nl + 1;
}

/** Plan offsets of a 0-based row of a code block's text: [line start, line end). */
export function rowSpan(model: PlanModel, block: CodeBlock, row: number): { start: number; end: number } {
  const first = model.lines.positionAt(codeStart(model, block)).line;
  const line = Math.min(first + row, model.lines.lineCount - 1);
  // Indented code blocks keep their indentation in the text: skip it.
  const start = model.lines.starts[line];
  const end = model.lines.lineEnd(line);
  const text = model.text.slice(start, end);
  const lead = /^\s*/.exec(text)![0].length;
  return { start: start + lead, end };
}
