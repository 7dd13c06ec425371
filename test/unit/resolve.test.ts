import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { editDistance } from '../../server/src/core/suggest';
import * as path from 'node:path';
import { FileWorkspace } from '../../server/src/core/workspace';
import { checkDocument } from '../../server/src/core/engine';
import { defaultConfig } from '../../server/src/core/config';
import { makeFixture, dedent } from '../helpers/fixture';
import { assertMarks } from '../helpers/marks';
import { recordingFs } from '../helpers/recording-fs';
import { go, CART_GO } from '../helpers/go';

const SMALL = go('package x', '', 'func X() {}');

describe('path resolution', () => {
  after(() => makeFixture.cleanup());

  it('resolves exact paths first, then a unique suffix', async () => {
    const fx = makeFixture({
      'shop/cart.go': CART_GO,
      'shop/internal/cart/cart.go': SMALL,
      'sim/cluster/cluster.go': SMALL,
      'cart.go': SMALL,
    });
    const ws = new FileWorkspace({ root: fx.root });
    const r = async (p: string) => {
      const res = await ws.resolve(p);
      return res.kind === 'ok' ? [res.rel, res.viaSuffix] : res.kind;
    };
    assert.deepEqual(await r('cluster.go'), ['sim/cluster/cluster.go', true]);
    assert.deepEqual(await r('cluster/cluster.go'), ['sim/cluster/cluster.go', true]);
    assert.deepEqual(await r('sim/cluster/cluster.go'), ['sim/cluster/cluster.go', false]);
    assert.deepEqual(await r('./sim/cluster/cluster.go'), ['sim/cluster/cluster.go', false]);
    // The exact path wins over the suffix matches.
    assert.deepEqual(await r('cart.go'), ['cart.go', false]);
    assert.deepEqual(await r('shop/cart.go'), ['shop/cart.go', false]);
    assert.deepEqual(await r('internal/cart/cart.go'), ['shop/internal/cart/cart.go', true]);
    // A suffix matches whole path segments only.
    assert.equal(await r('uster.go'), 'missing');
    assert.equal(await r('ter/cluster.go'), 'missing');
    // A path inside the tree that goes up and down again stays exact.
    assert.deepEqual(await r('shop/../sim/cluster/cluster.go'), ['sim/cluster/cluster.go', false]);
  });

  it('reports an ambiguous suffix with every candidate, and offers each as a suggestion', async () => {
    const fx = makeFixture({ 'a/config/config.go': SMALL, 'b/config/config.go': SMALL, 'c/settings/config.go': SMALL });
    const ws = new FileWorkspace({ root: fx.root });
    const res = await ws.resolve('config.go');
    assert.deepEqual(res, { kind: 'ambiguous', candidates: ['a/config/config.go', 'b/config/config.go', 'c/settings/config.go'] });
    const result = await assertMarks(ws, dedent`
      Two match config/config.go:3 and three match config.go:3. <!-- expect: MP002 MP002 -->
      One matches settings/config.go:3 and a/config/config.go:3.
    `);
    const [two, three] = result.diagnostics;
    assert.match(two.message, /config\/config\.go matches 2 files: a\/config\/config\.go, b\/config\/config\.go/);
    assert.deepEqual(three.suggestions!.map((f) => f.edits[0].newText), ['a/config/config.go', 'b/config/config.go', 'c/settings/config.go']);
    assert.equal(three.fix, undefined);
  });

  it('skips node_modules, vendor, testdata and dot folders when listing', async () => {
    const fx = makeFixture({
      'node_modules/dep/lib.go': SMALL,
      'vendor/dep/vend.go': SMALL,
      'pkg/testdata/td.go': SMALL,
      '.cache/hidden.go': SMALL,
      'pkg/real.go': SMALL,
    });
    const ws = new FileWorkspace({ root: fx.root });
    assert.deepEqual([...(await ws.goFiles()).keys()], ['pkg/real.go']);
    assert.equal((await ws.resolve('lib.go')).kind, 'missing');
    // An exact path into a skipped folder still resolves: the author named it.
    assert.equal((await ws.resolve('vendor/dep/vend.go')).kind, 'ok');
  });

  it('suggests the closest paths for a missing file: same basename first, then by edit distance', async () => {
    const fx = makeFixture({
      'sim/routing/policy.go': SMALL,
      'sim/admission/policy.go': SMALL,
      'sim/routing/policies_test.go': SMALL,
      'sim/routing/polcy.go': SMALL,
      'cmd/tool/main.go': SMALL,
    });
    const ws = new FileWorkspace({ root: fx.root });
    const res = await ws.resolve('sim/route/policy.go');
    assert.equal(res.kind, 'missing');
    // Both policy.go files come first (nearest first), then the closest other name.
    assert.deepEqual(res.kind === 'missing' && res.suggestions, ['sim/routing/policy.go', 'sim/admission/policy.go', 'sim/routing/polcy.go']);
    const typo = await ws.resolve('sim/routing/polciy.go');
    assert.deepEqual(typo.kind === 'missing' && typo.suggestions[0], 'sim/routing/polcy.go');
    const none = await ws.resolve('totally/unrelated/zzzzzzzz.go');
    assert.deepEqual(none.kind === 'missing' && none.suggestions, []);
    const result = await assertMarks(ws, 'See sim/route/policy.go:3 and zzzzzzzz.go:1. <!-- expect: MP001 MP001 -->\n');
    assert.equal(result.diagnostics[0].message, 'sim/route/policy.go does not exist in the workspace. Closest: sim/routing/policy.go, sim/admission/policy.go, sim/routing/polcy.go.');
    assert.equal(result.diagnostics[1].message, 'zzzzzzzz.go does not exist in the workspace.');
    assert.deepEqual(result.diagnostics[0].suggestions![0].edits[0], { start: 4, end: 23, newText: 'sim/routing/policy.go' });
    assert.equal(result.diagnostics[0].fix, undefined);
  });

  it('suggests a close name in the cited folder before the same name in other folders', async () => {
    const fx = makeFixture({ 'enc/csv/reader_test.go': SMALL, 'enc/xml/read_test.go': SMALL, 'os/read_test.go': SMALL, 'go/build/read_test.go': SMALL });
    const res = await new FileWorkspace({ root: fx.root }).resolve('enc/csv/read_test.go');
    assert.deepEqual(res.kind === 'missing' && res.suggestions, ['enc/csv/reader_test.go', 'enc/xml/read_test.go', 'os/read_test.go']);
  });

  it('remembers suggestions while the listing stands, and forgets them when it changes', async () => {
    const fx = makeFixture({ 'sim/alpha.go': SMALL });
    const ws = new FileWorkspace({ root: fx.root });
    const first = await ws.resolve('sim/alpah.go');
    assert.deepEqual(first.kind === 'missing' && first.suggestions, ['sim/alpha.go']);
    fx.write('sim/alpah2.go', SMALL);
    const cached = await ws.resolve('sim/alpah.go');
    assert.deepEqual(cached.kind === 'missing' && cached.suggestions, ['sim/alpha.go']);
    ws.invalidateListing();
    const fresh = await ws.resolve('sim/alpah.go');
    assert.deepEqual(fresh.kind === 'missing' && fresh.suggestions, ['sim/alpah2.go', 'sim/alpha.go']);
  });

  it('computes bounded edit distances exactly', () => {
    const reference = (a: string, b: string): number => {
      let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
      for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = cur;
      }
      return prev[b.length];
    };
    const str = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '/', '.'), maxLength: 14 });
    fc.assert(fc.property(str, str, fc.integer({ min: 0, max: 10 }), (a, b, max) => {
      assert.equal(editDistance(a, b, max), Math.min(reference(a, b), max + 1));
    }), { numRuns: 2000, seed: 7 });
  });

  it('resolves against configured source roots', async () => {
    const fx = makeFixture({ 'backend/sim/a.go': SMALL, 'frontend/b.go': SMALL, 'c.go': SMALL });
    const ws = new FileWorkspace({ root: fx.root, sourceRoots: ['backend'] });
    const r = await ws.resolve('sim/a.go');
    assert.equal(r.kind === 'ok' && r.rel, 'backend/sim/a.go');
    assert.equal((await ws.resolve('b.go')).kind, 'missing');
  });
});

