import * as v8 from 'node:v8';

/**
 * How V8 compiles tree-sitter's WebAssembly (the grammars and its runtime) in a language server.
 *
 * By default V8 compiles each module twice: a quick baseline (Liftoff) to start with, then again
 * with its optimising compiler (TurboFan) on background threads. In a fresh process indexing the
 * cited files of a plan in six languages (the bench's mixed workspace, Node 20), the second compile
 * cost 1.1-1.2 s of CPU (indexing 140 files: 1.3-1.5 s of process CPU against 0.25-0.3 s baseline
 * only), which on a 2-core machine is taken from the Markdown parse running beside it, and the
 * main thread waited for it: a grammar's baseline compile queued behind another's optimising one.
 * The optimised code parses ~1.7x faster (a 420 KB Go file: 155 ms against 280 ms once warm), so
 * it pays only after several MB of source, which a server parses once and keeps: baseline only.
 *
 * The flags are process-wide, and V8 checks every code cache against a hash of all flags: Node's
 * own cache of its built-in modules (changed flags made each `require` of one compile again: the
 * server's bundle loaded ~200 ms later) and the server bundle's (server-start.ts). So the language
 * server only asks for the baseline tier at start (`requestBaselineWasm`); the flags are set just
 * before the first WASM is compiled, after the bundle and its built-ins loaded (`applyWasmTier`),
 * and put back while the bundle's code cache is made (`withDefaultWasmFlags`), so that it matches
 * the next start's flags. The command line, which may index whole repositories in one run, keeps
 * V8's default.
 */
const REQUEST = Symbol.for('macroplan.wasmTier');

type State = 'requested' | 'baseline' | undefined;

const state = (): State => (globalThis as Record<symbol, unknown>)[REQUEST] as State;
const setState = (s: State) => ((globalThis as Record<symbol, unknown>)[REQUEST] = s);

const BASELINE = ['--no-wasm-dynamic-tiering', '--no-wasm-tier-up'];
const DEFAULT = ['--wasm-dynamic-tiering', '--wasm-tier-up'];

/** This process wants the baseline tier only (the language server's entry says so first thing). */
export function requestBaselineWasm(): void {
  setState('requested');
}

/** Sets the flags if the baseline tier was asked for; before every first WASM compile (treesitter.ts). */
export function applyWasmTier(): void {
  if (state() !== 'requested') return;
  // Without dynamic tiering V8 optimises every module eagerly; without tier-up it never does.
  for (const f of BASELINE) v8.setFlagsFromString(f);
  setState('baseline');
}

/** Runs `fn` with V8's default WASM flags (what a code cache made now is checked against at the next start). */
export function withDefaultWasmFlags<T>(fn: () => T): T {
  if (state() !== 'baseline') return fn();
  for (const f of DEFAULT) v8.setFlagsFromString(f);
  try {
    return fn();
  } finally {
    for (const f of BASELINE) v8.setFlagsFromString(f);
  }
}

/** `baseline` once this process set it, `requested` before its first WASM, else undefined: V8's default. */
export function wasmTier(): State {
  return state();
}
