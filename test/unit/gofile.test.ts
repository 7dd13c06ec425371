import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { FileWorkspace, type LoadedGoFile } from '../../server/src/core/workspace';
import { LineKind, enclosingDecl, type GoFile } from '../../server/src/core/gofile';
import { makeFixture, dedent } from '../helpers/fixture';
import { assertMarks } from '../helpers/marks';
import { go, CART_GO } from '../helpers/go';

function ok(l: LoadedGoFile): GoFile & { encoding: string } {
  assert.equal(l.kind, 'ok', l.kind === 'problem' ? l.reason : '');
  return { ...(l as Extract<LoadedGoFile, { kind: 'ok' }>).file, encoding: (l as Extract<LoadedGoFile, { kind: 'ok' }>).encoding };
}

describe('Go index (real tree-sitter grammar, real files)', () => {
  after(() => makeFixture.cleanup());

  it('indexes declarations with their lines and readable signatures', async () => {
    const fx = makeFixture({ 'shop/cart.go': CART_GO });
    const ws = new FileWorkspace({ root: fx.root });
    const file = ok(await ws.load(fx.path('shop/cart.go')));
    assert.equal(file.lineCount, 27);
    assert.deepEqual(file.decls.map((d) => [d.kind, d.receiver ?? '', d.name, d.startLine, d.endLine]), [
      ['type', '', 'Cart', 4, 7],
      ['type', '', 'Item', 10, 13],
      ['method', 'Cart', 'Total', 16, 22],
      ['func', '', 'NewCart', 25, 27],
    ]);
    assert.deepEqual(file.decls.map((d) => d.signature), [
      'type Cart struct',
      'type Item struct',
      'func (c *Cart) Total() int',
      'func NewCart(owner string) *Cart',
    ]);
    assert.equal(enclosingDecl(file, 19)?.name, 'Total');
    assert.equal(enclosingDecl(file, 23), undefined);
    assert.deepEqual(file.idents.get('Cart'), [4, 16, 25, 26]);
  });

  it('names the receiver type of methods: pointer, value, generic, non-ASCII', async () => {
    const fx = makeFixture({
      'r.go': go('package r', 'type Größe struct{}', 'type List[T any] struct{}', 'func (g *Größe) Wert() int { return 0 }', 'func (l List[T]) Len() int { return 0 }', 'func (*List[T]) Cap() int { return 0 }', 'func (Größe) Plain() {}'),
    });
    const file = ok(await new FileWorkspace({ root: fx.root }).load(fx.path('r.go')));
    assert.deepEqual(file.decls.filter((d) => d.kind === 'method').map((d) => `${d.receiver}.${d.name}`), ['Größe.Wert', 'List.Len', 'List.Cap', 'Größe.Plain']);
  });

  it('classifies lines as code, blank, comment or brace', async () => {
    const fx = makeFixture({
      'k.go': go(
        'package k', //            1
        '', //                     2
        '/* a block', //           3
        '   comment */', //        4
        'func F() {', //           5
        '\tx := 1 // trailing', // 6
        '\t_ = x', //              7
        '\t}', //                  8 (brace, odd indent)
        '  ', //                   9 (spaces only)
        '/* c */ var V = 1', //   10
        ')', //                   11 (brace-like)
      ),
    });
    const file = ok(await new FileWorkspace({ root: fx.root }).load(fx.path('k.go')));
    assert.deepEqual([...file.lineKinds], [
      LineKind.Code, LineKind.Blank, LineKind.Comment, LineKind.Comment, LineKind.Code, LineKind.Code,
      LineKind.Code, LineKind.Brace, LineKind.Blank, LineKind.Code, LineKind.Brace,
    ]);
  });

  it('indexes a file with syntax errors: declarations before and after the error are found', async () => {
    const broken = go(
      'package broken', //                    1
      '', //                                  2
      'type Before struct {', //              3
      '\tN int', //                           4
      '}', //                                 5
      '', //                                  6
      'func Oops( {', //                      7  the error
      '\treturn ))', //                       8
      '}', //                                 9
      '', //                                 10
      'func After(x int) int {', //          11
      '\treturn x + 1', //                   12
      '}', //                                13
      '', //                                 14
      'type AlsoAfter interface {', //       15
      '\tDo() error', //                     16
      '}', //                                17
    );
    const fx = makeFixture({ 'broken.go': broken });
    const ws = new FileWorkspace({ root: fx.root });
    const file = ok(await ws.load(fx.path('broken.go')));
    assert.equal(file.hasError, true);
    const names = new Map(file.decls.map((d) => [d.name, [d.startLine, d.endLine]]));
    assert.deepEqual(names.get('Before'), [3, 5]);
    assert.deepEqual(names.get('After'), [11, 13]);
    assert.deepEqual(names.get('AlsoAfter'), [15, 17]);
    assert.deepEqual(file.decls.find((d) => d.name === 'AlsoAfter')?.methods, [{ name: 'Do', signature: '() error' }]);
    // And the rules still work on it.
    await assertMarks(ws, dedent`
      \`Before\` is at broken.go:3-5 and \`After\` at broken.go:11-13.
      \`AlsoAfter\` is at broken.go:3-5. <!-- expect: MP004 -->
    `);
  });

  it('reads CRLF, lone-CR and no-final-newline files with editor line numbers', async () => {
    const lines = ['package e', '', 'func A() {}', '', 'func B() {}'];
    const fx = makeFixture({
      'crlf.go': lines.join('\r\n') + '\r\n',
      'cr.go': lines.join('\r'),
      'nofinal.go': lines.join('\n'),
      'mixed.go': 'package e\r\n\nfunc A() {}\r\r\nfunc B() {}',
      'empty.go': '',
    });
    const ws = new FileWorkspace({ root: fx.root });
    for (const f of ['crlf.go', 'cr.go', 'nofinal.go', 'mixed.go']) {
      const file = ok(await ws.load(fx.path(f)));
      assert.equal(file.lineCount, 5, f);
      assert.deepEqual(file.decls.map((d) => [d.name, d.startLine]), [['A', 3], ['B', 5]], f);
      assert.equal(file.lines[2], 'func A() {}', f);
    }
    assert.equal(ok(await ws.load(fx.path('empty.go'))).lineCount, 0);
  });

  it('reads UTF-8 with a BOM, and UTF-16 (both byte orders) with a BOM', async () => {
    const src = go('package u', '', '// Größe is the size, in Ω.', 'func Größe() int { return 1 }');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(src, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    const fx = makeFixture({
      'bom8.go': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(src, 'utf8')]),
      'le.go': le,
      'be.go': be,
    });
    const ws = new FileWorkspace({ root: fx.root });
    for (const [f, enc] of [['bom8.go', 'utf-8'], ['le.go', 'utf-16'], ['be.go', 'utf-16']]) {
      const file = ok(await ws.load(fx.path(f)));
      assert.equal(file.encoding, enc, f);
      assert.equal(file.lines[0], 'package u', f);
      assert.deepEqual(file.decls.map((d) => [d.name, d.startLine]), [['Größe', 4]], f);
    }
    await assertMarks(ws, dedent`
      \`Größe\` is at le.go:4, be.go:4 and bom8.go:4.
      \`Größe\` is documented at le.go:3, the comment directly above it.
      \`Größe\` is not at le.go:1. <!-- expect: MP004 -->
    `);
  });

  it('reports a non-UTF-8 file as read with Latin-1, and a binary file as unreadable, without crashing', async () => {
    const fx = makeFixture({
      'latin.go': Buffer.concat([Buffer.from('package l\n\n// caf'), Buffer.from([0xe9]), Buffer.from('\nfunc Cafe() {}\n')]),
      'blob.go': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0xff, 0xfe, 0x00, 0x10, 0x0a, 0x00]),
      'nul.go': Buffer.from('package n\n\x00\x00func N() {}\n'),
    });
    const ws = new FileWorkspace({ root: fx.root });
    const latin = ok(await ws.load(fx.path('latin.go')));
    assert.equal(latin.encoding, 'latin1');
    assert.equal(latin.lines[2], '// café');
    const blob = await ws.load(fx.path('blob.go'));
    assert.equal(blob.kind, 'problem');
    const result = await assertMarks(ws, dedent`
      \`Cafe\` is at latin.go:4. <!-- expect: MP007 -->
      The blob is blob.go:1 and nul.go:2. <!-- expect: MP007 MP007 -->
    `);
    const sev = result.diagnostics.map((d) => [d.severity, d.message.includes('Latin-1') || d.message.includes('binary')]);
    assert.deepEqual(sev, [['info', true], ['warning', true], ['warning', true]]);
  });

  it('never opens a FIFO or a folder named like a Go file (MP007, no hang)', async function () {
    const fx = makeFixture({ 'pkg.go/inner.go': go('package inner') });
    execFileSync('mkfifo', [fx.path('pipe.go')]);
    const ws = new FileWorkspace({ root: fx.root });
    const r = await assertMarks(ws, 'A pipe: pipe.go:1 and a folder: pkg.go:1. <!-- expect: MP007 MP007 -->\n');
    assert.deepEqual(r.diagnostics.map((d) => d.message), ['pipe.go cannot be checked: not a regular file.', 'pkg.go cannot be checked: not a regular file.']);
  });

  it('skips a Go file larger than maxFileSize with MP007', async () => {
    const fx = makeFixture({ 'big.go': go('package big', '', `var X = "${'x'.repeat(2000)}"`) });
    const ws = new FileWorkspace({ root: fx.root, maxFileSize: 1000 });
    const r = await assertMarks(ws, 'Big: big.go:3 <!-- expect: MP007 -->\n');
    assert.match(r.diagnostics[0].message, /too large/);
  });
});
