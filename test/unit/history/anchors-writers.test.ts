import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import { makeFixture } from '../../helpers/fixture';
import { FileAnchorStore, LOCK_STALE_MS } from '../../../server/src/core/history/anchorfile';
import { MemoryAnchorStore, anchorKey, blobId, mergeStores, parseStore, type Anchor, type StoreData } from '../../../server/src/core/history/anchors';

const WRITER = path.resolve(__dirname, '..', '..', 'helpers', 'anchor-writer.ts');
const TEXT = 'package sim\n\nfunc Route() {}\n';
const anchor = (seen: number, text = TEXT): Anchor => ({ path: 'sim/routing.go', ranges: [[3, 3]], oid: blobId(text), seen });
const data = (entries: [string, Anchor, string][]): StoreData => ({ anchors: new Map(entries.map(([k, a]) => [k, a])), texts: new Map(entries.map(([, a, t]) => [a.oid, t])) });

/** Runs a writer process; resolves with what it printed. */
function writer(file: string, prefix: string, count: number, start: number): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ['--require', 'tsx/cjs', WRITER, file, prefix, String(count), String(start)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (b) => (out += b));
    p.stderr.on('data', (b) => (err += b));
    p.on('exit', (code) => resolve({ code, out, err }));
  });
}

describe('anchors: writes never lose anchors', function () {
  this.timeout(60000);
  afterEach(() => makeFixture.cleanup());

  it('merges two versions of a store by key, the newer sighting winning', () => {
    const other = 'package sim\n\nfunc Route() { return }\n';
    const theirs = data([['a', anchor(5), TEXT], ['b', anchor(9, other), other], ['c', anchor(1), TEXT]]);
    const ours = data([['b', anchor(7), TEXT], ['c', anchor(3, other), other], ['d', anchor(2), TEXT]]);
    const merged = mergeStores(theirs, ours);
    assert.deepEqual([...merged.anchors.keys()].sort(), ['a', 'b', 'c', 'd']);
    assert.equal(merged.anchors.get('b')!.seen, 9, 'theirs is newer');
    assert.equal(merged.anchors.get('c')!.seen, 3, 'ours is newer');
    assert.equal(merged.texts.get(merged.anchors.get('b')!.oid), other);
  });

  it('a citation seen right again on the same code counts as the newer sighting', () => {
    const s = new MemoryAnchorStore(data([['k', anchor(1), TEXT]]));
    s.put('k', anchor(8), TEXT);
    const theirs = data([['k', anchor(5, 'x\n'), 'x\n']]);
    assert.equal(mergeStores(theirs, { anchors: new Map([['k', s.get('k')!.anchor]]), texts: new Map([[blobId(TEXT), TEXT]]) }).anchors.get('k')!.seen, 8);
  });

  it('a store saved after another wrote keeps the other\'s anchors', () => {
    const fx = makeFixture();
    const file = fx.path('git/macroplan/anchors.json');
    const a = new FileAnchorStore(file, () => undefined);
    const b = new FileAnchorStore(file, () => undefined);
    a.put(anchorKey('p.md', 'a.go:1', 0), anchor(1), TEXT);
    b.put(anchorKey('p.md', 'b.go:1', 0), anchor(2), TEXT);
    a.save();
    b.save();
    assert.deepEqual([...parseStore(fs.readFileSync(file, 'utf8'))!.anchors.keys()].map((k) => k.split('\0')[1]).sort(), ['a.go:1', 'b.go:1']);
    assert.deepEqual(fs.readdirSync(path.dirname(file)), ['anchors.json'], 'no lock or temporary file left');
  });

  it('two processes writing different anchors at once: both sets survive', async () => {
    const fx = makeFixture();
    const file = fx.path('cache/macroplan/anchors-test.json');
    const start = Date.now() + 2500;
    const [x, y] = await Promise.all([writer(file, 'x', 40, start), writer(file, 'y', 40, start)]);
    assert.equal(x.code, 0, x.err);
    assert.equal(y.code, 0, y.err);
    assert.equal(x.out.trim(), '40', x.err);
    assert.equal(y.out.trim(), '40', y.err);
    const keys = [...parseStore(fs.readFileSync(file, 'utf8'))!.anchors.keys()].map((k) => k.split('\0')[1]);
    for (const p of ['x', 'y']) for (let i = 1; i <= 40; i++) assert.ok(keys.includes(`${p}.go:${i}`), `${p}.go:${i} lost`);
  });

  it('a lock held by another writer past the wait skips the save, said once; a stale one is taken over', () => {
    const fx = makeFixture();
    const file = fx.path('git/macroplan/anchors.json');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(`${file}.lock`, '');
    const said: string[] = [];
    const s = new FileAnchorStore(file, (m) => said.push(m));
    s.put(anchorKey('p.md', 'a.go:1', 0), anchor(1), TEXT);
    const t0 = Date.now();
    s.save();
    assert.ok(Date.now() - t0 < 3000, 'waited too long');
    assert.equal(s.saves, 0);
    assert.equal(fs.existsSync(file), false);
    assert.match(said.join('\n'), /is being written by another process/);
    // The same lock, left by a writer that died long ago.
    const old = new Date(Date.now() - LOCK_STALE_MS - 1000);
    fs.utimesSync(`${file}.lock`, old, old);
    s.save();
    assert.equal(s.saves, 1);
    assert.deepEqual(fs.readdirSync(path.dirname(file)), ['anchors.json']);
  });
});
