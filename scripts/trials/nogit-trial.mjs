// Anchors without git, on real history: a plan placed in a folder without git holding the tree (Go files) of the commit
// where its citations were most right (A, searched among the commits of a date range), checked (anchors kept), the tree
// replaced by a later commit's (B: 30 and 90 commits on), checked again. Reference: the same plan in a git repository of
// A then B, checked with --since A. Prints, per plan and gap, MP009 counts and every finding that differs.
// Usage: node scripts/trials/nogit-trial.mjs SOURCE_REPO PLAN.md...  (after npm run bundle; caches in a temporary folder)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, copyFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
const [SRC, ...plans] = process.argv.slice(2);
const BIN = join(dirname(dirname(dirname(fileURLToPath(import.meta.url)))), 'bin', 'macroplan.js');
const TMP = mkdtempSync(join(tmpdir(), 'macroplan-nogit-trial-'));
process.on('exit', () => rmSync(TMP, { recursive: true, force: true }));
const git = (args, cwd = SRC, env = process.env) => execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28, env });
const cache = mkdtempSync(join(TMP, 'cache-'));
const env = { ...process.env, XDG_CACHE_HOME: cache, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@x' };
function exportTree(sha, dir) {
  for (const e of readdirSync(dir)) if (e !== 'docs' && e !== '.git') rmSync(join(dir, e), { recursive: true, force: true });
  const files = git(['ls-tree', '-r', '--name-only', sha]).split('\n').filter((f) => f.endsWith('.go') || f === 'go.mod');
  execFileSync('sh', ['-c', `git -C ${SRC} archive ${sha} ${files.map((f) => `'${f}'`).join(' ')} | tar -x -C ${dir}`], { maxBuffer: 1 << 28 });
}
function check(dir, plan, extra = []) {
  const r = spawnSync(process.execPath, [BIN, 'check', '--root', dir, '--format', 'json', ...extra, plan], { cwd: dir, env, encoding: 'utf8' });
  return JSON.parse(r.stdout).files[0].diagnostics;
}
const commits = git(['log', '--format=%H %ad', '--date=short', '--reverse', '--since=2026-02-01', '--until=2026-05-31']).trim().split('\n').map((l) => l.split(' ')[0]);
for (const planSrc of plans) {
  const work = mkdtempSync(join(TMP, 'w-'));
  mkdirSync(join(work, 'docs'));
  const plan = join(work, 'docs', basename(planSrc));
  copyFileSync(planSrc, plan);
  let best;
  for (let i = 0; i < commits.length; i += 12) {
    exportTree(commits[i], work);
    const bad = check(work, plan, ['--no-history']).filter((d) => /^MP00[1-5]$/.test(d.rule)).length;
    if (!best || bad <= best.bad) best = { i, bad };
  }
  // Then every third commit around the best.
  for (let i = Math.max(0, best.i - 11); i < Math.min(commits.length, best.i + 12); i += 3) {
    exportTree(commits[i], work);
    const bad = check(work, plan, ['--no-history']).filter((d) => /^MP00[1-5]$/.test(d.rule)).length;
    if (bad < best.bad || (bad === best.bad && i > best.i)) best = { i, bad };
  }
  const A = commits[best.i];
  for (const step of [30, 90]) {
    const B = commits[Math.min(commits.length - 1, best.i + step)];
    // no git
    rmSync(cache, { recursive: true, force: true }); mkdirSync(cache);
    exportTree(A, work);
    const first = check(work, plan);
    exportTree(B, work);
    const nogit = check(work, plan).filter((d) => d.rule === 'MP009');
    // git reference
    const g = mkdtempSync(join(TMP, 'g-'));
    git(['init', '-q'], g, env);
    writeFileSync(join(g, '.gitignore'), 'docs/\n');
    exportTree(A, g); git(['add', '-A'], g, env); git(['commit', '-qm', 'A'], g, env);
    const a = git(['rev-parse', 'HEAD'], g, env).trim();
    exportTree(B, g); git(['add', '-A'], g, env); git(['commit', '-qm', 'B'], g, env);
    mkdirSync(join(g, 'docs')); copyFileSync(planSrc, join(g, 'docs', basename(planSrc)));
    const ref = check(g, join(g, 'docs', basename(planSrc)), ['--since', a]).filter((d) => d.rule === 'MP009');
    const strip = (m) => m.replace(/ \(since [^)]*(\([^)]*\))?[^)]*\)\./, '.');
    const key = (d) => `${d.line}:${d.column}`;
    const refBy = new Map(ref.map((d) => [key(d), strip(d.message)]));
    const ngBy = new Map(nogit.map((d) => [key(d), strip(d.message)]));
    const keys = [...new Set([...refBy.keys(), ...ngBy.keys()])];
    let same = 0; const diff = [];
    for (const k of keys) { if (refBy.get(k) === ngBy.get(k)) same++; else diff.push({ at: k, git: refBy.get(k), nogit: ngBy.get(k) }); }
    console.log(JSON.stringify({ plan: basename(planSrc), A: A.slice(0, 8), B: B.slice(0, 8), step, badAtA: best.bad, firstMP009: first.filter((d) => d.rule === 'MP009').length, findingsAtA: first.length, nogitMP009: nogit.length, gitMP009: ref.length, same, diff }, null, 1));
    rmSync(g, { recursive: true, force: true });
  }
  rmSync(work, { recursive: true, force: true });
}
