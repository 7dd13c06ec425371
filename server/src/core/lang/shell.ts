import type { Node } from 'web-tree-sitter';
import { children, decl } from './source';
import type { LanguageModule, SourceDecl } from './types';

/** Shell (bash, sh): functions and top-level variables. */
export const shell: LanguageModule = {
  id: 'shell',
  grammar: 'bash',
  fence: 'bash',
  words: /[\p{L}_][\p{L}\p{Nd}_]*/gu,
  closers: /^\s*(?:fi|done|esac|;;|then|do|else|\}|\{)\s*(?:;;)?\s*$/,
  comments: ['comment'],
  declarations(root, text) {
    const decls: SourceDecl[] = [];
    for (const node of children(root)) statement(node, text, decls);
    return { decls, docNodes: [] };
  },
};

function statement(node: Node, text: string, out: SourceDecl[]): void {
  switch (node.type) {
    case 'function_definition': {
      const name = node.childForFieldName('name');
      if (name) out.push(decl('func', name.text, node, text));
      return;
    }
    case 'variable_assignment': {
      const name = node.childForFieldName('name');
      if (name) out.push(decl('var', name.text, node, text, { signature: firstLine(node, text) }));
      return;
    }
    case 'declaration_command': {
      // `readonly X=1`, `declare -r X=1`: constants; `export X=1`, `local`: variables.
      const constant = /^\s*(?:readonly\b|declare\s+-\w*r)/.test(text.slice(node.startIndex, node.endIndex));
      for (const a of children(node)) {
        const name = a.type === 'variable_assignment' ? a.childForFieldName('name') : undefined;
        if (name) out.push(decl(constant ? 'const' : 'var', name.text, node, text, { signature: firstLine(node, text) }));
      }
      return;
    }
    default:
      return;
  }
}

function firstLine(node: Node, text: string): string {
  const line = text.slice(node.startIndex, node.endIndex).split('\n')[0].trim();
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}
