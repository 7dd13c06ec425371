import { strict as assert } from 'node:assert';
import type { Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { LspClient } from '../helpers/lspClient';
import { makeWorkspace, POLICY_GO, type TempWorkspace } from '../helpers/workspace';

describe('language server robustness', function () {
  this.timeout(60000);
  let ws: TempWorkspace;
  let client: LspClient;

  before(async () => {
    ws = makeWorkspace({ 'sim/routing/policy.go': POLICY_GO, 'sim/blob.go': Buffer.from([0, 1, 2, 0, 255]).toString('latin1') });
    client = await LspClient.start({ root: ws.root });
  });

  after(async () => {
    await client?.stop();
    ws?.remove();
  });

  async function stillServes(): Promise<void> {
    const uri = ws.uri('docs/alive.md');
    if (client.version(uri) === 0) await client.open(uri, 'Ctor `NewRoutingPolicy` (`sim/routing/policy.go:37-44`).\n');
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 30 } });
    assert.match((h.contents as MarkupContent).value, /func NewRoutingPolicy/);
  }

  it('answers requests on documents it does not know with nothing, not errors', async () => {
    const uri = ws.uri('docs/never-opened.md');
    const td = { textDocument: { uri } };
    const pos = { line: 0, character: 0 };
    assert.equal(await client.request('textDocument/hover', { ...td, position: pos }), null);
    assert.equal(await client.request('textDocument/definition', { ...td, position: pos }), null);
    assert.equal(await client.request('textDocument/completion', { ...td, position: pos }), null);
    assert.equal(await client.request('textDocument/documentLink', td), null);
    assert.equal(await client.request('textDocument/documentSymbol', td), null);
    assert.equal(await client.request('textDocument/codeAction', { ...td, range: { start: pos, end: pos }, context: { diagnostics: [] } }), null);
    // A change to a document that was never opened is ignored.
    await client.notify('textDocument/didChange', { textDocument: { uri, version: 5 }, contentChanges: [{ text: 'x' }] });
    await stillServes();
  });

  it('checks odd Markdown without crashing: NULs, a megabyte on one line, deep nesting, thousands of citations', async () => {
    const inputs: Record<string, string> = {
      'nul.md': 'text \u0000\u0000 `sim/routing/policy.go:1` \u0000\n',
      'long-line.md': 'x'.repeat(1_000_000) + ' `sim/routing/policy.go:3`\n',
      'nested.md': '> '.repeat(500) + '- '.repeat(500) + '`sim/routing/policy.go:3`\n',
      'many.md': Array.from({ length: 3000 }, (_, i) => `\`sim/routing/policy.go:${(i % 60) + 1}\``).join(' ') + '\n',
      'binary-cite.md': 'Blob `sim/blob.go:1`.\n',
    };
    for (const [name, text] of Object.entries(inputs)) await client.open(ws.uri('docs/' + name), text);
    const results: Record<string, Diagnostic[]> = {};
    for (const name of Object.keys(inputs)) results[name] = await client.diagnosticsFor(ws.uri('docs/' + name), 1, 30000);
    assert.ok(results['many.md'].some((d) => d.code === 'MP003'), 'lines past the end of the file are reported');
    assert.deepEqual(results['binary-cite.md'].map((d) => d.code), ['MP007']);
    await stillServes();
  });

  it('publishes nothing for a document after it is closed, even with a check in flight', async () => {
    const uris = Array.from({ length: 40 }, (_, i) => ws.uri(`docs/churn-${i}.md`));
    for (const uri of uris) {
      await client.open(uri, `Missing \`sim/none${uri.length}.go:1\`.\n`);
      await client.change(uri, [{ text: 'Changed `sim/none.go:2`.\n' }]);
      await client.close(uri);
    }
    await new Promise((r) => setTimeout(r, 400));
    for (const uri of uris) {
      const mine = client.published.filter((p) => p.uri === uri);
      if (mine.length) assert.deepEqual(mine[mine.length - 1].diagnostics, [], `last publish for ${uri} clears`);
    }
    await stillServes();
  });

  it('keeps its memory bounded over many open/edit/close cycles', async () => {
    const before = await client.request<{ heapUsed: number }>('macroplan/debug/memory', {});
    const text = Array.from({ length: 200 }, (_, i) => `## S${i}\n\nFact \`NewRoutingPolicy\` (\`sim/routing/policy.go:37-44\`).\n`).join('\n');
    for (let round = 0; round < 12; round++) {
      const uri = ws.uri(`docs/cycle-${round}.md`);
      await client.open(uri, text);
      const v = await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
      await client.diagnosticsFor(uri, v, 20000);
      await client.close(uri);
    }
    const after = await client.request<{ heapUsed: number }>('macroplan/debug/memory', {});
    const growthMb = (after.heapUsed - before.heapUsed) / 1048576;
    assert.ok(growthMb < 150, `heap grew by ${growthMb.toFixed(1)} MB`);
    await stillServes();
  });
});
