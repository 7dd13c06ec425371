/**
 * The language server follows a citation from the anchor `macroplan check` kept (issue 20): a
 * git-ignored plan written against code not committed yet, whose code moved again since. The
 * server reads the anchors; it writes none.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { LspClient } from '../helpers/lspClient';
import { cleanGitEnv, makeRepo } from '../helpers/gitrepo';
import { makeFixture } from '../helpers/fixture';
import { ROUTE_GO, ROUTE_GO_MOVED } from '../helpers/workspace';

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
});
