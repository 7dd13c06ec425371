/**
 * Debug requests for tests and diagnosis. `macroplan/debug/gc` runs a full garbage collection when
 * the server was started with `node --expose-gc` (a no-op otherwise) and answers with
 * process.memoryUsage() afterwards, so a test can compare memory before and after a burst;
 * `macroplan/debug/memory` answers with it as it is. They read and write nothing.
 */
import type { Feature } from './context';
import { REQUESTS } from './protocol';
import { startMarks } from '../core/startmarks';
import { codeCacheState } from './codeCacheState';
import { wasmTier } from '../core/wasmtier';

export const debugFeature: Feature = {
  register(c, _ctx, guard) {
    c.onRequest(REQUESTS.memory, guard('memory', () => process.memoryUsage()));
    c.onRequest(REQUESTS.startup, guard('startup', () => ({ timeOrigin: performance.timeOrigin, marks: startMarks(), cpu: process.cpuUsage(), codeCache: codeCacheState() ?? null, wasm: wasmTier() ?? 'default' })));
    c.onRequest(REQUESTS.gc, () => {
      const gc = (globalThis as { gc?: () => void }).gc;
      if (gc) {
        gc();
        gc();
      }
      return { collected: !!gc, ...process.memoryUsage() };
    });
  },
};
