import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FileWorkspace } from '../../server/src/core/workspace';
import { nodeFs, type FileSystem } from '../../server/src/core/fs';

describe('a watched workspace', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-watched-'));
    fs.writeFileSync(path.join(dir, 'a.go'), 'package a\n\nfunc A() {}\n');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('serves cached parses without touching the disk until told of a change', async () => {
    const touched: string[] = [];
    const recording: FileSystem = {
      readFile: (p) => (touched.push(p), nodeFs.readFile(p)),
      stat: (p) => (touched.push(p), nodeFs.stat(p)),
      realpath: (p) => (touched.push(p), nodeFs.realpath(p)),
      readdir: (p) => nodeFs.readdir(p),
    };
    const ws = new FileWorkspace({ root: dir, fs: recording, watched: true });
    const abs = path.join(dir, 'a.go');
    const first = await ws.resolve('a.go');
    assert.equal(first.kind, 'ok');
    const loaded = await ws.load(abs);
    assert.equal(loaded.kind === 'ok' && loaded.file.lineCount, 3);
    touched.length = 0;
    fs.writeFileSync(abs, 'package a\n\n\n\nfunc A() {}\n');
    await ws.resolve('a.go');
    const again = await ws.load(abs);
    assert.equal(again.kind === 'ok' && again.file.lineCount, 3, 'cached until invalidated');
    assert.deepEqual(touched, []);
    ws.invalidate(abs);
    const fresh = await ws.load(abs);
    assert.equal(fresh.kind === 'ok' && fresh.file.lineCount, 5);
  });

  it('re-checks by mtime and size when not watched', async () => {
    const ws = new FileWorkspace({ root: dir });
    const abs = path.join(dir, 'a.go');
    await ws.load(abs);
    fs.writeFileSync(abs, 'package a\n\n\n\nfunc A() {}\n');
    const fresh = await ws.load(abs);
    assert.equal(fresh.kind === 'ok' && fresh.file.lineCount, 5);
  });

  it('keeps at most maxCachedFiles indexed files, dropping the least recently used', async () => {
    for (const n of ['b', 'c']) fs.writeFileSync(path.join(dir, `${n}.go`), `package a\n\nfunc ${n.toUpperCase()}() {}\n`);
    const reads: string[] = [];
    const recording: FileSystem = { ...nodeFs, readFile: (p) => (reads.push(path.basename(p)), nodeFs.readFile(p)) };
    const ws = new FileWorkspace({ root: dir, fs: recording, watched: true, maxCachedFiles: 2 });
    const load = (n: string) => ws.load(path.join(dir, `${n}.go`));
    await load('a');
    await load('b');
    await load('a'); // a is now the most recently used
    await load('c'); // evicts b
    assert.deepEqual(reads, ['a.go', 'b.go', 'c.go']);
    await load('a');
    await load('b');
    assert.deepEqual(reads, ['a.go', 'b.go', 'c.go', 'b.go']);
  });
});
