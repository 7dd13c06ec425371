import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { makeFixture, type Fixture } from '../helpers/fixture';
import { CART_GO } from '../helpers/go';
import { backdate } from '../helpers/cache-home';
import { CACHE_LIMITS, ResultCache, type CacheKey } from '../../server/src/core/resultcache';
import { defaultConfig } from '../../server/src/core/config';
import { nodeFs } from '../../server/src/core/fs';
import type { CheckResult } from '../../server/src/core/engine';

const REPO = path.resolve(__dirname, '..', '..');
const BIN = path.join(REPO, 'bin', 'macroplan.js');
const CORPUS = path.resolve(REPO, '..', 'shared', 'corpus');

const PLAN = [
  '# Plan',
  '',
  'The cart is `Cart` at cart.go:4-7.',
  'Its total is `Total` at shop/cart.go:16-22.',
  'Gone: shop/missing.go:3.',
  '',
].join('\n');

/** The built CLI (npm test builds dist/ first) with its cache in `cache`. */
function cli(cwd: string, cache: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: cache } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function entries(cache: string): string[] {
  const base = path.join(cache, 'macroplan');
  if (!fs.existsSync(base)) return [];
  // The results folders: the anchor store of a folder no repository holds sits beside them.
  const folders = fs.readdirSync(base).filter((d) => fs.statSync(path.join(base, d)).isDirectory());
  return folders.flatMap((d) => fs.readdirSync(path.join(base, d)).filter((n) => n.endsWith('.json')).map((n) => path.join(base, d, n)));
}

/** Marks every cached message, so that output read from the cache shows it. */
function tamper(cache: string): void {
  for (const file of entries(cache)) {
    const e = JSON.parse(fs.readFileSync(file, 'utf8'));
    for (const d of e.result.diagnostics) d.message = `CACHED ${d.message}`;
    fs.writeFileSync(file, JSON.stringify(e));
  }
}

interface Setup {
  w: Fixture;
  cache: string;
  check(...extra: string[]): ReturnType<typeof cli>;
}

/** A workspace whose files are a minute old, its plan checked once with the cache (writing it), the entry marked. */
function warmed(extra: string[] = ['--no-history']): Setup {
  const w = makeFixture({ 'shop/cart.go': CART_GO, 'docs/plan.md': PLAN });
  backdate(w.root);
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'macroplan-cache-'));
  const check = (...more: string[]) => cli(w.root, cache, 'check', '--format', 'json', ...extra, ...more, 'docs/plan.md');
  const first = check();
  assert.equal(first.status, 1, first.stderr);
  assert.equal(entries(cache).length, 1, 'the check kept its answer');
  tamper(cache);
  return { w, cache, check };
}

