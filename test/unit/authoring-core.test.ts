import { strict as assert } from 'node:assert';
import { buildModel } from '../../server/src/core/model';
import { planStructure } from '../../server/src/core/plan/structure';
import { BUILTIN_PROFILES } from '../../server/src/core/plan/profile';
import { prCards } from '../../server/src/core/plan/prcards';
import { buildingBlocks } from '../../server/src/core/plan/blocks';
import { bcNumbering, planPrCard, prCardSnippet } from '../../server/src/core/authoring/cards';
import { contractSnippet, planContract } from '../../server/src/core/authoring/contracts';
import { planRiskRow } from '../../server/src/core/authoring/risks';
import { atCursorLine, atRegionEnd, wrap } from '../../server/src/core/authoring/place';
import { expandSnippet, parseSnippet } from '../../server/src/core/authoring/snippet';
import { authoringCompletions } from '../../server/src/core/authoring/complete';
import { graphData } from '../../server/src/core/authoring/graph';
import { planOutline } from '../../server/src/core/authoring/outline';
import { CitedByIndex, citedByTitle } from '../../server/src/core/authoring/citedby';
import { samplePlan } from '../helpers/authoringPlan';

const prompt = BUILTIN_PROFILES.prompt;

function load(text: string) {
  const model = buildModel(text);
  return { model, plan: planStructure(model, prompt) };
}

/** Applies an insertion plan (with defaults for the placeholders) and returns the new text. */
function apply(text: string, ins: { offset: number; before: string; after: string }, snippet: string): string {
  return text.slice(0, ins.offset) + expandSnippet(wrap({ ...ins, reason: '' }, snippet)) + text.slice(ins.offset);
}

const offsetOf = (text: string, needle: string, delta = 0) => {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `"${needle}" in the text`);
  return i + delta;
};

describe('authoring: numbering', () => {
  it('gives the next free PR number and continues the plan-wide BC series', () => {
    const { model, plan } = load(samplePlan());
    const pc = planPrCard(model, plan, 0);
    assert.equal(pc.number, 4);
    assert.deepEqual(pc.bc, { style: 'continuous', first: 'BC-4' });
    assert.deepEqual(pc.blocks, ['Admission Queue', 'Batch Former', 'Step Timer']);
    assert.deepEqual(pc.extensionTypes, prompt.extensionTypes);
  });

  it('numbers per PR when the cards write BC-<PR>-n, and restarts when cards each start at BC-1', () => {
    let { model, plan } = load(samplePlan({ bcs: [['BC-1-1', 'BC-1-2'], ['BC-2-1']] }));
    assert.deepEqual(bcNumbering(model, plan, 4), { style: 'qualified', first: 'BC-4-1' });
    ({ model, plan } = load(samplePlan({ bcs: [['BC-1', 'BC-2'], ['BC-1']] })));
    assert.deepEqual(bcNumbering(model, plan, 4), { style: 'per-card', first: 'BC-1' });
  });

  it('starts at PR 1 and BC-1 in a plan without cards, and skips past gaps to the highest number', () => {
    let { model, plan } = load('## I) PR Plan\n\nNothing yet.\n');
    let pc = planPrCard(model, plan, 0);
    assert.equal(pc.number, 1);
    assert.equal(pc.bc.first, 'BC-1');
    ({ model, plan } = load(samplePlan({ morePrs: '### PR 9: Later\n\n- **Behavioral Guarantees:**\n  - BC-12: x\n' })));
    pc = planPrCard(model, plan, 0);
    assert.equal(pc.number, 10);
    assert.equal(pc.bc.first, 'BC-13');
  });
});

