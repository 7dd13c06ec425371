/**
 * How dist/server.js (server/src/server-start.ts) compiled the server's bundle, left on the global object for
 * macroplan/debug/startup: `used` (V8 took the code cache), `refused` (V8 would not: another
 * build, flags or V8), `absent` (none yet), `off` (no cache folder); undefined when the bundle was
 * run without it (from source, or required directly).
 */
export const CODE_CACHE_STATE = Symbol.for('macroplan.codeCache');
export type CodeCacheState = 'used' | 'refused' | 'absent' | 'off';

export function codeCacheState(): CodeCacheState | undefined {
  return (globalThis as Record<symbol, unknown>)[CODE_CACHE_STATE] as CodeCacheState | undefined;
}
