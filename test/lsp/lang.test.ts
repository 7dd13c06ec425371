import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeLens, CompletionList, Hover, Location, LocationLink, Position } from 'vscode-languageserver-protocol';
import { LspClient } from '../helpers/lspClient';
import { makeWorkspace, type TempWorkspace } from '../helpers/workspace';

const FIXTURES = join(__dirname, '..', 'fixtures', 'lang');

const PLAN = 'docs/plans/inventory-macro-plan.md';
const TEXT = [
  '# Inventory',
  '',
  '`Item.restock` refuses negative counts (src/inventory.py:19-20).',
  '`Ring::push` wraps the head (src/ring.rs:21-24).',
  '`Store.get` looks a record up (src/store.ts:23-25).',
  '`total` at src/inventory.py:',
  '',
].join('\n');

function posOf(text: string, needle: string, delta = 0): Position {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `${needle} not found`);
  const before = text.slice(0, at + delta).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

describe('language server: citations into Python, Rust and TypeScript', function () {
  this.timeout(30000);
  let ws: TempWorkspace;
  let client: LspClient;

  before(async () => {
    ws = makeWorkspace({ ...Object.fromEntries(readdirSync(FIXTURES).map((f) => [`src/${f}`, readFileSync(join(FIXTURES, f), 'utf8')])), [PLAN]: TEXT });
    client = await LspClient.start({ root: ws.root });
    await client.open(ws.uri(PLAN), TEXT);
  });

  after(async () => {
    await client?.stop();
    ws?.remove();
  });

  it('reports the shifted TypeScript citation, with where the method is', async () => {
    // The plan is a macro plan by its name (its sections are another matter): only citation findings here.
    const ds = (await client.diagnosticsFor(ws.uri(PLAN), 1)).filter((d) => /^MP00/.test(String(d.code)));
    assert.deepEqual(ds.map((d) => [d.code, d.range.start.line]), [['MP004', 4]]);
    assert.match(ds[0].message, /`Store\.get` is declared at lines 27-29/);
  });

  it('hovers with the declaration and the cited lines fenced in the file\'s language', async () => {
    const py = await client.request<Hover>('textDocument/hover', { textDocument: { uri: ws.uri(PLAN) }, position: posOf(TEXT, 'src/inventory.py:19', 3) });
    const pyText = JSON.stringify(py.contents);
    assert.match(pyText, /```python\\n {4}def restock\(self, n: int\) -> None:/);
    assert.match(pyText, /if n < 0:/);
    const rs = await client.request<Hover>('textDocument/hover', { textDocument: { uri: ws.uri(PLAN) }, position: posOf(TEXT, 'src/ring.rs', 3) });
    assert.match(JSON.stringify(rs.contents), /```rust\\n {4}pub fn push\(&mut self, v: T\)/);
  });

  it('goes to the cited lines', async () => {
    const [loc] = await client.request<(Location | LocationLink)[]>('textDocument/definition', { textDocument: { uri: ws.uri(PLAN) }, position: posOf(TEXT, 'src/ring.rs', 3) });
    const uri = 'uri' in loc ? loc.uri : loc.targetUri;
    const range = 'range' in loc ? loc.range : loc.targetSelectionRange;
    assert.equal(uri, ws.uri('src/ring.rs'));
    assert.equal(range.start.line, 20);
  });

  it('completes the declarations of a Python file after its path', async () => {
    const list = await client.request<CompletionList | null>('textDocument/completion', { textDocument: { uri: ws.uri(PLAN) }, position: posOf(TEXT, 'src/inventory.py:\n', 'src/inventory.py:'.length) });
    const labels = list?.items.map((i) => [i.label, i.textEdit && 'newText' in i.textEdit ? i.textEdit.newText : '']) ?? [];
    assert.ok(labels.some(([l, t]) => /total/.test(l) && t === '24-26'), JSON.stringify(labels));
    assert.ok(labels.some(([l, t]) => /restock/.test(l) && t === '16-21'), JSON.stringify(labels));
    const doc = list!.items.find((i) => /total/.test(i.label))!.documentation as { value: string };
    assert.match(doc.value, /^```python\n/);
  });

  it('shows a cited-by code lens over the cited Rust method', async () => {
    await client.open(ws.uri('src/ring.rs'), readFileSync(join(FIXTURES, 'ring.rs'), 'utf8'), 'rust');
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: ws.uri('src/ring.rs') } });
    const byLine = new Map(lenses.map((l) => [l.range.start.line, l.command!.title]));
    assert.equal(byLine.get(20), 'cited by 1 plan', JSON.stringify(lenses));
  });
});
