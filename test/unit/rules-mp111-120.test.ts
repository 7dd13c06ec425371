import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildModel } from '../../server/src/core/model';
import { planStructure } from '../../server/src/core/plan/structure';
import { BUILTIN_PROFILES, type Profile } from '../../server/src/core/plan/profile';
import { defaultConfig } from '../../server/src/core/config';
import { applyEdits } from '../../server/src/core/fixes';
import type { Report, Rule, RuleContext } from '../../server/src/core/rule';
import { rule as mp111, costInPrs } from '../../server/src/core/rules/macro/mp111-risk-register';
import { rule as mp112 } from '../../server/src/core/rules/macro/mp112-pr-card-incomplete';
import { rule as mp113 } from '../../server/src/core/rules/macro/mp113-pr-extension-type';
import { rule as mp114 } from '../../server/src/core/rules/macro/mp114-pr-building-block-unknown';
import { rule as mp115 } from '../../server/src/core/rules/macro/mp115-dag-invalid';
import { rule as mp116 } from '../../server/src/core/rules/macro/mp116-deferred-item';
import { rule as mp117 } from '../../server/src/core/rules/macro/mp117-revision-note';
import { rule as mp118 } from '../../server/src/core/rules/macro/mp118-uncited-claim';
import { rule as mp119 } from '../../server/src/core/rules/macro/mp119-correspondence-table';
import { rule as mp120 } from '../../server/src/core/rules/macro/mp120-contract-ids';

const base = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'plans', 'queue-sharding-macro-plan.md'), 'utf8');
const mine = [mp111, mp112, mp113, mp114, mp115, mp116, mp117, mp118, mp119, mp120];

function run(rule: Rule, text: string, profile: Profile = BUILTIN_PROFILES.prompt): (Report & { text: string; line: number })[] {
  const model = buildModel(text);
  const plan = planStructure(model, profile);
  const out: (Report & { text: string; line: number })[] = [];
  const ctx: RuleContext = {
    model, citations: [], workspace: undefined as never, config: defaultConfig(), profile, plan,
    report: (r) => out.push({ ...r, text: text.slice(r.start, r.end), line: model.lines.positionAt(r.start).line + 1 }),
  };
  void rule.check(ctx);
  return out;
}

