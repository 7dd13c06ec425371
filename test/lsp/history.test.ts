/**
 * History in the language server, over real LSP messages on real git repositories made here:
 * diagnostics without history go out at once and MP009 follows as a second publish of the same
 * version; a newer edit drops the history run; HEAD moving re-evaluates; an untrusted workspace
 * never starts git. Git is reached through a wrapper first on the server's PATH that logs each
 * call (and can be made slow), so the tests see every process the server starts.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CodeAction, Diagnostic, Hover, MarkupContent, Position, PublishDiagnosticsParams, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { LspClient } from '../helpers/lspClient';
import { makeRepo, type Repo } from '../helpers/gitrepo';
import { ROUTE_GO, ROUTE_GO_MOVED, ROUTE_NOTES } from '../helpers/workspace';

/** Two more above it: 9-17. */
const ROUTING_GO_3 = ROUTE_GO_MOVED.replace('\n// Weight', '\n// Spare is kept free.\nconst Spare = 2\n// Weight');


const FSMONITOR_MARK = 'fsmonitor-ran';
const TEXTCONV_MARK = 'textconv-ran';

/** A folder holding `git`: logs each call to `calls.log`, sleeps a second while `slow` exists, then runs the real git. */
function gitWrapper(): { dir: string; calls(): string[]; slow(on: boolean): void } {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'macroplan-gitspy-')));
  const real = ['/usr/bin/git', '/usr/local/bin/git', '/bin/git'].find((p) => fs.existsSync(p)) ?? 'git';
  const log = path.join(dir, 'calls.log');
  const slow = path.join(dir, 'slow');
  fs.writeFileSync(path.join(dir, 'git'), `#!/bin/sh\necho "$*" >> '${log}'\nif [ -f '${slow}' ]; then sleep 1; fi\nexec '${real}' "$@"\n`, { mode: 0o755 });
  return {
    dir,
    calls: () => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').filter(Boolean) : []),
    slow: (on) => (on ? fs.writeFileSync(slow, '') : fs.rmSync(slow, { force: true })),
  };
}

/** Repository config that would start programs: an fsmonitor hook and a textconv filter that leave marker files. */
function armHostileConfig(repo: Repo): void {
  const hook = (mark: string) => {
    const p = repo.write(`.hooks/${mark}.sh`, `#!/bin/sh\ntouch '${repo.path(mark)}'\ncat "$@" 2>/dev/null\n`);
    fs.chmodSync(p, 0o755);
    return p;
  };
  repo.git('config', 'core.fsmonitor', hook(FSMONITOR_MARK));
  repo.git('config', 'diff.spy.textconv', hook(TEXTCONV_MARK));
  repo.git('config', 'diff.spy.command', hook(TEXTCONV_MARK));
  fs.writeFileSync(repo.path('.git/info/attributes'), '*.go diff=spy\n*.md diff=spy\n');
}

function posOf(text: string, needle: string, delta = 0): Position {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `${needle} not found`);
  const before = text.slice(0, at + delta).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

const codes = (ds: Diagnostic[]) => ds.map((d) => String(d.code)).sort();
const has009 = (p: PublishDiagnosticsParams) => p.diagnostics.some((d) => d.code === 'MP009');