describe('source roots beside the workspace root', () => {
  after(() => makeFixture.cleanup());

  it('resolves into a configured source root outside the root, and still fences everything else', async () => {
    const top = makeFixture({ 'ws/a.go': SMALL, 'shared/lib/lib.go': go('package lib', '', 'func Lib() {}'), 'private/secret.go': SMALL });
    const rfs = recordingFs();
    const ws = new FileWorkspace({ root: top.path('ws'), sourceRoots: ['.', '../shared'], fs: rfs });
    const exact = await ws.resolve('lib/lib.go');
    assert.deepEqual(exact.kind === 'ok' && [exact.rel, exact.abs, exact.viaSuffix], ['lib/lib.go', top.path('shared/lib/lib.go'), false]);
    const r = await assertMarks(ws, dedent`
      \`Lib\` is at lib/lib.go:3 and at lib.go:3.
      Not through the side door: ../private/secret.go:1 and lib/../../private/secret.go:1. <!-- expect: MP006 MP006 -->
      A typo: lib/lbi.go:3. <!-- expect: MP001 -->
    `);
    // Its files are named relative to their source root, so a suggested path resolves when applied.
    // A close name of another file is a guess: a suggestion, not a fix.
    assert.deepEqual(r.diagnostics[2].suggestions!.map((f) => f.edits[0].newText), ['lib/lib.go']);
    assert.equal(r.diagnostics[2].fix, undefined);
    assert.deepEqual([...(await ws.goFiles()).keys()].sort(), ['a.go', 'lib/lib.go']);
    for (const a of rfs.accesses) assert.ok(a.path.startsWith(top.path('ws')) || a.path.startsWith(top.path('shared')), a.path);
  });
});

