/**
 * Debug requests for tests and diagnosis. `macroplan/debug/gc` runs a full garbage collection when
 * the server was started with `node --expose-gc` (a no-op otherwise) and answers with
 * process.memoryUsage() afterwards, so a test can compare memory before and after a burst.
 * It reads and writes nothing.
 */
import type { Connection } from 'vscode-languageserver/node';

export function registerDebugRequests(connection: Connection): void {
  connection.onRequest('macroplan/debug/gc', () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (gc) {
      gc();
      gc();
    }
    return { collected: !!gc, ...process.memoryUsage() };
  });
}
