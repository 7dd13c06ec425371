// The extension in an untrusted workspace (Restricted Mode): package.json declares
// `untrustedWorkspaces: { supported: "limited" }`, so it still activates and checks plans
// read-only, with the settings that widen what it reads (macroplan.sourceRoots) ignored.
import * as assert from 'node:assert/strict';
import { buildAndPackage, LONG, log, Session } from './harness';
import { PLAN_PATH, WORKSPACE } from './fixture';

describe('e2e: Macro Plan in an untrusted workspace (Restricted Mode)', function () {
  this.timeout(2 * LONG);
  let s: Session;

  before(async function () {
    this.timeout(8 * LONG);
    buildAndPackage();
    s = new Session({
      workspace: {
        ...WORKSPACE,
        // A restricted setting: in Restricted Mode VS Code does not apply the workspace value.
        '.vscode/settings.json': JSON.stringify({ 'macroplan.sourceRoots': ['/'] }, null, 2),
      },
      restricted: true,
    });
    try {
      await s.start();
    } catch (err) {
      log(`code-server log:\n${s.serverLog.slice(-4000)}`);
      throw err;
    }
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && s?.page) await s.screenshot('FAILED-restricted');
  });

  after(async function () {
    this.timeout(LONG);
    await s?.close();
  });

  it('activates and reports citation problems in Restricted Mode', async () => {
    // The workbench shows that the folder is not trusted.
    await s.page.locator('.part.statusbar', { hasText: 'Restricted Mode' }).first().waitFor({ timeout: LONG });
    await s.quickOpen(PLAN_PATH);
    await s.page.locator('.part.statusbar [aria-label^="Macro Plan:"]').first().waitFor({ state: 'visible', timeout: LONG });
    const text = await s.problems((t) => ['MP001', 'MP003', 'MP004'].every((id) => t.includes(id)));
    assert.match(text, /config\.go/);
    await s.screenshot('restricted-mode');
  });
});
