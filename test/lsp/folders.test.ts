import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import type { Diagnostic, DocumentSymbol, Hover } from 'vscode-languageserver-protocol';
import { LspClient, REPO } from '../helpers/lspClient';
import { makeWorkspace, POLICY_GO, QUEUE_GO, type TempWorkspace } from '../helpers/workspace';

function rules(ds: Diagnostic[]): string[] {
  return ds.map((d) => String(d.code)).sort();
}

describe('language server: folders, limits and start-up', function () {
  this.timeout(30000);
  let a: TempWorkspace;
  let b: TempWorkspace;
  let client: LspClient;

  before(async () => {
    a = makeWorkspace({ 'sim/routing/policy.go': POLICY_GO });
    b = makeWorkspace({ 'sim/queue/queue.go': QUEUE_GO, '.macroplan.json': JSON.stringify({ rules: { MP001: 'info' }, maxPlanSize: 2000 }) });
    client = await LspClient.start({ root: a.root, folders: [b.root] });
  });

  after(async () => {
    await client?.stop();
    a?.remove();
    b?.remove();
  });

  it('resolves citations against the folder that holds the plan, with that folder\'s configuration', async () => {
    const text = 'Policy `sim/routing/policy.go:37-44`, queue `sim/queue/queue.go:4-6`.\n';
    await client.open(a.uri('plan.md'), text);
    await client.open(b.uri('plan.md'), text);
    const inA = await client.diagnosticsFor(a.uri('plan.md'), 1);
    const inB = await client.diagnosticsFor(b.uri('plan.md'), 1);
    assert.deepEqual(rules(inA), ['MP001']);
    assert.equal(inA[0].severity, 1);
    assert.match(inA[0].message, /queue\.go/);
    assert.deepEqual(rules(inB), ['MP001']);
    assert.equal(inB[0].severity, 3, '.macroplan.json of folder b makes MP001 info');
    assert.match(inB[0].message, /policy\.go/);
  });

  it('checks an untitled document against the first workspace folder', async () => {
    const uri = 'untitled:Untitled-1';
    await client.open(uri, 'Policy `sim/routing/policy.go:37-44`, queue `sim/queue/queue.go:4-6`.\n');
    const ds = await client.diagnosticsFor(uri, 1);
    assert.deepEqual(rules(ds), ['MP001']);
    assert.match(ds[0].message, /queue\.go/);
    await client.close(uri);
  });

  it('skips a plan over maxPlanSize with one diagnostic, and serves no outline for it', async () => {
    const uri = b.uri('big.md');
    const text = '# Big\n\n' + 'Queue `sim/queue/queue.go:4-6` is fine.\n\n'.repeat(100);
    await client.open(uri, text);
    const ds = await client.diagnosticsFor(uri, 1);
    assert.deepEqual(rules(ds), ['MP008']);
    const syms = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(syms, []);
  });

  it('checks a Markdown file outside every folder against its own directory', async () => {
    const loose = makeWorkspace({ 'x.go': 'package x\n\nfunc X() {}\n' });
    try {
      const uri = loose.uri('notes.md');
      await client.open(uri, '`X` is at `x.go:3`, `Y` at `y.go:1`.\n');
      assert.deepEqual(rules(await client.diagnosticsFor(uri, 1)), ['MP001']);
      const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 12 } });
      assert.match(JSON.stringify(h.contents), /func X\(\)/);
    } finally {
      loose.remove();
    }
  });
});

describe('language server in an untrusted workspace', function () {
  this.timeout(30000);

  for (const trusted of [true, false]) {
    it(`${trusted ? 'resolves through' : 'ignores'} source roots beside the folder when the workspace is ${trusted ? '' : 'not '}trusted`, async () => {
      const top = makeWorkspace({
        'ws/.macroplan.json': JSON.stringify({ sourceRoots: ['.', '../shared'] }),
        'shared/lib/lib.go': 'package lib\n\nfunc Lib() {}\n',
      });
      const client = await LspClient.start({ root: top.abs('ws'), trusted, settings: { sourceRoots: ['.', '../shared'] } });
      try {
        const uri = top.uri('ws/p.md');
        await client.open(uri, '`Lib` is at `lib/lib.go:3`.\n');
        const ds = await client.diagnosticsFor(uri, 1);
        // Untrusted: the server drops the root that lies outside the folder, so nothing there is read.
        assert.deepEqual(rules(ds), trusted ? [] : ['MP001']);
      } finally {
        await client.stop();
        top.remove();
      }
    });
  }
});

describe('language server started through bin/macroplan.js lsp --stdio', function () {
  this.timeout(30000);

  it('initializes, checks a plan and exits 0 after shutdown/exit', async () => {
    const ws = makeWorkspace({ 'sim/routing/policy.go': POLICY_GO });
    const client = await LspClient.start({ root: ws.root, command: [path.join(REPO, 'bin', 'macroplan.js'), 'lsp', '--stdio'] });
    try {
      assert.equal(client.initializeResult?.serverInfo?.name, 'macroplan');
      await client.open(ws.uri('p.md'), 'Missing `sim/nope.go:1`.\n');
      assert.deepEqual(rules(await client.diagnosticsFor(ws.uri('p.md'), 1)), ['MP001']);
      const exited = new Promise<number | null>((resolve) => client.proc.once('exit', (code) => resolve(code)));
      await client.request('shutdown', null);
      await client.notify('exit', null);
      assert.equal(await exited, 0);
    } finally {
      await client.stop();
      ws.remove();
    }
  });
});
