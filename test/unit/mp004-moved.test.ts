import { strict as assert } from 'node:assert';
import { FileWorkspace } from '../../server/src/core/workspace';
import { checkDocument } from '../../server/src/core/engine';
import { defaultConfig } from '../../server/src/core/config';
import { applyEdits, applyFixes } from '../../server/src/core/fixes';
import { makeFixture, dedent } from '../helpers/fixture';
import { assertMarks } from '../helpers/marks';
import { CART_GO } from '../helpers/go';

/** CART_GO with a new function inserted at the top: every declaration moves down 5 lines. */
const MOVED = CART_GO.replace('package shop\n', 'package shop\n\n// Version of the package.\nfunc Version() string {\n\treturn "2"\n}\n');

describe('MP004: a symbol that moved', () => {
  after(() => makeFixture.cleanup());

  it('is correct before the move', async () => {
    const fx = makeFixture({ 'shop/cart.go': CART_GO });
    await assertMarks(new FileWorkspace({ root: fx.root }), dedent`
      - The constructor \`NewCart\` (\`shop/cart.go:25-27\`).
      - **Cart.Total** sums the counts (shop/cart.go#L16-L22).
      - \`Cart.Total\` reads \`Items\` at shop/cart.go:18. Uses count \`it.Count\` at shop/cart.go:19.
      - \`func NewCart(owner string) *Cart\` at shop/cart.go:25.
    `);
  });

  it('after the move, names the current lines, and its fix moves the citation; the fixed plan checks clean', async () => {
    const fx = makeFixture({ 'shop/cart.go': MOVED });
    const ws = new FileWorkspace({ root: fx.root });
    const plan = dedent`
      - The constructor \`NewCart\` (\`shop/cart.go:25-27\`). <!-- expect: MP004 -->
      - **Cart.Total** sums the counts (shop/cart.go#L10-L16). <!-- expect: MP004 -->
      - \`Cart.Total\` in two parts: shop/cart.go:4,10. <!-- expect: MP004 -->
      - \`NoSuchThing\` is not in shop/cart.go:26. <!-- expect: MP004 -->
      - \`NewCart\` past the end: shop/cart.go:25-40. <!-- expect: MP003 -->
      - \`Cart\` is still mentioned in shop/cart.go:31.
    `;
    const first = await assertMarks(ws, plan);
    const [ctor, total, parts, none] = first.diagnostics.filter((d) => d.rule === 'MP004');
    assert.equal(ctor.message, '`NewCart` does not appear in lines 25-27 of shop/cart.go; `NewCart` is declared at lines 30-32.');
    assert.equal(total.message, '`Cart`, `Total` do not appear in lines 10-16 of shop/cart.go; `Cart.Total` is declared at lines 21-27.');
    assert.equal(parts.message, '`Cart`, `Total` do not appear in line 4, line 10 of shop/cart.go; `Cart.Total` is declared at lines 21-27.');
    assert.equal(none.message, '`NoSuchThing` does not appear in line 26 of shop/cart.go.');
    assert.equal(none.suggestions, undefined);
    assert.equal(ctor.suggestions![0].title, 'Move citation to shop/cart.go:30-32');
    assert.equal(total.suggestions![0].title, 'Move citation to shop/cart.go#L21-L27');
    assert.equal(parts.suggestions![0].title, 'Move citation to shop/cart.go:21-27');

    // Moving a citation to a declaration is a suggestion: the cited lines may be a use of the
    // name the sentence is about. `--fix` moves none; the author takes the two that slid whole.
    assert.deepEqual(first.diagnostics.map((d) => d.fix), first.diagnostics.map(() => undefined));
    assert.equal(applyFixes(plan, first.diagnostics).applied, 0);
    const text = applyEdits(plan, [...ctor.suggestions![0].edits, ...total.suggestions![0].edits]);
    assert.equal(text, dedent`
      - The constructor \`NewCart\` (\`shop/cart.go:30-32\`). <!-- expect: MP004 -->
      - **Cart.Total** sums the counts (shop/cart.go#L21-L27). <!-- expect: MP004 -->
      - \`Cart.Total\` in two parts: shop/cart.go:4,10. <!-- expect: MP004 -->
      - \`NoSuchThing\` is not in shop/cart.go:26. <!-- expect: MP004 -->
      - \`NewCart\` past the end: shop/cart.go:25-40. <!-- expect: MP003 -->
      - \`Cart\` is still mentioned in shop/cart.go:31.
    `);
    const again = await checkDocument(ws, text, { config: defaultConfig() });
    assert.deepEqual(again.diagnostics.map((d) => [again.model.lines.positionAt(d.start).line + 1, d.rule]), [[3, 'MP004'], [4, 'MP004'], [5, 'MP003']]);
  });

  it('leaves to the author a move that would change how much is cited (the sentence may only mention the name)', async () => {
    const fx = makeFixture({ 'shop/cart.go': MOVED });
    const ws = new FileWorkspace({ root: fx.root });
    const plan = 'The totals loop reads \`Cart\` and \`NewCart\` (shop/cart.go:4-5).\n';
    const [d] = (await checkDocument(ws, plan, { config: defaultConfig() })).diagnostics;
    assert.equal(d.rule, 'MP004');
    assert.equal(d.fix, undefined);
    assert.equal(d.suggestions!.length, 1);
    assert.equal(applyFixes(plan, [d]).applied, 0);
  });

  it('moves a hash citation with columns and keeps the link form', async () => {
    const fx = makeFixture({ 'shop/cart.go': MOVED });
    const ws = new FileWorkspace({ root: fx.root });
    const plan = 'See [the ctor `NewCart`](shop/cart.go#L25,1-L27,2).\n';
    const first = await checkDocument(ws, plan, { config: defaultConfig() });
    assert.deepEqual(first.diagnostics.map((d) => d.rule), ['MP004']);
    const fixed = applyEdits(plan, first.diagnostics[0].suggestions![0].edits);
    assert.equal(fixed, 'See [the ctor `NewCart`](shop/cart.go#L30-L32).\n');
    assert.deepEqual((await checkDocument(ws, fixed, { config: defaultConfig() })).diagnostics, []);
  });

  it('prefers the method of the named receiver when two types share a method name', async () => {
    const fx = makeFixture({
      'two.go': 'package two\n\ntype Alpha struct{}\n\nfunc (Alpha) Close() error { return nil }\n\ntype Beta struct{}\n\nfunc (b *Beta) Close() error { return nil }\n',
    });
    const r = await checkDocument(new FileWorkspace({ root: fx.root }), '`Beta.Close` is at two.go:3.\n', { config: defaultConfig() });
    assert.deepEqual(r.diagnostics.map((d) => [d.rule, d.suggestions?.[0].title]), [['MP004', 'Move citation to two.go:9']]);
  });
});

describe('applyFixes', () => {
  const d = (start: number, end: number, ...texts: string[]) => ({
    rule: 'MP999', name: 'x', severity: 'warning' as const, start, end, message: '',
    ...(texts.length === 1 ? { fix: { title: texts[0], edits: [{ start, end, newText: texts[0] }] } } : { suggestions: texts.map((t) => ({ title: t, edits: [{ start, end, newText: t }] })) }),
  });

  it('applies fixes, never a suggestion, and skips overlapping edits', () => {
    const text = 'aaaa bbbb cccc dddd';
    const { text: out, applied } = applyFixes(text, [d(0, 4, 'A'), d(5, 9, 'B1', 'B2'), d(10, 14, 'C'), d(12, 16, 'X'), d(15, 15, '>')]);
    assert.equal(out, 'A bbbb C >dddd');
    assert.equal(applied, 3);
  });

  it('never applies two insertions at the same offset', () => {
    assert.equal(applyFixes('ab', [d(1, 1, 'X'), d(1, 1, 'Y')]).text, 'aXb');
  });
});
