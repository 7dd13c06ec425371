import type { Node } from 'web-tree-sitter';
import { children, decl, MAX_NESTING } from './source';
import type { LanguageModule, SourceDecl } from './types';

/** Rust: items, with the methods of each `impl` and `trait`; attributes belong to the item after them. */
export const rust: LanguageModule = {
  id: 'rust',
  grammar: 'rust',
  fence: 'rust',
  comments: ['line_comment', 'block_comment'],
  declarations(root, text) {
    const decls: SourceDecl[] = [];
    items(root, undefined, text, decls);
    return { decls, docNodes: [] };
  },
};

const TYPE_KIND: Record<string, SourceDecl['typeKind']> = {
  struct_item: 'struct',
  union_item: 'struct',
  enum_item: 'other',
  trait_item: 'interface',
  type_item: 'alias',
};

/** The items of a file, module or impl body; `owner`: the impl's type or the trait. */
function items(body: Node, owner: string | undefined, text: string, out: SourceDecl[], depth = 0): void {
  let attrs: Node | undefined;
  for (const node of children(body)) {
    if (node.type === 'attribute_item') {
      attrs ??= node;
      continue;
    }
    if (node.type === 'line_comment' || node.type === 'block_comment') continue;
    item(node, attrs ?? node, owner, text, out, depth);
    attrs = undefined;
  }
}

function item(node: Node, from: Node, owner: string | undefined, text: string, out: SourceDecl[], depth: number): void {
  const name = node.childForFieldName('name');
  switch (node.type) {
    case 'function_item':
    case 'function_signature_item':
      if (name) out.push(decl(owner ? 'method' : 'func', name.text, node, text, owner ? { receiver: owner } : {}, from));
      return;
    case 'struct_item':
    case 'union_item':
    case 'enum_item':
    case 'type_item':
      if (name) out.push(decl('type', name.text, node, text, { typeKind: TYPE_KIND[node.type] }, from));
      return;
    case 'trait_item': {
      if (!name) return;
      out.push(decl('type', name.text, node, text, { typeKind: 'interface' }, from));
      const body = node.childForFieldName('body');
      if (body) items(body, name.text, text, out);
      return;
    }
    case 'impl_item': {
      const type = node.childForFieldName('type');
      const typeName = type ? baseType(type) : undefined;
      const body = node.childForFieldName('body');
      if (typeName && body) items(body, typeName, text, out);
      return;
    }
    case 'const_item':
    case 'static_item':
      if (name) out.push(decl(node.type === 'const_item' ? 'const' : 'var', name.text, node, text, owner ? { receiver: owner } : {}, from));
      return;
    case 'mod_item': {
      if (!name) return;
      out.push(decl('type', name.text, node, text, { typeKind: 'other' }, from));
      const body = node.childForFieldName('body');
      if (body && depth < MAX_NESTING) items(body, undefined, text, out, depth + 1);
      return;
    }
    case 'macro_definition':
      if (name) out.push(decl('func', name.text, node, text, {}, from));
      return;
    default:
      return;
  }
}

/** `S` of `S<X>`, `&'a S`, `path::S`. */
function baseType(type: Node): string | undefined {
  const m = /([\p{L}_][\p{L}\p{Nd}_]*)\s*(?:<[\s\S]*>)?\s*$/u.exec(type.text.replace(/^&('\w+\s+)?(mut\s+)?/, ''));
  return m?.[1];
}
