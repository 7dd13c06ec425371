import { checkFile, type FileCheckContext } from './check-file';
import type { FileReport } from './report';
import type { Config } from '../core/config';
import { FileWorkspace } from '../core/workspace';
import { workerHistory, type HistoryPlace } from './run-history';
import { nodeSyncFs, type FileStat, type FileSystem } from '../core/fs';
import { askAhead } from './ask-ahead';
import { LineIndex } from '../core/text';
import { RecordingFs } from '../core/recordfs';
import { ResultCache, type CacheMode } from '../core/resultcache';
import { repoState } from '../core/history/repostate';

/**
 * Below this many files per thread a worker costs more than it saves: each one loads the
 * bundle, the WASM grammar and its own copy of the cited Go files, about 0.9 s of CPU on 24
 * plans of 500 lines (npm run bench's section on them).
 */
const FILES_PER_WORKER = 8;

/** How many threads check `files` files: `--jobs` when given, else one per free core the files can keep busy. */
export function workerCount(jobs: number | undefined, files: number): number {
  if (jobs !== undefined) return Math.max(1, Math.min(jobs, files));
  const busy = Math.floor(files / FILES_PER_WORKER);
  if (busy < 2) return 1;
  // node:os only now: a run of a few files (a pre-commit hook's) never loads it.
  const os = require('node:os') as typeof import('node:os');
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  // Cores other programs keep busy give a worker nothing but its start-up to pay (measured on a
  // shared 2-core machine: two threads slower than one); the load average says how many are free
  // (0 where the system has none, as on Windows).
  const free = cores - Math.floor(os.loadavg()[0]);
  return Math.max(1, Math.min(busy, free));
}

/**
 * node:worker_threads loads streams and the worker machinery (5-25 ms of every start, measured
 * with --cpu-prof): required only when workers run. A worker is told by its first argument.
 */
const threads = () => require('node:worker_threads') as typeof import('node:worker_threads');
const WORKER_ARG = '--macroplan-check-worker';

/** What a worker is started with (structured-cloned). */
interface WorkerSetup {
  macroplanCheckWorker: true;
  root: string;
  config: Config;
  fix: boolean;
  since?: string;
  noHistory: boolean;
  /** Where history comes from (the main thread asked git once): the anchor store, a folder without a repository. */
  history: HistoryPlace;
  /** The result cache's folder and mode, when it is used. */
  cache?: { dir: string; mode: CacheMode };
  targets: { shown: string; abs: string }[];
  /** The index of the first file to check; -1: none left. */
  first: number;
}

type FromWorker =
  | { kind: 'report'; index: number; report: Omit<FileReport, 'lines'>; text: string; fixed: number }
  | { kind: 'say' | 'log'; message: string }
  | { kind: 'want' }
  | { kind: 'failed'; stack: string };

/**
 * Checks `targets` in this thread and `jobs - 1` worker threads running this same bundle. Files
 * are handed out one at a time as each finishes (plans differ widely in cost); this thread takes
 * its share between its own awaits, so it pays no second bundle load. Reports come back in the
 * targets' order, so the output is the one a single thread gives.
 */
export async function checkAll(
  ctx: FileCheckContext,
  setup: Omit<WorkerSetup, 'macroplanCheckWorker' | 'first'>,
  jobs: number,
  /** Resolves when file `index` may be checked (its history asked ahead, core/history/prefetch.ts). */
  ready?: (index: number) => Promise<void>,
): Promise<{ reports: FileReport[]; fixed: number }> {
  const { targets } = setup;
  const reports: FileReport[] = new Array(targets.length);
  let fixed = 0;
  let next = 0;
  let failed = false;
  const here = async () => {
    while (next < targets.length && !failed) {
      const index = next++;
      try {
        await ready?.(index);
        const one = await checkFile(ctx, targets[index]);
        reports[index] = one.report;
        fixed += one.fixed;
      } catch (e) {
        failed = true;
        throw e;
      }
    }
  };
  // A worker is given its first file when it starts and asks for the next as it begins each one,
  // so it never waits on this thread, which answers only between its own checks' awaits.
  const take = () => (next < targets.length && !failed ? next++ : -1);
  const worker = () => new Promise<void>((resolve, reject) => {
    const w = new (threads().Worker)(__filename, { argv: [WORKER_ARG], workerData: { ...setup, first: take(), macroplanCheckWorker: true } satisfies WorkerSetup });
    let failure: Error | undefined;
    w.on('message', (m: FromWorker) => {
      if (m.kind === 'want') w.postMessage(take());
      else if (m.kind === 'report') {
        reports[m.index] = { ...m.report, lines: new LineIndex(m.text) };
        fixed += m.fixed;
      } else if (m.kind === 'say') ctx.say(m.message);
      else if (m.kind === 'log') ctx.log(m.message);
      else if (m.kind === 'failed') {
        failure = new Error(m.stack);
        failed = true;
      }
    });
    w.on('error', (e) => { failure ??= e; failed = true; });
    w.on('exit', (code) => {
      if (failure) reject(failure);
      else if (code !== 0) reject(new Error(`a check worker exited with code ${code}`));
      else resolve();
    });
  });
  const workers = Array.from({ length: jobs - 1 }, worker);
  await Promise.all([here(), ...workers]);
  return { reports, fixed };
}

