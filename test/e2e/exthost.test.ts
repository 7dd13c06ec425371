// The extension-host suite of test/electron (vscode.languages.getDiagnostics,
// vscode.executeHoverProvider, ...) run inside code-server's own Node extension host, with
// the extension loaded from this repository as a development extension. The desktop build
// that @vscode/test-electron needs cannot be downloaded here; this runs the same suite anyway.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildAndPackage, LONG, log, ROOT, Session, sleep } from './harness';
import { PLAN_PATH, WORKSPACE } from './fixture';

interface Outcome {
  passed: string[];
  failed: { title: string; error: string }[];
  done: boolean;
}

describe('e2e: extension-host suite (test/electron/suite) in code-server', function () {
  this.timeout(4 * LONG);
  let s: Session;
  let resultFile: string;

  before(async function () {
    this.timeout(8 * LONG);
    buildAndPackage(); // builds dist/, which the development extension runs from
    const { buildSuite } = await import(path.join(ROOT, 'test', 'electron', 'build-suite.mjs'));
    const outDir: string = await buildSuite(ROOT);
    resultFile = path.join(outDir, 'result.json');
    s = new Session({
      workspace: WORKSPACE,
      installVsix: false,
      env: { MACROPLAN_TEST_RESULT: resultFile },
      payload: (authority) => [
        ['extensionDevelopmentPath', `vscode-remote://${authority}${ROOT}`],
        ['extensionTestsPath', `vscode-remote://${authority}${path.join(outDir, 'index.js')}`],
      ],
    });
    try {
      await s.start();
    } catch (err) {
      log(`code-server log:\n${s.serverLog.slice(-4000)}`);
      throw err;
    }
  });

  after(async function () {
    this.timeout(LONG);
    await s?.close();
  });

  it('passes in the extension host', async () => {
    const deadline = Date.now() + 3 * LONG;
    let outcome: Outcome | undefined;
    while (Date.now() < deadline) {
      try {
        outcome = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as Outcome;
        if (outcome.done) break;
      } catch {
        // not written yet
      }
      await sleep(500);
    }
    await s.screenshot('exthost-suite');
    assert.ok(outcome?.done, `the suite did not finish; so far: ${JSON.stringify(outcome)}\ncode-server log:\n${s.serverLog.slice(-3000)}`);
    for (const t of outcome.passed) log(`passed in the extension host: ${t}`);
    for (const f of outcome.failed) log(`FAILED in the extension host: ${f.title}\n${f.error}`);
    assert.deepEqual(outcome.failed.map((f) => f.title), []);
    assert.ok(outcome.passed.length >= 5, `only ${outcome.passed.length} tests ran`);
    assert.ok(PLAN_PATH);
  });
});
