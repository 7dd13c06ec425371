import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lexGo } from '../../server/src/core/golex';
import { goParser } from '../../server/src/core/treesitter';
import { go, CART_GO } from '../helpers/go';

/** The reference: identifiers and comments as tree-sitter's tree has them. */
async function fromTree(text: string) {
  const tree = (await goParser()).parse(text)!;
  const idents = new Map<string, number[]>();
  const comments: [number, number][] = [];
  const types = new Set(['identifier', 'type_identifier', 'field_identifier', 'package_identifier', 'label_name']);
  const cursor = tree.rootNode.walk();
  let done = false;
  while (!done) {
    const type = cursor.nodeType;
    if (types.has(type)) {
      const line = cursor.startPosition.row + 1;
      const list = idents.get(cursor.nodeText) ?? [];
      if (list[list.length - 1] !== line) list.push(line);
      idents.set(cursor.nodeText, list);
    } else if (type === 'comment') comments.push([cursor.startIndex, cursor.endIndex]);
    if (type !== 'comment' && cursor.gotoFirstChild()) continue;
    while (!cursor.gotoNextSibling()) if (!cursor.gotoParent()) { done = true; break; }
  }
  cursor.delete();
  const hasError = tree.rootNode.hasError;
  tree.delete();
  return { idents, comments, hasError };
}

const sorted = (m: Map<string, number[]>) => [...m].sort((a, b) => a[0].localeCompare(b[0]));

const TRICKY = go(
  'package tricky // the package',
  '',
  'import (',
  '\t"fmt" // fmt is not an identifier here: a string',
  '\tstr "strings"',
  ')',
  '',
  '/* a block comment with Fake identifiers',
  '   over two lines */',
  'type Pair[K comparable, V any] struct {',
  '\tKey   K `json:"key" yaml:"Fake"`',
  '\tValue V',
  '}',
  '',
  'const (',
  '\tHex    = 0x1F + 0X_ab + 0b1010 + 0o17 + 017 + 1_000',
  '\tFloat  = 1e+9 + 1.5e-3 + .25 + 6.02E23 + 0x1p-2 + 0x1e+2',
  '\tImag   = 3i + 2.5i',
  '\tRunes  = \'a\' + \'\\\'\' + \'\\x41\' + \'\\u00e9\' + \'/\'',
  ')',
  '',
  'var Größe, 𝑥 = "\\"quoted // not a comment", `raw',
  '/* not a comment */ Fake`',
  '',
  'func (p *Pair[K, V]) Swap() (out Pair[K, V]) {',
  'outer:',
  '\tfor i := 0; i < 1; i++ {',
  '\t\tif i/2 > 1 { // division, then a comment',
  '\t\t\tbreak outer',
  '\t\t}',
  '\t}',
  '\t_ = fmt.Sprint(str.ToUpper("x"), nil, true, iota)',
  '\treturn out /* trailing */',
  '}',
);

describe('Go lexer (identifiers and comments for the index)', () => {
  const samples: [string, string][] = [['cart', CART_GO], ['tricky', TRICKY]];
  const examples = path.resolve(__dirname, '..', '..', 'examples', 'workspace');
  for (const f of ['sim/routing/policy.go', 'sim/queue/queue.go', 'cmd/sim/main.go', 'sim/config/config.go', 'internal/config/config.go']) {
    samples.push([f, fs.readFileSync(path.join(examples, f), 'utf8')]);
  }

  for (const [name, text] of samples) {
    it(`agrees with tree-sitter's tree on ${name}`, async () => {
      const ref = await fromTree(text);
      assert.equal(ref.hasError, false, 'the sample is valid Go');
      const got = lexGo(text);
      assert.deepEqual(sorted(got.idents), sorted(ref.idents));
      assert.deepEqual(got.comments, ref.comments);
    });
  }

  it('finds every identifier tree-sitter finds in a file with syntax errors', async () => {
    const broken = go('package b', 'func Oops( {', '\treturn ))', '}', 'func After(x int) int { return x }', 'var s = "unterminated', 'type T struct { F int }');
    const ref = await fromTree(broken);
    assert.equal(ref.hasError, true);
    const got = lexGo(broken);
    // In error recovery tree-sitter may call a keyword an identifier; the lexer never does.
    const keywords = new Set(['type', 'func', 'var', 'return']);
    for (const [id, lines] of ref.idents) for (const l of lines) assert.ok(keywords.has(id) || got.idents.get(id)?.includes(l), `${id} on line ${l}`);
    assert.deepEqual(got.idents.get('T'), [7]);
  });

  it('lexes four megabytes in one pass and never loops on odd input', function () {
    // A hang guard, not a measurement: linear lexing of 4 MB takes a fraction of a second; one
    // that recounts lines from the start for each identifier took 12 s on 1 MB, minutes on 4 MB.
    this.timeout(20_000);
    const unit = 'func F(x int) int { return x /* c */ + 0x1F } // done\nvar s = `raw\nraw` + "str\\"" + \'r\'\n';
    const units = Math.ceil(4_000_000 / unit.length);
    const r = lexGo(unit.repeat(units));
    // Each unit is three lines (one inside the raw string) with F on the first: lines 1, 4, 7, ...
    const lines = r.idents.get('F')!;
    assert.equal(lines.length, units);
    assert.equal(lines[units - 1], 3 * units - 2);
    for (const odd of ['"', '`', "'", '/*', '//', '0x', '1e+', '\\', '\uD835', 'a\uD835']) lexGo(odd);
  });
});