/** `base` with one piece of text replaced (the piece must exist). */
function edit(from: string, to: string, text = base): string {
  assert.ok(text.includes(from), `fixture lacks ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

/** Applies a report's first suggestion: no plan rule declares a fix `--fix` would apply unasked. */
function fixed(text: string, r: Report): string {
  assert.equal(r.fix, undefined, 'a plan rule declared a fix');
  assert.ok(r.suggestions?.length, 'expected a suggestion');
  return applyEdits(text, r.suggestions![0].edits);
}

describe('rules MP111-MP120', () => {
  it('are plan-scoped and read the plan structure (registration and pages: rule-registry.test.ts)', () => {
    for (const r of mine) {
      assert.equal(r.meta.scope, 'plan');
      assert.ok(r.meta.needs.includes('plan-structure'));
    }
  });

  it('are quiet on a complete plan', () => {
    for (const r of mine) assert.deepEqual(run(r, base).map((x) => x.message), [], r.meta.id);
  });

  describe('MP111 risk-register', () => {
    it('fires on a missing column, with a fix that adds it to every row', () => {
      const text = edit('| Decision | Assumption | Validation Method | Cost if Wrong | Gate |\n|---|---|---|---|---|', '| Decision | Assumption | Cost if Wrong | Gate |\n|---|---|---|---|');
      const text2 = text.replace('| Count cross-shard pushes in a 64-instance trace ', '').replace('| Benchmark 8 vs 16 ', '');
      const [r, ...rest] = run(mp111, text2);
      assert.deepEqual(rest, []);
      assert.match(r.message, /lacks the column Validation Method/);
      const after = fixed(text2, r);
      assert.match(after, /\| Decision \| Assumption \| Cost if Wrong \| Gate \| Validation Method \|\n\|---\|---\|---\|---\| --- \|/);
      assert.deepEqual(run(mp111, after), []);
    });

    it('fires when a cost of 3 PRs or more has no gate naming a PR', () => {
      const text = edit('| Before PR 2 merge |', '| Before the freeze |');
      const [r] = run(mp111, text);
      assert.match(r.message, /costs 3 PRs if wrong.*names no PR/);
      assert.equal(r.text, '| Before the freeze |');
      assert.deepEqual(run(mp111, edit('| PR 3 rework | Before PR 3 merge |', '| 4 PRs of rework | after benchmarks |')).length, 1);
      assert.deepEqual(run(mp111, edit('| PR 3 rework | Before PR 3 merge |', '| 0.5 PR refactor | later |')), []);
    });

    it('fires on a risk section without a table', () => {
      const text = edit('| Decision | Assumption | Validation Method | Cost if Wrong | Gate |', 'Risks are low.\n\n| Decision | Assumption | Validation Method | Cost if Wrong | Gate |').replace(/\| Decision \| Assumption[\s\S]*?\n\n## F\)/, '\n## F)');
      const [r] = run(mp111, text);
      assert.match(r.message, /has no table/);
    });

    it('counts PRs in a cost', () => {
      assert.equal(costInPrs('PR 3 rework'), 1);
      assert.equal(costInPrs('3 PRs (PR 1, PR 2, PR 3 rework)'), 3);
      assert.equal(costInPrs('PR 18 rework — 1 PR'), 1);
      assert.equal(costInPrs('0.5 PR refactor'), 0.5);
      assert.equal(costInPrs('rework of PR 2-5'), 4);
      assert.equal(costInPrs('three PRs'), 3);
      assert.equal(costInPrs('all downstream PRs'), Infinity);
      assert.equal(costInPrs('trivial'), 0);
    });
  });

  describe('MP112 pr-card-incomplete', () => {
    it('fires on missing fields, with a fix inserting them in the card style', () => {
      const text = edit('- **Motivation:** The sharded backend needs a seam.\n', '').replace('- **CLI Changes:** none\n', '');
      const [r, ...rest] = run(mp112, text);
      assert.deepEqual(rest, []);
      assert.equal(r.message, 'PR 1 lacks Tier 1 field Motivation and Tier 2 field CLI Changes.');
      assert.equal(r.text, '### PR 1: Queue contract');
      const after = fixed(text, r);
      assert.match(after, /- \*\*Validation Gate:\*\* none\n- \*\*Motivation:\*\* TODO\n\n\*\*Tier 2/);
      assert.match(after, /- \*\*Why no dead code:\*\* the heap backend is used by every run\n- \*\*CLI Changes:\*\* TODO\n/);
      // The inserted fields are present now, and reported as empty until filled in.
      assert.deepEqual(run(mp112, after).map((x) => x.message), ['PR 1: the field Motivation is empty. Fill it in (the template asks for it in every PR card).', 'PR 1: the field CLI Changes is empty. Fill it in (the template asks for it in every PR card).']);
    });

    it('adds a whole missing tier with its marker', () => {
      const text = edit('### PR 3: Shard rebalancer (depends on PR 2)', '### PR 3: Shard rebalancer (depends on PR 2)\n\n- **Extension Type:** tier composition\n\n### Old PR 3').replace(/### Old PR 3[\s\S]*?\n## J\)/, '## J)');
      const r = run(mp112, text).find((x) => x.text.startsWith('### PR 3'))!;
      assert.match(r.message, /PR 3 lacks Tier 1 fields Building Block Change, Motivation, .* and Tier 2 fields Architectural Impact/);
      const after = fixed(text, r);
      assert.match(after, /\*\*Tier 2: Implementation Guide\*\*\n\n- \*\*Architectural Impact:\*\* TODO/);
      assert.deepEqual(run(mp112, after).filter((x) => /lacks/.test(x.message)), []);
    });

    it('reads nested bold lead-ins as the content of a field, and a Status field saying merged', () => {
      const text = edit('  - BC-1: event order is unchanged (INV-1)\n  - BC-2: all existing tests pass', '  - **BC-1 (order):** event order is unchanged (INV-1)\n  - **BC-2 (tests):** all existing tests pass');
      assert.deepEqual(run(mp112, text), []);
      const merged = edit('- **Title:** refactor(queue): put the event queue behind a contract', '- **Status:** Merged (#301)\n- **Title:** refactor(queue): put the event queue behind a contract').replace('- **CLI Changes:** none\n', '');
      assert.equal(run(mp112, merged)[0].severity, 'info');
    });

    it('fixes a table-form card in its own style', () => {
      const text = [
        '## I) PR Plan', '', '### PR 1: Table card', '',
        '| Field | Value |', '|---|---|',
        '| **Title** | x |', '| **Building Block Change** | x |', '| **Extension Type** | backend swap |', '| **Motivation** | x |',
        '| **Scope** | x |', '| **Behavioral Guarantees** | BC-1: x |', '| **Risks** | x |', '| **Cross-Cutting** | x |', '',
        '## J) Dependency DAG', '',
      ].join('\n');
      const [r] = run(mp112, text);
      assert.match(r.message, /lacks Tier 1 field Validation Gate and Tier 2 fields Architectural Impact/);
      const after = fixed(text, r);
      assert.match(after, /\| \*\*Cross-Cutting\*\* \| x \|\n\| \*\*Validation Gate\*\* \| TODO \|\n\n\*\*Tier 2: Implementation Guide\*\*\n\n\| Field \| Value \|\n\|---\|---\|\n\| \*\*Architectural Impact\*\* \| TODO \|/);
      assert.deepEqual(run(mp112, after).filter((x) => /lacks/.test(x.message)), []);
    });

    it('lowers a merged PR card to info', () => {
      const text = edit('### PR 1: Queue contract', '### PR 1: Queue contract ✅').replace('- **CLI Changes:** none\n', '');
      const [r] = run(mp112, text);
      assert.equal(r.severity, 'info');
      assert.match(r.message, /PR 1 lacks Tier 2 field CLI Changes\. \(The PR is marked merged/);
    });
  });

  describe('MP113 pr-extension-type', () => {
    it('fires on a type outside the profile, quiet on combinations of known types', () => {
      const [r] = run(mp113, edit('- **Extension Type:** tier composition', '- **Extension Type:** Data extension (below the threshold)'));
      assert.match(r.message, /PR 3: Extension Type "Data extension" is not one of "policy template"/);
      assert.equal(r.suggestions, undefined, 'no guessed type');
      assert.deepEqual(run(mp113, edit('- **Extension Type:** tier composition', '- **Extension Type:** `Tier Composition` + policy template (decorator)')), []);
    });

    it('offers a fix for a near miss', () => {
      const text = edit('- **Extension Type:** tier composition', '- **Extension Type:** tier-compositon');
      const [r] = run(mp113, text);
      assert.match(r.message, /did you mean "tier composition"/);
      assert.match(fixed(text, r), /\*\*Extension Type:\*\* tier composition/);
    });

    it('leaves a placeholder value to MP112: <TBD>, [fill in], TODO: ... are an empty field, not a wrong type', () => {
      for (const v of ['<TBD>', 'TBD', '`<TBD>`', '<...>', '[fill in]', '(to be decided)', 'TODO: pick after the spike', '<extension type>']) {
        const text = edit('- **Extension Type:** tier composition', `- **Extension Type:** ${v}`);
        assert.deepEqual(run(mp113, text), [], v);
        assert.deepEqual(run(mp112, text).map((x) => x.message), ['PR 3: the field Extension Type is empty. Fill it in (the template asks for it in every PR card).'], v);
      }
      // An answer is no placeholder: a wrong one is still MP113's.
      assert.match(run(mp113, edit('- **Extension Type:** tier composition', '- **Extension Type:** None'))[0].message, /Extension Type "None" is not one of/);
    });

    it('uses the profile types', () => {
      const custom = { ...BUILTIN_PROFILES.prompt, extensionTypes: ['data extension'] };
      assert.equal(run(mp113, base, custom).length, 3);
    });
  });

  describe('MP114 pr-building-block-unknown', () => {
    it('fires when the change names no block, quiet on a member of a block', () => {
      const [r] = run(mp114, edit('- **Building Block Change:** Shard Rebalancer (new)', '- **Building Block Change:** the scheduler'));
      assert.match(r.message, /PR 3: Building Block Change "the scheduler" names no building block of the concept model \(Event Queue Contract, Sharded Backend and Shard Rebalancer\)/);
      assert.deepEqual(run(mp114, edit('- **Building Block Change:** Shard Rebalancer (new)', '- **Building Block Change:** extends the shard heaps')), []);
      assert.deepEqual(run(mp114, edit('- **Building Block Change:** Shard Rebalancer (new)', '- **Building Block Change:** ShardRebalancer')), []);
    });
  });

  describe('MP115 dag-invalid', () => {
    it('fires once per cycle, naming the PRs in order', () => {
      const text = edit('Merge sequence: PR 1 → PR 2 → PR 3.', 'Merge sequence: PR 1 → PR 2 → PR 3.\n\nPR 3 → PR 1');
      const r = run(mp115, text);
      assert.deepEqual(r.map((x) => x.message), ['The PR dependency graph has a cycle: PR 1 → PR 2 → PR 3 → PR 1. A PR series is a partial order: remove or reverse one of these dependencies.']);
      assert.equal(r[0].text, 'PR 3 → PR 1');
    });

    it('fires on an unknown PR in the graph but not on merged ones', () => {
      const text = edit('  PR2 --> PR3[PR 3: rebalancer]', '  PR2 --> PR3[PR 3: rebalancer]\n  PR3 --> PR7');
      const [r, ...rest] = run(mp115, text);
      assert.deepEqual(rest, []);
      assert.match(r.message, /names PR 7, which the plan does not define \(its PRs: PR 1, PR 2, PR 3\)/);
      assert.deepEqual(run(mp115, edit('### PR 1: Queue contract', '### PR 1: Queue contract (depends on PR 0, already merged)')), []);
    });
  });

  describe('MP116 deferred-item', () => {
    it('fires on TBD / later / when needed without a PR, quiet when a PR owns it', () => {
      const text = edit('| Benchmark | PR 2 |', '| Benchmark | TBD |').replace('| CLAUDE.md | PR 1 | The PR that changes the layout updates it |', '| CLAUDE.md | -- | address when needed |');
      const r = run(mp116, text);
      assert.deepEqual(r.map((x) => x.text), ['TBD', 'address when needed']);
      const ok = edit('| Benchmark | PR 2 |', '| Benchmark | PR 2, extended later |');
      assert.deepEqual(run(mp116, ok), []);
      const para = edit('## H) Cross-Cutting Infrastructure Plan\n', '## H) Cross-Cutting Infrastructure Plan\n\nShared fixtures will be added later.\n');
      assert.deepEqual(run(mp116, para).map((x) => x.text), ['later']);
      const owner = edit('## H) Cross-Cutting Infrastructure Plan\n', '## H) Cross-Cutting Infrastructure Plan\n\nDocs are updated later by the PR that causes the change.\n');
      assert.deepEqual(run(mp116, owner), []);
    });
  });

  describe('MP117 revision-note', () => {
    it('fires on an undated note and on a non-ISO date, with a fix for the latter', () => {
      const text = edit('- 2026-02-27: First version.', '- First version.').replace('- 2026-03-02: Split', '- March 2, 2026: Split');
      const r = run(mp117, text);
      assert.equal(r.length, 2);
      assert.match(r[0].message, /dated "March 2, 2026": write the date as YYYY-MM-DD/);
      assert.match(fixed(text, r[0]), /- 2026-03-02: Split/);
      assert.match(r[1].message, /has no date/);
      assert.equal(r[1].suggestions, undefined);
    });

    it('reads notes in a revision heading and labelled lines, not version labels', () => {
      const text = edit('- 2026-03-02: Split', '**Revision:** v1.1\n\n> **Revision note:** moved PR 3 after the spike.\n\n- 2026-03-02: Split');
      const r = run(mp117, text);
      assert.deepEqual(r.map((x) => x.text), ['> **Revision note:** moved PR 3 after the spike.']);
    });

    it('does not read a thematic break as a note, but still a paragraph after one', () => {
      for (const rule of ['---', '***', '___', ' - - -', '*  *  *']) {
        const text = edit('- 2026-02-27: First version.\n', `- 2026-02-27: First version.\n\n${rule}\n`);
        assert.deepEqual(run(mp117, text), [], JSON.stringify(rule));
      }
      const after = edit('- 2026-02-27: First version.\n', '- 2026-02-27: First version.\n\n---\n\nMoved PR 3.\n');
      assert.deepEqual(run(mp117, after).map((x) => x.text), ['Moved PR 3.']);
    });

    it('does not read a label over the notes as a note', () => {
      for (const label of ['Revision notes:', '**Revision notes:**', 'Revision history (newest first):', '**Changelog**']) {
        const text = edit('- 2026-02-27: First version.\n', `${label}\n- 2026-02-27: First version.\n`);
        assert.deepEqual(run(mp117, text), [], label);
      }
      const note = edit('- 2026-02-27: First version.\n', 'Revision notes: moved PR 3.\n- 2026-02-27: First version.\n');
      assert.equal(run(mp117, note).length, 1);
    });
  });

  describe('MP118 uncited-claim', () => {
    it('fires on an uncited fact, with a fix marking it UNVERIFIED', () => {
      const text = edit('- The cluster loop calls the queue directly at `sim/cluster/loop.go:40`.', '- The cluster loop calls the queue directly.');
      const [r, ...rest] = run(mp118, text);
      assert.deepEqual(rest, []);
      assert.equal(r.text, 'The cluster loop calls the queue directly.');
      const after = fixed(text, r);
      assert.match(after, /- UNVERIFIED: The cluster loop calls the queue directly\./);
      assert.deepEqual(run(mp118, after), []);
    });

    it('takes a whole file or a package as grounds for a summary', () => {
      const text = edit('- The cluster loop calls the queue directly at `sim/cluster/loop.go:40`.', '- `sim/cluster/`: the cluster loop and its config.\n- `sim/queue/queue.go` holds the heap.');
      assert.deepEqual(run(mp118, text), []);
    });

    it('reads rows of citing tables, skips inferences and planned-change tables', () => {
      const text = edit('| Cluster loop | `sim/cluster/loop.go:40-52` | Only caller |', '| Cluster loop | somewhere | Only caller |');
      const [r] = run(mp118, text);
      assert.equal(r.text, '| Cluster loop | somewhere | Only caller |');
      assert.match(fixed(text, r), /\| UNVERIFIED: Cluster loop \| somewhere/);
      const planned = edit('Inferred behavior:', '| Package | Files Affected | Change Type |\n|---|---|---|\n| `sim/` | new shard files | New |\n\nInferred behavior:');
      assert.deepEqual(run(mp118, planned), []);
    });
    it('reads facts about current code only: planned work, strategy and absence are no claims (issue 24)', () => {
      const recon = '- The cluster loop calls the queue directly at `sim/cluster/loop.go:40`.';
      const plan = edit(recon, `${recon}\n- Sharding will change the order of equal timestamps.\n- Interface extraction: pull the heap behind a contract.\n- No other caller touches the heap.\n\n**Flags this plan will add:**\n\n- \`--shards INT\`\n\n### Extension Strategy\n\n- Composition over modification: \`ShardedQueue\` wraps queues.`);
      assert.deepEqual(run(mp118, plan), []);
      // A fact about current code is still one.
      const [r, ...rest] = run(mp118, edit(recon, `${recon}\n- The heap grows by doubling.`));
      assert.deepEqual(rest, []);
      assert.equal(r.text, 'The heap grows by doubling.');
    });

    it('takes citations from a lead line over a list, and a name cited elsewhere in the section', () => {
      const recon = '- The cluster loop calls the queue directly at `sim/cluster/loop.go:40`.';
      const lead = edit(recon, `${recon}\n\n**EventQueue** (\`sim/queue/queue.go:4-6\`):\n\n- Min-heap ordered by timestamp\n- Not safe for concurrent use by itself`);
      assert.deepEqual(run(mp118, lead), []);
      const named = edit(recon, `${recon}\n- \`EventQueue.Push\` is coupled to the cluster loop's clock.`);
      assert.deepEqual(run(mp118, named), []);
      // A lead line without a citation grounds nothing.
      const bare = edit(recon, `${recon}\n\n**Shard map**:\n\n- Keyed by tenant hash`);
      assert.deepEqual(run(mp118, bare).map((x) => x.text), ['Keyed by tenant hash']);
    });
  });

  describe('MP119 correspondence-table', () => {
    it('fires on an omitted block, with a fix adding its row', () => {
      const text = edit('| Shard Rebalancer | N/A | N/A | N/A | -- |\n', '');
      const [r] = run(mp119, text);
      assert.match(r.message, /omits the building block Shard Rebalancer/);
      const after = fixed(text, r);
      assert.match(after, /\| Sharded Backend \| N\/A \| N\/A \| N\/A \| Partitioned DES \|\n\| Shard Rebalancer \| \| \| \| \|\n/);
      assert.deepEqual(run(mp119, after), []);
    });

    it('fires on a missing Building Block column and on a missing table', () => {
      const cols = run(mp119, edit('| Building Block | llm-d |', '| Concept | llm-d |'));
      assert.deepEqual(cols.map((x) => x.message), ["The correspondence table lacks the column Building Block (its first column should name the concept model's building blocks)."]);
      const both = run(mp119, edit('| Building Block | llm-d |', '| Concept | llm-d |').replace('| Shard Rebalancer | N/A', '| Rebalancing | N/A'));
      assert.deepEqual(both.map((x) => x.message), ["The correspondence table lacks the column Building Block (its first column should name the concept model's building blocks) and omits the building block Shard Rebalancer. Every block maps to the real components it models (N/A where a system has none)."]);
      const none = edit('### Real-System Correspondence\n', '').replace(/\| Building Block \| llm-d[\s\S]*?\| Shard Rebalancer[^\n]*\n/, '');
      const [r] = run(mp119, none);
      assert.match(r.message, /has no real-system correspondence table/);
      const after = fixed(none, r);
      assert.match(after, /### Real-System Correspondence\n\n\| Building Block \| llm-d \| vLLM \| SGLang \| Other \|\n\|---\|---\|---\|---\|---\|\n\| Event Queue Contract \| \| \| \| \|/);
      assert.deepEqual(run(mp119, after), []);
    });
  });

  describe('MP120 contract-ids', () => {
    it('fires on a duplicate in one card but not across cards', () => {
      const text = edit('  - BC-2: all existing tests pass', '  - BC-1: all existing tests pass');
      const r = run(mp120, text);
      assert.deepEqual(r.map((x) => x.message), ['BC-1 is defined twice in PR 1 (first on line 114). Renumber one of them; a changed contract keeps a note of the old one.']);
    });

    it('reads contracts introduced inside a line of a card', () => {
      const text = edit('- **Behavioral Guarantees:**\n  - BC-1: INV-2 holds after every rebalance', '- **Behavioral Guarantees:** BC-1: INV-2 holds; BC-2: no oscillation; BC-2: again');
      assert.deepEqual(run(mp120, text).map((x) => x.text), ['BC-2']);
    });

    it('fires once per undefined id, quiet on ids defined in another document', () => {
      const text = edit('- INV-1 and INV-2 have invariant tests', '- INV-1, INV-3 and INV-3 have invariant tests');
      const r = run(mp120, text);
      assert.deepEqual(r.map((x) => x.message), ['INV-3 is referenced (2 mentions) but no invariant INV-3 is defined in this plan. Define it (`- INV-3: ...` under System Invariants), or point to the document that does ("as defined in the design doc").']);
      const ext = edit('- INV-2: every instance belongs to exactly one shard.', '- INV-2: every instance belongs to exactly one shard.\n- INV-3 through INV-6 as defined in the design doc.');
      assert.deepEqual(run(mp120, ext.replace('- INV-1 and INV-2 have', '- INV-1 and INV-5 have')), []);
    });
  });

  it('run on a 2,000-line plan without error', function () {
    // Ten full checks of a 2,000-line plan: seconds on a loaded CI machine, not a timing claim.
    this.timeout(120_000);
    const card = base.slice(base.indexOf('### PR 2:'), base.indexOf('### PR 3:'));
    const text = base.replace('## J) Dependency DAG', () => {
      let more = '';
      for (let i = 4; i < 80; i++) more += card.replace('### PR 2: Sharded backend (depends on PR 1)', `### PR ${i}: Card ${i} (depends on PR ${i - 1})`);
      return `${more}## J) Dependency DAG`;
    }).replace('## K)', () => `${Array.from({ length: 77 }, (_, i) => `PR ${i + 3} → PR ${i + 4}`).join('\n\n')}\n\n## K)`);
    assert.ok(text.split('\n').length > 2000);
    // Timing is measured by the benchmark script, not here; this checks the rules cope with the size.
    const found = mine.flatMap((r) => run(r, text).map((x) => `${r.meta.id} ${x.message}`));
    assert.deepEqual(found, ['MP115 The dependency graph names PR 80, which the plan does not define (its PRs: 79 PRs, PR 1 to PR 79). Add its card, fix the number, or say it is already merged.']);
  });
});

