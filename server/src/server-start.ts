/**
 * The language server's process entry (bundled to dist/server.js): runs the server's bundle
 * (dist/server-bundle.js, from main.ts) with V8's code cache for it, kept in the user's cache
 * folder. Compiling the 1.5 MB bundle is most of what a start costs before the first answer
 * (~50 ms of a ~250 ms start with a warm result cache); with the cache V8 deserialises the code
 * it compiled last time instead, including the functions the first check compiled lazily.
 *
 * The cache file is named by the bundle's content hash (fixed at build time), Node's version and
 * the architecture, so a cache is only ever offered to the bundle and V8 that made it; V8 refuses
 * one made with other flags itself. A missing, refused or unreadable cache costs nothing but the
 * plain compile, after which a new one is written (off the path to the first answer). Anything
 * unexpected here falls back to a plain `require` of the bundle.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { createRequire } from 'node:module';
import { cacheDir } from './core/cachedir';
import { CODE_CACHE_STATE, codeCacheState, type CodeCacheState } from './lsp/codeCacheState';
import { requestBaselineWasm, withDefaultWasmFlags } from './core/wasmtier';

declare const __SERVER_BUNDLE_HASH__: string;

/** Time after the start when the cache is written: after a typical first check, so it holds that check's functions too. */
const WRITE_AFTER_MS = 3000;

const bundle = path.join(__dirname, 'server-bundle.js');

function cacheFile(): string | undefined {
  try {
    return path.join(cacheDir(), 'macroplan', 'v8', `server-${__SERVER_BUNDLE_HASH__}-${process.version}-${process.arch}.bin`);
  } catch {
    return undefined;
  }
}

function readCache(file: string | undefined): Buffer | undefined {
  try {
    return file ? fs.readFileSync(file) : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the cache beside older ones' removal (one per bundle is all that is ever used), by rename: never half a file. */
function writeCache(file: string, script: vm.Script): void {
  try {
    const dir = path.dirname(file);
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, withDefaultWasmFlags(() => script.createCachedData()), { mode: 0o600 });
    fs.renameSync(tmp, file);
    for (const name of fs.readdirSync(dir)) {
      if (name.startsWith('server-') && path.join(dir, name) !== file) fs.rmSync(path.join(dir, name), { force: true });
    }
  } catch {
    // A read-only or full disk: the next start compiles as this one did.
  }
}

function run(): void {
  const file = cacheFile();
  const cachedData = readCache(file);
  const source = fs.readFileSync(bundle, 'utf8');
  // The wrapper Node puts around a CommonJS module; the bundle's own require resolves from dist/.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
  const state: CodeCacheState = !file ? 'off' : !cachedData ? 'absent' : script.cachedDataRejected ? 'refused' : 'used';
  (globalThis as Record<symbol, unknown>)[CODE_CACHE_STATE] = state;
  const mod = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void)(mod.exports, createRequire(bundle), mod, bundle, __dirname);
  if (file && state !== 'used') setTimeout(() => writeCache(file, script), WRITE_AFTER_MS).unref();
}

// Set before the first WASM compile, not now (core/wasmtier.ts): V8 checks code caches against the flags.
requestBaselineWasm();
try {
  run();
} catch (e) {
  // The bundle did not run at all (no vm, no file to read): the plain way. A throw from the server's own start is its own.
  if (codeCacheState() !== undefined) throw e;
  require(bundle);
}
