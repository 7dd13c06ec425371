/**
 * The languages whose cited files are indexed: which language a path is, and its index through
 * one interface (SourceFile, the Go index's shape). Go keeps its own indexer (gofile.ts); the
 * others share source.ts with a module each. Grammars load on first use (treesitter.ts).
 */
import { grammar, preload, type GrammarName } from '../treesitter';
import { indexGoFile } from '../gofile';
import { indexSource } from './source';
import { javascript, typescript, tsx } from './javascript';
import { python } from './python';
import { rust } from './rust';
import { shell } from './shell';
import { languageOf } from './paths';
import type { LangId, LanguageModule, SourceFile } from './types';

export type { LangId, LanguageModule, SourceFile, SourceDecl } from './types';
export { startRuntime as startTreeSitter } from '../treesitter';
export { SOURCE_EXTENSIONS, SOURCE_PATHSPECS, isSourcePath, languageFamily, languageOf } from './paths';

const MODULES: Record<Exclude<LangId, 'go'>, LanguageModule> = { javascript, typescript, tsx, python, rust, shell };

/** The fence info string for a language's code (hover). */
export function fenceOf(lang: LangId | undefined): string {
  return !lang || lang === 'go' ? 'go' : MODULES[lang].fence;
}

// A source file's extension right before a line number (`.py:12`, `.rs#L3`): the languages a
// plan cites, in a tenth of a millisecond on 2,000 lines where the citation scanner takes ~10 ms.
// It may also see one in a code block the check skips: then a grammar loads that goes unused.
const CITED_EXTENSION = /\.([A-Za-z]{1,5})(?=:L?\d|#L\d)/g;

/**
 * Starts loading the grammars of the languages a plan's text cites, so that their WASM compiles
 * off the main thread while it parses the plan, instead of one after another as the check meets
 * each language's first file. Settles once the compiles are under way (tree-sitter's own runtime
 * first). Only a head start: a grammar loads once per process whoever asks first, and a failure
 * here is the check's to report when it asks again.
 */
export function preloadCitedGrammars(text: string): Promise<void> {
  const names = new Set<GrammarName>();
  for (const m of text.matchAll(CITED_EXTENSION)) {
    const lang = languageOf(`cited.${m[1]}`);
    if (lang) names.add(lang === 'go' ? 'go' : MODULES[lang].grammar);
  }
  return preload(names).catch(() => undefined);
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
