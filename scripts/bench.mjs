// npm run bench [-- --json] [-- --history-server] [-- --history-many] [-- --cli] [-- --startup] [-- --langs] [-- --coldstart] [-- --keystroke] : medians and ratios of what users feel. Plain Node, no test runner.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { backdate, makePlan, writeGoModule } from './bench/generate.mjs';

const require = createRequire(import.meta.url);
// Result caches (server/src/core/resultcache.ts) of every process the bench starts go to a folder
// of its own, never the user's.
const cacheHome = mkdtempSync(join(tmpdir(), 'macroplan-bench-cache-'));
process.env.XDG_CACHE_HOME = cacheHome;
process.on('exit', () => rmSync(cacheHome, { recursive: true, force: true }));
const repo = dirname(dirname(fileURLToPath(import.meta.url)));
const engine = require(join(repo, 'dist', 'engine.js'));
const { lint } = require('markdownlint/sync');
const jsonOut = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const results = {};
// A check outside a repository keeps anchors in the user's cache folder: the bench's go to a temporary one.
if (!process.env.XDG_CACHE_HOME?.includes('macroplan-bench-cache')) {
  process.env.XDG_CACHE_HOME = mkdtempSync(join(tmpdir(), 'macroplan-bench-cache-'));
  process.on('exit', () => rmSync(process.env.XDG_CACHE_HOME, { recursive: true, force: true }));
}
/** A client that registers file watchers, as VS Code does: the server's workspace is then watched (changes reported, nothing stat'ed per check). */
const WATCHING_CLIENT = { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } };

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const stats = (xs) => ({ median: +median(xs).toFixed(2), min: +Math.min(...xs).toFixed(2), max: +Math.max(...xs).toFixed(2), runs: xs.length });
const fmt = (s) => `${s.median.toFixed(1).padStart(8)} ms  (${s.min.toFixed(1)}–${s.max.toFixed(1)}, n=${s.runs})`;
const now = () => performance.now();
/** Times fn; with `selfTimed`, fn returns its own duration (to leave out a pause it takes). */
async function time(fn, runs, warmup = 2, selfTimed = false) {
  for (let i = 0; i < warmup; i++) await fn(i);
  const xs = [];
  for (let i = 0; i < runs; i++) {
    const t = now();
    const own = await fn(i + warmup);
    xs.push(selfTimed ? own : now() - t);
  }
  return stats(xs);
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function row(label, s, extra = '') { console.log(`  ${label.padEnd(46)} ${fmt(s)} ${extra}`); }

/** The whole CLI process on the workspace's 2,000-line plan: without history, with history from anchors (no repository), each without and with a warm cache, beside markdownlint-cli2. */
async function cliRows(ws) {
  console.log('\nWhole process on the 2,000-line plan');
  const plan2000 = join(ws, 'docs', 'plans', 'bench-2000-macro-plan.md');
  const runCli = (...extra) => () => { try { execFileSync(process.execPath, [join(repo, 'bin', 'macroplan.js'), 'check', '--root', ws, plan2000, '--format', 'json', ...extra], { stdio: 'ignore' }); } catch { /* exit 1: findings */ } };
  // The workspace is in no repository: history follows citations from their anchors.
  const cli = await time(runCli('--no-history', '--no-cache'), quick ? 3 : 5, 1);
  row('macroplan check --no-history --no-cache', cli);
  // The first (warm-up) run keeps the answer; the timed ones read it.
  const cliWarm = await time(runCli('--no-history'), quick ? 3 : 5, 1);
  row('macroplan check --no-history, warm cache', cliWarm);
  const cliAnchors = await time(runCli('--no-cache'), quick ? 3 : 5, 1);
  row('macroplan check (history from anchors) --no-cache', cliAnchors);
  // Warmed by the runs above (they wrote the anchors) and this row's own warm-up run.
  const cliAnchorsWarm = await time(runCli(), quick ? 3 : 5, 2);
  row('macroplan check (history from anchors), warm cache', cliAnchorsWarm);
  const mlBin = join(repo, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
  const runMl = () => { try { execFileSync(process.execPath, [mlBin, plan2000], { stdio: 'ignore', cwd: ws }); } catch { /* findings */ } };
  const mlc = await time(runMl, quick ? 3 : 5, 1);
  row('markdownlint-cli2', mlc);
  const cli2000 = { macroplan: cli, macroplanWarmCache: cliWarm, macroplanAnchors: cliAnchors, macroplanAnchorsWarmCache: cliAnchorsWarm, markdownlintCli2: mlc, ratio: +(cli.median / mlc.median).toFixed(2), ratioWarmCache: +(cliWarm.median / mlc.median).toFixed(2), ratioAnchorsWarmCache: +(cliAnchorsWarm.median / mlc.median).toFixed(2) };
  console.log(`    ratio: ${cli2000.ratio} (no cache), ${cli2000.ratioWarmCache} (warm cache), ${cli2000.ratioAnchorsWarmCache} (history from anchors, warm cache)`);
  return cli2000;
}

// `--cli`: only the whole-process rows on the 2,000-line plan (quick to repeat).
if (process.argv.includes('--cli')) {
  const dir = mkdtempSync(join(tmpdir(), 'macroplan-bench-'));
  try {
    const ws = join(dir, 'ws');
    const files = writeGoModule(ws, 300);
    mkdirSync(join(ws, 'docs', 'plans'), { recursive: true });
    writeFileSync(join(ws, 'docs', 'plans', 'bench-2000-macro-plan.md'), makePlan(2000, files, 2000).text);
    backdate(ws);
    await cliRows(ws);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.exit(0);
}

// `--startup`: only the CLI start-up section (quick to repeat).
if (process.argv.includes('--startup')) {
  const { benchStartup, printStartup } = await import('./bench/startup.mjs');
  console.log('CLI start-up, whole processes');
  printStartup(benchStartup(quick ? 3 : 10));
  process.exit(0);
}

// `--langs`: only the languages section: a Go-only and a mixed-language workspace (quick to repeat).
if (process.argv.includes('--langs')) {
  const { benchLangs } = await import('./bench/langs.mjs');
  console.log('Languages: Go-only and mixed workspaces');
  await benchLangs({ quick });
  process.exit(0);
}

// `--coldstart`: only the cold-start breakdown (quick to repeat).
if (process.argv.includes('--coldstart')) {
  const { benchColdStart, benchServerColdStart, printColdStart } = await import('./bench/coldstart.mjs');
  console.log('Cold start, phase by phase (one fresh process per run)');
  printColdStart(benchColdStart(quick ? 3 : 7));
  console.log('The language server, phase by phase (one fresh server per run, no result cache)');
  await benchServerColdStart(quick ? 3 : 5);
  process.exit(0);
}

// `--history-many`: only the 150-plan history section (with and without history, markdownlint-cli2 beside).
if (process.argv.includes('--history-many')) {
  const { benchManyPlans, printManyPlans } = await import('./bench/history-many.mjs');
  console.log('History on 150 plans: whole process, with and without (a linear history, then branches merged)');
  printManyPlans(benchManyPlans(quick ? 1 : 3));
  printManyPlans(benchManyPlans(quick ? 1 : 3, { merges: true }));
  process.exit(0);
}

// `--keystroke`: only the 2,000-line plan's keystroke, in process and in the language server, beside markdownlint (quick to repeat).
if (process.argv.includes('--keystroke')) {
  const work = mkdtempSync(join(tmpdir(), 'macroplan-bench-'));
  try {
    const ws = join(work, 'ws');
    const files = writeGoModule(ws, 300);
    mkdirSync(join(ws, 'docs', 'plans'), { recursive: true });
    const { text } = makePlan(2000, files, 2000);
    const path = join(ws, 'docs', 'plans', 'bench-2000-macro-plan.md');
    writeFileSync(path, text);
    await engine.goParser();
    const config = engine.defaultConfig();
    const runs = quick ? 10 : 40;
    const mid = Math.floor(text.length / 2);
    const edited = (i) => text.slice(0, mid) + 'x'.repeat(i % 7) + text.slice(mid);
    const w = new engine.FileWorkspace({ root: ws });
    const cache = new engine.ParseCache();
    const watched = new engine.FileWorkspace({ root: ws, watched: true });
    const reuse = new engine.CheckReuse();
    // Interleaved, so the machine's load falls on each alike.
    const xs = { warm: [], keystroke: [], ml: [] };
    for (let i = 0; i < runs + 3; i++) {
      let t = now();
      await engine.checkDocument(w, edited(i), { config, path, model: engine.buildModel(edited(i), cache) });
      const a = now() - t;
      t = now();
      await engine.checkDocument(watched, edited(i), { config, path, reuse });
      const b = now() - t;
      t = now();
      lint({ strings: { plan: edited(i) } });
      const c = now() - t;
      if (i >= 3) { xs.warm.push(a); xs.keystroke.push(b); xs.ml.push(c); }
    }
    const [warm, keystroke, ml] = [stats(xs.warm), stats(xs.keystroke), stats(xs.ml)];
    console.log('In process, 2,000-line plan');
    row('warm after an edit (unchanged chunks reused)', warm);
    row('keystroke: edit re-checked with reuse, watched', keystroke);
    row('markdownlint lint of the same text', ml);
    console.log(`    ratio ours/markdownlint: ${(warm.median / ml.median).toFixed(3)} (warm), ${(keystroke.median / ml.median).toFixed(3)} (keystroke, target <= 0.03)`);
    console.log('Language server over stdio');
    await benchServer(ws, path, text, quick, { keystrokeOnly: true });
    console.log('  a client registering file watchers (as VS Code does):');
    await benchServer(ws, path, text, quick, { watchers: true, keystrokeOnly: true });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  process.exit(0);
}

// `--history-server`: only the language-server history section (quick to repeat).
if (process.argv.includes('--history-server')) {
  console.log('History in the language server');
  await benchHistoryServer(quick);
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'macroplan-bench-'));
try {
  const t0 = now();
  const ws = join(work, 'ws');
  const files = writeGoModule(ws, 300);
  mkdirSync(join(ws, 'docs', 'plans'), { recursive: true });
  const plans = {};
  for (const n of [500, 2000, 8000]) {
    plans[n] = makePlan(n, files, n);
    writeFileSync(join(ws, 'docs', 'plans', `bench-${n}-macro-plan.md`), plans[n].text);
  }
  backdate(ws);
  console.log(`inputs: Go module of ${files.length} files, plans of 500/2,000/8,000 lines (${(now() - t0).toFixed(0)} ms to generate)\n`);

  // --- in-process check ---
  console.log('In-process check (engine only, same process as markdownlint)');
  const config = engine.defaultConfig();
  let t = now();
  await engine.goParser();
  results.wasmLoadMs = +(now() - t).toFixed(2);
  console.log(`  ${'tree-sitter WASM load (once per process)'.padEnd(46)} ${results.wasmLoadMs.toFixed(1).padStart(8)} ms`);
  results.check = {};
  for (const n of [500, 2000, 8000]) {
    const { text, citations } = plans[n];
    const path = join(ws, 'docs', 'plans', `bench-${n}-macro-plan.md`);
    const runs = quick ? 3 : n === 8000 ? 5 : 10;
    const cold = await time(async () => {
      const w = new engine.FileWorkspace({ root: ws });
      await engine.checkDocument(w, text, { config, path });
    }, runs, 1);
    const w = new engine.FileWorkspace({ root: ws });
    const cache = new engine.ParseCache();
    const mid = Math.floor(text.length / 2);
    const edited = (i) => text.slice(0, mid) + 'x'.repeat(i % 7) + text.slice(mid);
    const full = await time(async (i) => { await engine.checkDocument(w, edited(i), { config, path }); }, runs);
    const warm = await time(async (i) => { await engine.checkDocument(w, edited(i), { config, path, model: engine.buildModel(edited(i), cache) }); }, runs);
    // The keystroke as the language server checks it: a watched workspace (changes reported by
    // file watchers) and what the previous version's check left (CheckOptions.reuse).
    const watched = new engine.FileWorkspace({ root: ws, watched: true });
    const reuse = new engine.CheckReuse();
    const keystroke = await time(async (i) => { await engine.checkDocument(watched, edited(i), { config, path, reuse }); }, runs);
    const ml = await time(() => { lint({ strings: { plan: text } }); }, runs);
    const res = await engine.checkDocument(w, text, { config, path });
    const nRules = engine.rules.length;
    console.log(`  ${n} lines, ${citations} citations, ${nRules} rules, ${res.diagnostics.length} findings`);
    row('  cold (new workspace: file reads + parses)', cold);
    row('  warm, whole document re-parsed', full);
    row('  warm after an edit (unchanged chunks reused)', warm);
    row('  keystroke: edit re-checked with reuse, watched', keystroke);
    row('  markdownlint lint of the same text', ml);
    const ratio = +(warm.median / ml.median).toFixed(2);
    const ratioFull = +(full.median / ml.median).toFixed(2);
    const ratioKeystroke = +(keystroke.median / ml.median).toFixed(3);
    console.log(`    ratio ours/markdownlint: ${ratio} (incremental), ${ratioFull} (whole re-parse), ${ratioKeystroke} (keystroke, target <= 0.03)`);
    results.check[n] = { citations, rules: nRules, cold, warmFull: full, warmIncremental: warm, keystroke, markdownlint: ml, ratio, ratioFull, ratioKeystroke };
  }

  // --- Go index ---
  console.log('\nGo index');
  results.goIndex = {};
  {
    const w = new engine.FileWorkspace({ root: ws });
    const rels = files.map((f) => f.rel);
    const per = await time(async (i) => { await w.load(join(ws, rels[(i * 7) % rels.length])); }, Math.min(100, rels.length - 5), 3);
    row('lazy load + parse of one cited file (~60 lines)', per);
    results.goIndex.perFile = per;
  }
  for (const n of quick ? [1000] : [1000, 10000]) {
    const big = join(work, `ws${n}`);
    const bigModule = writeGoModule(big, n, n);
    const s = await time(async () => {
      const w = new engine.FileWorkspace({ root: big });
      await w.goFiles();
      await w.resolve('sub3/file3.go');
    }, 3, 1);
    row(`workspace listing + suffix index, ${n} files`, s);
    results.goIndex[`listing${n}`] = s;
    if (n === 10000) {
      try {
        results.goIndex.server10000 = await benchBigWorkspace(big, bigModule);
      } catch (e) {
        console.log(`  10,000-file server run skipped: ${e.message}`);
      }
    }
  }
  results.inProcessPeakRssMb = +(process.resourceUsage().maxRSS / 1024).toFixed(1);
  console.log(`  peak RSS of this process so far: ${results.inProcessPeakRssMb} MB`);

  // --- large and hostile inputs: the sizes the unit tests' hang guards use, timed here (after the
  // RSS reading above, which they would inflate) ---
  console.log('\nLarge and hostile inputs (in process)');
  results.hostile = await benchHostile(work, quick);

  // --- language server over stdio ---
  console.log('\nLanguage server over stdio (2,000-line plan)');
  try {
    results.lsp = await benchServer(ws, join(ws, 'docs', 'plans', 'bench-2000-macro-plan.md'), plans[2000].text, quick);
    console.log('  a client registering file watchers (as VS Code does):');
    results.lspWatched = await benchServer(ws, join(ws, 'docs', 'plans', 'bench-2000-macro-plan.md'), plans[2000].text, quick, { watchers: true, keystrokeOnly: true });
  } catch (e) {
    console.log(`  skipped: ${e.message}`);
  }

  // --- languages: a Go-only and a mixed-language workspace ---
  console.log('\nLanguages: Go-only and mixed workspaces');
  try {
    const { benchLangs } = await import('./bench/langs.mjs');
    results.langs = await benchLangs({ quick });
  } catch (e) {
    console.log(`  skipped: ${e.message}`);
  }

  // --- CLI start-up ---
  console.log('\nCLI start-up, whole processes');
  try {
    const { benchStartup, printStartup } = await import('./bench/startup.mjs');
    results.startup = benchStartup(quick ? 3 : 10);
    printStartup(results.startup);
  } catch (e) {
    console.log(`  skipped: ${e.message}`);
  }

  console.log('\nCold start, phase by phase (one fresh process per run)');
  try {
    const { benchColdStart, benchServerColdStart, printColdStart } = await import('./bench/coldstart.mjs');
    results.coldStart = benchColdStart(quick ? 3 : 7);
    printColdStart(results.coldStart);
    console.log('  the language server (no result cache):');
    results.serverColdStart = await benchServerColdStart(quick ? 3 : 5);
  } catch (e) {
    console.log(`  skipped: ${e.message}`);
  }

  // --- whole CLI process ---
  results.cli = await cliRows(ws);

  // --- many plans: worker threads (check --jobs) ---
  console.log('\nWhole process on 24 plans of 500 lines (worker threads)');
  {
    const many = join(ws, 'docs', 'many');
    mkdirSync(many, { recursive: true });
    for (let i = 0; i < 24; i++) writeFileSync(join(many, `plan-${i}-macro-plan.md`), makePlan(500, files, 100 + i).text);
    backdate(many);
    const runMany = (extra) => () => { try { execFileSync(process.execPath, [join(repo, 'bin', 'macroplan.js'), 'check', '--root', ws, '--no-history', '--format', 'json', ...extra, many], { stdio: 'ignore' }); } catch { /* findings */ } };
    const runs = quick ? 2 : 4;
    const one = await time(runMany(['--no-cache', '--jobs', '1']), runs, 1);
    row('macroplan check --jobs 1 (in process)', one);
    const auto = await time(runMany(['--no-cache']), runs, 1);
    row('macroplan check (threads chosen)', auto);
    const warm = await time(runMany([]), runs, 1);
    row('macroplan check, warm cache', warm);
    const mlMany = await time(() => { try { execFileSync(process.execPath, [mlBin, 'docs/many/*.md'], { stdio: 'ignore', cwd: ws }); } catch { /* findings */ } }, runs, 1);
    row('markdownlint-cli2 on the same files', mlMany);
    results.cliMany = { jobs1: one, auto, warmCache: warm, markdownlintCli2: mlMany, ratio: +(auto.median / mlMany.median).toFixed(2), ratioJobs1: +(one.median / mlMany.median).toFixed(2), ratioWarmCache: +(warm.median / mlMany.median).toFixed(2) };
    console.log(`    ratio to markdownlint-cli2: ${results.cliMany.ratio} (threads), ${results.cliMany.ratioJobs1} (--jobs 1), ${results.cliMany.ratioWarmCache} (warm cache)`);
  }
  // --- history: whole CLI process with and without git history ---
  console.log('\nHistory: whole process, with and without (MP009)');
  try {
    const { benchHistory } = await import('./bench/history.mjs');
    const hist = benchHistory(quick ? 3 : 5);
    results.history = hist;
    console.log(`  ${hist.commits}-commit repository, ${hist.planLines}-line plan, ${hist.citations} citations (${hist.mp009} MP009)`);
    console.log(`  ${'macroplan check, with history'.padEnd(46)} ${hist.withHistoryMs.toFixed(1).padStart(8)} ms`);
    console.log(`  ${'macroplan check --no-history'.padEnd(46)} ${hist.withoutHistoryMs.toFixed(1).padStart(8)} ms`);
    console.log(`  ${'markdownlint-cli2 on the same plan'.padEnd(46)} ${hist.markdownlintMs.toFixed(1).padStart(8)} ms`);
    console.log(`  ${'overhead of history (limit 1,000 ms)'.padEnd(46)} ${hist.overheadMs.toFixed(1).padStart(8)} ms`);
    console.log(`  ${'CPU overhead (user+sys, git included)'.padEnd(46)} ${hist.cpuOverheadMs.toFixed(1).padStart(8)} ms`);
    console.log(`    ratio to markdownlint-cli2 (with history): ${hist.ratioToMarkdownlint}`);
  } catch (e) {
    console.log(`  skipped: ${e.message}`);
  }
  console.log('\nHistory on 150 plans: whole process, with and without');
  try {
    const { benchManyPlans, printManyPlans } = await import('./bench/history-many.mjs');
    results.historyMany = benchManyPlans(quick ? 1 : 3);
    printManyPlans(results.historyMany);
    results.historyManyMerges = benchManyPlans(quick ? 1 : 3, { merges: true });
    printManyPlans(results.historyManyMerges);
  } catch (e) {
    console.log(`  skipped: ${e.message}`);
  }
  console.log('\nHistory in the language server (same repository and plan)');
  try {
    results.historyServer = await benchHistoryServer(quick);
  } catch (e) {
    console.log(`  skipped: ${e.message}`);
  }
  console.log(`\ntotal bench time ${((now() - t0) / 1000).toFixed(1)} s`);
  if (jsonOut) {
    const file = join(repo, `bench-results.json`);
    writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), node: process.version, ...results }, null, 2));
    console.log(`wrote ${file}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * Linear-time paths on inputs big enough that a quadratic version would take minutes: the unit
 * tests only guard these against hangs (mocha timeouts); their speed is read here.
 */
async function benchHostile(work, quick) {
  const out = {};
  const runs = quick ? 1 : 3;
  const dir = join(work, 'hostile');
  mkdirSync(dir, { recursive: true });
  const config = engine.defaultConfig();
  // A 4 MB Go file: tree-sitter parse, lexing and indexing (test/unit/golex.test.ts lexes it).
  const unit = 'func F(x int) int { return x /* c */ + 0x1F } // done\nvar s = `raw\nraw` + "str\\"" + \'r\'\n';
  writeFileSync(join(dir, 'big.go'), 'package big\n' + unit.repeat(Math.ceil(4_000_000 / unit.length)));
  out.load4MbGo = await time(async () => { await new engine.FileWorkspace({ root: dir, maxFileSize: 10_000_000 }).load(join(dir, 'big.go')); }, runs, 1);
  row('load a 4 MB Go file (parse, lex, index)', out.load4MbGo);
  // One 1 MB line of near-citations, and a 1 MB paragraph of citations (test/unit/citations.test.ts).
  const near = 'a.go:1,'.repeat(Math.ceil(1_000_000 / 7));
  out.modelNearCitations = await time(() => { engine.buildModel(near); }, runs, 1);
  row('model of a 1 MB line of near-citations', out.modelNearCitations);
  const para = 'a.go:1 '.repeat(Math.ceil(1_000_000 / 7));
  out.modelCitationParagraph = await time(() => { engine.buildModel(para); }, runs, 1);
  row('model of a 1 MB paragraph of citations', out.modelCitationParagraph);
  // 10,000 citations of 1,000,000 lines each of a 1,050,000-line file (test/unit/rules-scale.test.ts).
  writeFileSync(join(dir, 'wide.go'), 'package big\nfunc Other() {}\n' + '\n'.repeat(999_999) + 'func Use(x int) int {\n' + '\tx++\n'.repeat(50_000) + '\treturn x\n}\n');
  const wide = `${'wide.go:3-1000001 '.repeat(5_000)}\n\n${'`Use` at wide.go:2-1000001, '.repeat(5_000)}\n`;
  out.wideCitations = await time(async () => { await engine.checkDocument(new engine.FileWorkspace({ root: dir, maxFileSize: 10_000_000 }), wide, { config }); }, runs, 1);
  row('10,000 wide citations of a 1,050,000-line file', out.wideCitations);
  return out;
}

/**
 * Starts the real server on stdio, initialises it on `ws` (with `settings` as initialization
 * options) and opens `text`; resolves at its first diagnostics. `listeners` see every publish.
 */
async function openInServer(ws, planPath, text, settings, capabilities = {}) {
  const rpc = require('vscode-jsonrpc/node');
  const started = now();
  const proc = spawn(process.execPath, [join(repo, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(proc.stdout), new rpc.StreamMessageWriter(proc.stdin));
  const waiters = new Map();
  const listeners = new Set();
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    for (const l of listeners) l(p);
    const w = waiters.get(p.version);
    if (w) { waiters.delete(p.version); w(p); }
  });
  conn.onRequest(() => null);
  conn.onNotification(() => undefined);
  conn.listen();
  const uri = pathToFileURL(planPath).href;
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(ws).href, capabilities, workspaceFolders: [{ uri: pathToFileURL(ws).href, name: 'ws' }], initializationOptions: settings ? { settings } : undefined });
  conn.sendNotification('initialized', {});
  const first = new Promise((r) => waiters.set(1, r));
  conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const stop = async () => {
    try { await withTimeout(conn.sendRequest('shutdown'), 5000, 'shutdown'); conn.sendNotification('exit'); } finally { setTimeout(() => proc.kill(), 500).unref(); }
  };
  return { conn, waiters, listeners, uri, started, first, stop };
}

/** A 10,000-file workspace: first diagnostics, hovers sent while the listing is built, server RSS. */
async function benchBigWorkspace(ws, files) {
  mkdirSync(join(ws, 'docs', 'plans'), { recursive: true });
  const planPath = join(ws, 'docs', 'plans', 'big-macro-plan.md');
  const text = makePlan(300, files, 7).text;
  writeFileSync(planPath, text);
  const s = await openInServer(ws, planPath, text);
  const out = {};
  try {
    const lines = text.split('\n');
    const citeLine = lines.findIndex((l) => l.includes('.go:'));
    const pos = { textDocument: { uri: s.uri }, position: { line: citeLine, character: lines[citeLine].indexOf('.go:') - 3 } };
    const hovers = [];
    let done = false;
    s.first.then(() => { done = true; });
    // Hovers while the first check lists the workspace: none may wait behind it.
    while (!done && hovers.length < 50) {
      const t = now();
      await s.conn.sendRequest('textDocument/hover', pos);
      hovers.push(now() - t);
    }
    await withTimeout(s.first, 60000, 'first diagnostics');
    out.firstDiagnosticsMs = +(now() - s.started).toFixed(1);
    out.hoverDuringIndex = stats(hovers.length ? hovers : [0]);
    console.log(`  ${'10,000 files: spawn to first diagnostics'.padEnd(46)} ${out.firstDiagnosticsMs.toFixed(1).padStart(8)} ms`);
    row('10,000 files: hover while the first check runs', out.hoverDuringIndex);
    const mem = await s.conn.sendRequest('macroplan/debug/memory');
    out.serverRssMb = +(mem.rss / 1048576).toFixed(1);
    console.log(`  ${'10,000 files: server RSS'.padEnd(46)} ${out.serverRssMb.toFixed(1).padStart(8)} MB`);
  } finally {
    await s.stop();
  }
  return out;
}

/** Spawn to first diagnostics of a fresh server, `runs` times (`settings`: its initialization options). */
async function firstDiagnostics(ws, planPath, text, runs, settings) {
  const xs = [];
  for (let i = 0; i < runs; i++) {
    const s = await openInServer(ws, planPath, text, settings);
    try {
      await withTimeout(s.first, 20000, 'first diagnostics');
      xs.push(now() - s.started);
      // The answer is kept just after the first publish (off its path).
      await sleep(300);
    } finally {
      await s.stop();
    }
  }
  return stats(xs);
}

async function benchServer(ws, planPath, text, quick, { watchers = false, keystrokeOnly = false } = {}) {
  // The first start of the bench finds the result cache empty (it keeps the answer); the
  // rows after the session: with the cache off, and with the answer it kept.
  const { conn, waiters, uri, started, first, stop } = await openInServer(ws, planPath, text, undefined, watchers ? WATCHING_CLIENT : {});
  const out = {};
  try {
    await withTimeout(first, 20000, 'first diagnostics');
    out.coldStartMs = +(now() - started).toFixed(1);
    // The session with watchers comes second: the result cache holds the first session's answer.
    const label = watchers ? 'start: spawn to first diagnostics (warm cache)' : 'cold start: spawn to first diagnostics (cold cache)';
    console.log(`  ${label.padEnd(46)} ${out.coldStartMs.toFixed(1).padStart(8)} ms`);
    let version = 1;
    const lines = text.split('\n');
    const mid = Math.floor(lines.length / 2);
    const edit = async () => {
      version++;
      const p = new Promise((r) => waiters.set(version, r));
      conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line: mid, character: 0 }, end: { line: mid, character: 0 } }, text: 'x' }] });
      await withTimeout(p, 10000, 'diagnostics after edit');
    };
    // Typing pace: a keystroke every ~150 ms, as people type; back to back: the next edit right
    // after the previous diagnostics, which the debounce treats as a burst.
    const typed = await time(async () => { await sleep(150); const t = now(); await edit(); return now() - t; }, quick ? 5 : 20, 3, true);
    row('keystroke to diagnostics, typing pace', typed);
    out.keystroke = typed;
    // markdownlint's in-process lint of the same text, timed here (the same load as the keystrokes above).
    const ml = await time(() => { lint({ strings: { plan: text } }); }, quick ? 5 : 20, 2);
    row('markdownlint lint of the same text (in process)', ml);
    out.markdownlint = ml;
    out.keystrokeRatio = +(typed.median / ml.median).toFixed(3);
    console.log(`    ratio keystroke/markdownlint: ${out.keystrokeRatio} (target <= 0.03)`);
    if (keystrokeOnly) return out;
    const burst = await time(edit, quick ? 5 : 20, 3);
    row('keystroke to diagnostics, back to back', burst);
    out.keystrokeBackToBack = burst;
    const citeLine = lines.findIndex((l, i) => i > mid && l.includes('.go:') && l.includes('**'));
    const col = lines[citeLine].indexOf('.go:') - 3;
    const pos = { textDocument: { uri }, position: { line: citeLine, character: col } };
    out.hover = await time(() => conn.sendRequest('textDocument/hover', pos), quick ? 5 : 30, 3);
    row('hover on a citation', out.hover);
    out.definition = await time(() => conn.sendRequest('textDocument/definition', pos), quick ? 5 : 30, 3);
    row('go to definition', out.definition);
    out.completion = await time(() => conn.sendRequest('textDocument/completion', pos), quick ? 5 : 30, 3);
    row('completion inside a citation', out.completion);
    try {
      const mem = await conn.sendRequest('macroplan/debug/memory');
      out.serverRssMb = +(mem.rss / 1048576).toFixed(1);
      console.log(`  ${'server RSS after the session'.padEnd(46)} ${out.serverRssMb.toFixed(1).padStart(8)} MB`);
    } catch { /* debug request not there */ }
  } finally {
    await stop();
  }
  out.coldStartNoCache = await firstDiagnostics(ws, planPath, text, quick ? 2 : 4, { cache: { enable: false } });
  row('cold start: spawn to first diagnostics, no cache', out.coldStartNoCache);
  out.coldStartWarmCache = await firstDiagnostics(ws, planPath, text, quick ? 2 : 4);
  row('cold start: spawn to first diagnostics, warm cache', out.coldStartWarmCache);
  return out;
}

/**
 * Keystroke to diagnostics in a git workspace with history off and on (the first publish of each
 * version must not wait for git: history answers it from memory), and keystroke to MP009.
 */
async function benchHistoryServer(quick) {
  const { makeHistoryRepo } = await import('./bench/history.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'macroplan-bench-history-server-'));
  const out = {};
  try {
    const { plan } = makeHistoryRepo(join(dir, 'repo'));
    const text = readFileSync(plan, 'utf8');
    const lines = text.split('\n');
    const mid = Math.floor(lines.length / 2);
    for (const enable of [false, true]) {
      const s = await openInServer(join(dir, 'repo'), plan, text, { history: { enable } });
      try {
        await withTimeout(s.first, 30000, 'first diagnostics');
        const key = enable ? 'on' : 'off';
        if (enable) {
          // The first history answer (blame, diffs, old parses): open to MP009.
          const t = now();
          await withTimeout(new Promise((r) => { const l = (p) => { if (p.diagnostics.some((d) => d.code === 'MP009')) { s.listeners.delete(l); r(); } }; s.listeners.add(l); }), 60000, 'MP009');
          out.firstHistoryMs = +(now() - s.started).toFixed(1);
          console.log(`  ${'spawn to MP009 (cold history)'.padEnd(46)} ${out.firstHistoryMs.toFixed(1).padStart(8)} ms  (${(now() - t).toFixed(0)} ms after the first publish)`);
        }
        let version = 1;
        const edit = async (waitHistory) => {
          version++;
          const v = version;
          const t = now();
          const p = new Promise((r) => s.waiters.set(v, r));
          let toHistory;
          const second = waitHistory ? new Promise((r) => { const l = (x) => { if (x.version === v && x.diagnostics.some((d) => d.code === 'MP009')) { s.listeners.delete(l); toHistory = now() - t; r(); } }; s.listeners.add(l); }) : undefined;
          s.conn.sendNotification('textDocument/didChange', { textDocument: { uri: s.uri, version: v }, contentChanges: [{ range: { start: { line: mid, character: 0 }, end: { line: mid, character: 0 } }, text: 'x' }] });
          await withTimeout(p, 10000, 'diagnostics after edit');
          const ms = now() - t;
          if (second) await withTimeout(second, 20000, 'MP009 after edit');
          return waitHistory ? toHistory : ms;
        };
        // Typing pace, as in the main server bench: a keystroke 150 ms after the previous one's diagnostics.
        out[key] = await time(async () => { await sleep(150); return edit(false); }, quick ? 5 : 20, 3, true);
        row(`keystroke to diagnostics, history ${key}`, out[key]);
        if (enable) {
          // A keystroke: how long until its version's diagnostics carry MP009 (answered from the
          // session's memory, so the first publish already does).
          out.keystrokeToHistory = await time(() => edit(true), quick ? 3 : 8, 1, true);
          row('keystroke to MP009 (first publish, from memory)', out.keystrokeToHistory);
        }
      } finally {
        await s.stop();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

function withTimeout(p, ms, what) {
  let timer;
  const expire = new Promise((_, rej) => { timer = setTimeout(() => rej(new Error(`timed out waiting for ${what}`)), ms); });
  return Promise.race([p, expire]).finally(() => clearTimeout(timer));
}
