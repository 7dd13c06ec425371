// History on many plans: a generated repository of 150 plans (written at different commits,
// some edited later) citing 60 Go files that later commits edit, grow, shrink and move, checked
// by the whole CLI process with and without history, beside markdownlint-cli2 on the same plans.
// Also runnable alone: `node scripts/bench/history-many.mjs [runs]` (after `npm run bundle`).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { backdate, rng } from './generate.mjs';
import { gitEnv } from './startup.mjs';
import { makeMergedPlansRepo } from './history-merges.mjs';
import { fastImport, goFile, median, planText, timedNode } from './gitrepo.mjs';

const repoDir = dirname(dirname(dirname(fileURLToPath(import.meta.url))));

/**
 * Builds the repository with git fast-import: 60 Go files; 150 plans, a third committed with the
 * code, the rest added between later commits (each citing the code as it was then), 30 of them
 * edited afterwards; 400 commits that insert, edit and delete lines and move 12 files.
 */
export function makeManyPlansRepo(dir, { plans = 150, citationsPerPlan = 12, commits = 400 } = {}) {
  const rand = rng(23);
  execFileSync('git', ['init', '-q', '-b', 'main', dir], { env: gitEnv() });
  const files = new Map();
  for (let f = 0; f < 60; f++) files.set(`pkg${f % 10}/file${f}.go`, goFile(`pkg${f % 10}`, 20, rand, f, 'G'));
  const planRevision = new Map();
  const { blob, commit, importInto } = fastImport();
  const writePlan = (k) => {
    const rev = (planRevision.get(k) ?? 0) + 1;
    planRevision.set(k, rev);
    return blob(`docs/plans/plan-${k}.md`, planText(k, files, rand, citationsPerPlan, rev));
  };
  let body = [...files].map(([p, l]) => blob(p, l.join('\n') + '\n')).join('');
  for (let k = 0; k < plans / 3; k++) body += writePlan(k);
  commit(1, 'initial', body);
  let nextPlan = Math.floor(plans / 3);
  let moves = 0;
  for (let c = 2; c <= commits; c++) {
    const names = [...files.keys()];
    const name = names[Math.floor(rand() * names.length)];
    const lines = files.get(name);
    const at = 2 + Math.floor(rand() * (lines.length - 2));
    const r = rand();
    body = '';
    if (r < 0.03 && moves < 12) {
      // A move: the file goes to another package folder, its text unchanged.
      const to = name.replace(/^pkg\d+/, `moved${moves++}`);
      files.delete(name);
      files.set(to, lines);
      body += `R ${name} ${to}\n`;
    } else {
      if (r < 0.5) lines.splice(at, 0, `// note ${c}`, `var v${c} = ${c}`, '');
      else if (r < 0.8) lines[at] = lines[at].startsWith('\t') ? `\t_ = ${c} // edited` : lines[at];
      else if (lines[at] === '') lines.splice(at, 1);
      body += blob(name, lines.join('\n') + '\n');
    }
    // New plans arrive along the way, each citing the code as it is at its commit.
    if (nextPlan < plans && c % Math.ceil(commits / (plans - plans / 3)) === 0) body += writePlan(nextPlan++);
    // Some plans are revised later: their lines get a newer baseline.
    if (c % 13 === 0) body += writePlan(Math.floor(rand() * nextPlan));
    commit(c, `change ${c}`, body);
  }
  // Any plan not yet written arrives with the last commit.
  body = '';
  while (nextPlan < plans) body += writePlan(nextPlan++);
  if (body) commit(commits + 1, 'last plans', body);
  importInto(dir);
  return { plansDir: join(dir, 'docs', 'plans'), plans, citations: plans * citationsPerPlan, commits, moves };
}

/**
 * Whole-process medians (wall and CPU, children included) with history, without, and
 * markdownlint-cli2; runs interleaved. `merges`: the branch-and-merge variant of the repository
 * (history-merges.mjs).
 */
