/** Project-wide ids and link citations over real LSP messages: hover shows the definition, go to definition opens it. */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Hover, Location, LocationLink, Position, DocumentLink } from 'vscode-languageserver-protocol';
import { LspClient, CLIENT_CAPABILITIES } from '../helpers/lspClient';
import { makeWorkspace, type TempWorkspace } from '../helpers/workspace';

const MICRO = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'plans', 'micro', 'discount-cap-micro-plan.md'), 'utf8')
  .replace('The tricky part is the order', 'It keeps INV-2 and rule R7 (see [Total](../../shop/cart.go#L7-L13)). The tricky part is the order');

const INVARIANTS = '# Invariants\n\n## INV-1: Money is conserved\n\n## INV-2: Totals never go below zero\n';
const RULES = '# Rules\n\n| Rule | What |\n|---|---|\n| R7 | Validate every new numeric parameter |\n';
// The Go file the micro fixture plan cites.
const CART = ['package shop', '', 'func NewCart(cap int) *Cart {', '\treturn &Cart{cap: cap}', '}', '', 'func (c *Cart) Total() int {', '\toff := c.discount', '\tif off > 100 {', '\t\toff = 100', '\t}', '\treturn c.price * (100 - off) / 100', '}', '', 'type Cart struct {', '\tprice, discount, cap int', '}', ''].join('\n');

function posOf(text: string, needle: string, delta = 0): Position {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `${needle} not found`);
  const before = text.slice(0, at + delta).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

describe('project-wide ids and link citations over stdio', function () {
  this.timeout(30000);
  let ws: TempWorkspace;
  let client: LspClient;
  const PLAN = 'docs/plans/discount-cap-micro-plan.md';

  before(async () => {
    ws = makeWorkspace({
      'go.mod': 'module shop\n',
      'shop/cart.go': CART,
      'docs/contributing/standards/invariants.md': INVARIANTS,
      'docs/contributing/standards/rules.md': RULES,
      [PLAN]: MICRO,
    });
    client = await LspClient.start({ root: ws.root, capabilities: CLIENT_CAPABILITIES });
    await client.open(ws.uri(PLAN), MICRO);
  });

  after(async () => {
    await client?.stop();
    ws?.remove();
  });

  it('checks the plan clean: the project defines INV-2, the link resolves from the plan’s folder', async () => {
    const ds = await client.diagnosticsFor(ws.uri(PLAN), 1);
    assert.deepEqual(ds.map((d) => `${d.code} ${d.message}`), []);
  });

  it('hovers a project id with its definition', async () => {
    const inv = await client.request<Hover>('textDocument/hover', { textDocument: { uri: ws.uri(PLAN) }, position: posOf(MICRO, 'INV-2', 2) });
    assert.match((inv.contents as { value: string }).value, /\*\*INV-2\*\*, defined for the whole project in docs\/contributing\/standards\/invariants\.md:5:\n\n> ## INV-2: Totals never go below zero/);
    const rule = await client.request<Hover>('textDocument/hover', { textDocument: { uri: ws.uri(PLAN) }, position: posOf(MICRO, 'R7', 1) });
    assert.match((rule.contents as { value: string }).value, /\*\*R7\*\*, defined for the whole project in docs\/contributing\/standards\/rules\.md:5/);
  });

  it('goes to a project id’s definition, and to a plan’s own contract', async () => {
    const [inv] = await client.request<LocationLink[] | Location[]>('textDocument/definition', { textDocument: { uri: ws.uri(PLAN) }, position: posOf(MICRO, 'INV-2', 1) });
    const target = 'targetUri' in inv ? inv : { targetUri: inv.uri, targetRange: inv.range };
    assert.equal(target.targetUri, ws.uri('docs/contributing/standards/invariants.md'));
    assert.equal(target.targetRange.start.line, 4);
    const [bc] = await client.request<LocationLink[] | Location[]>('textDocument/definition', { textDocument: { uri: ws.uri(PLAN) }, position: posOf(MICRO, 'Scrutinize BC-1', 13) });
    const local = 'targetUri' in bc ? bc : { targetUri: bc.uri, targetRange: bc.range };
    assert.equal(local.targetUri, ws.uri(PLAN));
    assert.equal(local.targetRange.start.line, posOf(MICRO, '**BC-1: Discounts').line);
  });

  it('resolves a link citation from the plan’s folder in hover, definition and document links', async () => {
    const at = posOf(MICRO, '../../shop/cart.go#L7', 8);
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri: ws.uri(PLAN) }, position: at });
    assert.match((h.contents as { value: string }).value, /\*\*shop\/cart\.go\*\* lines 7-13/);
    const [d] = await client.request<LocationLink[] | Location[]>('textDocument/definition', { textDocument: { uri: ws.uri(PLAN) }, position: at });
    assert.equal('targetUri' in d ? d.targetUri : d.uri, ws.uri('shop/cart.go'));
    const links = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: ws.uri(PLAN) } });
    assert.ok(links.some((l) => l.target?.startsWith(ws.uri('shop/cart.go'))), JSON.stringify(links.map((l) => l.target)));
  });
});
