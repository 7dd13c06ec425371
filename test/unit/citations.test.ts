import { strict as assert } from 'node:assert';
import { scanCitations } from '../../server/src/core/citations';
import { buildModel } from '../../server/src/core/model';
import { FileWorkspace } from '../../server/src/core/workspace';
import { makeFixture, dedent } from '../helpers/fixture';
import { assertMarks } from '../helpers/marks';
import { CART_GO } from '../helpers/go';

/** [cited text, path, [start, end] per part] of every citation the model finds. */
function found(text: string): [string, string, number[][]][] {
  return buildModel(text).citations.map((c) => [text.slice(c.start, c.end), c.path, c.ranges.map((r) => [r.start, r.end])]);
}

describe('citation scanner', () => {
  it('reads every line-spec form', () => {
    const cases: [string, number[][], 'colon' | 'hash'][] = [
      ['shop/cart.go:5', [[5, 5]], 'colon'],
      ['shop/cart.go:4-7', [[4, 7]], 'colon'],
      ['shop/cart.go:433,437,466', [[433, 433], [437, 437], [466, 466]], 'colon'],
      ['shop/cart.go:4-7,16-22,25', [[4, 7], [16, 22], [25, 25]], 'colon'],
      ['shop/cart.go#L5', [[5, 5]], 'hash'],
      ['shop/cart.go#L5-L10', [[5, 10]], 'hash'],
      ['shop/cart.go#L5,3-L10,5', [[5, 10]], 'hash'],
      ['shop/cart.go#L5-10', [[5, 10]], 'hash'],
      // An en dash, as typographers (and some editors) write a range; GitHub's L after a colon.
      ['shop/cart.go:4\u20137', [[4, 7]], 'colon'],
      ['shop/cart.go:4-7,16\u201322', [[4, 7], [16, 22]], 'colon'],
      ['shop/cart.go#L5\u2013L10', [[5, 10]], 'hash'],
      ['shop/cart.go:L5', [[5, 5]], 'colon'],
      ['shop/cart.go:L5-L10', [[5, 10]], 'colon'],
    ];
    for (const [cite, ranges, form] of cases) {
      const text = `See ${cite} here.`;
      const [c, ...rest] = scanCitations(text);
      assert.equal(rest.length, 0, cite);
      assert.equal(text.slice(c.start, c.end), cite, cite);
      assert.equal(text.slice(c.pathStart, c.pathEnd), 'shop/cart.go');
      assert.equal(c.form, form);
      assert.deepEqual(c.ranges.map((r) => [r.start, r.end]), ranges, cite);
    }
  });

  it('reads an HTML link target as a link, relative to the plan\'s folder (a leading / from the root)', () => {
    const cs = buildModel('See <a href="/shop/cart.go#L4-L7">the cart</a> and <a href=\'../shop/cart.go#L16\'>total</a>, not shop/cart.go:4.\n').citations;
    assert.deepEqual(cs.map((c) => [c.rawPath, c.link]), [['/shop/cart.go', true], ['../shop/cart.go', true], ['shop/cart.go', false]]);
  });

  it('gives each part of a comma list its own offsets', () => {
    const text = 'a.go:433,437-440,466';
    const [c] = scanCitations(text);
    assert.deepEqual(c.ranges.map((r) => text.slice(r.specStart, r.specEnd)), ['433', '437-440', '466']);
  });

  it('checks the end of an en-dash range, and reads `:L` lines', async () => {
    const fx = makeFixture({ 'shop/cart.go': CART_GO });
    await assertMarks(new FileWorkspace({ root: fx.root }), dedent`
      - \`NewCart\` is at shop/cart.go:25\u201327.
      - Past the end: shop/cart.go:25\u20139999. <!-- expect: MP003 -->
      - \`NewCart\` at shop/cart.go:L25-L27.
    `);
  });

  it('stops at the punctuation that ends a sentence or a parenthesis', () => {
    assert.deepEqual(found('It is in cart.go:12. Then (cart.go:4-7), cart.go:3, and cart.go:9-; done.\n').map((f) => f[0]),
      ['cart.go:12', 'cart.go:4-7', 'cart.go:3', 'cart.go:9']);
  });

  it('leaves emphasis and strikethrough marks around a citation out of its path', () => {
    assert.deepEqual(found('_sim/a.go:3_ __b.go:4__ ~~c.go#L5~~ ~d.go:6~ *e.go:7* _examples/f.go:8 ~/g.go:9\n').map((f) => f[1]),
      ['sim/a.go', 'b.go', 'c.go', 'd.go', 'e.go', '_examples/f.go', '~/g.go']);
  });

  it('ignores things that only look like citations', () => {
    const text = dedent`
      cart.go alone, cart.go: with no line, cart.gopher:3, cart.go.bak:3, a .go:3 extension,
      https://example.com/shop/cart.go#L5 and http://example.com/cart.go:5 are links elsewhere.
    `;
    assert.deepEqual(found(text), []);
  });

  it('finds citations in prose, inline code and link targets', () => {
    const text = dedent`
      Prose cites shop/cart.go:4 directly.
      Code cites \`shop/cart.go:16-22\` and \`Cart.Total at shop/cart.go#L16\`.
      Links cite [the cart](shop/cart.go#L4-L7) and [total](./shop/cart.go#L16,1-L22,2).
      A link whose text is a citation: [shop/cart.go:25](shop/cart.go#L25).
    `;
    assert.deepEqual(found(text), [
      ['shop/cart.go:4', 'shop/cart.go', [[4, 4]]],
      ['shop/cart.go:16-22', 'shop/cart.go', [[16, 22]]],
      ['shop/cart.go#L16', 'shop/cart.go', [[16, 16]]],
      ['shop/cart.go#L4-L7', 'shop/cart.go', [[4, 7]]],
      ['./shop/cart.go#L16,1-L22,2', './shop/cart.go', [[16, 22]]],
      ['shop/cart.go:25', 'shop/cart.go', [[25, 25]]],
      ['shop/cart.go#L25', 'shop/cart.go', [[25, 25]]],
    ]);
  });

  it('skips fenced and indented code blocks and HTML comments', () => {
    const text = dedent`
      Before: a.go:1.

      \`\`\`go
      // fenced.go:2
      \`\`\`

      ~~~
      tilde.go:3
      ~~~

          indented.go:4

      <!-- block.go:5 -->

      <!--
      multiline.go:6
      -->

      Inline <!-- inline.go:7 --> comment, and another <!-- spread
      over.go:8 lines --> then after.go:9.

      - a list item <!-- listed.go:10 --> with item.go:11

      | cell <!-- cell.go:12 --> | table.go:13 |
      |---|---|

      > quoted.go:14
    `;
    assert.deepEqual(found(text).map((f) => f[0]), ['a.go:1', 'after.go:9', 'item.go:11', 'table.go:13', 'quoted.go:14']);
  });

  it('keeps node offsets equal to text offsets after a byte-order mark', () => {
    const text = '\uFEFF# A\n\n## B\n\n`Foo` x.go:1 <!-- y.go:2 -->\n';
    const m = buildModel(text);
    assert.deepEqual(m.headings.map((h) => text.slice(h.start, h.end)), ['# A', '## B']);
    assert.deepEqual(m.inlineCodes.map((c) => text.slice(c.start, c.end)), ['`Foo`']);
    assert.deepEqual(m.citations.map((c) => [text.slice(c.start, c.end), c.claimed]), [['x.go:1', ['Foo']]]);
  });

  it('decodes %-escapes and backslashes in the path it resolves, keeping the raw text', () => {
    const [a, b, c] = scanCitations('%2e%2e/x.go:1 sim\\x.go:2 bad%zz.go:3');
    assert.equal(a.rawPath, '%2e%2e/x.go');
    assert.equal(a.path, '../x.go');
    assert.equal(b.path, 'sim/x.go');
    assert.equal(c.path, 'bad%zz.go');
  });

  it('scans a megabyte of near-citations on one line in one pass', function () {
    // A hang guard, not a measurement (npm run bench measures): about 100 ms per megabyte; a
    // quadratic scan would take minutes.
    this.timeout(20_000);
    const cases: [string, number][] = [['a.go:', 0], ['x.go#Lx.go#L', 0], ['a.go#L', 0], ['a.go:1-', 142_858], ['.go:', 0], ['%2e.go:', 0], ['a.go:9999999999', 66_667], ['a', 0]];
    for (const [unit, citations] of cases) {
      const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
      assert.equal(scanCitations(text).length, citations, JSON.stringify(unit));
    }
  });

  it('attaches claims to many citations in one paragraph in linear time', function () {
    // A hang guard, not a measurement: 143,000 citations in one megabyte-long paragraph take a
    // few seconds; the old per-citation re-read of the block took 120 s on it. The code-span
    // cases stay small because the Markdown parse itself (remark + GFM) is superlinear on such lines.
    this.timeout(60_000);
    const cases: [string, number, string | undefined][] = [['a.go:1 ', 1_000_000, undefined], ['`Foo` a.go:1, ', 60_000, 'Foo'], ['**FooBar** (`a.go:1-2`) ', 60_000, 'FooBar']];
    for (const [unit, size, claim] of cases) {
      const copies = Math.ceil(size / unit.length);
      const model = buildModel(unit.repeat(copies));
      assert.equal(model.citations.length, copies, JSON.stringify(unit));
      const claiming = model.citations.filter((c) => c.claimed.length > 0);
      if (claim === undefined) assert.equal(claiming.length, 0);
      // Each citation claims the name next to it (all but the last of the bold ones, by ownerOf's rules in model.ts).
      else assert.ok(claiming.length >= copies - 1 && claiming.every((c) => c.claimed.join() === claim), JSON.stringify(unit));
    }
  });

  it('claims identifiers next to a long run of path characters in linear time', function () {
    // A hang guard: a backtracking regex here was quadratic in the length of the run.
    this.timeout(20_000);
    const text = '`' + 'a'.repeat(200_000) + ' a.go:1`\n';
    assert.deepEqual(buildModel(text).citations.map((c) => [c.path, c.claimed.map((id) => id.length)]), [['a.go', [200_000]]]);
  });
});

