import { strict as assert } from 'node:assert';
import { FileWorkspace } from '../../server/src/core/workspace';
import { makeFixture, dedent } from '../helpers/fixture';
import { assertMarks } from '../helpers/marks';
import { CART_GO } from '../helpers/go';

describe('MP003: line ranges at the edges of the file', () => {
  after(() => makeFixture.cleanup());

  const body = ['package edge', '', 'func First() {}', '', 'func Last() {}'];
  const files = {
    'lf.go': body.join('\n') + '\n',
    'nofinal.go': body.join('\n'),
    'crlf.go': body.join('\r\n') + '\r\n',
    'cr.go': body.join('\r') + '\r',
    'trailing.go': body.join('\n') + '\n\n\n',
    'one.go': 'package one',
  };

  for (const f of ['lf.go', 'nofinal.go', 'crlf.go', 'cr.go']) {
    it(`counts ${f} as five lines: line 1 and the last line are in range, 0 and 6 are not`, async () => {
      const fx = makeFixture(files);
      await assertMarks(new FileWorkspace({ root: fx.root }), dedent`
        First line: ${f}:1, last line: ${f}:5, whole file: ${f}:1-5, ${f}#L1-L5.
        \`First\` at ${f}:3 and \`Last\` at ${f}:5, ${f}#L5.
        Zero: ${f}:0. <!-- expect: MP003 -->
        Just past: ${f}:6. <!-- expect: MP003 -->
        Range past: ${f}:5-6 and ${f}#L4-L6. <!-- expect: MP003 MP003 -->
        Backwards: ${f}:5-3. <!-- expect: MP003 -->
        Far: ${f}:999999999. <!-- expect: MP003 -->
      `);
    });
  }

  it('counts trailing blank lines as lines, and a one-line file without a newline', async () => {
    const fx = makeFixture(files);
    const r = await assertMarks(new FileWorkspace({ root: fx.root }), dedent`
      trailing.go:7 is blank. <!-- expect: MP005 -->
      trailing.go:8 is past the end. <!-- expect: MP003 -->
      one.go:1 is the package clause, one.go:2 is past it. <!-- expect: MP003 -->
    `);
    assert.equal(r.diagnostics[1].message, 'trailing.go: line 8 is past the end of the file (7 lines).');
  });

  it('explains each kind of bad range', async () => {
    const fx = makeFixture({ 'shop/cart.go': CART_GO });
    const r = await assertMarks(new FileWorkspace({ root: fx.root }), dedent`
      shop/cart.go:0 <!-- expect: MP003 -->
      shop/cart.go:9-3 <!-- expect: MP003 -->
      shop/cart.go:30 <!-- expect: MP003 -->
      shop/cart.go:25-30 <!-- expect: MP003 -->
    `);
    assert.deepEqual(r.diagnostics.map((d) => d.message), [
      'shop/cart.go: line numbers start at 1.',
      'shop/cart.go: the range ends (3) before it starts (9).',
      'shop/cart.go: line 30 is past the end of the file (27 lines).',
      'shop/cart.go: the range ends at line 30, past the end of the file (27 lines).',
    ]);
  });

  it('reports citation ranges in 1-based document positions that cover the citation text', async () => {
    const fx = makeFixture({ 'shop/cart.go': CART_GO });
    // CRLF after the first line, a lone CR after the second: editors count three lines.
    const text = 'Line one.\r\nThen (`shop/cart.go:40`) ends. <!-- expect: MP003 -->\rAnd shop/cart.go#L50. <!-- expect: MP003 -->\n';
    const r = await assertMarks(new FileWorkspace({ root: fx.root }), text);
    const spans = r.diagnostics.map((d) => [r.model.text.slice(d.start, d.end), r.model.lines.positionAt(d.start)]);
    assert.deepEqual(spans, [
      ['shop/cart.go:40', { line: 1, character: 7 }],
      ['shop/cart.go#L50', { line: 2, character: 4 }],
    ]);
  });
});

describe('MP005: ranges with no code', () => {
  after(() => makeFixture.cleanup());

  it('flags blank, comment-only and brace-only ranges, each part of a list on its own', async () => {
    const fx = makeFixture({ 'shop/cart.go': CART_GO });
    const r = await assertMarks(new FileWorkspace({ root: fx.root }), dedent`
      Blank line: shop/cart.go:2. <!-- expect: MP005 -->
      Comment: shop/cart.go:3. <!-- expect: MP005 -->
      Closing brace: shop/cart.go:7. <!-- expect: MP005 -->
      Inner closing brace: shop/cart.go:20. <!-- expect: MP005 -->
      Brace, blank and comment: shop/cart.go:13-15. <!-- expect: MP005 -->
      The end of one func and the start of the next: shop/cart.go:22-24. <!-- expect: MP005 -->
      Two empty parts: shop/cart.go:2,8,14. <!-- expect: MP005 MP005 MP005 -->
      A comment with its declaration is fine: shop/cart.go:3-7 and shop/cart.go#L15-L16.
      The package clause is code: shop/cart.go:1.
      Out of range parts are MP003's: shop/cart.go:2,40. <!-- expect: MP003 MP005 -->
    `);
    assert.equal(r.diagnostics.find((d) => d.rule === 'MP005')!.message, 'line 2 of shop/cart.go holds no code (only blank lines, comments or braces).');
    assert.equal(r.diagnostics.filter((d) => d.rule === 'MP005')[4].message, 'lines 13-15 of shop/cart.go hold no code (only blank lines, comments or braces).');
  });

  it('treats block comments spanning lines and braces with odd spacing as empty', async () => {
    const fx = makeFixture({ 'b.go': 'package b\n\n/*\nfunc Old() {}\n*/\n\nvar (\n\tX = 1\n)\n\nfunc F() {\n\t{\n\t}\n  }  \n' });
    await assertMarks(new FileWorkspace({ root: fx.root }), dedent`
      A commented-out func: b.go:3-5. <!-- expect: MP005 -->
      The closing paren of a var block: b.go:9. <!-- expect: MP005 -->
      Nested braces: b.go:12-14. <!-- expect: MP005 -->
      The var block: b.go:7-9.
    `);
  });
});
