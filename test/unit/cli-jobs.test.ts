import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { makeFixture } from '../helpers/fixture';
import { makeRepo } from '../helpers/gitrepo';
import { parseStore } from '../../server/src/core/history/anchors';
import { CART_GO } from '../helpers/go';
import { workerCount } from '../../server/src/cli/parallel';

const REPO = path.resolve(__dirname, '..', '..');
const BIN = path.join(REPO, 'bin', 'macroplan.js');
const COUNT_WORKERS = path.join(REPO, 'test', 'helpers', 'count-workers.cjs');
const BUILTINS_LOADED = path.join(REPO, 'test', 'helpers', 'builtins-loaded.cjs');
const CORPUS = path.resolve(REPO, '..', 'shared', 'corpus');

/** Runs the built CLI (npm test builds dist/ first), counting the worker threads it starts. */
function cli(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['-r', COUNT_WORKERS, BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const workers = (r.stderr.match(/^test: worker started$/gm) ?? []).length;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.replace(/^test: worker started\n/gm, ''), workers };
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : e.name.endsWith('.md') ? [path.join(dir, e.name)] : [])).sort();
}

/** Plans of every kind of finding, a clean one and a fixable one, numbered so their order shows. */
function plans(): Record<string, string> {
  const files: Record<string, string> = { 'shop/cart.go': CART_GO };
  for (let i = 0; i < 9; i++) {
    files[`docs/p${i}.md`] = [
      `# Plan ${i}`,
      '',
      i % 3 === 0 ? 'The cart is `Cart` at shop/cart.go:4-7.' : `Gone: \`shop/missing${i}.go:${i + 1}\` is cited here.`,
      i % 3 === 1 ? 'Past the end: shop/cart.go:40.' : 'Only a brace: shop/cart.go:7.',
      i % 3 === 2 ? 'Qualify: shop/old/cart.go:4-7.' : '',
      '',
    ].join('\n');
  }
  return files;
}