describe('authoring: insertion placement', () => {
  it('puts a card at the end of the PR section when the cursor is elsewhere, keeping the --- between cards', () => {
    const text = samplePlan();
    const { model, plan } = load(text);
    const pc = planPrCard(model, plan, offsetOf(text, 'We add a queue'));
    assert.match(pc.insertion.reason, /end of section I/);
    const snippet = prCardSnippet(prompt, { number: pc.number, depth: pc.depth, firstBc: pc.bc.first, extensionType: 'tier composition', buildingBlock: 'Step Timer', tierMarkers: pc.tierMarkers });
    const out = apply(text, pc.insertion, snippet);
    const after = load(out);
    const cards = prCards(after.model, after.plan);
    assert.deepEqual(cards.map((c) => c.number), [1, 2, 3, 4]);
    const c4 = cards[3];
    assert.deepEqual(c4.missing, { tier1: [], tier2: [] });
    assert.equal(c4.extensionType?.value, 'tier composition');
    assert.equal(c4.buildingBlockChange?.value, 'Modifies Step Timer');
    assert.deepEqual(c4.contracts.map((c) => c.id), ['BC-4', 'BC-5']);
    assert.equal(c4.heading.depth, 3);
    // The new card sits between PR 3 and section J, separated by --- like the others.
    assert.match(out, /- \*\*Why no dead code:\*\* Tested\.\n\n---\n\n### PR 4: Short imperative title\n/);
    assert.match(out, /Everything it adds is exercised by its tests or the CLI\.\n\n---\n\n## J\) Dependency DAG/);
    assert.equal(after.plan.byLetter('J')?.heading.text, 'J) Dependency DAG');
  });

  it('puts a card after the card holding the cursor, and at a blank line of the PR section', () => {
    const text = samplePlan();
    const { model, plan } = load(text);
    const inCard = planPrCard(model, plan, offsetOf(text, '- **Motivation:** Needed.'));
    assert.equal(inCard.insertion.reason, 'after PR 1');
    const out = apply(text, inCard.insertion, prCardSnippet(prompt, { number: 4, depth: 3, firstBc: 'BC-4' }));
    assert.deepEqual(prCards(load(out).model, load(out).plan).map((c) => c.number), [1, 4, 2, 3]);

    const blank = offsetOf(text, '## I) PR Plan\n\n', '## I) PR Plan\n'.length);
    const atBlank = planPrCard(model, plan, blank);
    assert.equal(atBlank.insertion.reason, 'at the cursor');
    const out2 = apply(text, atBlank.insertion, prCardSnippet(prompt, { number: 4, depth: 3, firstBc: 'BC-4' }));
    assert.match(out2, /## I\) PR Plan\n\n### PR 4: /);
    assert.deepEqual(prCards(load(out2).model, load(out2).plan).map((c) => c.number), [4, 1, 2, 3]);
  });

  it('separates inserted blocks by one blank line wherever they go', () => {
    assert.equal(apply('A\n\nB', atCursorLine('A\n\nB', 2, ''), 'X'), 'A\n\nX\n\nB');
    assert.equal(apply('A\nB', atCursorLine('A\nB', 0, ''), 'X'), 'A\n\nX\n\nB');
    assert.equal(apply('A', atCursorLine('A', 1, ''), 'X'), 'A\n\nX');
    assert.equal(apply('A\n\n\nB', atCursorLine('A\n\n\nB', 2, ''), 'X'), 'A\n\nX\n\nB');
    assert.equal(apply('# S\nbody\n\n## T\n', atRegionEnd('# S\nbody\n\n## T\n', 0, 10, ''), 'X'), '# S\nbody\n\nX\n\n## T\n');
    assert.equal(apply('# S\nbody', atRegionEnd('# S\nbody', 0, 8, ''), 'X'), '# S\nbody\n\nX');
    // CRLF documents: the LSP layer writes the document's line breaks; here only the layout counts.
    assert.equal(apply('body\r\n\r\n---\r\n\r\n## T', atRegionEnd('body\r\n\r\n---\r\n\r\n## T', 0, 15, ''), 'X').replace(/\r\n/g, '\n'), 'body\n\n---\n\nX\n\n---\n\n## T');
  });

  it('puts a module contract after the last block, numbered and titled like the others', () => {
    const text = samplePlan();
    const { model, plan } = load(text);
    const cp = planContract(model, plan, 0);
    assert.equal(cp.options.number, 4);
    assert.match(cp.insertion.reason, /after building block Step Timer/);
    const out = apply(text, cp.insertion, contractSnippet(prompt, { ...cp.options, name: 'Drain Policy' }));
    const after = load(out);
    const blocks = buildingBlocks(after.model, after.plan).blocks;
    assert.deepEqual(blocks.map((b) => b.name), ['Admission Queue', 'Batch Former', 'Step Timer', 'Drain Policy']);
    assert.deepEqual(blocks[3].missing, []);
    assert.match(out, /- EXTENSION FRICTION: 1 file\n\n\*\*4\. Drain Policy\*\* — One-sentence responsibility\.\n- OBSERVES/);
    assert.match(out, /- EVENTS: EventName \(EXOGENOUS\)\n- EXTENSION FRICTION: N files to add one more variant\n\n### System Invariants/);
  });

  it('offers the event classes as a choice and every contract field as a tab stop', () => {
    const p = parseSnippet(contractSnippet(prompt, { number: 1 }));
    assert.deepEqual([...p.choices.values()], [['EXOGENOUS', 'ENDOGENOUS']]);
    for (const f of prompt.contractFields) assert.match(p.text, new RegExp(`^- ${f}: `, 'm'));
  });

  it('puts a risk row after the cursor row, at the end of the register otherwise, or a new table', () => {
    const text = samplePlan();
    const { model, plan } = load(text);
    const inRow = planRiskRow(model, plan, offsetOf(text, '| FIFO queue'));
    assert.equal(inRow.kind, 'row');
    let out = apply(text, inRow.insertion, inRow.snippet);
    assert.match(out, /\| FIFO queue [^\n]*\n\| Decision \| What must be true \| Cheap test [^\n]*\|\n\| One clock/);
    const elsewhere = planRiskRow(model, plan, offsetOf(text, 'We add a queue'));
    out = apply(text, elsewhere.insertion, elsewhere.snippet);
    assert.match(out, /\| One clock [^\n]*\n\| Decision \| What must be true [^\n]*\|\n\nNothing needs a spike/);
    const rows = load(out).model.tables[0].rows;
    assert.equal(rows.length, 3);

    const bare = '## E) Architectural Risk Register\n\nTo do.\n\n## F) Architectural Evolution\n\nx\n';
    const b = load(bare);
    const table = planRiskRow(b.model, b.plan, 0);
    assert.equal(table.kind, 'table');
    out = apply(bare, table.insertion, table.snippet);
    assert.match(out, /To do\.\n\n\| Decision \| Assumption \| Validation Method \| Cost if Wrong \| Gate \|\n\|---\|---\|---\|---\|---\|\n\| Decision \|[^\n]*\|\n\n## F\)/);
  });
});

describe('authoring: completion in cards', () => {
  const text = samplePlan();
  const { model, plan } = load(text);
  const at = (needle: string, delta: number) => authoringCompletions(model, plan, offsetOf(text, needle, delta));

  it('offers the extension types after Extension Type:, replacing the value', () => {
    const items = at('- **Extension Type:** policy', '- **Extension Type:** '.length + 2)!;
    assert.deepEqual(items.map((i) => i.label), prompt.extensionTypes);
    assert.equal(text.slice(items[0].start, items[0].end), 'policy template');
  });

  it('offers the building blocks after Building Block Change:, keeping the verb', () => {
    const items = at('- **Building Block Change:** Adds Batch', '- **Building Block Change:** Adds Ba'.length)!;
    assert.deepEqual(items.map((i) => i.label), ['Admission Queue', 'Batch Former', 'Step Timer']);
    assert.equal(text.slice(items[0].start, items[0].end), 'Batch Former');
  });

  it('offers the defined PRs after PR and the defined ids after BC- and INV-', () => {
    const m = buildModel(text + '\nSee PR \nand BC-\nand INV-');
    const p = planStructure(m, prompt);
    const end = (s: string) => m.text.indexOf(s) + s.length;
    const prs = authoringCompletions(m, p, end('See PR '))!;
    assert.deepEqual(prs.map((i) => i.label), ['PR 1', 'PR 2', 'PR 3']);
    assert.equal(prs[1].detail, 'Form batches');
    assert.deepEqual(authoringCompletions(m, p, end('and BC-'))!.map((i) => i.label), ['BC-1', 'BC-2', 'BC-3']);
    assert.deepEqual(authoringCompletions(m, p, end('and INV-'))!.map((i) => i.label), ['INV-1', 'INV-2']);
    assert.equal(authoringCompletions(m, p, end('We add')), undefined);
    // On a new card's heading: the next free number.
    const h = buildModel(text.replace('## J) Dependency DAG', '### PR \n\n## J) Dependency DAG'));
    const hp = planStructure(h, prompt);
    const next = authoringCompletions(h, hp, h.text.indexOf('### PR \n') + '### PR '.length)!;
    assert.deepEqual(next.map((i) => [i.label, i.newText, i.detail]), [['PR 4', 'PR 4', 'next free PR number']]);
  });
});

describe('authoring: dependency graph data', () => {
  it('gives nodes, edges, ranks and workstreams of a valid DAG', () => {
    const text = samplePlan({ morePrs: '### PR 4: Docs\n\nStandalone.\n', dag: '```\nPR 1 → PR 2\nPR 1 → PR 3\n```' });
    const { model, plan } = load(text);
    const g = graphData(model, plan);
    assert.deepEqual(g.nodes.map((n) => [n.id, n.rank, n.workstream, n.defined]), [['PR 1', 0, 0, true], ['PR 2', 1, 0, true], ['PR 3', 1, 0, true], ['PR 4', 0, 1, true]]);
    assert.deepEqual(g.edges.map((e) => `${e.from}>${e.to}`).sort(), ['PR 1>PR 2', 'PR 1>PR 3']);
    assert.equal(g.workstreams, 2);
    assert.deepEqual(g.cycles, []);
    assert.equal(g.nodes[1].extensionType, 'policy template');
    assert.equal(model.lines.lineText(g.nodes[1].line), '### PR 2: Form batches (depends on PR 1)');
  });

  it('marks cycles and unknown PRs', () => {
    const text = samplePlan({ dag: '```\nPR 1 → PR 2 → PR 3 → PR 2\nPR 3 → PR 7\n```' });
    const { model, plan } = load(text);
    const g = graphData(model, plan);
    assert.deepEqual(g.cycles, [['PR 2', 'PR 3']]);
    assert.deepEqual(g.nodes.filter((n) => n.inCycle).map((n) => n.id), ['PR 2', 'PR 3']);
    assert.deepEqual(g.edges.filter((e) => e.inCycle).map((e) => `${e.from}>${e.to}`).sort(), ['PR 2>PR 3', 'PR 3>PR 2']);
    assert.deepEqual(g.unknown, ['PR 7']);
    const u = g.nodes.find((n) => n.id === 'PR 7')!;
    assert.equal(u.defined, false);
    assert.equal(u.unknown, true);
    assert.match(g.summary, /1 cycle/);
    assert.match(g.summary, /1 unknown PR/);
  });
});

describe('authoring: outline and cited-by index', () => {
  it('lists sections, blocks and PR cards with their extension types', () => {
    const text = samplePlan();
    const { model } = load(text);
    const items = planOutline(model);
    assert.deepEqual(items.filter((i) => i.kind === 'section').map((i) => i.name[0]), ['A', 'B', 'C', 'D', 'E', 'F', 'H', 'I', 'J', 'K']);
    assert.deepEqual(items.filter((i) => i.kind === 'block').map((i) => i.name), ['Admission Queue', 'Batch Former', 'Step Timer']);
    assert.deepEqual(items.filter((i) => i.kind === 'pr').map((i) => [i.name, i.detail]), [['PR 1: Add the admission queue', 'subsystem module'], ['PR 2: Form batches', 'policy template'], ['PR 3: Time steps', 'backend swap']]);
    assert.deepEqual(planOutline(buildModel('# Notes\n\n## A) Executive Summary\n')), []);
  });

  it('counts the plans citing a range of lines', () => {
    const idx = new CitedByIndex();
    const cite = (planUri: string, line: number, start: number, end: number) => ({ abs: '/w/a.go', cite: { planUri, line, character: 0, endLine: line, endCharacter: 9, ranges: [{ start, end }] } });
    idx.setPlan('file:///p1.md', [cite('file:///p1.md', 3, 10, 12), cite('file:///p1.md', 9, 11, 11)]);
    idx.setPlan('file:///p2.md', [cite('file:///p2.md', 1, 5, 30)]);
    assert.equal(citedByTitle(idx.citing('/w/a.go', 10, 20)), 'cited by 2 plans (3 citations)');
    assert.equal(citedByTitle(idx.citing('/w/a.go', 1, 4)), 'cited by 0 plans');
    assert.equal(idx.citing('/w/a.go', 25, 26).length, 1);
    idx.setPlan('file:///p2.md', []);
    assert.equal(citedByTitle(idx.citing('/w/a.go', 11, 11)), 'cited by 1 plan (2 citations)');
  });
});