/**
 * The workspace a command-line run checks against, in this thread or a worker. Nothing changes
 * the cited files while a run lasts (--fix writes plans, never code), so each file's fence check
 * and parse are trusted once made (`watched`), as a language server trusts them between watcher
 * events: 24 plans citing the same module no longer stat and resolve every cited file once per
 * citation. Reads are synchronous (nodeSyncFs): the thread has nothing else to do meanwhile.
 * With the result cache, its reads are recorded, as what a cached answer depends on.
 */
export function checkWorkspace(root: string, config: Config, log: (m: string) => void, cache: WorkerSetup['cache'], say: (m: string) => void): { ws: FileWorkspace; results?: FileCheckContext['cache'] } {
  const options = { root, sourceRoots: config.sourceRoots, repositories: config.repositories, maxFileSize: config.maxFileSize, log, watched: true };
  if (!cache) return { ws: new FileWorkspace({ ...options, fs: nodeSyncFs }) };
  const fs = new RecordingFs(nodeSyncFs);
  // Each thread reads the repository's state once, for every plan it checks.
  const state = cache.mode === 'git' ? repoState(root) : undefined;
  return { ws: new FileWorkspace({ ...options, fs }), results: { results: new ResultCache(cache.dir, statOnce(fs), say), mode: cache.mode, seen: () => fs.snapshot(), state, hits: new Map() } };
}

/**
 * Each path stat'ed (and resolved) once per run for validating cached answers: every entry lists
 * what the workspace had read when it was kept, so 150 plans' entries name the same few hundred
 * paths some 35,000 times (the bench's repository of 150 plans). Nothing changes the cited files
 * while a run lasts (the workspace trusts its reads as much, `watched`).
 */
function statOnce(inner: FileSystem): FileSystem {
  const stats = new Map<string, Promise<FileStat>>();
  const reals = new Map<string, Promise<string>>();
  const once = <T>(memo: Map<string, Promise<T>>, p: string, ask: () => Promise<T>): Promise<T> => {
    let got = memo.get(p);
    if (!got) memo.set(p, (got = ask()));
    return got;
  };
  return {
    readFile: (p, maxBytes) => inner.readFile(p, maxBytes),
    readdir: (p) => inner.readdir(p),
    stat: (p) => once(stats, p, () => inner.stat(p)),
    realpath: (p) => once(reals, p, () => inner.realpath(p)),
  };
}

/** True in a thread `checkInWorkers` started: the bundle then serves files instead of running the command line. */
export function isCheckWorker(): boolean {
  if (process.argv[2] !== WORKER_ARG) return false;
  const { isMainThread, workerData } = threads();
  return !isMainThread && (workerData as Partial<WorkerSetup> | undefined)?.macroplanCheckWorker === true;
}

/** A worker's loop: check each file index the main thread sends, until it sends -1. */
export function serveChecks(): void {
  const { parentPort, workerData } = threads();
  const setup = workerData as WorkerSetup;
  const port = parentPort!;
  const post = (m: FromWorker) => port.postMessage(m);
  const { config } = setup;
  const say = (m: string) => post({ kind: 'say', message: m });
  const history = setup.noHistory ? undefined : workerHistory(setup.root, setup.history, say);
  const { ws, results } = checkWorkspace(setup.root, config, (m) => post({ kind: 'log', message: m }), setup.cache, say);
  const ctx: FileCheckContext = {
    ws,
    cache: results,
    config,
    root: setup.root,
    args: { fix: setup.fix, since: setup.since },
    git: history?.history,
    anchors: history?.anchors,
    say,
    log: (m) => post({ kind: 'log', message: m }),
  };
  // The plans' blames from one log, as this thread's history cannot be filled by the main one.
  const ready = ctx.git && !setup.history.folderRoot && setup.targets.length > 1 && (setup.since ?? config.since) === undefined ? askAhead(ctx, setup.targets.map((t) => t.abs), false) : undefined;
  // One file in hand and at most one more asked for: `want` is posted as each file begins.
  const queue = setup.first < 0 ? [] : [setup.first];
  let ended = setup.first < 0;
  let busy = false;
  const pump = (): void => {
    if (busy) return;
    const index = queue.shift();
    if (index === undefined) {
      if (ended) finish();
      return;
    }
    busy = true;
    if (!ended) post({ kind: 'want' });
    (ready ? ready(index) : Promise.resolve()).then(() => checkFile(ctx, setup.targets[index])).then(
      ({ report, fixed }) => {
        const { lines, ...rest } = report;
        post({ kind: 'report', index, report: rest, text: lines.text, fixed });
        busy = false;
        pump();
      },
      (e) => {
        post({ kind: 'failed', stack: (e as Error).stack ?? String(e) });
        finish();
      },
    );
  };
  // The anchors this worker saw right are saved before it ends (merged with the store on disk).
  const finish = (): void => {
    ctx.anchors?.save();
    ctx.git?.dispose();
    port.close();
  };
  port.on('message', (index: number) => {
    if (index < 0) ended = true;
    else queue.push(index);
    pump();
  });
  pump();
}
