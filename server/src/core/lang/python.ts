import type { Node } from 'web-tree-sitter';
import { children, decl, MAX_NESTING } from './source';
import { normaliseWs } from '../gofile';
import type { LanguageModule, SourceDecl } from './types';

/** Python: functions, classes and their methods, module-level names; docstrings are documentation. */
export const python: LanguageModule = {
  id: 'python',
  grammar: 'python',
  fence: 'python',
  comments: ['comment'],
  declarations(root, text) {
    const decls: SourceDecl[] = [];
    const docNodes: Node[] = [];
    const module = docstring(root);
    if (module) docNodes.push(module);
    for (const node of children(root)) statement(node, node, undefined, text, decls, docNodes);
    return { decls, docNodes };
  },
};

/** A module, class or function's docstring: a string as its first statement. */
function docstring(body: Node | null): Node | undefined {
  const first = children(body)[0];
  if (first?.type !== 'expression_statement') return undefined;
  const only = children(first);
  return only.length === 1 && only[0].type === 'string' ? first : undefined;
}

/** The head without a comment after its colon, and the docstring as the declaration's doc. */
function described(node: Node, doc: Node | undefined, text: string): { signature: string; doc?: { startLine: number; endLine: number } } {
  const body = node.childForFieldName('body');
  const head = text.slice(node.startIndex, body ? body.startIndex : node.endIndex).replace(/#[^\n]*/g, '');
  return { signature: normaliseWs(head).replace(/\s*:$/, ''), ...(doc ? { doc: { startLine: doc.startPosition.row + 1, endLine: doc.endPosition.row + 1 } } : {}) };
}

/** `outer`: the decorated definition, whose lines the declaration spans. `owner`: the enclosing class. */
function statement(node: Node, outer: Node, owner: string | undefined, text: string, out: SourceDecl[], docs: Node[], depth = 0): void {
  switch (node.type) {
    case 'decorated_definition': {
      const def = node.childForFieldName('definition');
      if (def) statement(def, outer, owner, text, out, docs, depth);
      return;
    }
    case 'function_definition': {
      const name = node.childForFieldName('name');
      const doc = docstring(node.childForFieldName('body'));
      if (doc) docs.push(doc);
      if (name) out.push(decl(owner ? 'method' : 'func', name.text, node, text, { ...(owner ? { receiver: owner } : {}), ...described(node, doc, text) }, outer));
      return;
    }
    case 'class_definition': {
      const name = node.childForFieldName('name');
      const body = node.childForFieldName('body');
      const doc = docstring(body);
      if (doc) docs.push(doc);
      if (!name) return;
      out.push(decl('type', name.text, node, text, { typeKind: 'struct', ...described(node, doc, text) }, outer));
      if (depth < MAX_NESTING) for (const c of children(body)) statement(c, c, name.text, text, out, docs, depth + 1);
      return;
    }
    case 'expression_statement': {
      // Module-level names only: a class's attributes are its fields, not declarations of their own.
      if (owner) return;
      const a = children(node)[0];
      if (a?.type !== 'assignment') return;
      const left = a.childForFieldName('left');
      const names = left?.type === 'identifier' ? [left] : left?.type === 'pattern_list' || left?.type === 'tuple_pattern' ? children(left).filter((c) => c.type === 'identifier') : [];
      for (const n of names) out.push(decl(/^[A-Z][A-Z0-9_]*$/.test(n.text) ? 'const' : 'var', n.text, node, text));
      return;
    }
    default:
      return;
  }
}
