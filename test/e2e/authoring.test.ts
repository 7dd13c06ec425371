// End-to-end scenarios of the authoring features in code-server: Insert PR Card from the command
// palette (quick picks, snippet), a contributed snippet, the PR dependency graph webview, the
// outline of a plan, the cited-by code lens in Go and Check All Plans. Screenshots go to
// test/e2e/screenshots/authoring/ (the other suite clears only the top folder).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator } from 'playwright-core';
import { buildAndPackage, type Clip, LONG, log, SCREENSHOTS, Session, sleep } from './harness';
import { samplePlan } from '../helpers/authoringPlan';
import { buildModel } from '../../server/src/core/model';
import { planStructure } from '../../server/src/core/plan/structure';
import { BUILTIN_PROFILES } from '../../server/src/core/plan/profile';
import { prCards } from '../../server/src/core/plan/prcards';
import { buildingBlocks } from '../../server/src/core/plan/blocks';

const SHOTS = path.join(SCREENSHOTS, 'authoring');
const PLAN = 'docs/plans/queue-macro-plan.md';
const OTHER = 'docs/plans/other-macro-plan.md';
const ROUTER_GO = `package sim

// Router routes.
type Router struct {
	n int
}

// Route picks one.
func (r *Router) Route() int {
	return r.n
}
`;
const PLAN_TEXT = samplePlan({ dag: '```\nPR 1 → PR 2 → PR 3 → PR 2\nPR 3 → PR 9\n```', morePrs: '### PR 5: Write the docs\n\nStandalone docs work.\n' });

function cards(text: string) {
  const model = buildModel(text);
  const plan = planStructure(model, BUILTIN_PROFILES.prompt);
  return { cards: prCards(model, plan), blocks: buildingBlocks(model, plan).blocks };
}

