// The cost of history: a generated repository of 500+ commits and a 700-line plan citing it 150
// times, checked by the whole CLI process with and without history. Also runnable alone:
// `node scripts/bench/history.mjs` (after `npm run bundle`).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rng } from './generate.mjs';
import { gitEnv } from './startup.mjs';
import { fastImport, goFile, median, timedNode } from './gitrepo.mjs';

const repoDir = dirname(dirname(dirname(fileURLToPath(import.meta.url))));

/**
 * Builds the repository with git fast-import (one process, well under a second for 500
 * commits): 40 Go files, a plan committed first and edited twice, then commits that insert,
 * edit and delete lines of the Go files.
 */
export function makeHistoryRepo(dir, { commits = 520, citations = 150, planLines = 700 } = {}) {
  const rand = rng(11);
  execFileSync('git', ['init', '-q', '-b', 'main', dir], { env: gitEnv() });
  const files = new Map();
  for (let f = 0; f < 40; f++) files.set(`pkg${f % 8}/file${f}.go`, goFile(`pkg${f % 8}`, 30, rand, f));
  const names = [...files.keys()];
  // The plan: prose lines with 150 citations of whole functions, spread over 700 lines.
  const plan = ['# Bench plan', ''];
  const citeAt = new Set();
  while (citeAt.size < citations) citeAt.add(2 + Math.floor(rand() * (planLines - 2)));
  for (let l = 2; l < planLines; l++) {
    if (citeAt.has(l)) {
      const name = names[Math.floor(rand() * names.length)];
      const fn = Math.floor(rand() * 30);
      const start = 2 + fn * 9 + 2;
      plan.push(`- Step ${l} is done by \`F${name.match(/file(\d+)/)[1]}x${fn}\` (${name}:${start}-${start + 6}).`);
    } else plan.push(l % 10 === 0 ? '' : `Prose line ${l} of the plan, explaining the design.`);
  }
  const { blob, commit, importInto } = fastImport();
  commit(1, 'initial', [...files].map(([p, l]) => blob(p, l.join('\n') + '\n')).join('') + blob('docs/plan.md', plan.join('\n') + '\n'));
  for (let c = 2; c <= commits; c++) {
    const name = names[Math.floor(rand() * names.length)];
    const lines = files.get(name);
    const at = 2 + Math.floor(rand() * (lines.length - 2));
    const r = rand();
    if (r < 0.5) lines.splice(at, 0, `// note ${c}`, `var v${c} = ${c}`, '');
    else if (r < 0.8) lines[at] = lines[at].startsWith('\t') ? `\t_ = ${c} // edited` : lines[at];
    else if (lines[at] === '' ) lines.splice(at, 1);
    let body = blob(name, lines.join('\n') + '\n');
    if (c === 200 || c === 400) {
      // The plan is edited twice: its lines get different baselines.
      for (let k = 0; k < 20; k++) {
        const l = 2 + Math.floor(rand() * (planLines - 2));
        if (!citeAt.has(l)) plan[l] = `Prose line ${l}, revised at commit ${c}.`;
      }
      body += blob('docs/plan.md', plan.join('\n') + '\n');
    }
    commit(c, `change ${c}`, body);
  }
  importInto(dir);
  return { plan: join(dir, 'docs', 'plan.md'), commits, citations, planLines };
}

/** Whole-process time of `macroplan check` on the plan, with and without history (ms, medians). */
export function benchHistory(runs = 5) {
  const work = mkdtempSync(join(tmpdir(), 'macroplan-bench-history-'));
  try {
    const info = makeHistoryRepo(join(work, 'repo'));
    const bin = join(repoDir, 'bin', 'macroplan.js');
    // --no-cache: the check itself, with and without history (a cached answer would skip it).
    const once = (extra) => timedNode([bin, 'check', '--no-cache', '--root', join(work, 'repo'), info.plan, '--format', 'json', ...extra]);
    const mlBin = join(repoDir, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
    const markdownlint = () => {
      const t = performance.now();
      spawnSync(process.execPath, [mlBin, 'docs/plan.md'], { cwd: join(work, 'repo'), env: gitEnv(), encoding: 'utf8' });
      return { ms: performance.now() - t };
    };
    once([]);
    once(['--no-history']);
    markdownlint();
    const withH = [];
    const without = [];
    const ml = [];
    let found;
    for (let i = 0; i < runs; i++) {
      const a = once([]);
      withH.push(a);
      found = JSON.parse(a.out).files[0].diagnostics.filter((d) => d.rule === 'MP009').length;
      without.push(once(['--no-history']));
      ml.push(markdownlint());
    }
    const m = (xs, k) => +median(xs.map((x) => x[k])).toFixed(1);
    return { ...info, withHistoryMs: m(withH, 'ms'), withoutHistoryMs: m(without, 'ms'), overheadMs: +(m(withH, 'ms') - m(without, 'ms')).toFixed(1), withHistoryCpuMs: m(withH, 'cpuMs'), withoutHistoryCpuMs: m(without, 'cpuMs'), cpuOverheadMs: +(m(withH, 'cpuMs') - m(without, 'cpuMs')).toFixed(1), markdownlintMs: m(ml, 'ms'), ratioToMarkdownlint: +(m(withH, 'ms') / m(ml, 'ms')).toFixed(2), mp009: found, runs };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = benchHistory(Number(process.argv[2]) || 5);
  console.log(`History on a ${r.commits}-commit repository, ${r.planLines}-line plan, ${r.citations} citations (${r.mp009} MP009):`);
  console.log(`  wall: with history ${r.withHistoryMs} ms, without ${r.withoutHistoryMs} ms: overhead ${r.overheadMs} ms (must be under 1,000)`);
  console.log(`  CPU (user+sys, git included): with ${r.withHistoryCpuMs} ms, without ${r.withoutHistoryCpuMs} ms: overhead ${r.cpuOverheadMs} ms`);
}