describe('language server: history (MP009) off the typing path', function () {
  this.timeout(60000);
  const spy = gitWrapper();
  const env = { ...process.env, PATH: `${spy.dir}${path.delimiter}${process.env.PATH}` };
  const clients: LspClient[] = [];
  const repos: Repo[] = [];

  function drifted(): Repo {
    const repo = makeRepo({ 'go.mod': 'module example.com/sim\n', 'sim/routing.go': ROUTE_GO, 'docs/notes.md': ROUTE_NOTES, 'docs/other.md': ROUTE_NOTES });
    repos.push(repo);
    repo.commit('routing and its notes');
    repo.commit('a weight above Route', { 'sim/routing.go': ROUTE_GO_MOVED });
    return repo;
  }

  async function start(repo: Repo, opts: { trusted?: boolean; settings?: Record<string, unknown> } = {}): Promise<LspClient> {
    const client = await LspClient.start({ root: repo.root, env, trusted: opts.trusted, settings: opts.settings });
    clients.push(client);
    return client;
  }

  after(async () => {
    for (const c of clients) await c.stop();
    for (const r of repos) r.remove();
    fs.rmSync(spy.dir, { recursive: true, force: true });
  });

  afterEach(() => spy.slow(false));

  it('an untrusted workspace starts no git at all, and says once why there is no history', async () => {
    const repo = drifted();
    armHostileConfig(repo);
    const before = spy.calls().length;
    const client = await start(repo, { trusted: false });
    const uri = pathUri(repo, 'docs/notes.md');
    await client.open(uri, ROUTE_NOTES);
    await client.diagnosticsFor(uri, 1);
    await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
    await client.diagnosticsFor(uri, 2);
    // History is asked after a pause: by the time it says why it is off, it would have run git.
    await until(() => client.logs.some((l) => /history \(MP009\) is off/.test(l)));
    await sleep(1000);
    assert.equal(spy.calls().length, before, `git ran: ${spy.calls().slice(before).join('; ')}`);
    assert.ok(!fs.existsSync(repo.path(FSMONITOR_MARK)) && !fs.existsSync(repo.path(TEXTCONV_MARK)));
    assert.equal(client.logs.filter((l) => /history \(MP009\) is off: the workspace is not trusted/.test(l)).length, 1, client.logs.join('\n'));
    assert.ok(!client.published.some(has009));
  });

  it('a trusted workspace runs git, but never the programs its repository config names', async () => {
    const repo = drifted();
    armHostileConfig(repo);
    const before = spy.calls().length;
    const client = await start(repo);
    const uri = pathUri(repo, 'docs/notes.md');
    await client.open(uri, ROUTE_NOTES);
    await client.diagnosticsFor(uri, 1);
    // The wrapper sees git run: this test would notice a hook that ran.
    for (let i = 0; i < 200 && spy.calls().length === before; i++) await sleep(25);
    assert.ok(spy.calls().length > before, 'git never ran');
    await settle(client);
    assert.ok(!fs.existsSync(repo.path(FSMONITOR_MARK)), 'core.fsmonitor ran');
    assert.ok(!fs.existsSync(repo.path(TEXTCONV_MARK)), 'a diff driver or textconv ran');
  });

  it('watches HEAD and the branch refs of the repository', async () => {
    const repo = drifted();
    const client = await start(repo);
    const uri = pathUri(repo, 'docs/notes.md');
    await client.open(uri, ROUTE_NOTES);
    await client.diagnosticsFor(uri, 1);
    for (let i = 0; i < 100 && !JSON.stringify(client.registrations).includes('refs/heads'); i++) await sleep(20);
    const regs = JSON.stringify(client.registrations);
    assert.match(regs, /refs\/heads/);
    assert.ok(regs.includes(JSON.stringify(pathUri(repo, '.git')).slice(1, -1)), regs);
  });

  it('not a repository: said once in the output (followed from anchors), and git is not asked again on each edit', async () => {
    const dir = makeRepo({ 'go.mod': 'module example.com/sim\n', 'sim/routing.go': ROUTE_GO });
    repos.push(dir);
    fs.rmSync(dir.path('.git'), { recursive: true, force: true });
    const client = await start(dir);
    const uri = pathUri(dir, 'docs/notes.md');
    await client.open(uri, ROUTE_NOTES);
    await client.diagnosticsFor(uri, 1);
    await until(() => client.logs.some((l) => /not a git repository/.test(l)));
    const afterOpen = spy.calls().length;
    for (let v = 2; v <= 4; v++) {
      await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
      await client.diagnosticsFor(uri, v);
    }
    // Past the pause after the last publish, when history would be asked.
    await sleep(1000);
    assert.equal(spy.calls().length, afterOpen, `git asked again: ${spy.calls().slice(afterOpen).join('; ')}`);
    assert.equal(client.logs.filter((l) => /history \(MP009\) for .*: not a git repository; citations are followed from their anchors/.test(l)).length, 1, client.logs.join('\n'));
    assert.equal(client.logs.filter((l) => /is unavailable/.test(l)).length, 0, client.logs.join('\n'));
  });
});

