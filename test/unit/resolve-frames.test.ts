/** Where a citation resolves from: link targets from the plan's folder, other repositories, paths that are not here. */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { FileWorkspace } from '../../server/src/core/workspace';
import { checkDocument } from '../../server/src/core/engine';
import { defaultConfig, mergeConfig } from '../../server/src/core/config';
import { applyFixes } from '../../server/src/core/fixes';
import { inspectCitation } from '../../server/src/core/queries';
import { buildModel } from '../../server/src/core/model';
import { makeFixture, dedent } from '../helpers/fixture';
import { assertMarks } from '../helpers/marks';
import { recordingFs } from '../helpers/recording-fs';
import { go, CART_GO } from '../helpers/go';

const ROUTE = go('package sim', '', '// Route picks an instance.', 'func Route(n int) int {', '\treturn n % 2', '}');

describe('citation frames', () => {
  after(() => makeFixture.cleanup());

  it('resolves a link target from the plan’s folder, like GitHub; a leading / from the root; prose from the root', async () => {
    const fx = makeFixture({ 'sim/routing.go': ROUTE, 'docs/plans/plan.md': '' });
    const ws = new FileWorkspace({ root: fx.root });
    const r = await assertMarks(ws, dedent`
      - [Route](../../sim/routing.go#L4-L6) and [the same](/sim/routing.go#L4-L6).
      - Prose: \`Route\` at sim/routing.go:4-6 and \`../../sim/routing.go:4\` in a code span. <!-- expect: MP006 -->
      - A link written from the root: [Route](sim/routing.go#L4). <!-- expect: MP001 -->
      - [Out](../../../sim/routing.go#L4). <!-- expect: MP006 -->
    `, { path: fx.path('docs/plans/plan.md') });
    const wrong = r.diagnostics.find((d) => d.rule === 'MP001')!;
    // The fix writes the path as this link needs it, relative to the plan's folder: the only file
    // of that name, so one answer that `--fix` applies.
    assert.equal(wrong.fix?.title, 'Replace with ../../sim/routing.go');
    assert.equal(wrong.suggestions, undefined);
    assert.match(applyFixes(r.model.text, [wrong]).text, /\[Route\]\(\.\.\/\.\.\/sim\/routing\.go#L4\)/);
    // The editor queries resolve the same way (hover, definition and links use inspectCitation / resolveCitation).
    const link = buildModel('[Route](../../sim/routing.go#L4-L6)\n').citations[0];
    assert.equal(link.link, true);
    const info = await inspectCitation(ws, link, fx.path('docs/plans/plan.md'));
    assert.equal(info.resolution.kind === 'ok' && info.resolution.rel, 'sim/routing.go');
    assert.equal(info.ranges[0].decl?.name, 'Route');
    const prose = buildModel('sim/routing.go:4\n').citations[0];
    assert.equal(prose.link, false);
  });

  it('says "not in this workspace" for a first folder that exists nowhere here, without guesses', async () => {
    const fx = makeFixture({ 'sim/routing.go': ROUTE, 'pkg/plugins/scorer.go': go('package plugins') });
    const ws = new FileWorkspace({ root: fx.root });
    const r = await checkDocument(ws, 'See gateway-api-inference-extension/pkg/plugins/scorer.go:10 and sim/routng.go:4.\n', { config: defaultConfig() });
    assert.deepEqual(r.diagnostics.map((d) => [d.rule, d.message]), [
      ['MP001', 'gateway-api-inference-extension/pkg/plugins/scorer.go is not in this workspace: it has no folder gateway-api-inference-extension/. If it cites another repository, map the prefix in "repositories" of .macroplan.json (to a local checkout, or to null to leave it unchecked).'],
      ['MP001', 'sim/routng.go does not exist in the workspace. Closest: sim/routing.go.'],
    ]);
    assert.equal(r.diagnostics[0].fix, undefined);
    assert.equal(r.diagnostics[0].suggestions, undefined);
    // A close name is a guess, left to the author.
    assert.deepEqual([r.diagnostics[1].fix, r.diagnostics[1].suggestions?.map((s) => s.title)], [undefined, ['Replace with sim/routing.go']]);
  });

  it('checks citations into another repository in its mapped checkout, fenced like the workspace', async () => {
    const other = makeFixture({ 'pkg/scorer.go': go('package pkg', '', 'func Score() int {', '\treturn 1', '}'), 'secret.go': go('package x') }, 'macroplan-other-');
    const fx = makeFixture({ 'sim/routing.go': ROUTE, 'shop/cart.go': CART_GO });
    const rfs = recordingFs();
    const ws = new FileWorkspace({ root: fx.root, fs: rfs, repositories: { 'gaie/': path.relative(fx.root, other.root) } });
    await assertMarks(ws, dedent`
      - \`Score\` at gaie/pkg/scorer.go:3-5.
      - \`Route\` at gaie/pkg/scorer.go:3. <!-- expect: MP004 -->
      - Gone: gaie/pkg/gone.go:1. <!-- expect: MP001 -->
      - Climbing: gaie/../secret.go:1 and gaie/pkg/../../../x.go:1. <!-- expect: MP001 MP006 -->
    `);
    // Only the workspace and the checkout were touched.
    const outside = rfs.accesses.filter((a) => ![fx.root, other.root].some((r) => a.path === r || a.path.startsWith(r + path.sep)));
    assert.deepEqual(outside, []);
  });

  it('leaves citations into a repository mapped to nothing unchecked, with one info per plan', async () => {
    const fx = makeFixture({ 'sim/routing.go': ROUTE });
    const ws = new FileWorkspace({ root: fx.root, repositories: { 'gaie': null } });
    const r = await checkDocument(ws, 'See gaie/pkg/a.go:1, gaie/pkg/b.go:2 and gaie/c.go:3.\n', { config: defaultConfig() });
    assert.deepEqual(r.diagnostics.map((d) => [d.rule, d.severity, d.message]), [['MP006', 'info', '3 citations into gaie/ are not checked: "repositories" in .macroplan.json maps it to no checkout.']]);
  });

  it('reads "repositories" and "idSources" from .macroplan.json', async () => {
    const problems: { message: string }[] = [];
    const c = mergeConfig(defaultConfig(), { repositories: { 'gaie/': '../gaie', other: null }, idSources: ['docs/rules.md'] }, problems);
    assert.deepEqual([c.repositories, c.idSources, problems], [{ 'gaie/': '../gaie', other: null }, ['docs/rules.md'], []]);
    mergeConfig(defaultConfig(), { repositories: { x: 3 } }, problems);
    assert.equal(problems.length, 1);
  });
});
