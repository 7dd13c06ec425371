import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { FileWorkspace, memoryWorkspace } from '../../server/src/core/workspace';
import { memoryFs } from '../../server/src/core/memfs';
import { nodeFs } from '../../server/src/core/fs';
import { readPlan } from '../../server/src/core/planread';
import { execFileSync } from 'node:child_process';
import * as fsSync from 'node:fs';
import { checkDocument } from '../../server/src/core/engine';
import { defaultConfig } from '../../server/src/core/config';
import { makeFixture, dedent } from '../helpers/fixture';
import { CART_GO } from '../helpers/go';

const FILES: Record<string, string> = {
  'shop/cart.go': CART_GO,
  'shop/internal/price.go': 'package internal\n\nfunc Price() int { return 1 }\n',
  'docs/notes.md': '# Notes\n',
};

const PLAN = dedent`
  # Plan

  The cart lives in shop/cart.go:1-3, the price in price.go:3 and the tax in shop/tax.go:1.
  Past the end: shop/cart.go:999.
`;

describe('hosts: the workspace in memory and on disk', () => {
  after(() => makeFixture.cleanup());

  it('resolves, reads and checks a plan the same over memory as over the disk', async () => {
    const fx = makeFixture(FILES);
    const disk = new FileWorkspace({ root: fx.root });
    const memory = memoryWorkspace({ root: fx.root, files: FILES });
    const run = async (ws: FileWorkspace) => {
      const r = await checkDocument(ws, PLAN, { config: defaultConfig(), path: fx.path('PLAN.md') });
      return { diagnostics: r.diagnostics.map((d) => [d.rule, d.message]), resolutions: r.citations.map((c) => c.resolution) };
    };
    const [onDisk, inMemory] = [await run(disk), await run(memory)];
    // The check must have found something to compare: a missing file and a line past the end.
    assert.deepEqual(onDisk.diagnostics.map(([rule]) => rule).sort(), ['MP001', 'MP003']);
    assert.deepEqual(inMemory, onDisk);
    assert.deepEqual([...(await memory.markdownFiles())], ['docs/notes.md']);
  });

  it('memoryFs: folders implied by paths, missing paths fail like the disk, a capped read stops early', async () => {
    const fs = memoryFs({ '/w/a/b.go': 'package b\n' });
    assert.deepEqual((await fs.readdir('/w')).map((e) => [e.name, e.isDirectory()]), [['a', true]]);
    assert.equal((await fs.stat('/w/a/b.go')).size, 10);
    assert.equal((await fs.readFile('/w/a/b.go', 4)).toString(), 'pack');
    await assert.rejects(fs.realpath('/w/c'), { code: 'ENOENT' });
    await assert.rejects(fs.readdir('/w/c'), { code: 'ENOENT' });
    await assert.rejects(fs.readdir('/w/a/b.go'), { code: 'ENOTDIR' });
    const before = (await fs.stat('/w/a/b.go')).mtimeMs;
    fs.set('/w/a/b.go', 'package c\n');
    assert.ok((await fs.stat(path.join('/w', 'a', 'b.go'))).mtimeMs > before, 'a rewrite moves the modification time on');
  });

  it('readPlan: inside the root, a regular file, at most one byte past the cap', async () => {
    const fx = makeFixture({ 'docs/plan.md': '# Plan\n\nshop/cart.go:1\n', 'docs/big.md': 'é'.repeat(100) });
    const outside = makeFixture({ 'secret.md': '# Secret\n' });
    fx.link('docs/link.md', outside.path('secret.md'));
    execFileSync('mkfifo', [fx.path('docs/fifo.md')]);
    assert.deepEqual(await readPlan(nodeFs, fx.path('docs/plan.md'), fx.root, 1000), { kind: 'ok', text: '# Plan\n\nshop/cart.go:1\n', real: fx.path('docs/plan.md'), size: 23 });
    assert.deepEqual(await readPlan(nodeFs, fx.path('docs/link.md'), fx.root, 1000), { kind: 'outside', real: outside.path('secret.md') });
    assert.deepEqual(await readPlan(nodeFs, fx.path('docs/fifo.md'), fx.root, 1000), { kind: 'notFile' });
    // 200 bytes, cap 9: ten bytes read, five two-byte characters.
    const big = await readPlan(nodeFs, fx.path('docs/big.md'), fx.root, 9);
    assert.equal(big.kind === 'ok' && big.text, 'é'.repeat(5));
    assert.equal(big.kind === 'ok' && big.size, 200, 'the size is the whole file, not what was read');
    // A host that ignores the cap and reads it all gives the same text.
    const whole = { ...nodeFs, readFile: (p: string) => nodeFs.readFile(p) };
    assert.deepEqual(await readPlan(whole, fx.path('docs/big.md'), fx.root, 9), big);
    await assert.rejects(readPlan(nodeFs, fx.path('docs/none.md'), fx.root, 1000), { code: 'ENOENT' });
  });

  it('no module of core/ reads the disk itself: node:fs only in the hosts and loaders', () => {
    const core = path.resolve(__dirname, '..', '..', 'server', 'src', 'core');
    // The anchor store (history/anchorfile.ts) and the result cache (resultcache.ts) are hosts of their own: they read and write their files in the git folder or the user's cache, never the workspace.
    // The index worker's thread (indexworker-main.ts) reads the cited files the main thread fenced, as a host of its own; indexahead.ts looks for its bundle as treesitter.ts looks for the .wasm files.
    const hosts = ['fs.ts', 'treesitter.ts', 'history/git.ts', 'history/discover.ts', 'history/repostate.ts', 'history/anchorfile.ts', 'resultcache.ts', 'indexworker-main.ts', 'indexahead.ts'];
    const files = (fsSync.readdirSync(core, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => f.split(path.sep).join('/'));
    assert.ok(files.length > 50 && files.includes('workspace.ts'), 'the walk found the core');
    const readers = files.filter((f) => /from 'node:fs(\/promises)?'|require\('node:fs/.test(fsSync.readFileSync(path.join(core, f), 'utf8')));
    assert.deepEqual(readers.sort(), [...hosts].sort());
  });
});