function pathUri(repo: Repo, rel: string): string {
  return new URL(`file://${repo.path(rel)}`).href;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `cond` holds (fails after 15 s). */
async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !cond(); i++) await sleep(50);
  assert.ok(cond(), 'the condition never held');
}

/** Waits until the server has been quiet for a while (no publish for 300 ms). */
async function settle(client: LspClient): Promise<void> {
  let n = -1;
  while (n !== client.published.length) {
    n = client.published.length;
    await sleep(300);
  }
}

describe('language server: MP009 follows the first publish', function () {
  this.timeout(60000);
  const spy = gitWrapper();
  const env = { ...process.env, PATH: `${spy.dir}${path.delimiter}${process.env.PATH}` };
  let repo: Repo;
  let client: LspClient;

  before(async () => {
    repo = makeRepo({ 'go.mod': 'module example.com/sim\n', 'sim/routing.go': ROUTE_GO, 'docs/notes.md': ROUTE_NOTES, 'docs/other.md': ROUTE_NOTES, 'docs/moving.md': ROUTE_NOTES });
    repo.commit('routing and its notes');
    repo.commit('a weight above Route', { 'sim/routing.go': ROUTE_GO_MOVED });
    client = await LspClient.start({ root: repo.root, env });
  });

  after(async () => {
    await client?.stop();
    repo?.remove();
    fs.rmSync(spy.dir, { recursive: true, force: true });
  });

  afterEach(() => spy.slow(false));

  it('publishes without history at once, then MP009 for the same version; hover shows where the code went; the quick fix moves it', async () => {
    const uri = pathUri(repo, 'docs/notes.md');
    await client.open(uri, ROUTE_NOTES);
    const mp009 = await client.waitForDiagnostics(uri, (p) => p.version === 1 && has009(p));
    const ofV1 = client.published.filter((p) => p.uri === uri && p.version === 1);
    assert.ok(ofV1.length >= 2 && !has009(ofV1[0]), `the first publish already waited for history: ${JSON.stringify(ofV1)}`);
    const d = mp009.diagnostics.find((x) => x.code === 'MP009')!;
    assert.match(d.message, /moved: sim\/routing\.go:4-12 is now 7-15/);
    assert.deepEqual(codes(mp009.diagnostics), ['MP009']);

    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: posOf(ROUTE_NOTES, 'routing.go:4-12', 3) });
    const md = (hover.contents as MarkupContent).value;
    assert.match(md, /moved/i);
    assert.match(md, /7-15/);
    assert.ok(md.includes('func Route(loads []int) int {'), md);

    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
    const fix = actions.find((a) => /Move citation/.test(a.title));
    assert.ok(fix, JSON.stringify(actions));
    const edit = (fix!.edit!.documentChanges![0] as TextDocumentEdit).edits[0];
    assert.equal(edit.newText, ':7-15');
    const v2 = await client.change(uri, [{ range: edit.range, text: edit.newText }]);
    await client.diagnosticsFor(uri, v2);
    await settle(client);
    const last = [...client.published].reverse().find((p) => p.uri === uri)!;
    assert.equal(last.version, v2);
    assert.deepEqual(codes(last.diagnostics), []);
  });

  it('a newer edit while history runs: the older version is never published again', async () => {
    const uri = pathUri(repo, 'docs/other.md');
    spy.slow(true); // each git process now starts a second late
    await client.open(uri, ROUTE_NOTES);
    const calls = spy.calls().length;
    await client.diagnosticsFor(uri, 1);
    // Version 1's history is asking git (each call starts a second late) when version 2 arrives.
    await until(() => spy.calls().length > calls);
    const sentAt = client.published.length;
    const v2 = await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
    const first = await client.diagnosticsFor(uri, v2);
    assert.ok(!first.some((d) => d.code === 'MP009'), 'history is on the typing path');
    await client.waitForDiagnostics(uri, (p) => p.version === v2 && has009(p), 20000);
    await settle(client);
    const late = client.published.slice(sentAt).filter((p) => p.uri === uri && p.version !== v2);
    assert.deepEqual(late, [], 'a publish of the older version arrived after the newer edit');
    assert.ok(!client.published.some((p) => p.uri === uri && p.version === 1 && has009(p)), 'the history of version 1 was published');
  });

  it('HEAD moves (a commit): the open plan is judged again against the new HEAD', async () => {
    const uri = pathUri(repo, 'docs/moving.md');
    await client.open(uri, ROUTE_NOTES);
    await client.waitForDiagnostics(uri, (p) => p.version === 1 && has009(p));
    repo.commit('a spare above the weight', { 'sim/routing.go': ROUTING_GO_3 });
    // What VS Code's watcher reports for a commit on the current branch.
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathUri(repo, '.git/refs/heads/main'), type: 2 }, { uri: pathUri(repo, 'sim/routing.go'), type: 2 }] });
    const p = await client.waitForDiagnostics(uri, (x) => x.diagnostics.some((d) => d.code === 'MP009' && /is now 9-17/.test(d.message)));
    assert.equal(p.version, 1);
  });
});