describe('result cache (check)', function () {
  this.timeout(120_000);
  after(() => makeFixture.cleanup());

  it('outside a repository with history on, keeps no answer whose check wrote new anchors: the next check follows them', () => {
    const w = makeFixture({ 'shop/cart.go': CART_GO, 'docs/plan.md': PLAN });
    backdate(w.root);
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'macroplan-cache-'));
    cli(w.root, cache, 'check', '--format', 'json', 'docs/plan.md');
    assert.equal(entries(cache).length, 0);
    assert.ok(fs.readdirSync(path.join(cache, 'macroplan')).some((n) => n.startsWith('anchors-')), 'the anchors were kept');
    // The next check reads them and writes nothing new: its answer is kept (core/historykey.ts).
    cli(w.root, cache, 'check', '--format', 'json', 'docs/plan.md');
    assert.equal(entries(cache).length, 1);
  });

  for (const [mode, extra] of [['--no-history', ['--no-history']]] as const) {
    it(`answers from the cache while nothing changed (${mode}), and not with --no-cache or --fix`, () => {
      const s = warmed([...extra]);
      const hit = s.check();
      assert.match(hit.stdout, /CACHED/, 'the second run read the kept answer');
      assert.equal(hit.status, 1);
      const fresh = s.check('--no-cache');
      assert.doesNotMatch(fresh.stdout, /CACHED/);
      assert.equal(hit.stdout.replace(/CACHED /g, ''), fresh.stdout, 'the kept answer is the fresh one');
      // What history said it could not answer is said again with a cached answer.
      assert.equal(hit.stderr, fresh.stderr);
      assert.doesNotMatch(s.check('--fix').stdout, /CACHED/);
    });
  }

  const changes: [string, (w: Fixture) => void][] = [
    ['a cited file edited', (w) => w.write('shop/cart.go', 'package shop\n\n// Emptied.\n')],
    ['a cited file edited to the same size', (w) => w.write('shop/cart.go', CART_GO.replace('Cart holds', 'Cart keeps'))],
    ['a new file making a bare path ambiguous', (w) => w.write('other/cart.go', CART_GO)],
    ['a cited file created', (w) => w.write('shop/missing.go', CART_GO)],
    ['the configuration changed', (w) => w.write('.macroplan.json', JSON.stringify({ rules: { MP001: 'warning' } }))],
    ['the plan changed', (w) => w.write('docs/plan.md', PLAN.replace('shop/missing.go:3', 'shop/cart.go:40'))],
  ];
  for (const [what, change] of changes) {
    it(`checks again when ${what}`, () => {
      const s = warmed();
      const before = s.check('--no-cache');
      change(s.w);
      const after = s.check();
      const fresh = s.check('--no-cache');
      assert.doesNotMatch(after.stdout, /CACHED/);
      assert.equal(after.stdout, fresh.stdout);
      assert.equal(after.status, fresh.status);
      if (!what.includes('same size')) assert.notEqual(fresh.stdout, before.stdout, 'the change changes the answer');
    });
  }

  const damage: [string, (file: string) => void][] = [
    ['garbage', (f) => fs.writeFileSync(f, 'not a cache entry {')],
    ['truncated', (f) => fs.writeFileSync(f, fs.readFileSync(f, 'utf8').slice(0, 200))],
    ['a link to an entry elsewhere', (f) => {
      const elsewhere = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'macroplan-planted-')), 'entry.json');
      fs.copyFileSync(f, elsewhere);
      fs.rmSync(f);
      fs.symlinkSync(elsewhere, f);
    }],
    ['huge', (f) => fs.writeFileSync(f, Buffer.alloc(9 * 1024 * 1024, 0x20))],
    ['findings outside the plan', (f) => {
      const e = JSON.parse(fs.readFileSync(f, 'utf8'));
      e.result.diagnostics[0].end = 1e9;
      fs.writeFileSync(f, JSON.stringify(e));
    }],
  ];
  for (const [what, hurt] of damage) {
    it(`ignores an entry that is ${what}, saying so once`, () => {
      const s = warmed();
      hurt(entries(s.cache)[0]);
      const r = s.check();
      const fresh = s.check('--no-cache');
      assert.doesNotMatch(r.stdout, /CACHED/);
      assert.equal(r.stdout, fresh.stdout);
      assert.equal((r.stderr.match(/result cache .* is ignored/g) ?? []).length, 1, r.stderr);
    });
  }

  it('keeps nothing for a workspace changed in the last seconds (a stat could miss a second change in the same tick)', () => {
    const w = makeFixture({ 'shop/cart.go': CART_GO, 'docs/plan.md': PLAN });
    backdate(w.root);
    // Changed "just now" however long the run takes on a busy machine: a time ahead of the clock.
    const soon = new Date(Date.now() + 120_000);
    fs.utimesSync(w.path('shop/cart.go'), soon, soon);
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'macroplan-cache-'));
    cli(w.root, cache, 'check', '--no-history', '--format', 'json', 'docs/plan.md');
    assert.equal(entries(cache).length, 0);
    // The control: the same workspace a minute old keeps its answer.
    backdate(w.root);
    cli(w.root, cache, 'check', '--no-history', '--format', 'json', 'docs/plan.md');
    assert.equal(entries(cache).length, 1);
  });

  it('writes inside the repository\'s git folder, never in the working tree, with history and without', () => {
    const w = makeFixture({ 'shop/cart.go': CART_GO, 'docs/plan.md': PLAN });
    spawnSync('git', ['init', '-q'], { cwd: w.root });
    backdate(w.root);
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'macroplan-cache-'));
    const kept = () => fs.readdirSync(path.join(w.root, '.git', 'macroplan', 'results')).filter((n) => n.endsWith('.json')).length;
    cli(w.root, cache, 'check', '--format', 'json', 'docs/plan.md');
    assert.equal(kept(), 1, 'with history (a repository with no commits yet)');
    cli(w.root, cache, 'check', '--no-history', '--format', 'json', 'docs/plan.md');
    assert.equal(kept(), 2, 'and without, as another entry');
    assert.equal(entries(cache).length, 0, 'not in the user\'s cache folder');
    assert.deepEqual(fs.readdirSync(w.root).sort(), ['.git', 'docs', 'shop']);
  });

  it('gives the corpus the same JSON without the cache, with it cold and warm, and in worker threads', function () {
    if (!fs.existsSync(CORPUS)) {
      console.log(`      (skipped: ${CORPUS} is absent)`);
      this.skip();
    }
    const files = fs.readdirSync(CORPUS, { recursive: true }).map(String).filter((f) => f.endsWith('.md')).map((f) => path.join(CORPUS, f)).sort();
    const empty = makeFixture();
    backdate(empty.root);
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'macroplan-cache-'));
    const run = (...extra: string[]) => cli(REPO, cache, 'check', '--root', empty.root, '--no-history', '--format', 'json', ...extra, ...files);
    const plain = run('--no-cache', '--jobs', '1');
    assert.ok(JSON.parse(plain.stdout).files.length >= 10, 'the corpus has plans');
    const cold = run('--jobs', '1');
    assert.ok(entries(cache).length >= 10, 'answers kept');
    tamper(cache);
    const warm = run('--jobs', '1');
    assert.match(warm.stdout, /CACHED/, 'answered from the cache');
    const threads = run('--jobs', '3');
    for (const r of [cold, warm, threads]) {
      assert.equal(r.stdout.replace(/CACHED /g, ''), plain.stdout);
      assert.equal(r.status, plain.status);
    }
  });
});

