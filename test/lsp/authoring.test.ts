import { strict as assert } from 'node:assert';
import type { CodeLens, CompletionList, DocumentSymbol, Position, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { LspClient, CLIENT_CAPABILITIES } from '../helpers/lspClient';
import { makeWorkspace, type TempWorkspace } from '../helpers/workspace';
import { samplePlan } from '../helpers/authoringPlan';
import { buildModel } from '../../server/src/core/model';
import { planStructure } from '../../server/src/core/plan/structure';
import { BUILTIN_PROFILES } from '../../server/src/core/plan/profile';
import { prCards } from '../../server/src/core/plan/prcards';

const ROUTER_GO = `package sim

// Router routes.
type Router struct {
	n int
}

// Route picks one.
func (r *Router) Route() int {
	return r.n
}

func unused() {}
`;

function posOf(text: string, needle: string, delta = 0): Position {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `${needle} not found`);
  const before = text.slice(0, at + delta).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function insertAt(text: string, p: Position, s: string): string {
  const lines = text.split('\n');
  let o = 0;
  for (let i = 0; i < p.line; i++) o += lines[i].length + 1;
  o += p.character;
  return text.slice(0, o) + s + text.slice(o);
}

interface Insertion {
  uri: string;
  position: Position;
  snippet: string;
  text: string;
  reason: string;
  number?: number;
}

describe('authoring over stdio', function () {
  this.timeout(30000);
  let ws: TempWorkspace;
  let client: LspClient;
  const PLAN = 'docs/plans/queue-macro-plan.md';
  const OTHER = 'docs/other-macro-plan.md';
  const NOTES = 'docs/notes.md';
  let text: string;
  let refreshes = 0;

  before(async () => {
    text = samplePlan({ dag: '```\nPR 1 → PR 2 → PR 3 → PR 2\nPR 3 → PR 9\n```' });
    ws = makeWorkspace({
      'go.mod': 'module example.com/q\n',
      'sim/router.go': ROUTER_GO,
      [PLAN]: text,
      // A second plan on disk only, citing the same declaration, with a structure problem (no section K).
      [OTHER]: samplePlan().replace(/## K\)[\s\S]*$/, '').replace('sim/router.go:3-5', 'sim/router.go:4'),
      [NOTES]: '# Notes\n\nNot a plan: `sim/router.go:9`.\n',
    });
    client = await LspClient.start({ root: ws.root, capabilities: { ...CLIENT_CAPABILITIES, window: { workDoneProgress: true }, workspace: { ...CLIENT_CAPABILITIES.workspace, codeLens: { refreshSupport: true } } } });
    client.conn.onRequest('workspace/codeLens/refresh', () => {
      refreshes++;
      return null;
    });
    await client.open(ws.uri(PLAN), text);
    await client.diagnosticsFor(ws.uri(PLAN), 1);
  });

  after(async () => {
    await client?.stop();
    ws?.remove();
  });

  it('advertises code lenses and the completion triggers of PR cards', () => {
    const caps = client.initializeResult!.capabilities;
    assert.ok(caps.codeLensProvider);
    for (const t of [' ', '-', '/', ':', '.']) assert.ok(caps.completionProvider?.triggerCharacters?.includes(t), `trigger ${JSON.stringify(t)}`);
  });

  it('gives the options of a new PR card: next number, the profile types, the plan blocks', async () => {
    const o = await client.request<{ number: number; extensionTypes: string[]; blocks: string[]; firstBc: string }>('macroplan/authoring/prCardOptions', { textDocument: { uri: ws.uri(PLAN) }, position: { line: 0, character: 0 } });
    assert.equal(o.number, 4);
    assert.deepEqual(o.extensionTypes, BUILTIN_PROFILES.prompt.extensionTypes);
    assert.deepEqual(o.blocks, ['Admission Queue', 'Batch Former', 'Step Timer']);
    assert.equal(o.firstBc, 'BC-4');
  });

  it('inserts a complete, numbered PR card at the end of the PR section', async () => {
    const r = await client.request<Insertion>('macroplan/authoring/prCard', { textDocument: { uri: ws.uri(PLAN) }, position: { line: 2, character: 0 }, extensionType: 'backend swap', buildingBlock: 'Batch Former' });
    assert.equal(r.number, 4);
    assert.match(r.reason, /end of section I/);
    assert.match(r.snippet, /^\n---\n\n### PR 4: \$\{1:Short imperative title\}\n/);
    const out = insertAt(text, r.position, r.text);
    const model = buildModel(out);
    const cards = prCards(model, planStructure(model, BUILTIN_PROFILES.prompt));
    const c = cards.find((x) => x.number === 4)!;
    assert.deepEqual(c.missing, { tier1: [], tier2: [] });
    assert.equal(c.extensionType?.value, 'backend swap');
    assert.equal(c.buildingBlockChange?.value, 'Modifies Batch Former');
    assert.deepEqual(c.contracts.map((x) => x.id), ['BC-4', 'BC-5']);
    // Applied in the editor, the card checks clean of card rules.
    const uri = ws.uri('docs/plans/applied-macro-plan.md');
    await client.open(uri, out);
    const ds = await client.diagnosticsFor(uri, 1);
    const line = posOf(out, '### PR 4').line;
    const inCard = ds.filter((d) => d.range.start.line >= line && d.range.start.line < line + 30 && /^MP11[234]$/.test(String(d.code)));
    assert.deepEqual(inCard, []);
    await client.close(uri);
  });

  it('inserts a module contract and a risk row where they belong', async () => {
    const mc = await client.request<Insertion>('macroplan/authoring/moduleContract', { textDocument: { uri: ws.uri(PLAN) }, position: { line: 0, character: 0 } });
    assert.match(mc.reason, /after building block Step Timer/);
    assert.match(mc.text, /^\n\*\*4\. Block Name\*\* — /);
    assert.match(mc.snippet, /EVENTS: \$\{\d+:EventName\} \(\$\{\d+\|EXOGENOUS,ENDOGENOUS\|\}\)/);
    const rr = await client.request<Insertion & { kind: string }>('macroplan/authoring/riskRow', { textDocument: { uri: ws.uri(PLAN) }, position: posOf(text, '| FIFO queue', 3) });
    assert.equal(rr.kind, 'row');
    assert.deepEqual(rr.position, posOf(text, '| FIFO queue | Order is enough | Bench | PR 2 rework | Before PR 2 merge |', '| FIFO queue | Order is enough | Bench | PR 2 rework | Before PR 2 merge |'.length));
    assert.match(rr.snippet, /^\n\| \$\{1:Decision\} \| \$\{2:What must be true\} \|/);
  });

  it('answers a document outside the plan shape and a bad request sensibly', async () => {
    const notes = await client.request<Insertion & { number: number }>('macroplan/authoring/prCard', { textDocument: { uri: ws.uri(NOTES) }, position: { line: 1, character: 0 } });
    assert.equal(notes.number, 1);
    assert.match(notes.reason, /at the cursor/);
    await assert.rejects(client.request('macroplan/authoring/prCard', { position: { line: 0, character: 0 } }), /textDocument/);
  });

  it('gives the dependency graph with its cycle and unknown PR', async () => {
    const g = await client.request<{ nodes: { id: string; inCycle: boolean; unknown: boolean; line: number }[]; edges: { from: string; to: string; inCycle: boolean }[]; cycles: string[][]; unknown: string[] }>('macroplan/dependencyGraph', { textDocument: { uri: ws.uri(PLAN) } });
    assert.deepEqual(g.nodes.map((n) => n.id), ['PR 1', 'PR 2', 'PR 3', 'PR 9']);
    assert.deepEqual(g.cycles, [['PR 2', 'PR 3']]);
    assert.deepEqual(g.unknown, ['PR 9']);
    assert.equal(g.nodes.find((n) => n.id === 'PR 2')!.line, posOf(text, '### PR 2').line);
    assert.ok(g.edges.some((e) => e.from === 'PR 3' && e.to === 'PR 2' && e.inCycle));
  });

  it('completes extension types, blocks, PR numbers and ids in cards', async () => {
    const at = async (p: Position) => (await client.request<CompletionList | null>('textDocument/completion', { textDocument: { uri: ws.uri(PLAN) }, position: p }))?.items.map((i) => i.label);
    assert.deepEqual(await at(posOf(text, '- **Extension Type:** policy', '- **Extension Type:** '.length)), BUILTIN_PROFILES.prompt.extensionTypes);
    assert.deepEqual(await at(posOf(text, '- **Building Block Change:** Adds Batch', '- **Building Block Change:** Adds '.length)), ['Admission Queue', 'Batch Former', 'Step Timer']);
    assert.deepEqual(await at(posOf(text, '(depends on PR 1)', '(depends on PR '.length)), ['PR 1', 'PR 2', 'PR 3']);
    assert.deepEqual(await at(posOf(text, '- INVARIANTS: INV-2', '- INVARIANTS: INV-'.length)), ['INV-1', 'INV-2']);
  });

  it('outlines sections, building blocks and PR cards', async () => {
    const syms = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: ws.uri(PLAN) } });
    const top = syms.flatMap((s) => (s.name.startsWith('#') || s.name.includes('Macro Plan') ? s.children ?? [] : [s]));
    assert.deepEqual(top.map((s) => s.name[0]), ['A', 'B', 'C', 'D', 'E', 'F', 'H', 'I', 'J', 'K']);
    const d = top.find((s) => s.name.startsWith('D)'))!;
    const all = (s: DocumentSymbol): DocumentSymbol[] => [s, ...(s.children ?? []).flatMap(all)];
    assert.deepEqual(all(d).filter((s) => s.detail?.startsWith('building block')).map((s) => s.name), ['Admission Queue', 'Batch Former', 'Step Timer']);
    const i = top.find((s) => s.name.startsWith('I)'))!;
    assert.deepEqual(i.children!.map((s) => [s.name, s.detail]), [['PR 1: Add the admission queue', 'subsystem module'], ['PR 2: Form batches', 'policy template'], ['PR 3: Time steps', 'backend swap']]);
    // Each heading once.
    assert.equal(all(i).filter((s) => s.name.startsWith('I)')).length, 1);
  });

  it('checks every plan of the workspace with progress, publishing diagnostics of unopened plans', async () => {
    const progress: unknown[] = [];
    client.conn.onNotification('$/progress', (p: unknown) => progress.push(p));
    const r = await client.request<{ files: number; plans: number; results: { uri: string; errors: number }[] }>('macroplan/checkWorkspace', {});
    assert.equal(r.files, 3);
    assert.deepEqual(r.results.map((x) => x.uri).sort(), [ws.uri(OTHER), ws.uri(PLAN)].sort());
    const other: PublishDiagnosticsParams = await client.waitForDiagnostics(ws.uri(OTHER));
    assert.ok(other.diagnostics.some((d) => d.code === 'MP101'), 'the missing section K is reported');
    assert.ok(r.results.find((x) => x.uri === ws.uri(OTHER))!.errors > 0);
    assert.equal(client.published.some((p) => p.uri === ws.uri(NOTES)), false);
    const kinds = progress.map((p) => (p as { value: { kind: string } }).value.kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds[kinds.length - 1], 'end');
    assert.ok(kinds.includes('report'));
  });

  it('shows code lenses over Go declarations cited by plans, open or on disk', async () => {
    await client.open(ws.uri('sim/router.go'), ROUTER_GO, 'go');
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: ws.uri('sim/router.go') } });
    const byLine = new Map(lenses.map((l) => [l.range.start.line, l.command!]));
    // type Router (lines 4-6) is cited by both plans; func Route (lines 9-11) by none (the notes are no plan).
    assert.equal(byLine.get(3)?.title, 'cited by 2 plans');
    assert.equal(byLine.get(3)?.command, 'macroplan.showCitingLines');
    const locs = byLine.get(3)!.arguments![2] as { uri: string; range: { start: Position } }[];
    assert.deepEqual(locs.map((l) => l.uri).sort(), [ws.uri(OTHER), ws.uri(PLAN)].sort());
    assert.deepEqual(locs.find((l) => l.uri === ws.uri(PLAN))!.range.start, posOf(text, 'sim/router.go:3-5'));
    assert.equal(byLine.has(8), false);
    assert.equal(lenses.length, 1);
  });

  it('asks the client to refresh code lenses when a plan changes', async () => {
    const before = refreshes;
    const v = await client.change(ws.uri(PLAN), [{ text: text.replace('sim/router.go:3-5', 'sim/router.go:9') }]);
    await client.diagnosticsFor(ws.uri(PLAN), v);
    for (let i = 0; i < 40 && refreshes === before; i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(refreshes > before, 'workspace/codeLens/refresh was sent');
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: ws.uri('sim/router.go') } });
    // Now each declaration is cited by one plan.
    assert.deepEqual(lenses.map((l) => [l.range.start.line, l.command!.title]), [[3, 'cited by 1 plan'], [8, 'cited by 1 plan']]);
  });
});