describe('language server: hover on edited and deleted code', function () {
  this.timeout(60000);
  const DROP = '\n// Drop is removed later.\nfunc Drop() int {\n\treturn 1\n}\n';
  const PLAN = '# Notes\n\nRoute (`sim/routing.go:4-12`) and Drop (`sim/routing.go:15-17`).\n';
  let repo: Repo;
  let client: LspClient;

  before(async () => {
    repo = makeRepo({ 'go.mod': 'module example.com/sim\n', 'sim/routing.go': ROUTE_GO + DROP, 'docs/notes.md': PLAN });
    repo.commit('routing and its notes');
    repo.commit('Route guards empty input; Drop goes', { 'sim/routing.go': ROUTE_GO.replace('\tbest := 0\n', '\tif len(loads) == 0 {\n\t\treturn -1\n\t}\n\tbest := 0\n') });
    client = await LspClient.start({ root: repo.root });
  });

  after(async () => {
    await client?.stop();
    repo?.remove();
  });

  it('shows the old and new lines of edited code, and the commit that deleted code', async () => {
    const uri = pathUri(repo, 'docs/notes.md');
    await client.open(uri, PLAN);
    const p = await client.waitForDiagnostics(uri, (x) => x.diagnostics.filter((d) => d.code === 'MP009').length === 2, 20000);
    assert.equal(p.version, 1);
    const hoverAt = async (needle: string) => ((await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: posOf(PLAN, needle, 3) })).contents as MarkupContent).value;
    const edited = await hoverAt('routing.go:4-12');
    assert.match(edited, /The cited code was edited/);
    assert.match(edited, /sim\/routing\.go:4-15/);
    assert.match(edited, /```diff\n[\s\S]*\n\+ \tif len\(loads\) == 0 \{\n[\s\S]*```/);
    const deleted = await hoverAt('routing.go:15-17');
    assert.match(deleted, /The cited code was deleted/);
    assert.match(deleted, /was deleted in [0-9a-f]{7} \(\d{4}-\d\d-\d\d, "Route guards empty input; Drop goes"\)/);
    assert.ok(deleted.includes('func Drop() int {'), deleted);
  });
});

