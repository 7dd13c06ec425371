import { strict as assert } from 'node:assert';
import { Workspace } from '../../server/src/core/workspace';
import { makeFixture, dedent } from '../helpers/fixture';
import { assertMarks } from '../helpers/marks';
import { CART_GO } from '../helpers/go';

describe('inline disables', () => {
  after(() => makeFixture.cleanup());
  let ws: Workspace;
  before(() => {
    ws = new Workspace({ root: makeFixture({ 'shop/cart.go': CART_GO }).root });
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
});