describe('citation forms against a real Go file', () => {
  after(() => makeFixture.cleanup());

  it('checks every part of every form', async () => {
    const fx = makeFixture({ 'shop/cart.go': CART_GO });
    const ws = new FileWorkspace({ root: fx.root });
    await assertMarks(ws, dedent`
      # Forms

      Single lines: shop/cart.go:4, shop/cart.go:0 <!-- expect: MP003 --> and shop/cart.go:28. <!-- expect: MP003 -->
      Ranges: shop/cart.go:4-7, shop/cart.go:25-27, shop/cart.go:7-4 <!-- expect: MP003 --> and shop/cart.go:25-28. <!-- expect: MP003 -->
      Lists: shop/cart.go:4,16,25 and shop/cart.go:4,99,25 <!-- expect: MP003 --> and shop/cart.go:98,4,99. <!-- expect: MP003 MP003 -->
      List parts are each checked for code: shop/cart.go:4,8,25. <!-- expect: MP005 -->
      Hash: shop/cart.go#L4 and shop/cart.go#L16-L22 and shop/cart.go#L16,1-L22,2 and shop/cart.go#L26,3-L28,1. <!-- expect: MP003 -->
      Code span: \`shop/cart.go:40\` <!-- expect: MP003 -->
      Link: [the cart](shop/cart.go#L40) <!-- expect: MP003 -->
      Suffix: cart.go:4 and /cart.go:4 is absolute. <!-- expect: MP006 -->
    `);
  });
});

describe('non-ASCII paths and identifiers', () => {
  after(() => makeFixture.cleanup());

  it('reads a path with non-ASCII letters whole and claims non-ASCII identifiers', async () => {
    const fx = makeFixture({ 'données/taille.go': 'package données\n\n// Größe is a size.\nfunc Größe() int { return 1 }\n' });
    const text = '`Größe` is at données/taille.go:4. **NeuGröße** is at taille.go:4. <!-- expect: MP004 -->\n';
    assert.deepEqual(buildModel(text).citations.map((c) => [c.path, c.claimed]), [['données/taille.go', ['Größe']], ['taille.go', ['NeuGröße']]]);
    await assertMarks(new FileWorkspace({ root: fx.root }), text);
  });
});
