import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FileWorkspace, type Workspace } from '../../server/src/core/workspace';
import { makeFixture, type Fixture } from '../helpers/fixture';
import { assertMarks } from '../helpers/marks';
import { checkDocument } from '../../server/src/core/engine';
import { defaultConfig } from '../../server/src/core/config';

/** `text` with one piece replaced (the piece must exist). */
function edit(text: string, from: string, to: string): string {
  assert.ok(text.includes(from), `fixture lacks ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

/**
 * Micro plans written the way an agent following micro-plan-prompt.md writes them, which
 * must draw no finding a reviewer would reject (issue 12).
 */
const dir = path.join(__dirname, '..', 'fixtures', 'plans', 'micro');
const full = fs.readFileSync(path.join(dir, 'discount-cap-micro-plan.md'), 'utf8');

const GO_CART = ['package shop', '', 'func NewCart(cap int) *Cart {', '\treturn &Cart{cap: cap}', '}', '', 'func (c *Cart) Total() int {', '\toff := c.discount', '\tif off > 100 {', '\t\toff = 100', '\t}', '\treturn c.price * (100 - off) / 100', '}', '', 'type Cart struct {', '\tprice, discount, cap int', '}', ''].join('\n');

describe('micro plans in the prompt\'s own layout', () => {
  let fx: Fixture;
  let ws: Workspace;
  before(() => {
    fx = makeFixture({ 'go.mod': 'module shop\n', 'shop/cart.go': GO_CART });
    ws = new FileWorkspace({ root: fx.root });
  });
  after(() => fx.remove());

  it('reads an appendix heading over `K) Detailed specifications` as one section K, and still reports a second K', async () => {
    const appendix = '\n## Appendix: File-Level Implementation Details\n\n### K) Detailed specifications\n\nThe cap is an integer percent; `Cart.Total` rounds down.\n';
    const opts = { path: fx.path('docs/plans/discount-cap-micro-plan.md') };
    const r = await assertMarks(ws, full + appendix, opts);
    assert.ok(r.profile?.name === 'micro');
    await assertMarks(ws, full + appendix + '\n### K) File-Level Implementation Details <!-- expect: MP102 -->\n\nMore.\n', opts);
  });

  it('reads contracts written in a fence, as the template displays them, as defined (MP120), and still reports a duplicate there', async () => {
    const opts = { path: fx.path('docs/plans/discount-cap-micro-plan.md') };
    const unbold = (t: string) => t.replace(/\*\*(BC-\d: [^*]+)\*\*/g, '$1');
    let fencedPlan = edit(full, '**Positive contracts:**\n\n', '**Positive contracts:**\n\n```\n');
    fencedPlan = edit(fencedPlan, '\n\n**Error handling contracts:**\n\n', '\n```\n\n**Error handling contracts:**\n\n```text\n');
    fencedPlan = edit(fencedPlan, '- THEN loading fails with an error naming the cap\n', '- THEN loading fails with an error naming the cap\n```\n');
    const r = await assertMarks(ws, unbold(fencedPlan), opts);
    assert.equal(r.profile?.name, 'micro');
    const dup = edit(unbold(fencedPlan), 'BC-3: A cap out of range is refused', 'BC-2: A cap out of range is refused');
    const d = await checkDocument(ws, dup, { config: defaultConfig(), ...opts });
    assert.ok(d.diagnostics.some((x) => x.rule === 'MP120' && /BC-2 is defined twice/.test(x.message)), d.diagnostics.map((x) => x.message).join('\n'));
  });
});

