import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspClient } from '../helpers/lspClient';
import { makeWorkspace, type TempWorkspace } from '../helpers/workspace';

const PLAN = 'docs/plans/limits-macro-plan.md';
const TEXT = '# Limits\n\n`Limit` caps the batch (src/limits.go:4-6). `Missing` is gone (src/limits.go:40).\n';
const GO = 'package src\n\n// Limit caps the batch.\nfunc Limit() int {\n\treturn 10\n}\n';

interface Startup {
  codeCache: string | null;
}

describe('language server: V8 code cache of the server bundle (dist/server.js)', function () {
  this.timeout(60000);
  let ws: TempWorkspace;
  let home: string;

  before(() => {
    ws = makeWorkspace({ 'src/limits.go': GO, [PLAN]: TEXT });
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'macroplan-code-cache-'));
  });

  after(() => {
    ws?.remove();
    fs.rmSync(home, { recursive: true, force: true });
  });

  const folder = () => path.join(home, 'macroplan', 'v8');
  const files = () => (fs.existsSync(folder()) ? fs.readdirSync(folder()) : []);

  /** One session: the first diagnostics of the plan and how the bundle was compiled. */
  async function session(waitForWrite: boolean): Promise<{ shown: string[]; codeCache: string | null }> {
    const client = await LspClient.start({ root: ws.root, env: { ...process.env, XDG_CACHE_HOME: home }, settings: { cache: { enable: false } } });
    try {
      await client.open(ws.uri(PLAN), TEXT);
      const ds = await client.diagnosticsFor(ws.uri(PLAN), 1);
      const { codeCache } = await client.request<Startup>('macroplan/debug/startup', {});
      if (waitForWrite) {
        const before = files().map((f) => `${f} ${fs.statSync(path.join(folder(), f)).mtimeMs}`).join();
        for (let i = 0; i < 100 && files().map((f) => `${f} ${fs.statSync(path.join(folder(), f)).mtimeMs}`).join() === before; i++) await new Promise((r) => setTimeout(r, 100));
      }
      return { shown: ds.map((d) => `${String(d.code)} ${d.range.start.line} ${d.message}`), codeCache };
    } finally {
      await client.stop();
    }
  }

  it('compiles without one at first, keeps one, and takes it on the next start with the same answers', async () => {
    const first = await session(true);
    assert.equal(first.codeCache, 'absent');
    assert.equal(files().length, 1, 'one cache file');
    assert.match(files()[0], /^server-[0-9a-f]{16}-v\d+\.\d+\.\d+-[a-z0-9]+\.bin$/);
    assert.ok(first.shown.some((d) => d.startsWith('MP00')), JSON.stringify(first.shown));
    const second = await session(false);
    assert.equal(second.codeCache, 'used');
    assert.deepEqual(second.shown, first.shown);
  });

  it('ignores a damaged cache, answers the same, and writes it again', async () => {
    const file = path.join(folder(), files()[0]);
    const good = fs.statSync(file).size;
    fs.writeFileSync(file, Buffer.alloc(good, 7));
    const damaged = await session(true);
    assert.equal(damaged.codeCache, 'refused');
    assert.ok(damaged.shown.some((d) => d.startsWith('MP00')));
    assert.notDeepEqual(fs.readFileSync(file), Buffer.alloc(good, 7), 'rewritten');
    assert.equal((await session(false)).codeCache, 'used');
  });
});
