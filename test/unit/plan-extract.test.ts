import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildModel } from '../../server/src/core/model';
import { planStructure } from '../../server/src/core/plan/structure';
import { BUILTIN_PROFILES } from '../../server/src/core/plan/profile';
import { prCards, nextPrNumber, nextBcNumber, nextBcId } from '../../server/src/core/plan/prcards';
import { dependencyGraph, findCycles } from '../../server/src/core/plan/dag';
import { contractIds } from '../../server/src/core/plan/ids';
import { dedent } from '../helpers/fixture';

const prompt = BUILTIN_PROFILES.prompt;
const base = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'plans', 'queue-sharding-macro-plan.md'), 'utf8');

function load(text: string) {
  const model = buildModel(text);
  const plan = planStructure(model, prompt);
  return { model, plan };
}

describe('PR cards', () => {
  it('finds cards with numbers, titles, depends-on, fields and contracts', () => {
    const { model, plan } = load(base);
    const cards = prCards(model, plan);
    assert.deepEqual(cards.map((c) => c.id), ['PR 1', 'PR 2', 'PR 3']);
    assert.deepEqual(cards.map((c) => c.title), ['Queue contract', 'Sharded backend', 'Shard rebalancer']);
    assert.deepEqual(cards[1].dependsOn.map((d) => d.number), [1]);
    assert.deepEqual(cards[0].missing, { tier1: [], tier2: [] });
    assert.equal(cards[0].extensionType?.value, 'backend swap');
    assert.equal(cards[0].buildingBlockChange?.value, 'Event Queue Contract (new)');
    assert.deepEqual(cards[0].contracts.map((c) => c.id), ['BC-1', 'BC-2']);
    assert.ok(cards[0].tier1 && cards[0].tier2 && cards[0].tier1.end <= cards[0].tier2.start);
    assert.equal(prCards(model, plan), cards, 'memoised per plan');
  });

  it('reads heading styles, plain / paragraph / table fields and aliases', () => {
    const text = dedent`
      ## I) PR Plan
      ### ✅ PR-4 — Cache after eviction
      **Extension Type**: Policy Template
      - Building Block Change: Cache
      - **Why it introduces no dead code:** used
      #### Tier 2
      | Field | Value |
      |---|---|
      | **API Surface Changes** | none |
      | Dependencies | PR 2, PR 3 |
      ### PR5: Next (after PR 4)
      - **Title:**
    `;
    const { model, plan } = load(text);
    const [a, b] = prCards(model, plan);
    assert.equal(a.number, 4);
    assert.equal(a.title, 'Cache after eviction');
    assert.equal(a.extensionType?.form, 'paragraph');
    assert.equal(a.buildingBlockChange?.bold, false);
    assert.ok(a.fields.some((f) => f.name === 'Why no dead code'));
    assert.ok(a.fields.some((f) => f.name === 'API Surface Changes' && f.form === 'table'));
    assert.deepEqual(a.dependsOn.map((d) => d.number), [2, 3]);
    assert.deepEqual(b.dependsOn.map((d) => d.number), [4]);
    assert.equal(b.title, 'Next');
    // The heading's title stands for the Title field, so an empty Title field is no gap.
    assert.ok(!b.missing.tier1.includes('Title'));
  });

  it('gives the next PR and contract numbers', () => {
    const { model, plan } = load(base);
    const cards = prCards(model, plan);
    assert.equal(nextPrNumber(cards), 4);
    assert.equal(nextPrNumber([]), 1);
    assert.equal(nextBcNumber(cards[0]), 3);
    assert.equal(nextBcId(cards[0]), 'BC-3');
    const q = load('## I) PR Plan\n### PR 17: X\n- BC-17-1: a\n- BC-17-2: b\n');
    const [c] = prCards(q.model, q.plan);
    assert.equal(nextBcId(c), 'BC-17-3');
  });
});

