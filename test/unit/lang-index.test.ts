import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { indexText, languageOf, type SourceFile } from '../../server/src/core/lang';
import { LineKind, enclosingDecl } from '../../server/src/core/gofile';

const FIXTURES = join(__dirname, '..', 'fixtures', 'lang');

async function indexFile(path: string): Promise<SourceFile> {
  const text = readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
  const lang = languageOf(path, text.slice(0, text.indexOf('\n')));
  assert.ok(lang, `no language for ${path}`);
  const file = await indexText(lang, text);
  assert.ok(file, `${path} did not parse`);
  return file;
}

const row = (f: SourceFile) => f.decls.map((d) => `${d.kind} ${d.receiver ? d.receiver + '.' : ''}${d.name} ${d.startLine}-${d.endLine}${d.doc ? ` doc ${d.doc.startLine}-${d.doc.endLine}` : ''}`);

describe('Language indexes (real tree-sitter grammars)', () => {
  it('tells the language by extension, and a file without one by its #! line', () => {
    assert.equal(languageOf('a/server.cjs'), 'javascript');
    assert.equal(languageOf('x.MJS'), 'javascript');
    assert.equal(languageOf('x.mts'), 'typescript');
    assert.equal(languageOf('x.tsx'), 'tsx');
    assert.equal(languageOf('x.bash'), 'shell');
    assert.equal(languageOf('x.go'), 'go');
    assert.equal(languageOf('x.yaml'), undefined);
    assert.equal(languageOf('bin/deploy', '#!/usr/bin/env bash'), 'shell');
    assert.equal(languageOf('bin/tool', '#!/usr/bin/python3 -u'), 'python');
    assert.equal(languageOf('bin/run', '#!/usr/bin/env -S node --no-warnings'), 'javascript');
    assert.equal(languageOf('bin/run', '#!/bin/sh'), 'shell');
    assert.equal(languageOf('bin/run', '#!/usr/bin/perl'), undefined);
    assert.equal(languageOf('README', 'text'), undefined);
  });

  it('JavaScript (CommonJS): functions with their JSDoc, a class and its methods, constants, arrow functions', async () => {
    const f = await indexFile(join(FIXTURES, 'server.cjs'));
    assert.equal(f.language, 'javascript');
    assert.deepEqual(row(f), [
      'const http 2-2',
      'const MAX_FRAME 4-4',
      'func handleUpgrade 10-16 doc 6-9',
      'func handleRequest 19-21 doc 18-18',
      'type Hub 23-32',
      'method Hub.constructor 24-26',
      'method Hub.broadcast 29-31 doc 28-28',
      'func createServer 34-38',
    ]);
    assert.equal(f.decls.find((d) => d.name === 'createServer')?.signature, 'const createServer = (port) =>');
    assert.equal(f.lineKinds[6 - 1], LineKind.Comment);
    assert.equal(f.lineKinds[17 - 1], LineKind.Blank);
    assert.equal(f.lineKinds[16 - 1], LineKind.Brace);
    assert.deepEqual(f.idents.get('handleUpgrade'), [10, 36]);
    // Words of comments are no identifiers: "key" is only in the JSDoc.
    assert.equal(f.idents.has('checked'), false);
    assert.equal(enclosingDecl(f, 30)?.name, 'broadcast');
  });

  it('TypeScript: interfaces, type aliases, enums, exported classes and functions', async () => {
    const f = await indexFile(join(FIXTURES, 'store.ts'));
    assert.deepEqual(row(f), [
      'type Record 4-7 doc 3-3',
      'type RecordId 9-9',
      'type Mode 11-14',
      'const DEFAULT_LIMIT 16-16',
      'type Store 19-30 doc 18-18',
      'method Store.put 23-25 doc 22-22',
      'method Store.get 27-29',
      'func loadStore 32-36',
    ]);
    assert.deepEqual(f.decls.map((d) => d.typeKind ?? ''), ['interface', 'alias', 'other', '', 'struct', '', '', '']);
    assert.equal(f.decls.find((d) => d.name === 'loadStore')?.signature, 'async function loadStore(path: string): Promise<Store>');
  });

  it('TSX: JSX parses with the tsx grammar', async () => {
    const f = await indexFile(join(FIXTURES, 'panel.tsx'));
    assert.equal(f.hasError, false);
    assert.deepEqual(row(f), ['type PanelProps 3-5', 'func Panel 8-16 doc 7-7']);
  });

  it('Python: decorated classes, methods, docstrings as documentation, module-level names', async () => {
    const f = await indexFile(join(FIXTURES, 'inventory.py'));
    assert.deepEqual(row(f), ['const MAX_ITEMS 5-5', 'var default_site 6-6', 'type Item 9-21 doc 11-11', 'method Item.restock 16-21 doc 17-17', 'func total 24-26']);
    assert.equal(f.decls.find((d) => d.name === 'total')?.signature, 'def total(items)');
    assert.equal(f.lineKinds[1 - 1], LineKind.Comment, 'the module docstring');
    assert.equal(f.lineKinds[17 - 1], LineKind.Comment, 'a docstring');
    assert.equal(f.lineKinds[18 - 1], LineKind.Comment);
    assert.equal(f.lineKinds[19 - 1], LineKind.Code);
  });

  it('Rust: items, attributes and /// docs with their item, methods of impl and trait blocks', async () => {
    const f = await indexFile(join(FIXTURES, 'ring.rs'));
    assert.deepEqual(row(f), [
      'const CAPACITY 6-6 doc 5-5',
      'type Ring 9-13 doc 8-8',
      'method Ring.new 17-19 doc 16-16',
      'method Ring.push 21-24',
      'type Drain 27-29',
      'method Drain.drain 28-28',
      'method Ring.fmt 32-34',
      'type Mode 37-40',
    ]);
    assert.equal(f.decls[1].signature, 'pub struct Ring<T>');
  });

  it('shell: functions in both forms, readonly constants and variables', async () => {
    const f = await indexFile(join(FIXTURES, 'deploy.sh'));
    assert.deepEqual(row(f), ['const TARGET_DIR 4-4', 'var RETRIES 5-5', 'func copy_build 9-12 doc 7-8', 'func restart_service 14-16']);
    assert.deepEqual(f.idents.get('TARGET_DIR'), [4, 11]);
    assert.equal(f.lineKinds[12 - 1], LineKind.Brace, 'a closing brace');
    const g = await indexText('shell', 'if true; then\n  echo a\nfi\nfor x in 1; do\n  echo "$x"\ndone\n');
    assert.deepEqual(Array.from(g!.lineKinds), [LineKind.Code, LineKind.Code, LineKind.Brace, LineKind.Code, LineKind.Code, LineKind.Brace]);
  });

  it('Go goes through the same entry point, unchanged', async () => {
    const f = await indexText('go', 'package a\n\n// F does.\nfunc F() {}\n');
    assert.deepEqual(f && row(f), ['func F 4-4']);
    assert.equal(f?.language, undefined);
  });
});

