/**
 * The index worker's thread (bundled to dist/index-worker.js, started by indexahead.ts): stats,
 * reads and indexes the files it is handed, in order, as the workspace's `load` would (the same
 * checks, sourceload.ts's indexing), and posts each as it is done. It is handed only paths the
 * main thread found inside the workspace's fence, and judges nothing: the check uses an answer
 * only when its own stat of the file says the same.
 */
import * as fs from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { indexBytes } from './sourceload';
import type { AheadAnswer, AheadRequest } from './indexahead';

async function one(abs: string, real: string, maxFileSize: number): Promise<AheadAnswer> {
  try {
    const st = fs.statSync(real);
    // What load() would not index (no regular file, too large) is left to it, to say why.
    if (!st.isFile() || st.size > maxFileSize) return { abs };
    const buf = fs.readFileSync(real);
    return { abs, indexed: { real, mtimeMs: st.mtimeMs, size: st.size, loaded: await indexBytes(abs, buf) } };
  } catch {
    return { abs };
  }
}

parentPort?.on('message', (req: AheadRequest) => {
  void (async () => {
    for (const { abs, real } of req.files) parentPort!.postMessage(await one(abs, real, req.maxFileSize));
    parentPort!.postMessage({ done: true } satisfies AheadAnswer);
  })();
});
