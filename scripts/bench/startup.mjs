// CLI start-up: what a user pays before any real work, as whole processes (wall and CPU).
// Node alone, `macroplan --version` (the bundle loaded), a three-line plan citing one Go file
// outside a repository and inside one (history runs git), the example workspace (`npm start`'s
// job, inside this repository), and markdownlint-cli2 on the same small file. Also runnable
// alone: `node scripts/bench/startup.mjs [runs]` (after `npm run bundle`).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoDir = dirname(dirname(dirname(fileURLToPath(import.meta.url))));

/** git with no user or system configuration. */
export function gitEnv() {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GIT_')) env[k] = v;
  return { ...env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };

/** A tiny workspace: one Go file and a three-line plan citing it. */
export function tinyWorkspace(dir) {
  mkdirSync(join(dir, 'sim'), { recursive: true });
  writeFileSync(join(dir, 'go.mod'), 'module example.com/tiny\n\ngo 1.22\n');
  writeFileSync(join(dir, 'sim', 'route.go'), 'package sim\n\n// Route picks a target.\nfunc Route(a int) int {\n\treturn a + 1\n}\n');
  writeFileSync(join(dir, 'plan.md'), '# Plan\n\n`Route` at sim/route.go:4-6 picks the target.\n');
  return join(dir, 'plan.md');
}

/** Medians (ms) of wall and CPU (user + system, children included) for each case; runs interleaved. */
export function benchStartup(runs = 10) {
  const work = mkdtempSync(join(tmpdir(), 'macroplan-bench-startup-'));
  try {
    const bin = join(repoDir, 'bin', 'macroplan.js');
    const outside = tinyWorkspace(join(work, 'outside'));
    const inRepo = tinyWorkspace(join(work, 'repo'));
    const git = (...a) => execFileSync('git', a, { cwd: join(work, 'repo'), env: gitEnv(), stdio: 'ignore' });
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-qm', 'tiny');
    const mlBin = join(repoDir, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
    const cases = {
      node: { label: 'node alone (node -e 0)', args: ['-e', '0'] },
      version: { label: 'macroplan --version (bundle loaded)', args: [bin, '--version'] },
      tinyOutside: { label: 'check a 3-line plan, outside a repository', args: [bin, 'check', '--no-cache', '--root', dirname(outside), outside] },
      tinyRepo: { label: 'check a 3-line plan, in a repository (git)', args: [bin, 'check', '--no-cache', '--root', dirname(inRepo), inRepo] },
      example: { label: 'check examples/workspace (npm start)', args: [bin, 'check', '--no-cache', '--root', 'examples/workspace', 'examples/workspace'], cwd: repoDir },
      markdownlint: { label: 'markdownlint-cli2 on the 3-line plan', args: [mlBin, 'plan.md'], cwd: dirname(outside) },
    };
    const timer = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
    const once = (c) => {
      const t = performance.now();
      const r = timer
        ? spawnSync(timer, ['-f', 'CPU %U %S', process.execPath, ...c.args], { cwd: c.cwd ?? work, env: gitEnv(), encoding: 'utf8' })
        : spawnSync(process.execPath, c.args, { cwd: c.cwd ?? work, env: gitEnv(), encoding: 'utf8' });
      const ms = performance.now() - t;
      const cpu = /CPU ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr ?? '');
      return { ms, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN };
    };
    const seen = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
    for (let i = 0; i <= runs; i++) {
      for (const [k, c] of Object.entries(cases)) {
        const r = once(c);
        if (i > 0) seen[k].push(r); // the first round warms the file cache
      }
    }
    const out = {};
    for (const [k, c] of Object.entries(cases)) {
      out[k] = { label: c.label, wallMs: +median(seen[k].map((r) => r.ms)).toFixed(1), cpuMs: +median(seen[k].map((r) => r.cpuMs)).toFixed(1) };
    }
    out.bundleLoadMs = +(out.version.wallMs - out.node.wallMs).toFixed(1);
    out.bundleLoadCpuMs = +(out.version.cpuMs - out.node.cpuMs).toFixed(1);
    out.ratioTinyToMarkdownlint = +(out.tinyOutside.wallMs / out.markdownlint.wallMs).toFixed(2);
    out.runs = runs;
    return out;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Prints what benchStartup measured. */
export function printStartup(r) {
  for (const k of ['node', 'version', 'tinyOutside', 'tinyRepo', 'example', 'markdownlint']) {
    console.log(`  ${r[k].label.padEnd(46)} ${r[k].wallMs.toFixed(1).padStart(8)} ms  (CPU ${r[k].cpuMs.toFixed(1)} ms)`);
  }
  console.log(`  ${'bundle load (--version minus node alone)'.padEnd(46)} ${r.bundleLoadMs.toFixed(1).padStart(8)} ms  (CPU ${r.bundleLoadCpuMs.toFixed(1)} ms)`);
  console.log(`    ratio 3-line plan / markdownlint-cli2: ${r.ratioTinyToMarkdownlint}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runs = Number(process.argv[2]) || 10;
  console.log(`CLI start-up, whole processes (medians of ${runs})`);
  printStartup(benchStartup(runs));
}
