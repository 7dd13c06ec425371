import { strict as assert } from 'node:assert';
import { FileWorkspace, type Workspace } from '../../server/src/core/workspace';
import { checkDocument, ENGINE_RULES } from '../../server/src/core/engine';
import { defaultConfig } from '../../server/src/core/config';
import { CancelledError, type Cancellation } from '../../server/src/core/types';
import { rules } from '../../server/src/core/rules';
import type { Rule } from '../../server/src/core/rule';
import { makeFixture, dedent } from '../helpers/fixture';
import { assertMarks } from '../helpers/marks';
import { CART_GO } from '../helpers/go';

const byId = (id: string) => rules.find((r) => r.meta.id === id)!;

const throwing: Rule = {
  meta: { id: 'MP990', name: 'always-throws', severity: 'error', description: 'A rule with a bug.', scope: 'markdown', needs: ['citations'] },
  check(ctx) {
    ctx.report({ start: 0, end: 1, message: 'reported before throwing' });
    throw new TypeError('cannot read properties of undefined');
  },
};

describe('engine', () => {
  after(() => makeFixture.cleanup());
  let ws: Workspace;
  before(() => {
    ws = new FileWorkspace({ root: makeFixture({ 'shop/cart.go': CART_GO }).root });
  });

  it('isolates a rule that throws: one MP000, the other rules still report', async () => {
    const logged: string[] = [];
    const r = await checkDocument(ws, 'See missing.go:1 and shop/cart.go:99.\n', {
      config: defaultConfig(), rules: [throwing, byId('MP001'), byId('MP003')], log: (m) => logged.push(m),
    });
    assert.deepEqual(r.diagnostics.map((d) => [d.rule, d.name, d.severity]), [
      ['MP000', 'internal-error', 'error'],
      ['MP001', 'citation-file-missing', 'error'],
      ['MP003', 'citation-line-out-of-range', 'error'],
    ]);
    const internal = r.diagnostics[0];
    assert.match(internal.message, /MP990 \(always-throws\) failed: cannot read properties of undefined/);
    assert.deepEqual([internal.start, internal.end], [0, 0]);
    // What the rule reported before it threw is dropped, and the stack goes to the log.
    assert.ok(!r.diagnostics.some((d) => d.message === 'reported before throwing'));
    assert.ok(logged.some((l) => l.includes('MP990') && l.includes('TypeError')));
  });

  it('isolates an async rule that rejects', async () => {
    const rejecting: Rule = { meta: { ...throwing.meta, id: 'MP991' }, check: async () => Promise.reject(new Error('later')) };
    const r = await checkDocument(ws, 'missing.go:1\n', { config: defaultConfig(), rules: [rejecting, byId('MP001')] });
    assert.deepEqual(r.diagnostics.map((d) => d.rule), ['MP000', 'MP001']);
  });

  it('offers a rule\'s fix that would add or remove a line as a suggestion: --fix never writes prose', async () => {
    const text = 'one\ntwo\n';
    const edit = (start: number, end: number, newText: string) => ({ title: newText, edits: [{ start, end, newText }] });
    const rewriting: Rule = {
      meta: { ...throwing.meta, id: 'MP993' },
      check(ctx) {
        ctx.report({ start: 0, end: 3, message: 'adds a line', fix: edit(3, 3, '\nthree'), suggestions: [edit(0, 3, 'uno')] });
        ctx.report({ start: 0, end: 3, message: 'joins two lines', fix: edit(3, 4, ' ') });
        ctx.report({ start: 0, end: 3, message: 'rewrites a word', fix: edit(4, 7, 'deux') });
      },
    };
    const r = await checkDocument(ws, text, { config: defaultConfig(), rules: [rewriting] });
    assert.deepEqual(r.diagnostics.map((d) => [d.message, d.fix?.title, d.suggestions?.map((f) => f.title)]), [
      ['adds a line', undefined, ['\nthree', 'uno']],
      ['joins two lines', undefined, [' ']],
      ['rewrites a word', 'deux', undefined],
    ]);
  });

  it('lets MP000 be disabled like any rule', async () => {
    const r = await checkDocument(ws, '<!-- macroplan-disable-file internal-error -->\nmissing.go:1\n', { config: defaultConfig(), rules: [throwing, byId('MP001')] });
    assert.deepEqual(r.diagnostics.map((d) => d.rule), ['MP001']);
  });

  it('stops with CancelledError when the token fires, instead of reporting it as MP000', async () => {
    const token: Cancellation = { isCancellationRequested: false };
    const cancelling: Rule = { meta: { ...throwing.meta, id: 'MP992' }, check: () => { (token as { isCancellationRequested: boolean }).isCancellationRequested = true; } };
    await assert.rejects(checkDocument(ws, 'missing.go:1\n', { config: defaultConfig(), rules: [cancelling, byId('MP001')], token }), CancelledError);
  });

  it('re-levels and turns off rules from the configuration, by id or by name', async () => {
    const config = { ...defaultConfig(), rules: { MP001: 'warning' as const, 'citation-line-out-of-range': 'off' as const, MP005: 'info' as const } };
    const r = await checkDocument(ws, 'missing.go:1 shop/cart.go:99 shop/cart.go:2\n', { config });
    assert.deepEqual(r.diagnostics.map((d) => [d.rule, d.severity]), [['MP001', 'warning'], ['MP005', 'info']]);
  });

  it('skips a document over maxPlanSize with one MP008 warning', async () => {
    const config = { ...defaultConfig(), maxPlanSize: 100 };
    const r = await checkDocument(ws, 'missing.go:1\n'.repeat(20), { config });
    assert.deepEqual(r.diagnostics.map((d) => [d.rule, d.name, d.severity, d.start, d.end]), [['MP008', ENGINE_RULES.tooLarge.name, 'warning', 0, 0]]);
    assert.match(r.diagnostics[0].message, /too large \(260 characters, limit 100/);
    assert.deepEqual(r.citations, []);
  });

  it('re-levels or turns off MP000 and MP008 from the configuration like any rule', async () => {
    const big = 'missing.go:1\n'.repeat(20);
    const r1 = await checkDocument(ws, big, { config: { ...defaultConfig(), maxPlanSize: 100, rules: { MP008: 'info' } } });
    assert.deepEqual(r1.diagnostics.map((d) => [d.rule, d.severity]), [['MP008', 'info']]);
    const r2 = await checkDocument(ws, big, { config: { ...defaultConfig(), maxPlanSize: 100, rules: { 'document-too-large': 'off' } } });
    assert.deepEqual(r2.diagnostics, []);
    const r3 = await checkDocument(ws, 'missing.go:1\n', { config: { ...defaultConfig(), rules: { MP000: 'warning' } }, rules: [throwing, byId('MP001')] });
    assert.deepEqual(r3.diagnostics.map((d) => [d.rule, d.severity]), [['MP000', 'warning'], ['MP001', 'error']]);
    const r4 = await checkDocument(ws, 'missing.go:1\n', { config: { ...defaultConfig(), rules: { 'internal-error': 'off' } }, rules: [throwing, byId('MP001')] });
    assert.deepEqual(r4.diagnostics.map((d) => d.rule), ['MP001']);
  });

  it('checks an empty document, and one of only whitespace or odd bytes, without findings', async () => {
    for (const text of ['', '\n\n\r\n', '\u0000\uFFFD\uD800 .go: #L', '<!--', '```\nunclosed.go:1']) {
      const r = await checkDocument(ws, text, { config: defaultConfig() });
      assert.deepEqual(r.diagnostics, [], JSON.stringify(text));
    }
  });

  it('sorts diagnostics by position, then rule', async () => {
    await assertMarks(ws, dedent`
      shop/cart.go:2,99 missing.go:1 <!-- expect: MP003 MP005 MP001 -->
    `);
    const r = await checkDocument(ws, 'shop/cart.go:2,99 missing.go:1\n', { config: defaultConfig() });
    assert.deepEqual(r.diagnostics.map((d) => d.rule), ['MP003', 'MP005', 'MP001']);
  });
});