describe('language server: MP009 stays on while typing (history answered from memory)', function () {
  this.timeout(60000);
  const spy = gitWrapper();
  const env = { ...process.env, PATH: `${spy.dir}${path.delimiter}${process.env.PATH}` };
  let repo: Repo;
  let client: LspClient;
  let base: string;

  before(async () => {
    repo = makeRepo({ 'go.mod': 'module example.com/sim\n', 'sim/routing.go': ROUTE_GO, 'docs/notes.md': ROUTE_NOTES });
    base = repo.commit('routing and its notes');
    repo.commit('a weight above Route', { 'sim/routing.go': ROUTE_GO_MOVED });
    client = await LspClient.start({ root: repo.root, env });
  });

  after(async () => {
    await client?.stop();
    repo?.remove();
    fs.rmSync(spy.dir, { recursive: true, force: true });
  });

  const firstOf = (uri: string, version: number) => client.published.find((p) => p.uri === uri && p.version === version);
  const mp009 = (p: PublishDiagnosticsParams | undefined) => (p?.diagnostics ?? []).filter((d) => d.code === 'MP009').map((d) => d.message);

  it('an edit elsewhere in the plan: the first publish of the new version already has MP009, and no git process starts', async () => {
    const uri = pathUri(repo, 'docs/notes.md');
    await client.open(uri, ROUTE_NOTES);
    await client.waitForDiagnostics(uri, (p) => p.version === 1 && has009(p));
    await settle(client);
    const calls = spy.calls().length;
    const end = { line: 3, character: 0 };
    for (const text of ['\nMore', ' prose', '.\n']) {
      const v = await client.change(uri, [{ range: { start: end, end }, text }]);
      await client.diagnosticsFor(uri, v);
      const first = firstOf(uri, v);
      assert.deepEqual(codes(first!.diagnostics), ['MP009'], `version ${v}: ${JSON.stringify(first)}`);
      assert.match(mp009(first)[0], /moved: sim\/routing\.go:4-12 is now 7-15/);
    }
    await settle(client);
    assert.deepEqual(spy.calls().slice(calls), [], 'typing started git');
  });

  it('an edit of the cited line: the first publish judges the new citation, never the old one', async () => {
    const uri = pathUri(repo, 'docs/notes.md');
    const text = ROUTE_NOTES + '\nMore prose.\n';
    const v = await client.change(uri, [{ range: { start: posOf(text, ':4-12', 1), end: posOf(text, ':4-12', 5) }, text: '7-15' }]);
    await client.diagnosticsFor(uri, v);
    // The fixed line is not committed: it has no baseline, and it cites Route where it is.
    assert.deepEqual(firstOf(uri, v)!.diagnostics, []);
    await settle(client);
    assert.deepEqual(client.published.filter((p) => p.uri === uri && p.version === v).flatMap((p) => p.diagnostics), []);
  });

  it('a stamped plan: editing the cited range changes MP009 in the first publish; a range right now drops it', async () => {
    const uri = pathUri(repo, 'docs/loose.md');
    const text = `# Loose notes\n\nThe router is \`Route\` (\`sim/routing.go:4-12\`).\n\n<!-- macroplan-stamp: ${base} -->\n`;
    await client.open(uri, text);
    const p1 = await client.waitForDiagnostics(uri, (p) => p.version === 1 && has009(p));
    assert.match(mp009(p1)[0], /4-12 is now 7-15/);
    await settle(client);
    const calls = spy.calls().length;
    const v2 = await client.change(uri, [{ range: { start: posOf(text, ':4-12', 1), end: posOf(text, ':4-12', 5) }, text: '5-11' }]);
    await client.diagnosticsFor(uri, v2);
    assert.equal(mp009(firstOf(uri, v2)).length, 1, JSON.stringify(firstOf(uri, v2)));
    assert.match(mp009(firstOf(uri, v2))[0], /5-11 is now 8-14/);
    const text2 = text.replace(':4-12', ':5-11');
    const v3 = await client.change(uri, [{ range: { start: posOf(text2, ':5-11', 1), end: posOf(text2, ':5-11', 5) }, text: '7-15' }]);
    await client.diagnosticsFor(uri, v3);
    // 7-15 did not exist at the stamp's commit: nothing to follow, and it is right now.
    assert.deepEqual(firstOf(uri, v3)!.diagnostics, []);
    await settle(client);
    assert.deepEqual(spy.calls().slice(calls), [], 'typing started git');
  });
});
