/**
 * The real server started twice over a real folder (issue 23): the second session publishes the
 * answer the first kept before it has checked anything, then the check's own answer only if it
 * differs. Untrusted workspaces neither keep nor read answers.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../helpers/lspClient';
import { makeFixture } from '../helpers/fixture';
import { CART_GO } from '../helpers/go';
import { backdate } from '../helpers/cache-home';

const PLAN = '# Plan\n\nThe cart is `Cart` at cart.go:4-7.\nGone: shop/missing.go:3.\nPast the end: shop/cart.go:40.\n';

function entries(cache: string): string[] {
  const base = path.join(cache, 'macroplan');
  if (!fs.existsSync(base)) return [];
  return fs.readdirSync(base).flatMap((d) => fs.readdirSync(path.join(base, d)).filter((n) => n.endsWith('.json')).map((n) => path.join(base, d, n)));
}

async function until(pred: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100 && !pred(); i++) await new Promise((r) => setTimeout(r, 100));
  assert.ok(pred(), what);
}

describe('language server: the result cache across restarts', function () {
  this.timeout(60000);
  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });
  after(() => makeFixture.cleanup());

  function setup() {
    const w = makeFixture({ 'shop/cart.go': CART_GO, 'docs/plan.md': PLAN });
    backdate(w.root);
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'macroplan-cache-'));
    const uri = pathToFileURL(w.path('docs/plan.md')).href;
    const start = (trusted = true) => LspClient.start({ root: w.root, trusted, env: { ...process.env, XDG_CACHE_HOME: cache } });
    return { w, cache, uri, start };
  }

  /** Waits for the check's own answer to be settled: history's pass follows it and says it cannot answer here. */
  async function settled(c: LspClient): Promise<void> {
    await until(() => c.logs.some((l) => l.includes('not a git repository')), 'the history pass ran');
  }

  it('publishes the kept answer first, then the check\'s own only if it differs', async () => {
    const { cache, uri, start } = setup();
    client = await start();
    await client.open(uri, PLAN);
    const truth = await client.waitForDiagnostics(uri);
    assert.ok(truth.diagnostics.length >= 2, 'the plan has findings');
    await until(() => entries(cache).length === 1 && client!.profiles.length > 0, 'the first check kept its answer');
    const profile = client.profiles[0];
    await client.stop();

    // The same answer: published once, from the cache, the check finding nothing new.
    client = await start();
    await client.open(uri, PLAN);
    const first = await client.waitForDiagnostics(uri);
    assert.deepEqual(first.diagnostics, truth.diagnostics);
    await settled(client);
    assert.deepEqual(client.profiles, [profile], 'the kept profile, sent once');
    assert.equal(client.published.filter((p) => p.uri === uri).length, 1, 'the check\'s equal answer is not sent again');
    await client.stop();

    // A marked entry proves the first publish came from it; the check corrects it at once.
    for (const file of entries(cache)) {
      const e = JSON.parse(fs.readFileSync(file, 'utf8'));
      for (const d of e.result.diagnostics) d.message = `CACHED ${d.message}`;
      fs.writeFileSync(file, JSON.stringify(e));
    }
    client = await start();
    await client.open(uri, PLAN);
    const marked = await client.waitForDiagnostics(uri);
    assert.ok(marked.diagnostics.every((d) => d.message.startsWith('CACHED ')), 'published from the cache');
    const corrected = await client.waitForDiagnostics(uri, (p) => !p.diagnostics.some((d) => d.message.startsWith('CACHED')));
    assert.equal(corrected.version, 1);
    assert.deepEqual(corrected.diagnostics, truth.diagnostics);
  });

  it('does not use an answer a cited file\'s edit made stale, and keeps the saved version\'s answer', async () => {
    const { w, cache, uri, start } = setup();
    client = await start();
    await client.open(uri, PLAN);
    const truth = await client.waitForDiagnostics(uri);
    await until(() => entries(cache).length === 1, 'kept');
    await client.stop();
    w.write('shop/cart.go', 'package shop\n');
    client = await start();
    await client.open(uri, PLAN);
    const stale = await client.waitForDiagnostics(uri);
    assert.notDeepEqual(stale.diagnostics, truth.diagnostics, 'the edit changes the answer');
    await settled(client);
    assert.equal(client.published.filter((p) => p.uri === uri).length, 1, 'only the check\'s own answer was published');

    // An edit saved: the next session opens the saved text and is answered from the cache.
    w.write('shop/cart.go', CART_GO);
    backdate(w.root);
    await client.stop();
    client = await start();
    await client.open(uri, PLAN);
    await client.waitForDiagnostics(uri);
    const edited = PLAN + 'Also gone: shop/absent.go:1.\n';
    const v = await client.change(uri, [{ text: edited }]);
    const after = await client.waitForDiagnostics(uri, (p) => p.version === v);
    fs.writeFileSync(w.path('docs/plan.md'), edited);
    const before = fs.statSync(entries(cache)[0]).mtimeMs;
    await client.notify('textDocument/didSave', { textDocument: { uri } });
    await until(() => fs.statSync(entries(cache)[0]).mtimeMs !== before, 'the saved version\'s answer was kept');
    await client.stop();
    client = await start();
    await client.open(uri, edited);
    const reopened = await client.waitForDiagnostics(uri);
    assert.deepEqual(reopened.diagnostics.map((d) => d.message), after.diagnostics.map((d) => d.message));
    await settled(client);
    assert.equal(client.published.filter((p) => p.uri === uri).length, 1);
  });

  it('an open code file is no obstacle while its text is the disk\'s; an unsaved edit in it is', async () => {
    const { w, cache, uri, start } = setup();
    const goUri = pathToFileURL(w.path('shop/cart.go')).href;
    client = await start();
    // The editor restores the code file's tab first: its text, the disk's.
    await client.open(goUri, CART_GO, 'go');
    await client.open(uri, PLAN);
    await client.waitForDiagnostics(uri);
    await until(() => entries(cache).length === 1, 'kept with the code file open');
    await client.stop();
    for (const file of entries(cache)) {
      const e = JSON.parse(fs.readFileSync(file, 'utf8'));
      for (const d of e.result.diagnostics) d.message = `CACHED ${d.message}`;
      fs.writeFileSync(file, JSON.stringify(e));
    }
    client = await start();
    await client.open(goUri, CART_GO, 'go');
    await client.open(uri, PLAN);
    const same = await client.waitForDiagnostics(uri);
    assert.ok(same.diagnostics.every((d) => d.message.startsWith('CACHED ')), 'answered from the cache');
    await client.stop();
    // Restored with an unsaved edit: the disk's answer is not this session's.
    client = await start();
    await client.open(goUri, '// an unsaved line\n' + CART_GO, 'go');
    await client.open(uri, PLAN);
    const edited = await client.waitForDiagnostics(uri);
    assert.ok(!edited.diagnostics.some((d) => d.message.startsWith('CACHED')), 'not answered from the cache');
    await settled(client);
    assert.equal(client.published.filter((p) => p.uri === uri).length, 1);
  });

  it('an untrusted workspace neither keeps nor reads answers', async () => {
    const { cache, uri, start } = setup();
    client = await start(false);
    await client.open(uri, PLAN);
    await client.waitForDiagnostics(uri);
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(entries(cache).length, 0, 'nothing kept');
    await client.stop();
    // Kept by a trusted session, marked: an untrusted one never shows it.
    client = await start();
    await client.open(uri, PLAN);
    await client.waitForDiagnostics(uri);
    await until(() => entries(cache).length === 1, 'kept');
    await client.stop();
    for (const file of entries(cache)) {
      const e = JSON.parse(fs.readFileSync(file, 'utf8'));
      for (const d of e.result.diagnostics) d.message = `CACHED ${d.message}`;
      fs.writeFileSync(file, JSON.stringify(e));
    }
    client = await start(false);
    await client.open(uri, PLAN);
    const p = await client.waitForDiagnostics(uri);
    assert.ok(!p.diagnostics.some((d) => d.message.startsWith('CACHED')));
  });
});