describe('macroplan check --jobs (worker threads)', function () {
  this.timeout(120_000);
  after(() => makeFixture.cleanup());

  it('gives the same JSON, text and exit status with one thread and with several, which it starts', () => {
    const w = makeFixture(plans());
    const one = cli(w.root, 'check', '--no-history', '--format', 'json', '--jobs', '1', 'docs');
    const four = cli(w.root, 'check', '--no-history', '--format', 'json', '--jobs', '4', 'docs');
    assert.equal(one.workers, 0);
    assert.equal(four.workers, 3, 'this thread is the fourth');
    assert.equal(one.status, 1, one.stderr);
    assert.equal(four.stdout, one.stdout);
    assert.equal(four.status, one.status);
    assert.deepEqual(JSON.parse(one.stdout).files.map((f: { path: string }) => f.path), [...Array(9).keys()].map((i) => path.join('docs', `p${i}.md`)));
    const text1 = cli(w.root, 'check', '--no-history', '--jobs', '1', 'docs');
    const text3 = cli(w.root, 'check', '--no-history', '--jobs', '3', 'docs');
    assert.equal(text3.workers, 2);
    assert.equal(text3.stdout, text1.stdout);
  });

  it('--fix in workers writes what one thread writes and counts the same fixes', () => {
    const a = makeFixture(plans());
    const b = makeFixture(plans());
    const one = cli(a.root, 'check', '--no-history', '--fix', '--jobs', '1', 'docs');
    const three = cli(b.root, 'check', '--no-history', '--fix', '--jobs', '3', 'docs');
    assert.equal(three.workers, 2);
    assert.match(one.stdout, /\n3 fixes applied\n$/);
    assert.equal(three.stdout, one.stdout);
    for (let i = 0; i < 9; i++) assert.equal(b.read(`docs/p${i}.md`), a.read(`docs/p${i}.md`));
    assert.match(a.read('docs/p2.md'), /Qualify: shop\/cart\.go:4-7\./);
  });

  it('says once, not once per worker, that history cannot answer', () => {
    // Outside a repository a `since` names nothing: every plan of every thread hits it.
    const w = makeFixture(plans());
    const r = cli(w.root, 'check', '--format', 'json', '--jobs', '3', '--since', 'v1', 'docs');
    assert.equal(r.workers, 2);
    assert.equal((r.stderr.match(/needs a git repository/g) ?? []).length, 1, r.stderr);
  });

  it('with history on in a repository: workers keep anchors as one thread does, and follow them the same', () => {
    const repo = makeRepo({ '.gitignore': 'docs/\n' });
    repo.commit('cart', { 'shop/cart.go': CART_GO });
    for (const [rel, text] of Object.entries(plans())) if (rel.startsWith('docs/')) repo.write(rel, text);
    const store = repo.path('.git/macroplan/anchors.json');
    const anchored = () => {
      const data = parseStore(fs.readFileSync(store, 'utf8'))!;
      return [...data.anchors].map(([k, a]) => `${k.replace(/\0/g, ' ')} ${a.path} ${JSON.stringify(a.ranges)} ${a.oid}`).sort();
    };
    const run = (jobs: string) => cli(repo.root, 'check', '--format', 'json', '--jobs', jobs, 'docs');
    const one = run('1');
    const kept = anchored();
    assert.equal(kept.length, 3, 'the three plans citing the cart right are anchored');
    fs.rmSync(path.dirname(store), { recursive: true });
    const three = run('3');
    assert.equal(three.workers, 2);
    assert.equal(three.stdout, one.stdout);
    assert.deepEqual(anchored(), kept);
    // The code moves (not committed): both follow every plan's anchor to the same place.
    repo.write('shop/cart.go', '// Package shop sells.\n' + CART_GO);
    const movedOne = run('1');
    const movedThree = run('3');
    assert.equal((movedOne.stdout.match(/"MP009"/g) ?? []).length, 3, movedOne.stdout);
    assert.equal(movedThree.stdout, movedOne.stdout);
    // The result cache's folder sits beside the store (core/resultcache.ts).
    assert.deepEqual(fs.readdirSync(path.dirname(store)).filter((n) => n !== 'results'), ['anchors.json'], 'no lock or temporary file left');
  });

  it('loads no worker machinery (node:worker_threads, node:os) for a few files, and does when it starts workers', () => {
    const w = makeFixture(plans());
    const loaded = (...args: string[]) => {
      const r = spawnSync(process.execPath, ['-r', BUILTINS_LOADED, BIN, 'check', '--no-history', ...args], { cwd: w.root, encoding: 'utf8' });
      return new Set(/^test: builtins (.*)$/m.exec(r.stderr)?.[1].split(' '));
    };
    const few = loaded('docs/p0.md', 'docs/p1.md');
    assert.ok(few.has('fs'), 'the helper lists what was loaded');
    assert.equal(few.has('worker_threads'), false);
    assert.equal(few.has('os'), false);
    assert.equal(loaded('--jobs', '2', 'docs').has('worker_threads'), true);
  });

  it('chooses the thread count: --jobs as given (never more than the files), else none below 16 files and never past the cores', () => {
    assert.equal(workerCount(3, 9), 3);
    assert.equal(workerCount(8, 2), 2);
    assert.equal(workerCount(1, 500), 1);
    assert.equal(workerCount(undefined, 15), 1);
    const many = workerCount(undefined, 10_000);
    assert.ok(many >= 1 && many <= os.availableParallelism(), String(many));
  });

  it('refuses a --jobs that is not a positive whole number', () => {
    const w = makeFixture(plans());
    for (const bad of ['0', '-1', 'two', '1.5']) {
      const r = cli(w.root, 'check', '--jobs', bad, 'docs');
      assert.equal(r.status, 2, bad);
      assert.match(r.stderr, /--jobs/, bad);
    }
  });

  it('gives the same JSON on the corpus with one thread and with several', function () {
    if (!fs.existsSync(CORPUS)) {
      console.log(`      (skipped: ${CORPUS} is absent)`);
      this.skip();
    }
    const files = filesUnder(CORPUS);
    const empty = makeFixture();
    const one = cli(REPO, 'check', '--root', empty.root, '--no-history', '--format', 'json', '--jobs', '1', ...files);
    const three = cli(REPO, 'check', '--root', empty.root, '--no-history', '--format', 'json', '--jobs', '3', ...files);
    assert.equal(three.workers, 2);
    assert.ok(JSON.parse(one.stdout).files.length >= 10, 'the corpus has plans');
    assert.equal(three.stdout, one.stdout);
    assert.equal(three.status, one.status);
  });
});
