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
 * Flags are process-wide and must be set before the first module is compiled (and before V8's
 * code cache is read or made: it records the flags). The language server's entry sets them; the
 * command line, which may index whole repositories in one run, keeps V8's default.
 */
export const WASM_TIER = Symbol.for('macroplan.wasmTier');

export function baselineWasmOnly(): void {
  // Without dynamic tiering V8 optimises every module eagerly; without tier-up it never does.
  v8.setFlagsFromString('--no-wasm-dynamic-tiering');
  v8.setFlagsFromString('--no-wasm-tier-up');
  (globalThis as Record<symbol, unknown>)[WASM_TIER] = 'baseline';
}

/** `baseline` when this process set it (debug/startup reports it), else undefined: V8's default. */
export function wasmTier(): 'baseline' | undefined {
  return (globalThis as Record<symbol, unknown>)[WASM_TIER] === 'baseline' ? 'baseline' : undefined;
}
