import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeFixture } from '../helpers/fixture';
import { makeRepo } from '../helpers/gitrepo';
import { findGit } from '../../server/src/core/history/git';

const REPO = path.resolve(__dirname, '..', '..');
const BIN = path.join(REPO, 'bin', 'macroplan.js');

/** A Go file of `n` functions F0..F(n-1), each 4 lines after a comment, below `top` extra lines. */
function goFile(pkg: string, n: number, top = 0): string {
  const lines = [`package ${pkg}`, ''];
  for (let i = 0; i < top; i++) lines.push(`var pad${i} = ${i}`);
  for (let i = 0; i < n; i++) lines.push(`// F${i} does step ${i}.`, `func F${i}(a int) int {`, `\treturn a + ${i}`, '}', '');
  return lines.join('\n');
}

/** The line F`i` starts at in goFile(pkg, n, top). */
const at = (i: number, top = 0) => 3 + top + i * 5 + 1;

/**
 * A repository where plans are written at different commits (so each has its own baseline) and
 * the code they cite moves afterwards: checking them needs blame, diff-tree and log.
 */
function repoWithPlans(): { root: string; plans: string[] } {
  const repo = makeRepo();
  const plans: string[] = [];
  // A document citing nothing: history has nothing to follow in it, so git is not asked about it.
  repo.commit('code', { 'sim/route.go': goFile('sim', 8), 'sim/cache.go': goFile('sim', 6), 'docs/notes.md': '# Notes\n\nThe simulator routes requests; see the plans.\n' });
  for (let k = 0; k < 7; k++) {
    const top = k;
    const plan = `docs/plan-${k}.md`;
    plans.push(plan);
    // Each plan cites the code as it is when the plan is committed; then the code grows above.
    repo.commit(`plan ${k}`, {
      [plan]: `# Plan ${k}\n\n- \`F${k % 8}\` routes (sim/route.go:${at(k % 8, top)}-${at(k % 8, top) + 3}).\n- \`F${k % 6}\` caches (sim/cache.go:${at(k % 6)}-${at(k % 6) + 3}).\n`,
    });
    repo.commit(`route grows ${k}`, { 'sim/route.go': goFile('sim', 8, top + 1) });
  }
  repo.commit('cache moves', { 'sim/cache.go': null, 'core/cache.go': goFile('sim', 6) });
  return { root: repo.root, plans };
}

/** Runs the CLI with a `git` on PATH that logs each command's name to a file before running git. */
function cli(root: string, log: string | undefined, ...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  if (log) {
    const shim = makeFixture().root;
    fs.writeFileSync(path.join(shim, 'git'), `#!/bin/sh\nfor a in "$@"; do case "$a" in -*|*=*) ;; *) echo "$a" >> '${log}'; break;; esac; done\nexec '${findGit()}' "$@"\n`, { mode: 0o755 });
    env.PATH = `${shim}${path.delimiter}${env.PATH}`;
  }
  return spawnSync(process.execPath, [BIN, 'check', '--root', root, '--format', 'json', ...args], { cwd: root, encoding: 'utf8', env });
}

/** How many processes of each git command ran, from the shim's log (`-c name=value` skipped). */
function commands(log: string): Map<string, number> {
  const words = fs.readFileSync(log, 'utf8').split('\n').filter(Boolean);
  const out = new Map<string, number>();
  for (let i = 0; i < words.length; i++) {
    if (words[i] === '-c') continue;
    out.set(words[i], (out.get(words[i]) ?? 0) + 1);
  }
  return out;
}

describe('check with history on many plans (asked ahead, core/history/prefetch.ts)', function () {
  this.timeout(120_000);
  after(() => makeFixture.cleanup());

  it('gives each plan the findings it gets checked alone, with a few git processes for all plans', function () {
    if (process.platform === 'win32' || !findGit()) this.skip();
    const { root, plans } = repoWithPlans();
    const log = path.join(makeFixture().root, 'git.log');
    const all = cli(root, log, 'docs');
    assert.equal(all.status, 1, all.stderr);
    const [notes, ...files] = JSON.parse(all.stdout).files as { path: string; diagnostics: { rule: string }[] }[];
    assert.equal(notes.path, path.join('docs', 'notes.md'));
    assert.deepEqual(files.map((f) => f.path), plans.map((p) => p.split('/').join(path.sep)));
    assert.ok(files.every((f) => f.diagnostics.some((d) => d.rule === 'MP009')), 'every plan has a drifted citation: history answered');
    for (const [i, plan] of plans.entries()) {
      const alone = cli(root, undefined, plan);
      assert.deepEqual(JSON.parse(alone.stdout).files[0], files[i], plan);
    }
    const ran = commands(log);
    // The plans' blames come from one log replayed (each checked alone above was blamed by git,
    // with the same findings), their diffs from one kept diff-tree: a few processes per run,
    // not one or two per plan.
    assert.equal(ran.get('blame'), undefined, JSON.stringify([...ran]));
    assert.equal(ran.get('diff-tree'), 1, JSON.stringify([...ran]));
    assert.ok([...ran.values()].reduce((a, b) => a + b, 0) <= 6, JSON.stringify([...ran]));
  });

  it('gives the same JSON with one thread and with several when history is on', function () {
    if (!findGit()) this.skip();
    const { root } = repoWithPlans();
    const one = cli(root, undefined, '--jobs', '1', 'docs');
    const three = cli(root, undefined, '--jobs', '3', 'docs');
    assert.equal(one.status, 1, one.stderr);
    assert.ok(one.stdout.includes('"MP009"'));
    assert.equal(three.stdout, one.stdout);
    assert.equal(three.status, one.status);
  });
});
