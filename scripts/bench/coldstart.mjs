// Where a cold start goes, phase by phase, beside markdownlint's same phases: node's own start,
// parsing and compiling the bundles (what a V8 code cache would save), running the bundle's
// top level, the tree-sitter WASM, the workspace's Go listing, the first check of a three-line
// plan in a git repository, and that check again with history. Each phase is timed inside one
// fresh process (`coldstart-phases.cjs`); medians over runs. Also runnable alone:
// `node scripts/bench/coldstart.mjs [runs] [--server-only] [--dist DIR]` (after `npm run bundle`).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gitEnv, tinyWorkspace } from './startup.mjs';
import { backdate, makePlan, writeGoModule } from './generate.mjs';
import { mixedPlan, printServerPhases, serverRun, writeMixedModule } from './langs.mjs';

const repoDir = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const phases = join(dirname(fileURLToPath(import.meta.url)), 'coldstart-phases.cjs');
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };

const ROWS = [
  ['start', 'node start (to the first line of user code)'],
  ['compile_cli', 'parse + compile dist/cli.js (no run)'],
  ['compile_server', 'parse + compile dist/server.js (no run)'],
  ['load', 'load the bundle (require: compile + top level)'],
  ['wasm', 'tree-sitter WASM init'],
  ['index', 'workspace Go listing and suffix index'],
  ['firstCheck', 'first check of a 3-line plan'],
  ['history', 'the same check with history (git)'],
];

export function benchColdStart(runs = 7) {
  const work = mkdtempSync(join(tmpdir(), 'macroplan-bench-coldstart-'));
  try {
    const plan = tinyWorkspace(join(work, 'repo'));
    const git = (...a) => execFileSync('git', a, { cwd: join(work, 'repo'), env: gitEnv(), stdio: 'ignore' });
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-qm', 'tiny');
    const run = (args) => {
      const r = spawnSync(process.execPath, [phases, ...args], { cwd: repoDir, env: gitEnv(), encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`coldstart-phases: ${r.stderr}`);
      return JSON.parse(r.stdout.trim().split('\n').pop());
    };
    const ours = [];
    const theirs = [];
    for (let i = 0; i <= runs; i++) {
      const a = run([join(repoDir, 'dist'), join(work, 'repo'), plan, '--history']);
      const b = run(['--markdownlint', plan]);
      if (i > 0) { ours.push(a); theirs.push(b); } // the first round warms the file cache
    }
    const pick = (xs, k) => (xs.some((x) => x[k] !== undefined) ? +median(xs.map((x) => x[k] ?? 0)).toFixed(1) : undefined);
    const out = { runs };
    for (const [k] of ROWS) out[k] = { macroplan: pick(ours, k), markdownlint: pick(theirs, k) };
    const sum = (side) => ['start', 'load', 'wasm', 'index', 'firstCheck'].reduce((s, k) => s + (out[k][side] ?? 0), 0);
    out.toFirstAnswer = { macroplan: +sum('macroplan').toFixed(1), markdownlint: +sum('markdownlint').toFixed(1) };
    return out;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function printColdStart(r) {
  console.log(`  ${'phase (medians of ' + r.runs + ')'.padEnd(30)}${'macroplan'.padStart(20)}${'markdownlint'.padStart(14)}`);
  const cell = (v) => (v === undefined ? '—' : `${v.toFixed(1)} ms`).padStart(14);
  for (const [k, label] of [...ROWS, ['toFirstAnswer', 'sum: start to the first answer (no history)']]) {
    console.log(`  ${label.padEnd(46)} ${cell(r[k].macroplan)}${cell(r[k].markdownlint)}`);
  }
}

/**
 * The language server's start, phase by phase, to its first diagnostics of a 2,000-line plan in
 * the Go-only and the mixed-language workspace of the languages section (result cache off): the
 * server's own marks (macroplan/debug/startup), medians over fresh processes.
 */
export async function benchServerColdStart(runs = 5, dist = join(repoDir, 'dist')) {
  const work = mkdtempSync(join(tmpdir(), 'macroplan-bench-server-start-'));
  const out = {};
  try {
    const goWs = join(work, 'go');
    const mixedWs = join(work, 'mixed');
    const plans = { go: [goWs, makePlan(2000, writeGoModule(goWs, 300)).text] };
    plans.mixed = [mixedWs, mixedPlan([...writeGoModule(mixedWs, 60), ...writeMixedModule(mixedWs, 40)], 2000)];
    for (const [kind, [ws, text]] of Object.entries(plans)) {
      mkdirSync(join(ws, 'docs'), { recursive: true });
      writeFileSync(join(ws, 'docs', `${kind}.md`), text);
    }
    backdate(work);
    for (const [kind, [ws, text]] of Object.entries(plans)) {
      const results = [];
      // The first run warms the file cache and stays up long enough to write the server's code cache.
      for (let i = 0; i <= runs; i++) {
        const r = await serverRun(dist, ws, join(ws, 'docs', `${kind}.md`), text, 0, undefined, i === 0 ? 3500 : 0);
        if (i > 0) results.push(r);
      }
      out[kind] = printServerPhases(`${kind}`, results.map((r) => r.phases)) ?? {};
      const first = [...results.map((r) => r.cold)].sort((a, b) => a - b)[Math.floor(results.length / 2)];
      out[kind].firstDiagnostics = first;
      // markdownlint's side: a fresh process that loads it and lints the same text.
      const lint = [];
      for (let i = 0; i <= runs; i++) {
        const t = performance.now();
        const r = spawnSync(process.execPath, [phases, '--markdownlint', join(ws, 'docs', `${kind}.md`)], { cwd: repoDir, encoding: 'utf8' });
        if (r.status !== 0) throw new Error(`markdownlint: ${r.stderr}`);
        if (i > 0) lint.push(performance.now() - t);
      }
      out[kind].markdownlint = [...lint].sort((a, b) => a - b)[Math.floor(lint.length / 2)];
      const ratio = (first / out[kind].markdownlint).toFixed(2);
      console.log(`  ${`${kind}: spawn to first diagnostics (client)`.padEnd(46)} ${first.toFixed(1).padStart(8)} ms   markdownlint, fresh process, same text: ${out[kind].markdownlint.toFixed(1)} ms (${ratio}x)`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runs = Number(process.argv[2]) || 7;
  // --server-only: the server's rows alone; --dist DIR: another build's server (a before/after).
  if (!process.argv.includes('--server-only')) {
    console.log('Cold start, phase by phase (one fresh process per run)');
    printColdStart(benchColdStart(runs));
  }
  const at = process.argv.indexOf('--dist');
  const dist = at > 0 ? resolve(process.argv[at + 1]) : join(repoDir, 'dist');
  console.log(`The language server, phase by phase (one fresh server per run, no result cache; dist: ${dist})`);
  await benchServerColdStart(Math.max(3, Math.ceil(runs / 2)), dist);
}