describe('source roots: the first root naming a path wins', () => {
  after(() => makeFixture.cleanup());

  it('resolves lib/lib.go to the workspace copy before the one in ../shared', async () => {
    const top = makeFixture({ 'ws/lib/lib.go': SMALL, 'shared/lib/lib.go': SMALL, 'shared/only.go': SMALL });
    const ws = new FileWorkspace({ root: top.path('ws'), sourceRoots: ['.', '../shared'] });
    const a = await ws.resolve('lib/lib.go');
    assert.deepEqual(a.kind === 'ok' && a.abs, top.path('ws/lib/lib.go'));
    const b = await ws.resolve('lib.go');
    assert.deepEqual(b.kind === 'ok' && b.abs, top.path('ws/lib/lib.go'));
    const c = await ws.resolve('only.go');
    assert.deepEqual(c.kind === 'ok' && [c.rel, c.abs], ['only.go', top.path('shared/only.go')]);
  });
});

describe('MP006: nothing outside the workspace is ever opened', () => {
  after(() => makeFixture.cleanup());

  it('flags .., absolute, ~, %2e%2e, backslash paths and links leading out; opens only files inside', async () => {
    const outside = makeFixture({ 'secret.go': go('package secret', '', 'func Secret() {}'), 'dir/inner.go': SMALL }, 'macroplan-outside-');
    const fx = makeFixture({ 'shop/cart.go': CART_GO, 'docs/plan.md': '' });
    fx.link('shop/leak.go', path.join(outside.root, 'secret.go'));
    fx.link('shop/ext', path.join(outside.root, 'dir'));
    fx.link('shop/inside.go', 'cart.go'); // a link that stays inside is fine
    const rfs = recordingFs();
    const ws = new FileWorkspace({ root: fx.root, fs: rfs });
    const rel = path.relative(fx.root, outside.root);
    const result = await assertMarks(ws, dedent`
      # Outside

      Climbing: ../secret.go:1 and shop/../../secret.go:1 and ${rel}/secret.go:1. <!-- expect: MP006 MP006 MP006 -->
      Absolute: ${outside.root}/secret.go:1 and /etc/hosts.go:1 and C:/x/secret.go:1. <!-- expect: MP006 MP006 MP006 -->
      Home: ~/secret.go:1. <!-- expect: MP006 -->
      Escaped: %2e%2e/secret.go:1 and shop/%2E%2E/%2e%2e/secret.go:1 and %2fetc/x.go:1. <!-- expect: MP006 MP006 MP006 -->
      Backslashes: ..\\secret.go:1 and shop\\..\\..\\secret.go:1. <!-- expect: MP006 MP006 -->
      Link target: [secret](../../secret.go#L1). <!-- expect: MP006 -->
      File link: shop/leak.go:1 and \`Secret\` in shop/leak.go:3. <!-- expect: MP006 MP006 -->
      Folder link: shop/ext/inner.go:1 and ext/inner.go:1. <!-- expect: MP006 MP001 -->
      Inside link: \`Cart\` at shop/inside.go:4-7, and \`Cart\` via shop\\cart.go:4-7.
    `, { path: fx.path('docs/plan.md') });
    assert.ok(result.diagnostics.filter((d) => d.rule === 'MP006').every((d) => /outside the workspace/.test(d.message) && /not read/.test(d.message)));
    assert.match(result.diagnostics.find((d) => d.message.startsWith('shop/leak.go'))!.message, /link that resolves outside/);
    assert.equal(result.diagnostics[0].message, '../secret.go is outside the workspace: it climbs out of the workspace with "..". It was not read.');
    // Every path handed to the file system lies inside the workspace...
    const out = rfs.accesses.filter((a) => a.path !== fx.root && !a.path.startsWith(fx.root + path.sep));
    assert.deepEqual(out, []);
    // ...and no file behind a link leading out was read or even stat'ed.
    for (const p of rfs.opened()) assert.ok(!/leak\.go|ext/.test(p), p);
    assert.ok(rfs.opened().some((p) => p.endsWith('cart.go')), 'the inside file was read');
  });

  it('never lists or opens a folder link that leads out, even when citing through it', async () => {
    const outside = makeFixture({ 'pkg/far.go': SMALL }, 'macroplan-outside-');
    const fx = makeFixture({ 'a.go': SMALL });
    fx.link('vendored', outside.root);
    const rfs = recordingFs();
    const ws = new FileWorkspace({ root: fx.root, fs: rfs });
    const res = await checkDocument(ws, 'vendored/pkg/far.go:1 and far.go:1 and pkg/far.go:1\n', { config: defaultConfig() });
    assert.deepEqual(res.diagnostics.map((d) => d.rule), ['MP006', 'MP001', 'MP001']);
    assert.deepEqual(rfs.accesses.filter((a) => a.op === 'readdir').map((a) => a.path), [fx.root]);
    assert.deepEqual(rfs.opened(), []);
  });
});
