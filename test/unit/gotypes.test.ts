import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { FileWorkspace } from '../../server/src/core/workspace';
import { findTypeDecls, REFRESH_INTERVAL_MS, typeIndexIdle } from '../../server/src/core/gotypes';
import { makeFixture } from '../helpers/fixture';
import { recordingFs } from '../helpers/recording-fs';

describe('finding Go types by name across the workspace', () => {
  afterEach(() => makeFixture.cleanup());

  it('parses only the files whose text names the type, and finds grouped and generic declarations', async () => {
    const files: Record<string, string> = {
      'a/policy.go': 'package a\n\ntype (\n\tPolicy interface {\n\t\tPick() int\n\t}\n\tOther struct{}\n)\n',
      'b/generic.go': 'package b\n\ntype Set[T comparable] interface {\n\tHas(T) bool\n}\n',
      'c/uses.go': 'package c\n\nfunc f(p a.Policy) {}\n',
    };
    for (let i = 0; i < 40; i++) files[`noise/f${i}.go`] = `package noise\n\nfunc F${i}() {}\n`;
    const fx = makeFixture(files);
    const rfs = recordingFs();
    const ws = new FileWorkspace({ root: fx.root, fs: rfs });
    const hits = await findTypeDecls(ws, 'Policy');
    assert.deepEqual(hits.map((h) => [h.rel, h.decl.typeKind, h.decl.startLine, h.decl.endLine]), [['a/policy.go', 'interface', 4, 6]]);
    assert.deepEqual((await findTypeDecls(ws, 'Set')).map((h) => h.rel), ['b/generic.go']);
    assert.deepEqual((await findTypeDecls(ws, 'Other')).map((h) => h.decl.typeKind), ['struct']);
    // Every file is read once for the index; only the candidates are parsed (read again by load).
    const reads = rfs.accesses.filter((a) => a.op === 'readFile').map((a) => a.path.slice(fx.root.length + 1));
    assert.equal(reads.filter((p) => p.startsWith('noise/')).length, 40);
    assert.equal(reads.length, 43 + 2, reads.join(' '));
    assert.equal(reads.filter((p) => p === 'c/uses.go').length, 1, 'a file that only uses the type is not parsed');
  });

  it('never reads a file that links outside the workspace', async () => {
    const outside = makeFixture({ 'secret.go': 'package s\n\ntype Secret interface{ X() }\n' });
    const fx = makeFixture({ 'in/ok.go': 'package in\n' });
    fx.link('in/secret.go', outside.path('secret.go'));
    const rfs = recordingFs();
    const ws = new FileWorkspace({ root: fx.root, fs: rfs });
    assert.deepEqual(await findTypeDecls(ws, 'Secret'), []);
    assert.ok(!rfs.opened().some((p) => p.startsWith(outside.root)));
  });

  it('finds a type added to an existing file after a refresh interval', async () => {
    const fx = makeFixture({ 'a/a.go': 'package a\n' });
    const ws = new FileWorkspace({ root: fx.root });
    assert.deepEqual(await findTypeDecls(ws, 'Later'), []);
    fs.writeFileSync(fx.path('a/a.go'), 'package a\n\ntype Later interface{ X() }\n');
    const future = new Date(Date.now() + 10_000);
    fs.utimesSync(fx.path('a/a.go'), future, future);
    const realNow = Date.now;
    Date.now = () => realNow() + REFRESH_INTERVAL_MS + 1;
    try {
      // The miss starts a refresh in the background; the next lookup sees the type.
      assert.deepEqual(await findTypeDecls(ws, 'Later'), []);
      await typeIndexIdle(ws);
      assert.deepEqual((await findTypeDecls(ws, 'Later')).map((h) => h.rel), ['a/a.go']);
    } finally {
      Date.now = realNow;
    }
  });
});
