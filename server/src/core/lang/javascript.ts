import type { Node } from 'web-tree-sitter';
import { children, decl, MAX_NESTING } from './source';
import { normaliseWs } from '../gofile';
import type { LangId, LanguageModule, SourceDecl } from './types';
import type { GrammarName } from '../treesitter';

/** JavaScript, TypeScript and TSX: one grammar family, one reading of its declarations. */
function module(id: LangId, grammar: GrammarName, fence: string): LanguageModule {
  return {
    id,
    grammar,
    fence,
    comments: ['comment'],
    declarations(root, text) {
      const decls: SourceDecl[] = [];
      for (const node of children(root)) statement(node, node, text, decls);
      return { decls, docNodes: [] };
    },
  };
}

export const javascript = module('javascript', 'javascript', 'javascript');
export const typescript = module('typescript', 'typescript', 'typescript');
export const tsx = module('tsx', 'tsx', 'tsx');

const FUNCTION_VALUE = new Set(['arrow_function', 'function_expression', 'function', 'generator_function']);
const CLASS_VALUE = new Set(['class', 'class_expression']);

/**
 * One top-level statement. `outer` is the node whose lines the declaration spans (an
 * `export` statement, a `declare`), so its range starts where the reader sees it start.
 */
function statement(node: Node, outer: Node, text: string, out: SourceDecl[], depth = 0): void {
  const name = node.childForFieldName('name');
  switch (node.type) {
    case 'export_statement': {
      const inner = node.childForFieldName('declaration') ?? node.childForFieldName('value');
      if (inner) statement(inner, outer, text, out, depth);
      return;
    }
    case 'ambient_declaration':
      for (const c of children(node)) statement(c, outer, text, out, depth);
      return;
    case 'function_declaration':
    case 'generator_function_declaration':
    case 'function_signature':
      if (name) out.push(decl('func', name.text, node, text, {}, outer));
      return;
    case 'class_declaration':
    case 'abstract_class_declaration':
    case 'class':
      if (name) classDecl(name.text, node, outer, text, out);
      return;
    case 'interface_declaration':
      if (name) out.push(decl('type', name.text, node, text, { typeKind: 'interface' }, outer));
      return;
    case 'type_alias_declaration':
      if (name) out.push(decl('type', name.text, node, text, { typeKind: 'alias' }, outer));
      return;
    case 'enum_declaration':
      if (name) out.push(decl('type', name.text, node, text, { typeKind: 'other' }, outer));
      return;
    case 'internal_module':
    case 'module':
      if (name) out.push(decl('type', name.text, node, text, { typeKind: 'other' }, outer));
      if (depth < MAX_NESTING) for (const c of children(node.childForFieldName('body'))) statement(c, c, text, out, depth + 1);
      return;
    case 'expression_statement': {
      const inner = children(node)[0];
      if (inner?.type === 'internal_module') statement(inner, outer, text, out, depth);
      else if (inner?.type === 'assignment_expression') assignment(inner, outer, text, out);
      return;
    }
    case 'lexical_declaration':
    case 'variable_declaration':
      variables(node, outer, text, out);
      return;
    default:
      return;
  }
}

function classDecl(name: string, node: Node, outer: Node, text: string, out: SourceDecl[]): void {
  out.push(decl('type', name, node, text, { typeKind: 'struct' }, outer));
  for (const m of children(node.childForFieldName('body'))) {
    const mName = m.childForFieldName('name');
    if (!mName) continue;
    if (m.type === 'method_definition' || m.type === 'method_signature' || m.type === 'abstract_method_signature') {
      out.push(decl('method', mName.text, m, text, { receiver: name }));
    } else if ((m.type === 'public_field_definition' || m.type === 'field_definition') && FUNCTION_VALUE.has(m.childForFieldName('value')?.type ?? '')) {
      out.push(decl('method', mName.text, m, text, { receiver: name }));
    }
  }
}

/** `const a = 1, f = () => {}`: one declaration per name; the statement's lines when it declares one. */
function variables(node: Node, outer: Node, text: string, out: SourceDecl[]): void {
  const declarators = children(node).filter((c) => c.type === 'variable_declarator');
  const constant = /^\s*(?:export\s+)?(?:declare\s+)?const\b/.test(text.slice(outer.startIndex, node.endIndex));
  for (const d of declarators) {
    const name = d.childForFieldName('name');
    if (!name || name.type !== 'identifier') continue;
    const value = d.childForFieldName('value');
    const where = declarators.length === 1 ? node : d;
    const from = declarators.length === 1 ? outer : d;
    if (value && FUNCTION_VALUE.has(value.type)) out.push(decl('func', name.text, where, text, { signature: upTo(from, value.childForFieldName('body'), text) }, from));
    else if (value && CLASS_VALUE.has(value.type)) classDecl(name.text, value, from, text, out);
    else out.push(decl(constant ? 'const' : 'var', name.text, where, text, {}, from));
  }
}

/**
 * CommonJS and prototype assignments: `module.exports.f = function`, `exports.x = 1`,
 * `Foo.prototype.bar = function` and `Foo.bar = () => {}` (methods of Foo).
 */
function assignment(node: Node, outer: Node, text: string, out: SourceDecl[]): void {
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  if (left?.type !== 'member_expression' || !right) return;
  const path = left.text.replace(/\s+/g, '');
  const fn = FUNCTION_VALUE.has(right.type);
  const proto = /^([\p{L}_$][\p{L}\p{Nd}_$]*)\.prototype\.([\p{L}_$][\p{L}\p{Nd}_$]*)$/u.exec(path);
  if (proto && fn) {
    out.push(decl('method', proto[2], node, text, { receiver: proto[1], signature: upTo(outer, right.childForFieldName('body'), text) }, outer));
    return;
  }
  const member = /^([\p{L}_$][\p{L}\p{Nd}_$]*)\.([\p{L}_$][\p{L}\p{Nd}_$]*)$/u.exec(path);
  if (member && fn && member[1] !== 'exports' && member[1] !== 'module') {
    out.push(decl('method', member[2], node, text, { receiver: member[1], signature: upTo(outer, right.childForFieldName('body'), text) }, outer));
    return;
  }
  const exported = /^(?:module\.)?exports\.([\p{L}_$][\p{L}\p{Nd}_$]*)$/u.exec(path);
  if (exported) out.push(decl(fn ? 'func' : 'var', exported[1], node, text, { signature: fn ? upTo(outer, right.childForFieldName('body'), text) : firstLine(outer, text) }, outer));
}

function firstLine(node: Node, text: string): string {
  return text.slice(node.startIndex, node.endIndex).split('\n')[0].replace(/\s*\{\s*$/, '').trim();
}

/** A function's head written as an assignment: `const f = (a) =>`, up to its body. */
function upTo(from: Node, body: Node | null, text: string): string {
  if (!body) return firstLine(from, text);
  const head = normaliseWs(text.slice(from.startIndex, body.startIndex));
  return head.length > 160 ? `${head.slice(0, 159)}…` : head;
}
