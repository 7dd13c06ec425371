import * as path from 'node:path';
import type { Workspace } from './workspace';
import type { IndexedAhead } from './sourceload';
import { startMark } from './startmarks';
import { applyWasmTier } from './wasmtier';

/**
 * A language server's first check indexes the plan's cited files in a worker thread while this
 * thread parses the plan (issue 23, the mixed-language cold start): on the bench's mixed
 * workspace the index (140 files in six languages, their grammars compiled first) took as long
 * as the Markdown parse, one after the other on one thread of a 2-core machine.
 *
 * Only a head start: which files a plan cites is guessed from its text (a path with an extension
 * before a line number), each resolved as a root-relative citation and fenced here; the check
 * resolves its citations itself, and `load` takes a file's index from the worker only when its own
 * real path and stat (size, modification time) match what the worker stat'ed before it read, as
 * it takes its own cache's. A file the guess missed, or one that changed, is indexed by the check.
 */

export interface AheadRequest {
  files: { abs: string; real: string }[];
  maxFileSize: number;
}

/** One file's answer (`indexed` absent: the worker left it to the check), or the end of the batch. */
export type AheadAnswer = { abs: string; indexed?: IndexedAhead; done?: undefined } | { done: true; abs?: undefined };

/** Fewer cited files than this: the worker's start (a thread, its bundle, its grammars) costs more than it saves. */
export const MIN_FILES = 8;

// A cited path: characters of a file path ending in an extension, right before a line number.
const CITED_PATH = /([\w.\-/@+]+\.[A-Za-z]{1,5})(?=:L?\d|#L\d)/g;

/**
 * Starts the worker on the files `text` cites, handing each file's answer to `ws` (`prime`) as a
 * promise. Resolves once the worker has them (true), or false when it was not started: too few
 * files, or no worker (`workerFile` missing, as when run from source).
 */
export async function indexAhead(ws: Workspace, text: string, workerFile: string): Promise<boolean> {
  const files: AheadRequest['files'] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(CITED_PATH)) {
    const cited = m[1].replace(/^\.\//, '');
    if (seen.has(cited) || cited.startsWith('/') || cited.split('/').includes('..')) continue;
    seen.add(cited);
    const r = await ws.resolve(cited).catch(() => undefined);
    if (r?.kind !== 'ok' || files.some((f) => f.abs === r.abs)) continue;
    const real = r.real ?? (await ws.fs.realpath(r.abs).catch(() => undefined));
    if (real && (await ws.isInside(real))) files.push({ abs: r.abs, real });
  }
  if (files.length < MIN_FILES) return false;
  let worker: import('node:worker_threads').Worker;
  try {
    const { existsSync } = require('node:fs') as typeof import('node:fs');
    if (!path.isAbsolute(workerFile) || !existsSync(workerFile)) return false;
    const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
    // The worker compiles the grammars: V8's flags are the process's, set before it starts.
    applyWasmTier();
    worker = new Worker(workerFile);
  } catch {
    return false;
  }
  const pending = new Map<string, (x: IndexedAhead | undefined) => void>();
  for (const f of files) ws.prime(f.abs, new Promise((resolve) => pending.set(f.abs, resolve)));
  const end = () => {
    for (const resolve of pending.values()) resolve(undefined);
    pending.clear();
    void worker.terminate();
  };
  worker.on('message', (a: AheadAnswer) => {
    if (a.done) {
      startMark('index worker done');
      return end();
    }
    pending.get(a.abs)?.(a.indexed);
    pending.delete(a.abs);
  });
  worker.on('error', end);
  worker.on('exit', end);
  worker.unref();
  worker.postMessage({ files, maxFileSize: ws.maxFileSize } satisfies AheadRequest);
  startMark('index worker started');
  return true;
}
