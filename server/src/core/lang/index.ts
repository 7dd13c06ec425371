/**
 * The languages whose cited files are indexed: which language a path is, and its index through
 * one interface (SourceFile, the Go index's shape). Go keeps its own indexer (gofile.ts); the
 * others share source.ts with a module each. Grammars load on first use (treesitter.ts).
 */
import { posix } from 'node:path';
import { grammar } from '../treesitter';
import { indexGoFile } from '../gofile';
import { indexSource } from './source';
import { javascript, typescript, tsx } from './javascript';
import { python } from './python';
import { rust } from './rust';
import { shell } from './shell';
import type { LangId, LanguageModule, SourceFile } from './types';

export type { LangId, LanguageModule, SourceFile, SourceDecl } from './types';

const MODULES: Record<Exclude<LangId, 'go'>, LanguageModule> = { javascript, typescript, tsx, python, rust, shell };

const BY_EXTENSION: Record<string, LangId> = {
  '.go': 'go',
  '.js': 'javascript',
  '.cjs': 'javascript',
  '.mjs': 'javascript',
  '.jsx': 'javascript',
  '.ts': 'typescript',
  '.mts': 'typescript',
  '.cts': 'typescript',
  '.tsx': 'tsx',
  '.py': 'python',
  '.rs': 'rust',
  '.sh': 'shell',
  '.bash': 'shell',
};

/** Extensions of the files a citation can name and the index reads, `.go` first. */
export const SOURCE_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION);

/** The language of a path by its extension, or for a file without one by its `#!` line. */
export function languageOf(path: string, firstLine?: string): LangId | undefined {
  const ext = posix.extname(path).toLowerCase();
  const byExt = BY_EXTENSION[ext];
  if (byExt) return byExt;
  if (ext !== '' || !firstLine?.startsWith('#!')) return undefined;
  const m = /^#!\s*(?:\S*\/)?([\w.-]+)(?:\s+(?:-\S+\s+)*([\w.-]+))?/.exec(firstLine);
  const prog = m?.[1] === 'env' ? m[2] : m?.[1];
  if (!prog) return undefined;
  if (/^(?:ba|da|k|z)?sh$/.test(prog)) return 'shell';
  if (/^python[\d.]*$/.test(prog)) return 'python';
  if (prog === 'node' || prog === 'deno' || prog === 'bun') return 'javascript';
  return undefined;
}

/** The fence info string for a language's code (hover). */
export function fenceOf(lang: LangId | undefined): string {
  return !lang || lang === 'go' ? 'go' : MODULES[lang].fence;
}

/**
 * The index of a file's text in its language (line endings already \n), or undefined when the
 * parser gave up. The tree is freed here: WASM memory is not collected.
 */
export async function indexText(lang: LangId, text: string): Promise<SourceFile | undefined> {
  const { parser } = await grammar(lang === 'go' ? 'go' : MODULES[lang].grammar);
  const tree = parser.parse(text);
  if (!tree) return undefined;
  try {
    return lang === 'go' ? indexGoFile(text, tree) : indexSource(MODULES[lang], text, tree);
  } finally {
    tree.delete();
  }
}
