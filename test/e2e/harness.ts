// Helpers for the end-to-end tests: the packaged extension installed into a real VS Code
// (code-server, installed by scripts/setup-e2e.sh) driven through Debian's Chromium with
// playwright-core. Everything started here is stopped by `Session.close()`.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CODE_SERVER = path.join(ROOT, '.cache', 'code-server', 'node_modules', '.bin', 'code-server');
export const VSIX = path.join(ROOT, 'macroplan.vsix');
export const SCREENSHOTS = path.join(ROOT, 'test', 'e2e', 'screenshots');
export const CHROMIUM = process.env.MACROPLAN_E2E_CHROMIUM ?? '/usr/bin/chromium';

/** Generous timeouts: code-server on 2 cores is slow to start the first time. */
export const LONG = 60_000;

const t0 = Date.now();
export function log(msg: string): void {
  process.stderr.write(`      [e2e +${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}\n`);
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** A part of the 1400x900 page, for the walkthrough's pictures (they show in a narrow pane). */
export interface Clip { x: number; y: number; width: number; height: number }
/** The editor's upper left, where the plan's lines, its hovers and menus show. */
export const EDITOR_CLIP: Clip = { x: 345, y: 35, width: 860, height: 520 };
/** The editor's lines and the Problems view below them. */
export const EDITOR_AND_PANEL_CLIP: Clip = { x: 345, y: 35, width: 900, height: 680 };

/** Screenshots are numbered in the order they are taken, across sessions. */
let shotCount = 0;

/** Removes the screenshots of an earlier run. */
export function clearScreenshots(): void {
  if (!fs.existsSync(SCREENSHOTS)) return;
  for (const f of fs.readdirSync(SCREENSHOTS)) if (f.endsWith('.png')) fs.rmSync(path.join(SCREENSHOTS, f));
}

let packaged = false;

/**
 * Builds the bundles and packages the .vsix, once per test run (skipped with
 * MACROPLAN_E2E_SKIP_PACKAGE=1 when macroplan.vsix exists). Also clears old screenshots.
 */
export function buildAndPackage(): void {
  if (packaged) return;
  packaged = true;
  clearScreenshots();
  if (process.env.MACROPLAN_E2E_SKIP_PACKAGE === '1' && fs.existsSync(VSIX)) {
    log('MACROPLAN_E2E_SKIP_PACKAGE=1: using the existing macroplan.vsix');
    return;
  }
  log('npm run package');
  execFileSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], timeout: 240_000 });
  if (!fs.existsSync(VSIX)) throw new Error(`npm run package did not produce ${VSIX}`);
}