describe('Language indexes on real code found on this machine', function () {
  this.timeout(60000);

  it('Python standard library: json.decoder', async function () {
    const path = ['/usr/lib/python3.11', '/usr/lib/python3.12', '/usr/lib/python3.13'].map((d) => join(d, 'json', 'decoder.py')).find(existsSync);
    if (!path) return this.skip();
    const f = await indexFile(path);
    assert.equal(f.hasError, false);
    const decode = f.decls.find((d) => d.kind === 'method' && d.receiver === 'JSONDecoder' && d.name === 'decode');
    assert.ok(decode && f.lines[decode.startLine - 1].includes('def decode('));
    assert.ok(decode.doc && decode.doc.startLine === decode.startLine + 1, 'its docstring');
    assert.ok(f.decls.some((d) => d.kind === 'func' && d.name === 'py_scanstring'));
  });

  it('Node.js packages: picomatch, and TypeScript\'s own declarations', async () => {
    const nm = join(__dirname, '..', '..', 'node_modules');
    const pm = await indexFile(join(nm, 'picomatch', 'lib', 'picomatch.js'));
    const main = pm.decls.find((d) => d.name === 'picomatch' && d.kind === 'func');
    assert.ok(main && pm.lines[main.startLine - 1].includes('const picomatch ='));
    assert.ok(pm.decls.some((d) => d.kind === 'method' && d.receiver === 'picomatch' && d.name === 'test'), 'picomatch.test = (...) => {}');
    const ts = await indexFile(join(nm, 'typescript', 'lib', 'typescript.d.ts'));
    assert.equal(ts.hasError, false);
    assert.ok(ts.decls.some((d) => d.name === 'createSourceFile' && d.kind === 'func'));
  });

  it('shell scripts of the system: gettext.sh', async function () {
    if (!existsSync('/usr/bin/gettext.sh')) return this.skip();
    const f = await indexFile('/usr/bin/gettext.sh');
    const fn = f.decls.find((d) => d.name === 'eval_gettext');
    assert.ok(fn && /eval_gettext\s*\(\)/.test(f.lines[fn.startLine - 1]));
  });

  it('every Python file of the standard library\'s json package and every shell script in /usr/bin parses, declarations on their own lines', async function () {
    const pyDir = ['/usr/lib/python3.11', '/usr/lib/python3.12', '/usr/lib/python3.13'].map((d) => join(d, 'json')).find(existsSync);
    if (!pyDir) return this.skip();
    const files = execFileSync('sh', ['-c', `ls ${pyDir}/*.py; grep -l '^#!/bin/sh\\|^#!/bin/bash' /usr/bin/* 2>/dev/null | head -40`], { encoding: 'utf8' }).split('\n').filter(Boolean);
    for (const path of files) {
      const text = readFileSync(path, 'latin1').replace(/\r\n?/g, '\n');
      const lang = languageOf(path, text.slice(0, text.indexOf('\n')));
      if (!lang) continue;
      const f = await indexText(lang, text);
      assert.ok(f, path);
      for (const d of f.decls) {
        assert.ok(d.startLine <= d.endLine && d.endLine <= f.lineCount, `${path}: ${d.name}`);
        assert.ok(f.lines.slice(d.startLine - 1, d.endLine).join('\n').includes(d.name), `${path}: ${d.name} at ${d.startLine}`);
      }
    }
  });
});

describe('Language indexes on hostile input', function () {
  this.timeout(60000);

  it('indexes deeply nested Python classes, TypeScript namespaces and Rust modules without exhausting the stack', async () => {
    const depth = 3000;
    const py = Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}class C${i}:`).join('\n') + `\n${' '.repeat(depth)}pass\n`;
    const ts = 'namespace N {'.repeat(depth) + '}'.repeat(depth) + '\n';
    const rs = 'mod m {'.repeat(depth) + '}'.repeat(depth) + '\n';
    for (const [lang, text] of [['python', py], ['typescript', ts], ['rust', rs]] as const) {
      const f = await indexText(lang, text);
      assert.ok(f, lang);
      assert.ok(f.decls.length > 0 && f.decls.length <= 40, `${lang}: ${f.decls.length} declarations`);
    }
  });
});