describe('ResultCache in process: its folder', () => {
  after(() => makeFixture.cleanup());
  const result = { diagnostics: [], citations: [], choice: { reason: 'test' }, isPlan: false } as unknown as CheckResult;
  const key = (name: string): CacheKey => ({ root: '/r', path: `/r/${name}.md`, config: defaultConfig(), mode: 'no-history' });

  it('keeps at most 256 entries: past that the oldest go', async () => {
    const w = makeFixture();
    const dir = path.join(w.root, 'results');
    const cache = new ResultCache(dir, nodeFs, () => undefined);
    for (let i = 0; i < 257; i++) cache.put(key(`p${i}`), 'text', result, { stats: {}, reals: {} });
    const names = fs.readdirSync(dir).filter((n) => n.endsWith('.json'));
    assert.ok(names.length <= CACHE_LIMITS.entries && names.length >= CACHE_LIMITS.entries / 2, `${names.length} entries`);
    assert.ok(await cache.get(key('p256'), 'text'), 'the newest stays');
  });

  it('neither reads nor writes through a results folder that is a link', async () => {
    const w = makeFixture();
    const real = path.join(w.root, 'real');
    const good = new ResultCache(real, nodeFs, () => undefined);
    good.put(key('p'), 'text', result, { stats: {}, reals: {} });
    assert.ok(await good.get(key('p'), 'text'));
    fs.symlinkSync(real, path.join(w.root, 'link'));
    const said: string[] = [];
    const linked = new ResultCache(path.join(w.root, 'link'), nodeFs, (m) => said.push(m));
    assert.equal(await linked.get(key('p'), 'text'), undefined);
    assert.equal(said.length, 1);
    linked.put(key('q'), 'text', result, { stats: {}, reals: {} });
    assert.equal(fs.readdirSync(real).filter((n) => n.endsWith('.json')).length, 1, 'nothing written through the link');
    // Its parent a link (a planted .git/macroplan): not even the folder is made there.
    const elsewhere = path.join(w.root, 'elsewhere');
    fs.mkdirSync(elsewhere);
    fs.symlinkSync(elsewhere, path.join(w.root, 'macroplan'));
    new ResultCache(path.join(w.root, 'macroplan', 'results'), nodeFs, () => undefined).put(key('r'), 'text', result, { stats: {}, reals: {} });
    assert.deepEqual(fs.readdirSync(elsewhere), []);
  });
});
