// The languages section of the benchmark (issue 22): a Go-only workspace and a mixed one (Go,
// Python, TypeScript, JavaScript, Rust, shell), each checked in-process and in the real server
// (cold start, keystroke). A Go-only check must load no other grammar.
// Alone: node scripts/bench/langs.mjs [--quick] [--dist DIR] (another build's dist/, for a before/after).
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { backdate, makePlan, rng, writeGoModule } from './generate.mjs';

const require = createRequire(import.meta.url);
const repo = dirname(dirname(dirname(fileURLToPath(import.meta.url))));

const now = () => performance.now();
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const stats = (xs) => ({ median: +median(xs).toFixed(2), min: +Math.min(...xs).toFixed(2), max: +Math.max(...xs).toFixed(2), runs: xs.length });
const row = (label, s) => console.log(`  ${label.padEnd(46)} ${s.median.toFixed(1).padStart(8)} ms  (${s.min.toFixed(1)}–${s.max.toFixed(1)}, n=${s.runs})`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** One function (with a doc comment) per declaration, in each language's syntax. */
const LANGS = {
  py: (name) => [`# ${name} is generated for the benchmark.`, `def ${name}(items, limit=0):`, '    total = 0', '    for i in items:', '        total += i', '    return total'],
  ts: (name) => [`/** ${name} is generated for the benchmark. */`, `export function ${name}(items: number[], limit = 0): number {`, '  let total = 0;', '  for (const i of items) total += i;', '  return total;', '}'],
  js: (name) => [`// ${name} is generated for the benchmark.`, `function ${name}(items, limit = 0) {`, '  let total = 0;', '  for (const i of items) total += i;', '  return total;', '}'],
  rs: (name) => [`/// ${name} is generated for the benchmark.`, `pub fn ${name}(items: &[i64], limit: i64) -> i64 {`, '    let mut total = 0;', '    for i in items { total += i; }', '    total', '}'],
  sh: (name) => [`# ${name} is generated for the benchmark.`, `${name}() {`, '  local total=0', '  for i in "$@"; do total=$((total + i)); done', '  echo "$total"', '}'],
};

/** `n` files per language beside the Go module; their declarations as writeGoModule gives them. */
export function writeMixedModule(dir, n, seed = 3) {
  const rand = rng(seed);
  const files = [];
  for (const [ext, body] of Object.entries(LANGS)) {
    for (let i = 0; i < n; i++) {
      const rel = `${ext}/mod${i % 4}/file${i}.${ext}`;
      const lines = ext === 'sh' ? ['#!/bin/sh', ''] : [''];
      const decls = [];
      for (let d = 0; d < 8; d++) {
        const name = `compute_${ext}_${i}_${d}_${Math.floor(rand() * 1000)}`;
        const fn = body(name);
        decls.push({ name, start: lines.length + 2, end: lines.length + fn.length });
        lines.push(...fn, '');
      }
      mkdirSync(join(dir, dirname(rel)), { recursive: true });
      writeFileSync(join(dir, rel), lines.join('\n'));
      files.push({ rel, lineCount: lines.length, decls });
    }
  }
  return files;
}

/**
 * Where a server's first answer went: spawn to node's clock start, then the server's own marks
 * (core/startmarks.ts, through macroplan/debug/startup), each phase from the mark before.
 */
export const SERVER_PHASES = [
  ['node', 'spawn to node running', null],
  ['bundle', 'bundle loaded (compile, top level)', 'bundle loaded'],
  ['handshake', 'initialize, initialized, didOpen', 'plan opened'],
  ['config', 'config read, grammars started', 'folder ready'],
  ['parse', 'plan parsed (Markdown, model)', 'plan parsed'],
  ['check', 'listing, cited files indexed, rules', 'plan checked'],
  ['publish', 'diagnostics sent', 'first diagnostics sent'],
];

/** A run's phases (ms) from its marks; undefined for a build without macroplan/debug/startup. */
function phasesOf(spawnedAt, startup) {
  if (!startup?.marks) return undefined;
  const out = { node: startup.timeOrigin - spawnedAt };
  let last = 0;
  for (const [key, , mark] of SERVER_PHASES.slice(1)) {
    const at = startup.marks[mark];
    if (at === undefined) return undefined;
    out[key] = at - last;
    last = at;
  }
  return out;
}

/** Median of each phase over runs, printed as rows. */
export function printServerPhases(label, runs) {
  const ok = runs.filter(Boolean);
  if (!ok.length) return undefined;
  const out = {};
  for (const [key, text] of SERVER_PHASES) {
    out[key] = stats(ok.map((r) => r[key]));
    row(`${label}: ${text}`, out[key]);
  }
  return out;
}

/**
 * Starts a build's server, opens the plan; measures spawn to first diagnostics and `runs`
 * keystrokes, and the server's phases to the first. `cache`: the result cache's folder
 * (XDG_CACHE_HOME), or undefined to switch it off. `linger`: ms the session stays up after its
 * last answer (3,500 lets a build with a V8 code cache write it, as a session in an editor does).
 */
export async function serverRun(dist, ws, planPath, text, runs, cache, linger = 0) {
  const rpc = require(join(repo, 'node_modules', 'vscode-jsonrpc', 'node'));
  const spawnedAt = performance.timeOrigin + now();
  const started = now();
  const env = { ...process.env, XDG_CACHE_HOME: cache ?? join(ws, '..', 'no-cache') };
  const proc = spawn(process.execPath, [join(dist, 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env });
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(proc.stdout), new rpc.StreamMessageWriter(proc.stdin));
  const waiters = new Map();
  conn.onNotification('textDocument/publishDiagnostics', (p) => { const w = waiters.get(p.version); if (w) { waiters.delete(p.version); w(p); } });
  conn.onRequest(() => null);
  conn.onNotification(() => undefined);
  conn.listen();
  const uri = pathToFileURL(planPath).href;
  try {
    const settings = cache ? {} : { cache: { enable: false } };
    await conn.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(ws).href, capabilities: {}, workspaceFolders: [{ uri: pathToFileURL(ws).href, name: 'ws' }], initializationOptions: { settings } });
    conn.sendNotification('initialized', {});
    const first = new Promise((r) => waiters.set(1, r));
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await first;
    const cold = now() - started;
    const phases = phasesOf(spawnedAt, await conn.sendRequest('macroplan/debug/startup').catch(() => undefined));
    const mid = Math.floor(text.split('\n').length / 2);
    let version = 1;
    const keys = [];
    for (let i = 0; runs > 0 && i < runs + 2; i++) {
      await sleep(150);
      version++;
      const p = new Promise((r) => waiters.set(version, r));
      const t = now();
      conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line: mid, character: 0 }, end: { line: mid, character: 0 } }, text: 'x' }] });
      await p;
      if (i >= 2) keys.push(now() - t);
    }
    // The answer is kept just after the first publish (off its path): a session ends after that.
    if (cache || linger) await sleep(Math.max(linger, cache ? 300 : 0));
    return { cold, phases, keystroke: keys.length ? stats(keys) : undefined };
  } finally {
    try { await conn.sendRequest('shutdown'); conn.sendNotification('exit'); } catch { /* gone */ }
    setTimeout(() => proc.kill(), 500).unref();
  }
}

