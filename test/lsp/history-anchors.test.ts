/**
 * The language server follows a citation from the anchor `macroplan check` kept (issue 20): a
 * git-ignored plan written against code not committed yet, whose code moved again since. The
 * server reads the anchors, and keeps them itself for a plan written in the editor alone: when
 * the plan is saved, in the git folder's store only.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { LspClient } from '../helpers/lspClient';
import { cleanGitEnv, makeRepo } from '../helpers/gitrepo';
import { makeFixture } from '../helpers/fixture';
import { ROUTE_GO, ROUTE_GO_MOVED } from '../helpers/workspace';
import { testCacheHome } from '../helpers/cache-home';
import { anchorStorePath } from '../../server/src/core/history/anchorfile';
import { parseStore } from '../../server/src/core/history/anchors';

describe('language server: anchors kept by the command line', function () {
  this.timeout(60000);
  let client: LspClient | undefined;
  after(async () => {
    await client?.stop();
    makeFixture.cleanup();
  });

  it('a plan written against uncommitted code is followed from what its author saw', async () => {
    const repo = makeRepo({ '.gitignore': 'plans/\n', 'go.mod': 'module example.com/sim\n' });
    repo.commit('routing', { 'sim/routing.go': ROUTE_GO });
    // Not committed: three lines above Route (4-12 -> 7-15), and the plan written against that.
    repo.write('sim/routing.go', ROUTE_GO_MOVED);
    const plan = '# Notes\n\nThe router is `Route` (`sim/routing.go:7-15`).\n';
    repo.write('plans/p.md', plan);
    execFileSync(process.execPath, [path.resolve('bin/macroplan.js'), 'check', 'plans/p.md'], { cwd: repo.root, env: cleanGitEnv() });
    const store = repo.path('.git/macroplan/anchors.json');
    assert.ok(fs.existsSync(store));
    // Two more lines above it since, still not committed: 7-15 -> 9-17.
    repo.write('sim/routing.go', ROUTE_GO_MOVED.replace('\n// Weight', '\n// Spare is kept free.\nconst Spare = 2\n// Weight'));
    const before = fs.readFileSync(store, 'utf8');
    client = await LspClient.start({ root: repo.root, env: { ...process.env, ...cleanGitEnv() } });
    const uri = new URL(`file://${repo.path('plans/p.md')}`).href;
    await client.open(uri, plan);
    const p = await client.waitForDiagnostics(uri, (x) => x.diagnostics.some((d) => d.code === 'MP009'));
    assert.deepEqual(p.diagnostics.map((d) => d.message), ['the code cited here moved: sim/routing.go:7-15 is now 9-17 (since it was last seen right (HEAD was ' + repo.git('rev-parse', '--short=7', 'HEAD').trim() + ')).']);
    assert.equal(fs.readFileSync(store, 'utf8'), before, 'the server wrote the store');
  });

  it('a plan written in the editor alone is anchored when saved, and followed across its own typo fix', async () => {
    const repo = makeRepo({ '.gitignore': 'plans/\n', 'go.mod': 'module example.com/sim\n' });
    repo.commit('routing', { 'sim/routing.go': ROUTE_GO });
    repo.write('sim/routing.go', ROUTE_GO_MOVED);
    const plan = '# Notes\n\nThe router is `Route` (`sim/routing.go:7-15`), it picks an instance.\n';
    repo.write('plans/p.md', plan);
    const store = repo.path('.git/macroplan/anchors.json');
    await client?.stop();
    client = await LspClient.start({ root: repo.root, env: { ...process.env, ...cleanGitEnv() } });
    const uri = new URL(`file://${repo.path('plans/p.md')}`).href;
    await client.open(uri, plan);
    await client.waitForDiagnostics(uri, () => true);
    await saveUntilStored(client, uri, store);
    assert.match(fs.readFileSync(store, 'utf8'), /plans\/p\.md/);
    assert.deepEqual(fs.readdirSync(repo.path('plans')), ['p.md'], 'nothing written beside the plan');
    // The code moves again (not committed) and the author fixes a typo (the plan saved: its time moves on).
    repo.write('sim/routing.go', ROUTE_GO_MOVED.replace('\n// Weight', '\n// Spare is kept free.\nconst Spare = 2\n// Weight'));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: new URL(`file://${repo.path('sim/routing.go')}`).href, type: 2 }] });
    const fixed = plan.replace('it picks', 'which picks');
    repo.write('plans/p.md', fixed);
    await client.change(uri, [{ text: fixed }]);
    await client.notify('textDocument/didSave', { textDocument: { uri } });
    const p = await client.waitForDiagnostics(uri, (x) => x.diagnostics.some((d) => d.code === 'MP009'));
    assert.match(p.diagnostics.map((d) => d.message).join('\n'), /sim\/routing\.go:7-15 is now 9-17 \(since it was last seen right/);
  });

  it('a folder no repository holds: a save anchors the plan in the cache folder, and the code edited since is followed', async () => {
    const fx = makeFixture({ 'go.mod': 'module example.com/sim\n', 'sim/routing.go': ROUTE_GO });
    const plan = '# Notes\n\nThe router is `Route` (`sim/routing.go:4-12`), it picks an instance.\n';
    fx.write('plans/p.md', plan);
    const store = anchorStorePath(fx.root, undefined);
    assert.ok(store.startsWith(testCacheHome() + path.sep));
    await client?.stop();
    client = await LspClient.start({ root: fx.root });
    const uri = new URL(`file://${fx.path('plans/p.md')}`).href;
    await client.open(uri, plan);
    await client.waitForDiagnostics(uri, () => true);
    await saveUntilStored(client, uri, store);
    assert.deepEqual(fs.readdirSync(fx.path('plans')), ['p.md'], 'nothing written beside the plan');
    assert.equal(parseStore(fs.readFileSync(store, 'utf8'))?.anchors.size, 1);
    // Three lines above Route now: 4-12 -> 7-15; the plan's typo fixed and saved.
    fx.write('sim/routing.go', ROUTE_GO_MOVED);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: new URL(`file://${fx.path('sim/routing.go')}`).href, type: 2 }] });
    const fixed = plan.replace('it picks', 'which picks');
    fx.write('plans/p.md', fixed);
    await client.change(uri, [{ text: fixed }]);
    await client.notify('textDocument/didSave', { textDocument: { uri } });
    const p = await client.waitForDiagnostics(uri, (x) => x.diagnostics.some((d) => d.code === 'MP009'));
    assert.deepEqual(p.diagnostics.map((d) => d.message), ['the code cited here moved: sim/routing.go:4-12 is now 7-15 (since it was last seen right).']);
  });

  it('an untrusted workspace without a repository writes no anchor either', async () => {
    const fx = makeFixture({ 'go.mod': 'module example.com/sim\n', 'sim/routing.go': ROUTE_GO });
    const plan = '# Notes\n\nThe router is `Route` (`sim/routing.go:4-12`).\n';
    fx.write('plans/p.md', plan);
    await client?.stop();
    client = await LspClient.start({ root: fx.root, trusted: false });
    const uri = new URL(`file://${fx.path('plans/p.md')}`).href;
    await client.open(uri, plan);
    await client.waitForDiagnostics(uri, () => true);
    for (let i = 0; i < 4; i++) {
      await new Promise((r) => setTimeout(r, 500));
      await client.notify('textDocument/didSave', { textDocument: { uri } });
    }
    assert.equal(fs.existsSync(anchorStorePath(fx.root, undefined)), false);
    assert.ok(client.logs.some((l) => /the workspace is not trusted/.test(l)), client.logs.join('\n'));
  });
});

/** The anchor is written once the check with history has seen the saved text: save until then. */
async function saveUntilStored(client: LspClient, uri: string, store: string): Promise<void> {
  for (let i = 0; i < 20 && !fs.existsSync(store); i++) {
    await new Promise((r) => setTimeout(r, 500));
    await client.notify('textDocument/didSave', { textDocument: { uri } });
  }
  assert.ok(fs.existsSync(store), 'no anchor store after the save');
}
