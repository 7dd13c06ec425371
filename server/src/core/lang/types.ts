import type { Node } from 'web-tree-sitter';
import type { GoDecl, GoFile } from '../gofile';
import type { GrammarName } from '../treesitter';

import type { LangId } from './langid';

export type { LangId } from './langid';

/** One file's index, whatever its language: the Go index's shape, which every rule reads. */
export type SourceFile = GoFile;
export type SourceDecl = GoDecl;

/** What a language adds to the shared indexing (source.ts): which nodes are comments and declarations. */
export interface LanguageModule {
  id: LangId;
  grammar: GrammarName;
  /** The info string of a Markdown fence showing its code. */
  fence: string;
  /** Its identifiers, when not those of source.ts (`$` starts an expansion in shell, not a name). */
  words?: RegExp;
  /** Lines that only open or close a block, like Go's braces (shell's `fi`, `done`, `esac`). */
  closers?: RegExp;
  /**
   * The node types of the grammar's comments. Found with one walk in WASM (descendantsOfType)
   * rather than a query: compiling a tree-sitter query analyses the whole grammar, tens of ms
   * per language in a fresh process, before the first file is indexed.
   */
  comments: readonly string[];
  /**
   * The declarations under the root, and the nodes that are documentation though the grammar
   * calls them code (Python's docstrings): they count as comment lines.
   */
  declarations(root: Node, text: string): { decls: SourceDecl[]; docNodes: Node[] };
}