/** A plan of `n` lines citing `files`' declarations, one citation every 10 lines. */
export function mixedPlan(files, n, seed = 5) {
  const rand = rng(seed);
  const out = ['# Plan: mixed languages', ''];
  for (let i = 2; i < n; i++) {
    if (i % 10) { out.push(i % 7 ? `Prose line ${i} that explains the design in ordinary words.` : ''); continue; }
    const f = files[Math.floor(rand() * files.length)];
    const d = f.decls[Math.floor(rand() * f.decls.length)];
    out.push(`- \`${d.name}\` sums the items (\`${f.rel}:${d.start}-${d.end}\`).`);
  }
  return out.join('\n');
}

export async function benchLangs({ quick = false, dist = join(repo, 'dist') } = {}) {
  const engine = require(join(dist, 'engine.js'));
  // Builds before and after the workspace became an interface (FileWorkspace its disk host).
  const Workspace = engine.FileWorkspace ?? engine.Workspace;
  const work = mkdtempSync(join(tmpdir(), 'macroplan-bench-langs-'));
  const out = {};
  try {
    // The Go-only workspace is the main bench's; the mixed one adds 40 files of each other language.
    const goWs = join(work, 'go');
    const goFiles = writeGoModule(goWs, 300);
    const mixedWs = join(work, 'mixed');
    const mixed = [...writeGoModule(mixedWs, 60), ...writeMixedModule(mixedWs, 40)];
    const plans = { go: [goWs, makePlan(2000, goFiles).text], mixed: [mixedWs, mixedPlan(mixed, 2000)] };
    for (const [ws, text] of Object.values(plans)) {
      mkdirSync(join(ws, 'docs'), { recursive: true });
      writeFileSync(join(ws, 'docs', `${ws === goWs ? 'go' : 'mixed'}.md`), text);
    }
    backdate(work);
    const runs = quick ? 3 : 8;
    for (const [kind, [ws, text]] of Object.entries(plans)) {
      const path = join(ws, 'docs', `${kind}.md`);
      const config = engine.defaultConfig();
      const xs = [];
      for (let i = 0; i < runs + 1; i++) {
        const t = now();
        await engine.checkDocument(new Workspace({ root: ws }), text, { config, path });
        if (i) xs.push(now() - t);
      }
      out[kind] = { check: stats(xs) };
      row(`${kind}: in-process check, new workspace`, out[kind].check);
      if (kind === 'go' && engine.loadedGrammars) {
        out.goGrammars = engine.loadedGrammars();
        console.log(`  ${'go: grammars loaded'.padEnd(46)} ${out.goGrammars.join(', ')}`);
      }
      // Three kinds of start, interleaved: the result cache off, empty (a folder of its own each
      // time: the answer is computed, then kept) and warm (kept by the run before).
      const colds = [];
      const phases = [];
      const coldCache = [];
      const warmCache = [];
      let keys;
      const warm = join(work, `cache-${kind}`);
      // Sessions that last, as in an editor: the answer is kept (warm) and the server's code cache
      // written, for the rows without the result cache too. The cold rows start from an empty
      // cache folder each time: nothing kept, as the first start after an install.
      await serverRun(dist, ws, path, text, 0, warm, 3500);
      await serverRun(dist, ws, path, text, 0, undefined, 3500);
      for (let i = 0; i < (quick ? 2 : 4); i++) {
        const r = await serverRun(dist, ws, path, text, keys ? 0 : quick ? 5 : 15);
        colds.push(r.cold);
        phases.push(r.phases);
        keys ??= r.keystroke;
        coldCache.push((await serverRun(dist, ws, path, text, 0, join(work, `cache-${kind}-${i}`))).cold);
        warmCache.push((await serverRun(dist, ws, path, text, 0, warm)).cold);
      }
      out[kind].coldStart = stats(colds);
      out[kind].coldStartColdCache = stats(coldCache);
      out[kind].coldStartWarmCache = stats(warmCache);
      out[kind].keystroke = keys;
      row(`${kind}: server first diagnostics, result cache off`, out[kind].coldStart);
      row(`${kind}: server first diagnostics, cold cache (none)`, out[kind].coldStartColdCache);
      row(`${kind}: server first diagnostics, warm cache`, out[kind].coldStartWarmCache);
      row(`${kind}: keystroke to diagnostics, typing pace`, keys);
      out[kind].coldStartPhases = printServerPhases(`${kind}: no cache`, phases);
      // A whole markdownlint-cli2 process on the same plan, timed in this run (under the same load):
      // the yardstick for a start, which the rows above are too.
      const mlBin = join(repo, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
      const ml = [];
      for (let i = 0; i < (quick ? 3 : 5); i++) {
        const t = now();
        try { execFileSync(process.execPath, [mlBin, path], { stdio: 'ignore', cwd: ws }); } catch { /* findings */ }
        ml.push(now() - t);
      }
      out[kind].markdownlintCli2 = stats(ml);
      row(`${kind}: markdownlint-cli2 on the same plan`, out[kind].markdownlintCli2);
      const ratio = (s) => (s.median / out[kind].markdownlintCli2.median).toFixed(2);
      console.log(`    ratio to markdownlint-cli2: ${ratio(out[kind].coldStartColdCache)} (cold cache), ${ratio(out[kind].coldStartWarmCache)} (warm cache)`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--dist');
  const dist = at > 0 ? resolve(process.argv[at + 1]) : join(repo, 'dist');
  console.log(`Languages (dist: ${dist})`);
  const r = await benchLangs({ quick: process.argv.includes('--quick'), dist });
  if (process.argv.includes('--json')) console.log(JSON.stringify(r));
}