describe('dependency graph', () => {
  it('reads mermaid, arrow chains and depends-on, nodes from cards', () => {
    const { model, plan } = load(base);
    const g = dependencyGraph(model, plan);
    assert.deepEqual(g.nodes.map((n) => n.id), ['PR 1', 'PR 2', 'PR 3']);
    assert.deepEqual(g.edges.map((e) => `${e.from}>${e.to}`).sort(), ['1>2', '2>3']);
    assert.deepEqual(new Set(g.allEdges.map((e) => e.source)), new Set(['depends-on', 'mermaid', 'arrow']));
    assert.deepEqual(g.cycles, []);
    assert.deepEqual(g.unknown, []);
  });

  it('reads vertical diagrams, fan-outs and branches in code blocks', () => {
    const text = dedent`
      ## I) PR Plan
      ### PR 1: a
      ### PR 2: b
      ### PR 3: c
      ### PR 4: d
      ## J) Dependency DAG
      \`\`\`
      PR 1 (base)      PR 2
        │               │
        ▼               ▼
      PR 3            PR 4
      \`\`\`
      \`\`\`
      PR 1
        └──► PR 4
      \`\`\`
      - PR 2 → PR 3, PR 4
      - PR 1 adds X → Y in PR 2 (prose, no edge)
    `;
    const { model, plan } = load(text);
    const g = dependencyGraph(model, plan);
    assert.deepEqual(g.edges.map((e) => `${e.from}>${e.to}`).sort(), ['1>3', '1>4', '2>3', '2>4']);
  });

  it('reports each cycle once, rotated to its smallest PR, and unknown PRs', () => {
    const text = dedent`
      ## I) PR Plan
      ### PR 1: a (depends on PR 3)
      ### PR 2: b
      ### PR 3: c
      ## J) Dependency DAG
      PR 1 → PR 2 → PR 3

      PR 2 -> PR 9

      PR 8 → PR 3 (PR 8 is already merged)
    `;
    const { model, plan } = load(text);
    const g = dependencyGraph(model, plan);
    assert.deepEqual(g.cycles.map((c) => c.prs), [[1, 2, 3]]);
    assert.deepEqual(g.cycles[0].edges.map((e) => `${e.from}>${e.to}`), ['1>2', '2>3', '3>1']);
    assert.deepEqual(g.unknown.map((u) => u.number), [9]);
  });

  it('finds every elementary cycle once', () => {
    assert.deepEqual(findCycles([{ from: 1, to: 2 }, { from: 2, to: 1 }, { from: 2, to: 3 }, { from: 3, to: 2 }, { from: 4, to: 4 }]), [[1, 2], [2, 3], [4]]);
    assert.deepEqual(findCycles([{ from: 1, to: 2 }, { from: 2, to: 3 }]), []);
  });

  it('stays bounded on a dense graph', () => {
    const edges: { from: number; to: number }[] = [];
    for (let a = 1; a <= 12; a++) for (let b = 1; b <= 12; b++) if (a !== b) edges.push({ from: a, to: b });
    // A complete graph on 12 PRs has millions of elementary cycles: the search stops at the cap.
    const cycles = findCycles(edges);
    assert.equal(cycles.length, 100);
  });
});

describe('contract ids', () => {
  it('scopes BC per card and INV per plan, resolving uses', () => {
    const { model, plan } = load(base);
    const ids = contractIds(model, plan);
    assert.deepEqual(ids.defs.filter((d) => d.kind === 'INV').map((d) => d.id), ['INV-1', 'INV-2']);
    assert.deepEqual(ids.defs.filter((d) => d.kind === 'BC').map((d) => `${d.id}@${d.scope}`), ['BC-1@PR 1', 'BC-2@PR 1', 'BC-1@PR 2', 'BC-1@PR 3']);
    assert.deepEqual(ids.duplicates, []);
    assert.deepEqual(ids.undefinedIds, []);
    // "BC-1 of PR 1" inside PR 2 resolves to PR 1's contract.
    const use = ids.uses.find((u) => u.id === 'BC-1' && u.card?.number === 2)!;
    assert.equal(use.def?.scope, 'PR 1');
    assert.equal(ids.definitionAt(use.start + 1), use.def);
  });

  it('finds duplicates, undefined references and external ranges', () => {
    const text = dedent`
      ## D) Concept Model
      - INV-1: a
      - **INV-1**: again
      - INV-3 through INV-5 as defined in the design doc.
      ## I) PR Plan
      ### PR 1: a
      - BC-1: x
      - BC-1: y
      - keeps INV-4 and INV-9, BC-7
    `;
    const { model, plan } = load(text);
    const ids = contractIds(model, plan);
    assert.deepEqual(ids.duplicates.map((d) => `${d.def.id}@${d.def.scope}`), ['INV-1@plan', 'BC-1@PR 1']);
    assert.deepEqual(ids.undefinedIds.map((u) => u.id), ['INV-9', 'BC-7']);
    assert.ok(ids.external.has('INV-4'));
  });
});

describe('dependency graph: tables and phrases', () => {
  it('reads a dependency table and "requires" phrases', () => {
    const text = dedent`
      ## I) PR Plan
      ### PR 1: a
      ### PR 2: b
      ### PR 3: c
      ### PR 4: d
      ## J) Dependency DAG
      | PR | Depends on | Parallel with |
      |---|---|---|
      | **PR 2** | PR 1 | PR 3 |
      | PR 3 | PR 1 | PR 2 |
      | PR 4 | — | — |

      PR 4 requires PR 2. PR 1 → {PR 2, PR 3}
    `;
    const { model, plan } = load(text);
    const g = dependencyGraph(model, plan);
    assert.deepEqual(g.edges.map((e) => `${e.from}>${e.to}`).sort(), ['1>2', '1>3', '2>4']);
    const e = g.edges.find((x) => x.from === 1 && x.to === 2)!;
    assert.equal(text.slice(e.fromSpan.start, e.fromSpan.end), 'PR 1');
    assert.equal(text.slice(e.toSpan.start, e.toSpan.end), 'PR 2');
  });
});