/** Writes the files of `tree` (relative path -> content) under `dir`. */
export function writeTree(dir: string, tree: Record<string, string>): void {
  for (const [rel, content] of Object.entries(tree)) {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url: string, timeoutMs: number, proc: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastErr: unknown;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null || proc.signalCode !== null) {
      throw new Error(`code-server exited early (code ${proc.exitCode}, signal ${proc.signalCode})`);
    }
    try {
      const res = await fetch(url);
      if (res.ok) return;
      lastErr = new Error(`HTTP ${res.status}`);
    } catch (err) {
      lastErr = err;
    }
    await sleep(250);
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms: ${String(lastErr)}`);
}

/** Settings that keep the workbench quiet and deterministic for the tests. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.editor.enablePreview': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'chat.commandCenter.enabled': false,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'files.autoSave': 'off',
  'editor.minimap.enabled': false,
  'editor.hover.delay': 150,
  'editor.hover.sticky': true,
  'editor.acceptSuggestionOnEnter': 'off',
  'editor.autoClosingBrackets': 'never',
  'editor.autoClosingQuotes': 'never',
  'editor.autoSurround': 'never',
  'editor.wordBasedSuggestions': 'off',
  'editor.quickSuggestions': { other: false, comments: false, strings: false },
  'editor.lightbulb.enabled': 'off',
  'editor.stickyScroll.enabled': false,
  'markdown.validate.enabled': false,
  'problems.defaultViewMode': 'list',
  'macroplan.debounce': 50,
};

export interface SessionOptions {
  /** The workspace folder's files (relative path -> content). */
  workspace: Record<string, string>;
  /** Extra user settings merged over the defaults above. */
  settings?: Record<string, unknown>;
  /** Leave workspace trust on, so the folder opens in Restricted Mode (default: trust is off). */
  restricted?: boolean;
  /** Install macroplan.vsix into the session's extensions folder (default true). */
  installVsix?: boolean;
  /** Extra environment for code-server (and so for its extension host). */
  env?: Record<string, string>;
  /**
   * Entries of the workbench's `payload` URL parameter, e.g. extensionDevelopmentPath and
   * extensionTestsPath (as vscode-remote URIs built from the given authority "127.0.0.1:PORT").
   */
  payload?: (authority: string) => [string, string][];
}

// Process groups of code-servers still running: killed if the test process dies abruptly
// (Ctrl+C, a CI timeout) before the after hooks ran.
const liveGroups = new Set<number>();
function killLiveGroups(): void {
  for (const pgid of liveGroups) {
    try { process.kill(-pgid, 'SIGKILL'); } catch { /* gone */ }
  }
  liveGroups.clear();
}
process.once('exit', killLiveGroups);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(sig, () => {
    killLiveGroups();
    process.exit(130);
  });
}

/** One code-server + Chromium session on a temporary workspace. */
export class Session {
  readonly base: string;
  readonly folder: string;
  readonly extensionsDir: string;
  readonly userDataDir: string;
  port = 0;
  server?: ChildProcess;
  serverLog = '';
  browser?: Browser;
  page!: Page;

  constructor(private readonly opts: SessionOptions) {
    this.base = fs.mkdtempSync(path.join(os.tmpdir(), 'macroplan-e2e-'));
    this.folder = path.join(this.base, 'workspace');
    this.extensionsDir = path.join(this.base, 'extensions');
    this.userDataDir = path.join(this.base, 'user-data');
  }

  async start(): Promise<void> {
    if (!fs.existsSync(CODE_SERVER)) {
      throw new Error(`${CODE_SERVER} is missing: run scripts/setup-e2e.sh first`);
    }
    writeTree(this.folder, this.opts.workspace);
    writeTree(this.userDataDir, {
      'User/settings.json': JSON.stringify({
        ...USER_SETTINGS,
        ...(this.opts.restricted
          ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.banner': 'always' }
          : {}),
        ...this.opts.settings,
      }, null, 2),
    });
    fs.mkdirSync(this.extensionsDir, { recursive: true });

    if (this.opts.installVsix !== false) {
      log('installing macroplan.vsix into code-server');
      execFileSync(CODE_SERVER, [
        '--extensions-dir', this.extensionsDir,
        '--user-data-dir', this.userDataDir,
        '--install-extension', VSIX, '--force',
      ], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
      const installed = fs.readdirSync(this.extensionsDir).filter((d) => d.startsWith('macroplan.macroplan-'));
      if (installed.length !== 1) throw new Error(`extension not installed: ${fs.readdirSync(this.extensionsDir).join(', ')}`);
    }

    this.port = await freePort();
    log(`starting code-server on 127.0.0.1:${this.port}`);
    this.server = spawn(CODE_SERVER, [
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${this.port}`,
      '--disable-telemetry',
      '--disable-update-check',
      ...(this.opts.restricted ? [] : ['--disable-workspace-trust']),
      '--disable-getting-started-override',
      '--extensions-dir', this.extensionsDir,
      '--user-data-dir', this.userDataDir,
      this.folder,
    ], {
      // Its own process group, so that close() stops code-server and everything it spawned
      // (extension host, language server) by that group's id.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, SERVICE_URL: '', ITEM_URL: '', ...this.opts.env },
    });
    if (this.server.pid) liveGroups.add(this.server.pid);
    const collect = (b: Buffer) => { this.serverLog += b.toString(); };
    this.server.stdout?.on('data', collect);
    this.server.stderr?.on('data', collect);
    await waitForHttp(`http://127.0.0.1:${this.port}/healthz`, LONG, this.server);

    log('launching Chromium');
    this.browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const context = await this.browser.newContext({ viewport: { width: 1400, height: 900 } });
    this.page = await context.newPage();
    this.page.setDefaultTimeout(LONG);
    let url = `http://127.0.0.1:${this.port}/?folder=${encodeURIComponent(this.folder)}`;
    if (this.opts.payload) url += `&payload=${encodeURIComponent(JSON.stringify(this.opts.payload(`127.0.0.1:${this.port}`)))}`;
    await this.page.goto(url);
    await this.page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 2 * LONG });
    // The explorer shows the folder once the workbench has restored.
    await this.page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ timeout: 2 * LONG });
    log('workbench loaded');
  }

  async close(): Promise<void> {
    try {
      await this.browser?.close();
    } catch (err) {
      log(`closing Chromium failed: ${String(err)}`);
    }
    this.browser = undefined;
    const proc = this.server;
    this.server = undefined;
    if (proc?.pid && proc.exitCode === null && proc.signalCode === null) {
      const exited = new Promise<void>((r) => proc.once('exit', () => r()));
      try { process.kill(-proc.pid, 'SIGTERM'); } catch { /* already gone */ }
      const timedOut = await Promise.race([exited.then(() => false), sleep(5000).then(() => true)]);
      if (timedOut) {
        try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* already gone */ }
        await Promise.race([exited, sleep(2000)]);
      }
    }
    // Processes of the group that outlived code-server (e.g. a language server).
    if (proc?.pid) {
      try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* none left */ }
      liveGroups.delete(proc.pid);
    }
    if (process.env.MACROPLAN_E2E_KEEP !== '1') fs.rmSync(this.base, { recursive: true, force: true });
  }

  /** Saves a screenshot as test/e2e/screenshots/NN-name.png (of a part of the page with `clip`). */
  async screenshot(name: string, clip?: Clip): Promise<string> {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const file = path.join(SCREENSHOTS, `${String(++shotCount).padStart(2, '0')}-${name}.png`);
    try {
      await this.page.screenshot({ path: file, clip });
    } catch (err) {
      log(`screenshot ${name} failed: ${String(err)}`);
    }
    return file;
  }

  // --- workbench helpers ---------------------------------------------------------------------

  /** Focuses the editor area so that shortcuts reach the workbench and not a view. */
  async focusWorkbench(): Promise<void> {
    await this.page.keyboard.press('Escape');
  }

  /** Opens a file by quick open (Ctrl+P), waits for its editor tab. */
  async quickOpen(relPath: string): Promise<void> {
    const name = path.basename(relPath);
    for (let attempt = 1; ; attempt++) {
      await this.focusWorkbench();
      await this.page.keyboard.press('Control+P');
      const input = this.page.locator('.quick-input-widget input');
      try {
        await input.waitFor({ state: 'visible', timeout: 10_000 });
        await input.fill(relPath);
        // Wait until quick open lists the file, then open it.
        await this.page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 20_000 });
        await this.page.keyboard.press('Enter');
        await this.page.locator(`.tabs-container .tab[aria-label*="${name}"]`).first().waitFor({ timeout: 20_000 });
        await this.editor().locator('.view-lines').waitFor({ timeout: 20_000 });
        return;
      } catch (err) {
        if (attempt >= 3) throw err;
        log(`quick open of ${relPath} failed (attempt ${attempt}): ${String(err).split('\n')[0]}`);
        await this.page.keyboard.press('Escape');
      }
    }
  }

  /** Runs a command by its title through the command palette (F1). */
  async runCommand(title: string): Promise<void> {
    await this.focusWorkbench();
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(`>${title}`);
    await this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 20_000 });
    await this.page.keyboard.press('Enter');
  }

  /** The active editor. */
  editor(): Locator {
    return this.page.locator('.editor-group-container.active .monaco-editor').first();
  }

  /** The text of the active editor's visible lines. */
  async editorText(): Promise<string> {
    return (await this.editor().locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');
  }

  /** Moves the cursor to a 1-based line and column (Ctrl+G "line:column"). */
  async goTo(line: number, column = 1): Promise<void> {
    await this.editor().locator('.view-lines').click({ position: { x: 5, y: 5 } });
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: 10_000 });
  }

  /**
   * The on-screen box of the first occurrence of `text` in the active editor's visible lines
   * (the text may span several tokens), or undefined when it is not rendered.
   */
  async textBox(text: string): Promise<{ x: number; y: number; width: number; height: number } | undefined> {
    return this.page.evaluate((needle) => {
      const doc = (globalThis as any).document;
      const lines = doc.querySelectorAll('.editor-group-container.active .monaco-editor .view-line');
      for (const line of lines) {
        const full = String(line.textContent ?? '').replace(/\u00a0/g, ' ');
        const at = full.indexOf(needle);
        if (at < 0) continue;
        // Walk the text nodes to the start and end of the match.
        const walker = doc.createTreeWalker(line, 4 /* NodeFilter.SHOW_TEXT */);
        const range = doc.createRange();
        let offset = 0;
        let started = false;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const len = node.textContent.length;
          if (!started && at < offset + len) {
            range.setStart(node, at - offset);
            started = true;
          }
          if (started && at + needle.length <= offset + len) {
            range.setEnd(node, at + needle.length - offset);
            const r = range.getBoundingClientRect();
            return { x: r.x, y: r.y, width: r.width, height: r.height };
          }
          offset += len;
        }
      }
      return undefined;
    }, text);
  }

  /** Opens the Problems view and returns its text once `predicate` holds (or throws). */
  async problems(predicate: (text: string) => boolean, timeoutMs = LONG): Promise<string> {
    const panel = this.page.locator('.markers-panel');
    if (!(await panel.isVisible())) {
      await this.focusWorkbench();
      await this.page.keyboard.press('Control+Shift+M');
      await panel.waitFor({ state: 'visible', timeout: 20_000 });
    }
    const deadline = Date.now() + timeoutMs;
    let text = '';
    while (Date.now() < deadline) {
      text = (await panel.innerText().catch(() => '')).replace(/\u00a0/g, ' ');
      if (predicate(text)) return text;
      await sleep(100);
    }
    throw new Error(`Problems view never matched; last text:\n${text}`);
  }

  /** Hovers `text` in the editor until a hover containing `expected` shows; returns its text. */
  async hover(text: string, expected: string | RegExp, timeoutMs = LONG): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let last = '';
    while (Date.now() < deadline) {
      const box = await this.textBox(text);
      if (box) {
        // Leave, then come back: a fresh mouse-move is what triggers a hover.
        await this.page.mouse.move(box.x + box.width / 2, box.y + box.height + 200);
        await sleep(100);
        await this.page.mouse.move(box.x + Math.min(box.width / 2, 20), box.y + box.height / 2, { steps: 3 });
        const hover = this.page.locator('.monaco-hover:not(.hidden)').first();
        try {
          await hover.waitFor({ state: 'visible', timeout: 4000 });
          const until = Date.now() + 4000;
          while (Date.now() < until) {
            last = await hover.innerText().catch(() => '');
            if (typeof expected === 'string' ? last.includes(expected) : expected.test(last)) return last;
            await sleep(200);
          }
        } catch {
          // no hover yet: the server may still be indexing; retry
        }
      }
      await sleep(500);
    }
    throw new Error(`no hover containing ${String(expected)} over ${text}; last hover text:\n${last}`);
  }

  /** Text of the status bar. */
  async statusBarText(): Promise<string> {
    return this.page.locator('.part.statusbar').innerText();
  }
}