describe('e2e: authoring in code-server', function () {
  this.timeout(2 * LONG);
  let s: Session;
  let shot = 0;
  const screenshot = async (name: string, clip?: Clip) => {
    fs.mkdirSync(SHOTS, { recursive: true });
    const file = path.join(SHOTS, `${String(++shot).padStart(2, '0')}-${name}.png`);
    await s.page.screenshot({ path: file, clip }).catch((e) => log(`screenshot ${name} failed: ${String(e)}`));
    return file;
  };
  const onDisk = (rel: string) => fs.readFileSync(path.join(s.folder, rel), 'utf8');
  /** Saves the active editor and waits until the file on disk satisfies `pred`. */
  const saveAndRead = async (rel: string, pred: (t: string) => boolean): Promise<string> => {
    await s.page.keyboard.press('Escape');
    await s.page.keyboard.press('Control+S');
    const deadline = Date.now() + 20_000;
    let t = '';
    while (Date.now() < deadline) {
      t = onDisk(rel);
      if (pred(t)) return t;
      await sleep(200);
    }
    throw new Error(`${rel} never matched on disk; last text:\n${t.slice(-1500)}`);
  };
  /** Opens a file with quick open and waits until its tab is the active one. */
  const open = async (rel: string) => {
    const name = path.basename(rel);
    for (let attempt = 1; ; attempt++) {
      // An open editor: its tab (quick open may pick another row before its list is filtered).
      const tab = s.page.locator(`.tabs-container .tab[aria-label^="${name}"]`).first();
      if (await tab.count()) await tab.click();
      else await s.quickOpen(rel);
      try {
        await s.page.locator(`.editor-group-container.active .tabs-container .tab.active[aria-label*="${name}"]`).first().waitFor({ timeout: 5000 });
        return;
      } catch (err) {
        if (attempt >= 3) throw err;
      }
    }
  };
  const pick = async (label: string) => {
    const row = s.page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: label }).first();
    await row.waitFor({ timeout: 20_000 });
    await s.page.locator('.quick-input-widget input').fill(label);
    await sleep(200);
    await s.page.keyboard.press('Enter');
  };

  before(async function () {
    this.timeout(8 * LONG);
    if (fs.existsSync(SHOTS)) for (const f of fs.readdirSync(SHOTS)) fs.rmSync(path.join(SHOTS, f));
    buildAndPackage();
    s = new Session({
      workspace: {
        'go.mod': 'module example.com/q\n',
        'sim/router.go': ROUTER_GO,
        [PLAN]: PLAN_TEXT,
        [OTHER]: samplePlan().replace('sim/router.go:3-5', 'sim/router.go:4'),
        'docs/scratch.md': '# Scratch\n\n',
      },
      settings: { 'outline.collapseItems': 'alwaysExpand', 'editor.codeLens': true },
    });
    try {
      await s.start();
    } catch (err) {
      log(`code-server log:\n${s.serverLog.slice(-4000)}`);
      throw err;
    }
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && s?.page) {
      const title = (this.currentTest.title || 'test').replace(/[^a-z0-9]+/gi, '-').slice(0, 50);
      log(`screenshot of the failure: ${await screenshot(`FAILED-${title}`)}`);
    }
  });

  after(async function () {
    this.timeout(LONG);
    await s?.close();
  });

  it('Insert PR Card from the command palette inserts a complete card numbered after the last', async () => {
    await open(PLAN);
    // The extension is active once its status bar item shows.
    await s.page.locator('.part.statusbar [aria-label^="Macro Plan:"]').first().waitFor({ state: 'visible', timeout: LONG });
    await s.goTo(3, 1); // in section A: the card goes to the end of the PR plan
    await s.runCommand('Macro Plan: Insert PR Card');
    await s.page.locator('.quick-input-widget', { hasText: 'PR 6: extension type' }).waitFor({ timeout: LONG });
    await screenshot('insert-pr-card-extension-type');
    await pick('backend swap');
    await s.page.locator('.quick-input-widget', { hasText: 'PR 6: building block' }).waitFor({ timeout: 20_000 });
    await screenshot('insert-pr-card-building-block');
    await pick('Batch Former');
    // The snippet's first tab stop, the title, is selected: type over it.
    await s.editor().locator('.view-lines', { hasText: 'PR 6:' }).waitFor({ timeout: 20_000 });
    await s.page.keyboard.type('Drain the queue');
    await screenshot('insert-pr-card-inserted');
    // Scrolled (Ctrl+Down moves the view, not the cursor) so the new card fills the picture.
    for (let i = 0; i < 32; i++) await s.page.keyboard.press('Control+ArrowDown');
    await screenshot('walkthrough-pr-card', { x: 345, y: 35, width: 860, height: 620 });
    const text = await saveAndRead(PLAN, (t) => t.includes('### PR 6: Drain the queue'));
    const { cards: cs } = cards(text);
    assert.deepEqual(cs.map((c) => c.number), [1, 2, 3, 5, 6]);
    const c = cs[4];
    assert.equal(c.title, 'Drain the queue');
    assert.deepEqual(c.missing, { tier1: [], tier2: [] });
    assert.equal(c.extensionType?.value, 'backend swap');
    assert.equal(c.buildingBlockChange?.value, 'Modifies Batch Former');
    assert.deepEqual(c.contracts.map((x) => x.id), ['BC-4', 'BC-5']);
    assert.match(text, /- \*\*Title:\*\* Drain the queue\n/);
  });

  it('expands the mp-contract snippet in a Markdown file', async () => {
    await open('docs/scratch.md');
    await s.goTo(3, 1);
    await s.page.keyboard.type('mp-contract');
    await s.page.keyboard.press('Control+Space');
    const row = s.page.locator('.suggest-widget .monaco-list-row', { hasText: 'mp-contract' }).first();
    await row.waitFor({ timeout: 20_000 });
    await screenshot('snippet-suggested');
    await row.click();
    await s.page.keyboard.type('7');
    await s.page.keyboard.press('Tab');
    await s.page.keyboard.type('Drain Policy');
    await screenshot('snippet-expanded');
    const text = await saveAndRead('docs/scratch.md', (t) => t.includes('Drain Policy'));
    assert.match(text, /\*\*7\. Drain Policy\*\* — One-sentence responsibility\.\n- OBSERVES: .+\n- CONTROLS: .+\n- OWNS: .+\n- INVARIANTS: .+\n- EVENTS: EventName \(EXOGENOUS\)\n- EXTENSION FRICTION: .+/);
  });

  it('shows the outline of the plan: sections, building blocks under D, PR cards under I', async () => {
    await open(PLAN);
    await s.runCommand('Explorer: Focus on Outline View');
    const tree = s.page.locator('.pane-body:has(.outline-pane) .monaco-list, .outline-pane .monaco-list').first();
    await tree.waitFor({ timeout: LONG });
    // Give the outline room: collapse the folder tree above it.
    await s.page.locator('.pane-header', { hasText: /^workspace$/i }).first().click().catch(() => undefined);
    // The list renders only the rows in view: walk it with the keyboard and collect every row.
    const rows = new Set<string>();
    const collect = async () => {
      for (const label of await tree.locator('.monaco-list-row').evaluateAll((ns) => ns.map((n) => `${n.getAttribute('aria-label') ?? ''} | ${n.textContent ?? ''}`))) rows.add(label);
    };
    const deadline = Date.now() + LONG;
    while (Date.now() < deadline && ![...rows].some((r) => r.includes('PR 6: Drain the queue'))) {
      rows.clear();
      await tree.focus();
      await s.page.keyboard.press('Home');
      for (let i = 0; i < 12; i++) {
        await collect();
        await s.page.keyboard.press('PageDown');
        await sleep(100);
      }
      await collect();
    }
    await s.page.keyboard.press('Home');
    await sleep(300);
    await screenshot('outline');
    const text = [...rows].join('\n');
    for (const want of ['A) Executive Summary', 'D) Concept Model', 'Admission Queue', 'Batch Former', 'Step Timer', 'I) PR Plan', 'PR 1: Add the admission queue', 'PR 6: Drain the queue', 'subsystem module']) {
      assert.ok(text.includes(want), `outline shows ${want}; outline text:\n${text}`);
    }
  });

  it('draws the PR dependency graph with the cycle and the unknown PR in red; a click reveals the card', async () => {
    await open(PLAN);
    await s.runCommand('Macro Plan: Show PR Dependency Graph');
    const frame: FrameLocator = s.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await frame.locator('svg g.node').first().waitFor({ timeout: LONG });
    const ids = await frame.locator('svg g.node').evaluateAll((ns) => ns.map((n) => `${n.getAttribute('data-pr')}:${n.getAttribute('class')}`));
    assert.deepEqual(ids.sort(), ['PR 1:node', 'PR 2:node cycle', 'PR 3:node cycle', 'PR 5:node', 'PR 6:node', 'PR 9:node unknown']);
    assert.equal(await frame.locator('svg g.lane').count(), 3, 'three workstreams: 1-2-3-9, 5 and 6');
    assert.match(await frame.locator('#summary').innerText(), /5 PRs .* 1 cycle .* 1 unknown PR/);
    assert.match(await frame.locator('#problems').innerText(), /Cycle: PR 2 → PR 3 → PR 2/);
    // The edges of the cycle are red.
    assert.equal(await frame.locator('svg path.edge.bad').count(), 3);
    await sleep(500);
    await screenshot('dependency-graph');
    fs.copyFileSync(path.join(SHOTS, `${String(shot).padStart(2, '0')}-dependency-graph.png`), path.join(SHOTS, 'dependency-graph.png'));

    // Editing the plan redraws the graph (debounced): a new dependency PR 5 -> PR 6.
    const dagLine = onDisk(PLAN).split('\n').indexOf('PR 3 → PR 9') + 1;
    assert.ok(dagLine > 0);
    // Back to the plan's editor (the graph's group is the active one now), by keyboard only.
    await s.page.locator('.tabs-container .tab[aria-label^="queue-macro-plan.md"]').first().click();
    await s.page.keyboard.press('Control+G');
    await s.page.locator('.quick-input-widget input').fill(`:${dagLine}:1`);
    await s.page.keyboard.press('Enter');
    await s.page.keyboard.press('End');
    await s.page.keyboard.type('\nPR 5 → PR 6');
    // attached: a vertical edge has an empty box, which Playwright calls hidden.
    await frame.locator('svg path.edge[data-from="PR 5"][data-to="PR 6"]').waitFor({ state: 'attached', timeout: 20_000 });
    assert.equal(await frame.locator('svg g.lane').count(), 2);

    // Clicking a node reveals its card in the editor.
    const pr3 = onDisk(PLAN).split('\n').findIndex((l) => l.startsWith('### PR 3: Time steps')) + 1;
    await frame.locator('svg g.node[data-pr="PR 3"]').click();
    // The cursor moves to the card's heading: the status bar says so while the editor has focus;
    // while the graph's webview keeps it, the status bar hides the position, and the editor's
    // breadcrumbs (the symbol at the cursor, "I) PR Plan > PR 3: Time steps") say it instead.
    const atLine = s.page.locator('.part.statusbar', { hasText: `Ln ${pr3}, Col 1` });
    const atCard = s.page.locator('.part.editor .title', { hasText: 'PR 3: Time steps' });
    await atLine.or(atCard).first().waitFor({ timeout: 20_000 });
    assert.match(await s.editorText(), /### PR 3: Time steps/);
    await screenshot('dependency-graph-revealed');
  });

  it('shows "cited by 2 plans" over a Go declaration that both plans cite', async () => {
    await open('sim/router.go');
    const lens = s.page.locator('.editor-group-container.active .codelens-decoration', { hasText: 'cited by 2 plans' }).first();
    await lens.waitFor({ timeout: LONG });
    await screenshot('code-lens');
    await lens.locator('a').first().click();
    // Two plans: a references peek lists them.
    await s.page.locator('.peekview-widget, .zone-widget .reference-tree').first().waitFor({ timeout: 20_000 });
    await screenshot('code-lens-peek');
    await s.page.keyboard.press('Escape');
  });

  it('Check All Plans in Workspace reports both plans and their problems', async () => {
    await s.runCommand('Macro Plan: Check All Plans in Workspace');
    const toast = s.page.locator('.notifications-toasts .notification-toast', { hasText: /checked 2 plans/ }).first();
    await toast.waitFor({ timeout: LONG });
    await screenshot('check-workspace');
    const text = await s.problems((t) => t.includes('other-macro-plan.md') && t.includes('queue-macro-plan.md'));
    assert.match(text, /queue-macro-plan\.md/);
  });
});
