import { strict as assert } from 'node:assert';
import { FileWorkspace, type Workspace } from '../../server/src/core/workspace';
import { Disables } from '../../server/src/core/disables';
import { LineIndex } from '../../server/src/core/text';
import { makeFixture, dedent } from '../helpers/fixture';
import { assertMarks } from '../helpers/marks';
import { CART_GO } from '../helpers/go';

describe('inline disables', () => {
  after(() => makeFixture.cleanup());
  let ws: Workspace;
  before(() => {
    ws = new FileWorkspace({ root: makeFixture({ 'shop/cart.go': CART_GO }).root });
  });

  it('disable / enable a region, by id and by name', async () => {
    await assertMarks(ws, dedent`
      Before: missing.go:1. <!-- expect: MP001 -->

      <!-- macroplan-disable MP001 -->
      Inside: missing.go:1 and shop/cart.go:99. <!-- expect: MP003 -->
      <!-- macroplan-enable MP001 -->

      After: missing.go:1. <!-- expect: MP001 -->

      <!-- macroplan-disable citation-line-out-of-range -->
      By name: shop/cart.go:99 and missing.go:1. <!-- expect: MP001 -->
      <!-- macroplan-enable citation-line-out-of-range -->

      <!-- macroplan-disable mp001, MP003 -->
      Lower case, two ids: shop/cart.go:99 and missing.go:1 and shop/cart.go:2. <!-- expect: MP005 -->
      <!-- macroplan-enable MP001 MP003 -->
      Re-enabled: shop/cart.go:99. <!-- expect: MP003 -->
    `);
  });

  it('disable with no ids turns every rule off; enable with an id turns one back on', async () => {
    await assertMarks(ws, dedent`
      <!-- macroplan-disable -->
      All off: missing.go:1 and shop/cart.go:99 and shop/cart.go:2.
      <!-- macroplan-enable MP003 -->
      One back: missing.go:1 and shop/cart.go:99. <!-- expect: MP003 -->
      <!-- macroplan-enable -->
      All back: missing.go:1. <!-- expect: MP001 -->
    `);
  });

  it('disable-next-line and disable-line', async () => {
    await assertMarks(ws, dedent`
      <!-- macroplan-disable-next-line MP001 -->
      Next line: missing.go:1 and shop/cart.go:99. <!-- expect: MP003 -->
      Only the next one: missing.go:1. <!-- expect: MP001 -->
      Same line: missing.go:1 <!-- macroplan-disable-line -->
      Same line by name: missing.go:1 shop/cart.go:99 <!-- macroplan-disable-line citation-file-missing --> <!-- expect: MP003 -->

      Paragraph on
      <!-- macroplan-disable-next-line --> two lines: missing.go:2 <!-- expect: MP001 -->
      then this one missing.go:3.

      <!-- macroplan-disable-next-line
           MP001 -->
      After a comment on two lines: missing.go:1.
    `);
  });

  it('disable-file applies wherever it is written; enable-file lifts it', async () => {
    await assertMarks(ws, dedent`
      Top: missing.go:1 and shop/cart.go:99. <!-- expect: MP003 -->

      Bottom.

      <!-- macroplan-disable-file MP001 -->
    `);
    await assertMarks(ws, dedent`
      <!-- macroplan-disable-file -->
      Nothing: missing.go:1 and shop/cart.go:99.
    `);
  });

  it('ignores directives inside code blocks and inline code, and unknown directives', async () => {
    await assertMarks(ws, dedent`
      \`\`\`
      <!-- macroplan-disable MP001 -->
      \`\`\`
      Fenced directive: missing.go:1. <!-- expect: MP001 -->
      Inline code: \`<!-- macroplan-disable-line -->\` missing.go:1 <!-- expect: MP001 -->
      <!-- macroplan-disabled MP001 --> <!-- macroplan-disable-nextline MP001 -->
      Misspelt: missing.go:1. <!-- expect: MP001 -->
    `);
  });

  it('answers without scanning every toggle on a plan full of directives', function () {
    // A hang guard, not a measurement: with a binary search per rule the 400,000 lookups below
    // take well under a second; scanning the toggles before the line for each one takes minutes.
    this.timeout(20_000);
    const unit = ['<!-- macroplan-disable MP003 -->', 'x', '<!-- macroplan-enable MP003 -->', '<!-- macroplan-disable -->', '<!-- macroplan-enable citation-file-missing -->'];
    const lines = Array.from({ length: 200_000 }, (_, i) => unit[i % unit.length]);
    const text = lines.join('\n');
    const comments = [];
    for (let i = 0, at = 0; i < lines.length; at += lines[i].length + 1, i++) if (lines[i].startsWith('<!--')) comments.push({ start: at, end: at + lines[i].length, value: lines[i] });
    const d = new Disables(comments, text, new LineIndex(text));
    let off = 0;
    for (let l = 0; l < lines.length; l++) {
      if (d.isDisabled({ rule: 'MP003', name: 'citation-line-out-of-range' }, l)) off++;
      if (d.isDisabled({ rule: 'MP001', name: 'citation-file-missing' }, l)) off++;
    }
    // MP003: off from the disable (line 0) up to the enable (line 2), off again from the disable-all (line 3).
    // MP001: off from the disable-all (line 3) until the enable by name (line 4).
    assert.equal(off, 40_000 * 4 + 40_000 * 1);
  });
});
