// End-to-end: the packaged .vsix installed into a real VS Code (code-server 4.100.3, VS Code
// 1.100) and driven through headless Chromium, on a workspace written by the test.
// Needs scripts/setup-e2e.sh to have run; `npm run test:e2e` runs it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildAndPackage, EDITOR_AND_PANEL_CLIP, EDITOR_CLIP, LONG, log, Session, sleep } from './harness';
import { LINES, PLAN_PATH, ROUTING_GO_GROWN, WORKSPACE } from './fixture';

describe('e2e: Macro Plan in code-server', function () {
  this.timeout(2 * LONG);
  let s: Session;

  before(async function () {
    this.timeout(8 * LONG);
    buildAndPackage();
    s = new Session({ workspace: WORKSPACE });
    try {
      await s.start();
    } catch (err) {
      log(`code-server log:\n${s.serverLog.slice(-4000)}`);
      await s.screenshot('startup-failed');
      throw err;
    }
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && s?.page) {
      const title = (this.currentTest.title || 'test').replace(/[^a-z0-9]+/gi, '-').slice(0, 50);
      const file = await s.screenshot(`FAILED-${title}`);
      log(`screenshot of the failure: ${file}`);
    }
  });

  after(async function () {
    this.timeout(LONG);
    await s?.close();
  });

  it('loads the workbench, opens the plan with quick open and activates the extension', async () => {
    await s.quickOpen(PLAN_PATH);
    assert.match(await s.editorText(), /Simulator plan/);
    // The status bar item belongs to the extension: it shows once it has activated.
    const item = s.page.locator('.part.statusbar [aria-label^="Macro Plan:"]').first();
    await item.waitFor({ state: 'visible', timeout: LONG });
    await s.screenshot('plan-opened');

    await s.runCommand('Macro Plan: Show Output');
    // The Output view shows the extension's channel, which logged its activation.
    await s.page.waitForFunction(
      () => {
        const panel = (globalThis as any).document.querySelector('.part.panel');
        const select = panel?.querySelector('select');
        const channel = select ? String(select.options[select.selectedIndex]?.text ?? '') : '';
        const text = String(panel?.querySelector('.monaco-editor .view-lines')?.textContent ?? '');
        return channel.includes('Macro Plan') && text.trim().length > 0;
      },
      undefined,
      { timeout: LONG },
    );
    await s.screenshot('output-channel');
  });

  it('installed the .vsix with the run-time files only', () => {
    const [dir] = fs.readdirSync(s.extensionsDir).filter((d) => d.startsWith('macroplan.macroplan-'));
    const root = path.join(s.extensionsDir, dir);
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else files.push(path.relative(root, p).split(path.sep).join('/'));
      }
    };
    walk(root);
    for (const f of ['package.json', 'dist/client.js', 'dist/server.js', 'dist/web-tree-sitter.wasm', 'dist/tree-sitter-go.wasm']) {
      assert.ok(files.includes(f), `${f} missing from the installed extension: ${files.join(', ')}`);
    }
    const leaked = files.filter((f) => /(^|\/)node_modules\/|\.ts$|\.map$|^(client|server|test|scripts)\//.test(f));
    assert.deepEqual(leaked, [], 'sources, maps, tests or node_modules in the .vsix');
  });

  it('shows the citation problems in the Problems view', async () => {
    const text = await s.problems((t) => ['MP001', 'MP003', 'MP004'].every((id) => t.includes(id)));
    assert.match(text, /macroplan/);
    assert.match(text, /config\.go/);
    await s.screenshot('problems');
    await s.screenshot('walkthrough-problems', EDITOR_AND_PANEL_CLIP);

    // The status bar counts the plan's errors and warnings.
    const item = s.page.locator('.part.statusbar [aria-label^="Macro Plan:"]').first();
    const label = (await item.getAttribute('aria-label')) ?? '';
    const m = /(\d+) errors?, (\d+) warnings?/.exec(label);
    assert.ok(m, `status bar label: ${label}`);
    assert.ok(Number(m[1]) >= 2, `at least 2 errors in ${label}`);
    assert.ok(Number(m[2]) >= 1, `at least 1 warning in ${label}`);

    // Clicking it opens the Problems view.
    await s.page.keyboard.press('Control+J'); // hide the panel
    await s.page.locator('.markers-panel').waitFor({ state: 'hidden', timeout: 10_000 });
    await item.click();
    await s.page.locator('.markers-panel').waitFor({ state: 'visible', timeout: 10_000 });
  });

  it('shows the cited Go code when hovering a citation', async () => {
    await s.focusWorkbench();
    await s.goTo(LINES.good, 1);
    const text = await s.hover('sim/cluster.go:10-16', 'func NewCluster');
    assert.match(text, /sim\/cluster\.go/);
    await s.screenshot('hover');
    await s.screenshot('walkthrough-hover', EDITOR_CLIP);
    await s.page.keyboard.press('Escape');
    await s.page.mouse.move(5, 5);
  });

  it('moves a drifted citation with the MP004 quick fix', async () => {
    const line = await lineText(s, LINES.drifted);
    const col = line.indexOf('sim/cluster.go:4-7');
    assert.ok(col >= 0, `line ${LINES.drifted}: ${line}`);
    await s.goTo(LINES.drifted, col + 3);
    const menu = s.page.locator('.action-widget');
    let opened = false;
    for (let attempt = 0; attempt < 5 && !opened; attempt++) {
      await s.page.keyboard.press('Control+Period');
      try {
        await menu.waitFor({ state: 'visible', timeout: 5000 });
        opened = true;
      } catch {
        await sleep(1000);
      }
    }
    assert.ok(opened, 'the quick fix menu did not open');
    const items = menu.locator('.monaco-list-row.action');
    await items.first().waitFor();
    const titles = await items.allInnerTexts();
    log(`quick fixes offered: ${JSON.stringify(titles)}`);
    await s.screenshot('quick-fix-menu');
    const isFix = (t: string) => /move|update|cluster\.go:\d/i.test(t) && !/disable/i.test(t);
    assert.ok(titles.some(isFix), `no citation fix among ${JSON.stringify(titles)}`);
    // The menu is driven by the keyboard (a pointer block covers it while it opens).
    let chosen = false;
    for (let i = 0; i <= titles.length + 1 && !chosen; i++) {
      const focused = (await menu.locator('.monaco-list-row.action.focused').getAttribute('aria-label').catch(() => null)) ?? '';
      if (isFix(focused)) {
        await s.page.keyboard.press('Enter');
        chosen = true;
      } else {
        await s.page.keyboard.press('ArrowDown');
        await sleep(100);
      }
    }
    assert.ok(chosen, 'could not select the citation fix');
    await s.page.waitForFunction(
      (n) => {
        const lines = [...(globalThis as any).document.querySelectorAll('.editor-group-container.active .monaco-editor .view-line')]
          .map((el: any) => ({ top: parseFloat(el.style.top), text: String(el.textContent ?? '') }))
          .sort((a, b) => a.top - b.top);
        const l = lines[n - 1]?.text.replace(/\u00a0/g, ' ') ?? '';
        return /sim\/cluster\.go:1[89]/.test(l) && !l.includes(':4-7');
      },
      LINES.drifted,
      { timeout: LONG },
    );
    const after = await lineText(s, LINES.drifted);
    assert.match(after, /`Step` advances the clock \(`sim\/cluster\.go:1[89](-2[01])?`\)/);
    // The MP004 problem is gone once the citation is fixed.
    await s.problems((t) => !t.includes('MP004'));
    await s.screenshot('quick-fix-applied');
  });

  it('reports a new diagnostic for a broken citation typed in the editor', async () => {
    await s.focusWorkbench();
    await s.editor().locator('.view-lines').click();
    await s.page.keyboard.press('Control+End');
    const statusLabel = () => s.page.locator('.part.statusbar [aria-label^="Macro Plan:"]').first().getAttribute('aria-label');
    const before = await statusLabel();
    // The citation is complete only with its last keystroke (the line number).
    await s.page.keyboard.type('\n- Metrics are kept in sim/metrics.go:', { delay: 10 });
    await s.page.keyboard.press('3');
    const typed = Date.now();
    // For information (not a timed test): last keystroke to the status bar's count changing
    // (debounce, 50 ms in these settings, included), then to the Problems view showing it.
    await s.page.waitForFunction(
      (prev) => {
        const el = (globalThis as any).document.querySelector('.part.statusbar [aria-label^="Macro Plan:"]');
        return !!el && el.getAttribute('aria-label') !== prev;
      },
      before,
      { timeout: LONG, polling: 10 },
    );
    const counted = Date.now() - typed;
    const text = await s.problems((t) => t.includes('metrics.go'));
    log(`last keystroke -> status bar count: ${counted} ms; -> Problems view: ${Date.now() - typed} ms (${await statusLabel()})`);
    await s.page.keyboard.type('\n', { delay: 10 });
    assert.match(text, /MP001/);
    await s.screenshot('typed-broken-citation');
  });

  it('completes .go paths inside a citation', async () => {
    await s.editor().locator('.view-lines').click();
    await s.page.keyboard.press('Control+End');
    await s.page.keyboard.type('- The queue: `sim/', { delay: 10 });
    const widget = s.page.locator('.suggest-widget.visible');
    let shown = false;
    for (let attempt = 0; attempt < 5 && !shown; attempt++) {
      await s.page.keyboard.press('Control+Space');
      try {
        await widget.locator('.monaco-list-row', { hasText: '.go' }).first().waitFor({ timeout: 5000 });
        shown = true;
      } catch {
        await s.page.keyboard.press('Escape');
        await sleep(1000);
      }
    }
    assert.ok(shown, 'no .go completion offered');
    const rows = await widget.locator('.monaco-list-row').allInnerTexts();
    log(`completions: ${JSON.stringify(rows)}`);
    assert.ok(rows.some((r) => r.includes('cluster.go')), `cluster.go not offered: ${JSON.stringify(rows)}`);
    assert.ok(rows.some((r) => r.includes('routing.go')), `routing.go not offered: ${JSON.stringify(rows)}`);
    await s.screenshot('completion');
    await s.page.keyboard.press('Escape');
  });

  it('checks the plan again when a cited Go file changes on disk', async () => {
    await s.problems((t) => t.includes('MP003'));
    // routing.go grows so that lines 40-45 hold RoutingPolicy: the MP003 problem goes away.
    fs.writeFileSync(path.join(s.folder, 'sim', 'routing.go'), ROUTING_GO_GROWN);
    await s.problems((t) => !t.includes('MP003') && t.includes('MP001'));
    await s.screenshot('go-file-changed');
  });

  it('restarts the language server from the command palette', async () => {
    await s.runCommand('Macro Plan: Restart Language Server');
    // The client logs the restart in its output channel, which ends with the new server running.
    await s.runCommand('Macro Plan: Show Output');
    await s.page.waitForFunction(
      () => {
        const text = String((globalThis as any).document.querySelector('.part.panel .monaco-editor .view-lines')?.textContent ?? '')
          .replace(/\u00a0/g, ' ');
        const i = text.lastIndexOf('Restarting the language server');
        return i >= 0 && text.indexOf('Language server started', i) > i;
      },
      undefined,
      { timeout: LONG },
    );
    await s.screenshot('restart-output');
    // Diagnostics come back from the new server process.
    await s.problems((t) => t.includes('MP001') && t.includes('metrics.go'));
    await s.screenshot('server-restarted');
  });

  it('restarts the language server by itself when its process is killed', async () => {
    const before = serverPids(s.extensionsDir);
    assert.equal(before.length, 1, `one server process of this extension, found ${before.length}`);
    process.kill(before[0], 'SIGKILL');
    // vscode-languageclient's default error handler starts a new process after a crash.
    const deadline = Date.now() + LONG;
    let after: number[] = [];
    while (Date.now() < deadline) {
      after = serverPids(s.extensionsDir).filter((pid) => pid !== before[0]);
      if (after.length === 1) break;
      await sleep(250);
    }
    assert.equal(after.length, 1, 'a new server process after the kill');
    await s.problems((t) => t.includes('MP001') && t.includes('metrics.go'));
    await s.screenshot('server-restarted-after-kill');
  });

  it('passes macroplan.* settings to the server (a rule turned off)', async () => {
    await s.problems((t) => t.includes('MP001'));
    // Workspace settings, as a user would write them (VS Code watches this file).
    fs.mkdirSync(path.join(s.folder, '.vscode'), { recursive: true });
    fs.writeFileSync(path.join(s.folder, '.vscode', 'settings.json'), JSON.stringify({ 'macroplan.rules': { MP001: 'off' } }, null, 2));
    await s.problems((t) => !t.includes('MP001'));
    await s.screenshot('rule-turned-off');
  });

  it('goes to the cited Go code with Go to Definition (F12)', async () => {
    const line = await lineText(s, LINES.good);
    const col = line.indexOf('sim/cluster.go:10-16');
    assert.ok(col >= 0, `line ${LINES.good}: ${line}`);
    await s.goTo(LINES.good, col + 3);
    await s.page.keyboard.press('F12');
    await s.page.locator('.tabs-container .tab.active[aria-label*="cluster.go"]').first().waitFor({ timeout: LONG });
    // The cursor lands on the first cited line.
    await s.page.locator('.part.statusbar', { hasText: /Ln 10, Col \d+/ }).first().waitFor({ timeout: LONG });
    await s.screenshot('go-to-definition');
  });

  it('opens the walkthrough, with its steps and their pictures', async () => {
    // The panel closed, so the screenshot shows the walkthrough whole.
    await s.focusWorkbench();
    if (await s.page.locator('.part.panel').isVisible()) {
      await s.page.keyboard.press('Control+J');
      await s.page.locator('.part.panel').waitFor({ state: 'hidden', timeout: 10_000 });
    }
    await s.runCommand('Welcome: Open Walkthrough...');
    const input = s.page.locator('.quick-input-widget input');
    await input.fill('Get started with Macro Plan');
    await s.page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get started with Macro Plan' }).first().waitFor({ timeout: 20_000 });
    await s.page.keyboard.press('Enter');
    const page = s.page.locator('.gettingStartedContainer');
    await page.locator('.getting-started-step', { hasText: 'Open a plan and see a citation checked' }).first().waitFor({ timeout: LONG });
    for (const title of ['Hover to preview the cited code', 'Insert a PR card', 'Add the check to CI']) {
      await page.locator('.getting-started-step', { hasText: title }).first().waitFor({ timeout: 10_000 });
    }
    // The first step's picture is shown and loaded from the installed extension.
    const img = page.locator('.getting-started-media img').first();
    await img.waitFor({ state: 'visible', timeout: 20_000 });
    await s.page.waitForFunction((el: any) => el.complete && el.naturalWidth > 0, await img.elementHandle(), { timeout: 20_000 });
    await s.screenshot('walkthrough');
  });
});

/** The text of a 1-based line of the active editor (from the rendered view lines). */
async function lineText(s: Session, n: number): Promise<string> {
  const lines = await s.page.evaluate(() =>
    [...(globalThis as any).document.querySelectorAll('.editor-group-container.active .monaco-editor .view-line')]
      .map((el: any) => ({ top: parseFloat(el.style.top), text: String(el.textContent ?? '') }))
      .sort((a, b) => a.top - b.top)
      .map((l) => l.text.replace(/\u00a0/g, ' ')),
  );
  return lines[n - 1] ?? '';
}

/** Pids of the language servers started from the extension installed in `extensionsDir`. */
function serverPids(extensionsDir: string): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let cmd = '';
    try {
      cmd = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
    } catch {
      continue; // gone meanwhile
    }
    if (cmd.includes(extensionsDir) && cmd.includes(path.join('dist', 'server.js'))) pids.push(Number(entry));
  }
  return pids;
}
