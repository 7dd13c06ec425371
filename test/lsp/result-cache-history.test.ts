/**
 * The real server started twice over a real git repository (issue 23): the first session keeps
 * its answer with history; the second publishes it first (MP009 included, before any git
 * process), and never takes MP009 away while its own checks run.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../helpers/lspClient';
import { makeFixture } from '../helpers/fixture';
import { makeRepo } from '../helpers/gitrepo';
import { backdate } from '../helpers/cache-home';
import { findGit } from '../../server/src/core/history/git';

function goFile(n: number, top = 0): string {
  const lines = ['package sim', ''];
  for (let i = 0; i < top; i++) lines.push(`var pad${i} = ${i}`);
  for (let i = 0; i < n; i++) lines.push(`// F${i} does step ${i}.`, `func F${i}(a int) int {`, `\treturn a + ${i}`, '}', '');
  return lines.join('\n');
}
const at = (i: number) => 3 + i * 5 + 1;
const PLAN = `# Plan\n\n- \`F2\` routes (sim/route.go:${at(2)}-${at(2) + 3}).\n`;

async function until(pred: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 150 && !pred(); i++) await new Promise((r) => setTimeout(r, 100));
  assert.ok(pred(), what);
}

describe('language server: the result cache with history across restarts', function () {
  this.timeout(90000);
  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });
  after(() => makeFixture.cleanup());

  it('publishes the kept answer with history first, and the command line\'s too', async function () {
    if (process.platform === 'win32' || !findGit()) this.skip();
    const repo = makeRepo();
    repo.commit('code', { 'sim/route.go': goFile(4) });
    repo.commit('plan', { 'docs/plan.md': PLAN });
    repo.commit('route grows', { 'sim/route.go': goFile(4, 2) });
    backdate(repo.root);
    const results = path.join(repo.root, '.git', 'macroplan', 'results');
    const kept = () => (fs.existsSync(results) ? fs.readdirSync(results).filter((n) => n.endsWith('.json')).map((n) => path.join(results, n)) : []);
    const withHistory = () => kept().filter((f) => fs.readFileSync(f, 'utf8').includes('MP009'));
    const uri = pathToFileURL(repo.path('docs/plan.md')).href;
    const start = () => LspClient.start({ root: repo.root, trusted: true, env: { ...process.env } });
    const mp009 = (p: { diagnostics: { code?: unknown }[] }) => p.diagnostics.some((d) => d.code === 'MP009');

    client = await start();
    await client.open(uri, PLAN);
    const truth = await client.waitForDiagnostics(uri, mp009, 30000);
    await until(() => withHistory().length === 1, 'the answer with history was kept');
    await client.stop();

    const mark = () => {
      for (const file of withHistory()) {
        const e = JSON.parse(fs.readFileSync(file, 'utf8'));
        for (const d of e.result.diagnostics) d.message = `CACHED ${d.message}`;
        fs.writeFileSync(file, JSON.stringify(e));
      }
    };
    mark();
    client = await start();
    await client.open(uri, PLAN);
    const first = await client.waitForDiagnostics(uri);
    assert.ok(mp009(first) && first.diagnostics.every((d) => d.message.startsWith('CACHED ')), 'the first publish is the kept answer with history');
    const corrected = await client.waitForDiagnostics(uri, (p) => !p.diagnostics.some((d) => d.message.startsWith('CACHED')), 30000);
    assert.deepEqual(corrected.diagnostics, truth.diagnostics, 'then the check\'s own');
    assert.ok(client.published.filter((p) => p.uri === uri).every(mp009), 'MP009 is never taken away meanwhile');
    await client.stop();

    // The command line keeps its own answer (it writes anchors, which the server's check does not): the server uses it too.
    for (const f of kept()) fs.rmSync(f);
    for (let i = 0; i < 3; i++) spawnSync(process.execPath, [path.resolve(__dirname, '..', '..', 'bin', 'macroplan.js'), 'check', 'docs/plan.md'], { cwd: repo.root });
    assert.equal(withHistory().length, 1, 'the command line kept its answer');
    mark();
    client = await start();
    await client.open(uri, PLAN);
    const fromCli = await client.waitForDiagnostics(uri);
    assert.ok(mp009(fromCli) && fromCli.diagnostics.every((d) => d.message.startsWith('CACHED ')), 'published from the command line\'s answer');
  });
});