export function benchManyPlans(runs = 3, { merges = false } = {}) {
  const work = mkdtempSync(join(tmpdir(), 'macroplan-bench-manyplans-'));
  try {
    const repo = join(work, 'repo');
    const info = merges ? makeMergedPlansRepo(repo) : makeManyPlansRepo(repo);
    const bin = join(repoDir, 'bin', 'macroplan.js');
    const mlBin = join(repoDir, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
    const once = (args) => timedNode(args, { cwd: repo, maxBuffer: 1 << 28 });
    // The result cache keeps no answer over a file changed in the last 2 s (the repository was just written).
    backdate(repo);
    const cases = {
      // The check itself on both rows: the result cache would answer instead.
      withHistory: [bin, 'check', '--root', repo, info.plansDir, '--format', 'json', '--no-cache'],
      withoutHistory: [bin, 'check', '--root', repo, info.plansDir, '--format', 'json', '--no-history', '--no-cache'],
      // Warmed by the first round (and the anchors' second): HEAD, the plans' anchors and every cited file as they were.
      withHistoryWarm: [bin, 'check', '--root', repo, info.plansDir, '--format', 'json'],
      markdownlint: [mlBin, 'docs/plans/*.md'],
    };
    // Twice before the timed rounds: the first check writes each plan's anchors, the second finds them as it leaves them and keeps its answer.
    for (let i = 0; i < 2; i++) once(cases.withHistoryWarm);
    const seen = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
    let mp009 = 0;
    for (let i = 0; i <= runs; i++) {
      for (const [k, args] of Object.entries(cases)) {
        const r = once(args);
        if (k === 'withHistory') mp009 = JSON.parse(r.out).files.flatMap((f) => f.diagnostics).filter((d) => d.rule === 'MP009').length;
        if (i > 0) seen[k].push(r); // the first round warms the file cache
      }
    }
    const m = (k, f) => +median(seen[k].map((x) => x[f])).toFixed(1);
    const res = { ...info, mp009, runs };
    for (const k of Object.keys(cases)) res[k] = { wallMs: m(k, 'ms'), cpuMs: m(k, 'cpuMs') };
    res.historyRatio = +(res.withHistory.wallMs / res.withoutHistory.wallMs).toFixed(2);
    res.historyCpuRatio = +(res.withHistory.cpuMs / res.withoutHistory.cpuMs).toFixed(2);
    res.ratioToMarkdownlint = +(res.withHistory.wallMs / res.markdownlint.wallMs).toFixed(2);
    res.ratioToMarkdownlintNoHistory = +(res.withoutHistory.wallMs / res.markdownlint.wallMs).toFixed(2);
    res.ratioToMarkdownlintWarm = +(res.withHistoryWarm.wallMs / res.markdownlint.wallMs).toFixed(2);
    res.warmRatio = +(res.withHistoryWarm.wallMs / res.withoutHistory.wallMs).toFixed(2);
    return res;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function printManyPlans(r) {
  const merges = r.merges === undefined ? 'linear history' : `${r.merges} --no-ff merges of feature branches`;
  console.log(`  ${r.commits}-commit repository (${merges}), ${r.plans} plans, ${r.citations} citations, ${r.moves} files moved (${r.mp009} MP009); medians of ${r.runs}`);
  const line = (label, s) => console.log(`  ${label.padEnd(46)} ${s.wallMs.toFixed(1).padStart(8)} ms  (CPU ${s.cpuMs.toFixed(1)} ms)`);
  line('macroplan check, with history', r.withHistory);
  line('macroplan check --no-history', r.withoutHistory);
  line('macroplan check, with history, warm cache', r.withHistoryWarm);
  line('markdownlint-cli2 on the same plans', r.markdownlint);
  console.log(`    with / without history: ${r.historyRatio} (limit 2), CPU ${r.historyCpuRatio}`);
  console.log(`    with history, warm cache / without history (no cache): ${r.warmRatio}`);
  console.log(`    ratio to markdownlint-cli2: ${r.ratioToMarkdownlint} (history), ${r.ratioToMarkdownlintNoHistory} (--no-history), ${r.ratioToMarkdownlintWarm} (history, warm cache)`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runs = Number(process.argv[2]) || 3;
  console.log('History on 150 plans: whole process, with and without');
  printManyPlans(benchManyPlans(runs));
  printManyPlans(benchManyPlans(runs, { merges: true }));
}
