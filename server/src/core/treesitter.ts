import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser, Language } from 'web-tree-sitter';
import { startMark } from './startmarks';
import { applyWasmTier } from './wasmtier';

/** The grammars shipped beside the bundle: each `tree-sitter-NAME.wasm`. */
export type GrammarName = 'go' | 'javascript' | 'typescript' | 'tsx' | 'python' | 'rust' | 'bash';

/** The npm package holding each grammar's .wasm when run from source. */
const PACKAGE: Record<GrammarName, string> = {
  go: 'tree-sitter-go',
  javascript: 'tree-sitter-javascript',
  typescript: 'tree-sitter-typescript',
  tsx: 'tree-sitter-typescript',
  python: 'tree-sitter-python',
  rust: 'tree-sitter-rust',
  bash: 'tree-sitter-bash',
};

let runtime: Promise<void> | undefined;
const parsers = new Map<GrammarName, Promise<{ parser: Parser; language: Language }>>();

/** Where the .wasm files live: next to the bundle in dist/, or in node_modules when run from source. */
function wasmDir(): string | undefined {
  const candidates = [__dirname, join(__dirname, '..'), join(__dirname, '..', '..', '..', 'dist')];
  return candidates.find((dir) => existsSync(join(dir, 'tree-sitter-go.wasm')));
}

function wasmPath(grammar: GrammarName | 'runtime'): string {
  const dir = wasmDir();
  if (grammar === 'runtime') return dir ? join(dir, 'web-tree-sitter.wasm') : join(__dirname, '..', '..', '..', 'node_modules', 'web-tree-sitter', 'web-tree-sitter.wasm');
  const beside = dir && join(dir, `tree-sitter-${grammar}.wasm`);
  // From source, dist/ may predate a grammar: node_modules has it.
  return beside && existsSync(beside) ? beside : join(__dirname, '..', '..', '..', 'node_modules', PACKAGE[grammar], `tree-sitter-${grammar}.wasm`);
}

/**
 * A parser for one grammar and its language (for queries). Each grammar loads once per process,
 * and only when first asked for: a workspace citing only Go never reads the other grammars.
 */
export function grammar(name: GrammarName): Promise<{ parser: Parser; language: Language }> {
  let loading = parsers.get(name);
  if (!loading) {
    loading = (async () => {
      startMark(`grammar ${name} asked`);
      await startRuntime();
      // Bytes, not a path: given a path, web-tree-sitter reads it through import('fs/promises'),
      // which starts Node's ES module loader (~5 ms of start-up in a CommonJS process). Read
      // synchronously, so that from here to WebAssembly.instantiate, which compiles off the main
      // thread, no turn of the event loop passes: a plan parsed next does not hold the compile up.
      const language = await Language.load(readFileSync(wasmPath(name)));
      const parser = new Parser();
      parser.setLanguage(language);
      startMark(`grammar ${name} ready`);
      return { parser, language };
    })();
    parsers.set(name, loading);
  }
  return loading;
}

/**
 * tree-sitter's own WASM, compiled once per process (its bytes given: nothing read
 * asynchronously). The language server starts it as soon as it is initialized, ahead of the first
 * plan: every grammar waits for it.
 */
export function startRuntime(): Promise<void> {
  if (!runtime) applyWasmTier();
  runtime ??= Parser.init({ locateFile: () => wasmPath('runtime'), wasmBinary: readFileSync(wasmPath('runtime')) }).then(() => startMark('tree-sitter runtime ready'));
  return runtime;
}

/**
 * Starts loading these grammars; settles once each one's WASM is being compiled (off the main
 * thread), not when it is loaded: whoever asks `grammar` next waits for the rest.
 */
export async function preload(names: Iterable<GrammarName>): Promise<void> {
  const list = [...names];
  if (list.length === 0) return;
  await startRuntime();
  for (const name of list) grammar(name).catch(() => undefined);
}

/** Which grammars this process has loaded (tests prove a Go-only check loads no other). */
export function loadedGrammars(): GrammarName[] {
  return [...parsers.keys()];
}

/** The Go parser. The WASM grammar loads once per process. */
export async function goParser(): Promise<Parser> {
  return (await grammar('go')).parser;
}
