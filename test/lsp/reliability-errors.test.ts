/**
 * Exceptions inside request handlers, triggered for real with malformed requests over stdio:
 * each is answered with an error (never a crash, never silence), logged, and the server keeps
 * serving. Malformed notifications are ignored the same way.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ResponseError } from 'vscode-jsonrpc';
import type { Hover } from 'vscode-languageserver-protocol';
import { LspClient } from '../helpers/lspClient';
import { makeWorkspace, type TempWorkspace } from '../helpers/workspace';
import { FIXTURE_WS } from '../helpers/reliability';

const PLAN_REL = 'docs/plans/checkout-macro-plan.md';

describe('reliability: exceptions in request handlers over stdio', function () {
  this.timeout(30000);
  let ws: TempWorkspace;
  let client: LspClient;
  let uri: string;

  before(async () => {
    const files: Record<string, string> = {};
    for (const rel of ['shop/basket.go', 'billing/invoice.go', 'billing/basket.go', PLAN_REL]) files[rel] = fs.readFileSync(path.join(FIXTURE_WS, rel), 'utf8');
    ws = makeWorkspace(files, 'macroplan-errors-');
    client = await LspClient.start({ root: ws.root });
    uri = ws.uri(PLAN_REL);
    await client.open(uri, files[PLAN_REL]);
    await client.diagnosticsFor(uri, 1, 15000);
  });

  after(async () => {
    await client?.stop();
    ws?.remove();
  });

  /** A hover on the first `shop/basket.go:6-9` of the plan still answers with the Go code. */
  async function stillServes(): Promise<void> {
    const lines = fs.readFileSync(ws.abs(PLAN_REL), 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('shop/basket.go:6-9'));
    const position = { line, character: lines[line].indexOf('shop/basket.go:6-9') + 3 };
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position });
    assert.ok(h && JSON.stringify(h.contents).includes('type Basket struct'), `hover after the error: ${JSON.stringify(h)}`);
    assert.equal(client.proc.exitCode, null, 'the server is still running');
  }

  const td = () => ({ textDocument: { uri } });
  const malformed: [string, string, () => unknown][] = [
    ['hover with a null position', 'textDocument/hover', () => ({ ...td(), position: null })],
    ['hover with a string position', 'textDocument/hover', () => ({ ...td(), position: 'line 3' })],
    ['hover with no textDocument', 'textDocument/hover', () => ({ position: { line: 0, character: 0 } })],
    ['definition with a null position', 'textDocument/definition', () => ({ ...td(), position: null })],
    ['completion with a null position', 'textDocument/completion', () => ({ ...td(), position: null })],
    ['code action with a null range', 'textDocument/codeAction', () => ({ ...td(), range: null, context: { diagnostics: [] } })],
    ['code action with a null context', 'textDocument/codeAction', () => ({ ...td(), range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, context: null })],
    ['document symbols with a null textDocument', 'textDocument/documentSymbol', () => ({ textDocument: null })],
    ['document links with a numeric uri', 'textDocument/documentLink', () => ({ textDocument: { uri: 42 } })],
    ['checkFile with no uri', 'macroplan/checkFile', () => ({})],
    ['checkFile outside the workspace', 'macroplan/checkFile', () => ({ uri: 'file:///etc/passwd' })],
    ['checkFile with a malformed URI', 'macroplan/checkFile', () => ({ uri: 'file:///%E0%A4%A' })],
  ];

  for (const [name, method, params] of malformed) {
    it(`${name}: answered (an error or nothing), and the server keeps serving`, async () => {
      let outcome: string;
      try {
        const r = await client.request(method, params());
        outcome = `answered ${JSON.stringify(r)?.slice(0, 80)}`;
        assert.ok(r === null || Array.isArray(r) || typeof r === 'object', outcome);
      } catch (e) {
        assert.ok(e instanceof ResponseError, `a JSON-RPC error response, not ${e}`);
        assert.ok(e.code < 0 && e.message.length > 0);
        outcome = `error ${e.code}`;
      }
      void outcome;
      await stillServes();
    });
  }

  it('a handler that throws is answered with InternalError naming the request, and logged', async () => {
    const err = await client.request('textDocument/hover', { ...td(), position: null }).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(err instanceof ResponseError, 'the request is answered with an error');
    assert.equal(err.code, -32603);
    assert.match(err.message, /macroplan: hover failed/);
    await new Promise((r) => setTimeout(r, 100));
    assert.ok(client.logs.some((l) => /hover/.test(l)), `logged: ${client.logs.slice(-5).join(' | ')}`);
    await stillServes();
  });

  it('checkFile of a file outside the workspace folders is refused with InvalidParams (never read)', async () => {
    await assert.rejects(client.request('macroplan/checkFile', { uri: 'file:///etc/passwd' }), (e: unknown) => e instanceof ResponseError && e.code === -32602 && /outside the workspace/.test(e.message));
    await assert.rejects(client.request('macroplan/checkFile', { uri: ws.uri('../../etc/passwd') }), (e: unknown) => e instanceof ResponseError && e.code === -32602);
    await stillServes();
  });

  it('an unknown method is answered with MethodNotFound', async () => {
    await assert.rejects(client.request('macroplan/no-such-request', {}), (e: unknown) => e instanceof ResponseError && e.code === -32601);
    await stillServes();
  });

  it('malformed notifications are ignored: a change to a never-opened document, a change with no changes, an open with a number for text', async () => {
    await client.notify('textDocument/didChange', { textDocument: { uri: ws.uri('docs/never.md'), version: 9 }, contentChanges: [{ text: 'x' }] });
    await client.notify('textDocument/didChange', { textDocument: { uri, version: client.version(uri) }, contentChanges: null });
    await client.notify('textDocument/didOpen', { textDocument: { uri: ws.uri('docs/odd.md'), languageId: 'markdown', version: 1, text: 12345 } });
    await client.notify('textDocument/didClose', { textDocument: null });
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: 'not a uri', type: 2 }, { uri: ws.uri('shop/basket.go'), type: 99 }] });
    await client.notify('workspace/didChangeConfiguration', { settings: { macroplan: { maxFileSize: 'huge', rules: 7, sourceRoots: [1, 2] } } });
    await client.notify('$/cancelRequest', { id: 'no-such-id' });
    await stillServes();
  });

  it('a burst of 200 failing requests in flight at once: each answered, then the server serves', async () => {
    const all = await Promise.allSettled(Array.from({ length: 200 }, (_, i) => client.request(i % 2 ? 'textDocument/hover' : 'textDocument/completion', { ...td(), position: i % 3 ? null : { line: -1, character: -1 } })));
    assert.equal(all.length, 200);
    await stillServes();
  });
});
