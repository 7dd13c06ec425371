import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FileWorkspace, type Workspace } from '../../server/src/core/workspace';
import { checkDocument } from '../../server/src/core/engine';
import { defaultConfig } from '../../server/src/core/config';
import { applyFixes } from '../../server/src/core/fixes';
import type { Diagnostic } from '../../server/src/core/types';
import { rules as allRules } from '../../server/src/core/rules';
import { assertMarks } from '../helpers/marks';
import { makeFixture, type Fixture } from '../helpers/fixture';

/**
 * Applies each finding's first suggestion, as the author would from the editor: a plan rule's
 * rewrite writes text for the author and is never a fix `--fix` applies.
 */
function applySuggested(text: string, ds: Diagnostic[]): string {
  assert.deepEqual(ds.filter((d) => d.fix).map((d) => d.rule), [], 'a plan rule declared a fix');
  return applyFixes(text, ds.map((d) => ({ ...d, fix: d.suggestions?.[0] }))).text;
}

/** The structure rules of this suite only, so other rules' findings never enter the comparison. */
const mine = allRules.filter((r) => /^MP10\d$|^MP110$/.test(r.meta.id));
const only = (...ids: string[]) => mine.filter((r) => ids.includes(r.meta.id));

/** A block of the concept model with its module contract, in the list form. */
const block = (n: number, name: string, events = 'None') => [
  `**${n}. ${name}** — does one thing.`,
  `- OBSERVES: inputs of ${name}`,
  `- CONTROLS: decisions of ${name}`,
  `- OWNS: state of ${name}`,
  `- INVARIANTS: INV-${n} holds`,
  `- EVENTS: ${events}`,
  `- EXTENSION FRICTION: 1 file`,
  '',
];

interface PlanParts {
  summary?: string[];
  recon?: string[];
  objectives?: string[];
  scoping?: string[];
  concept?: string[];
  risks?: string[];
  evolution?: string[];
  frozen?: string[] | null;
  crossCutting?: string[];
  prs?: string[];
  dag?: string[];
  checklist?: string[];
}

/** A small plan that passes every structure rule; each part can be replaced. */
function plan(p: PlanParts = {}): string {
  const sec = (h: string, body: string[]) => [`## ${h}`, '', ...body, ''];
  const out = [
    '# Queue Sharding Macro Plan', '',
    ...sec('A) Executive Summary', p.summary ?? ['Shards the event queue across three PRs.']),
    ...sec('B) Repository Recon Summary', p.recon ?? ['- The queue is a single heap (UNVERIFIED).']),
    ...sec('C) High-Level Objectives + Non-Goals + Model Scoping Table', [
      ...(p.objectives ?? ['### Objectives', '', '1. Shard the queue', '2. Keep results identical', '3. Expose a flag', '']),
      '### Non-Goals', '', '- Distributed queues', '',
      ...(p.scoping ?? [
        '| Component | Modeled | Simplified | Omitted | Justification |',
        '|---|---|---|---|---|',
        '| Shard hashing | Modulo | -- | -- | Matches the real partitioner |',
        '| Rebalancing | -- | Fixed delay | -- | Steady state only; matters for bursts |',
      ]),
    ]),
    ...sec('D) Concept Model', p.concept ?? [
      '### Building Blocks', '',
      ...block(1, 'Shard Router'), ...block(2, 'Shard Queue', 'ShardFull (ENDOGENOUS)'), ...block(3, 'Merge Clock', 'Arrival (EXOGENOUS), Tick (ENDOGENOUS)'),
      '### Interaction Model', '', '**Flow:** router to queue to clock.', '',
    ]),
    ...sec('E) Architectural Risk Register', p.risks ?? ['| Decision | Assumption | Validation Method | Cost if Wrong | Gate |', '|---|---|---|---|---|', '| Modulo hashing | Even keys | Benchmark | 1 PR | Before PR 2 |']),
    ...sec('F) Architectural Evolution', p.evolution ?? ['The queue becomes a set of shards behind one clock.']),
    ...(p.frozen === null ? [] : sec('G) Frozen Interface Reference', p.frozen ?? ['No interfaces are frozen by this plan.'])),
    ...sec('H) Cross-Cutting Infrastructure Plan', p.crossCutting ?? ['- Test helpers: PR 1.']),
    ...sec('I) PR Plan', p.prs ?? ['### PR 1: Shard router', '', '**Tier 1: Human Review Summary**', '', '- **Title:** shard router', '']),
    ...sec('J) Dependency DAG', p.dag ?? ['PR 1 -> PR 2']),
    ...sec('K) Design Bug Prevention Checklist', p.checklist ?? ['- No scaffolding creep.']),
  ];
  return out.join('\n');
}

describe('structure rules MP101-MP110', () => {
  let fx: Fixture;
  let ws: Workspace;
  beforeEach(() => {
    fx = makeFixture({
      'sim/queue/queue.go': 'package queue\n\n// Queue orders events.\ntype Queue interface {\n\tPush(e Event) error\n\tPop() (Event, bool)\n}\n\ntype Event struct{ At int64 }\n',
      'sim/clock/clock.go': 'package clock\n\ntype Clock interface {\n\tNow() int64\n}\n',
      'sim/other/queue.go': 'package other\n\ntype Queue interface {\n\tLen() int\n}\n',
    });
    ws = new FileWorkspace({ root: fx.root });
  });
  afterEach(() => makeFixture.cleanup());

  it('stay quiet on a plan that follows the template', async () => {
    await assertMarks(ws, plan(), { rules: mine });
  });

  it('recognise a plan by its headings even outside the globs', async () => {
    const r = await checkDocument(ws, plan({ frozen: null }).replace('## B) Repository Recon Summary', '## A) Executive Summary'), { config: defaultConfig(), rules: mine, path: fx.path('notes/design.md') });
    assert.equal(r.isPlan, true);
    assert.ok(r.diagnostics.some((d) => d.rule === 'MP101'));
  });

  it('read numbered section headings as the lettered ones, numbering gaps and all, outside the globs too', async () => {
    const rules = [...mine, ...allRules.filter((r) => r.meta.id === 'MP118')];
    for (const text of [plan(), plan({ frozen: null })]) {
      let n = 0;
      const numbered = text.replace(/^## [A-K]\) /gm, () => `## ${++n}. `);
      assert.equal(n, text === plan() ? 11 : 10);
      const r = await checkDocument(ws, numbered, { config: defaultConfig(), rules, path: fx.path('notes/queue-sharding.md') });
      assert.equal(r.isPlan, true);
      assert.deepEqual(r.diagnostics.map((d) => `${d.rule} ${d.message}`), []);
    }
  });

  describe('MP101 section-missing', () => {
    it('reports a missing required section at the heading that should follow it, with a fix', async () => {
      const text = plan({ frozen: null }).replace(/## E\) Architectural Risk Register[\s\S]*?(?=## F\))/, '<!-- expect-next-line: MP101 -->\n');
      const r = await assertMarks(ws, text, { rules: only('MP101') });
      assert.match(r.diagnostics[0].message, /Section E\) Architectural Risk Register is missing \(before F\) Architectural Evolution\)/);
      const fixed = applySuggested(text, r.diagnostics);
      assert.match(fixed, /## E\) Architectural Risk Register\n\nTODO\n\n## F\) Architectural Evolution/);
      await assertMarks(ws, fixed.replace(/<!--[^>]*-->\n/g, ''), { rules: only('MP101') });
    });

    it('does not require the optional frozen-interface section', async () => {
      await assertMarks(ws, plan({ frozen: null }), { rules: only('MP101') });
    });

    it('reports one diagnostic when no section is recognised at all', async () => {
      const r = await checkDocument(ws, '# Notes\n\nNothing here.\n', { config: defaultConfig(), rules: only('MP101'), path: fx.path('docs/plans/x-macro-plan.md') });
      assert.equal(r.diagnostics.length, 1);
      assert.match(r.diagnostics[0].message, /No section of the "prompt" profile was found/);
    });
  });

  describe('MP102 section-order', () => {
    it('reports the section that breaks the order, naming where it belongs', async () => {
      const swapped = plan().replace(/(## E\) Architectural Risk Register[\s\S]*?)(## F\) Architectural Evolution[\s\S]*?)(?=## I\))/, '$2<!-- expect-next-line: MP102 -->\n$1');
      const r = await assertMarks(ws, swapped, { rules: only('MP102') });
      assert.match(r.diagnostics[0].message, /E\) Architectural Risk Register is out of order: the "prompt" profile puts it after D\) Concept Model and before F\) Architectural Evolution/);
    });

    it('reports a letter paired with another section title and fixes the letter', async () => {
      const text = plan().replace('## F) Architectural Evolution', '<!-- expect-next-line: MP102 -->\n## F) Risk Register').replace('## E) Architectural Risk Register', '<!-- expect-next-line: MP102 -->\n## E) Architectural Evolution');
      const r = await assertMarks(ws, text, { rules: only('MP102') });
      assert.match(r.diagnostics[0].message, /Heading letter E is paired with the title of section F\) Architectural Evolution/);
      const fixed = applySuggested(text, r.diagnostics);
      assert.match(fixed, /## F\) Architectural Evolution/);
      assert.match(fixed, /## E\) Risk Register/);
    });

    it('reports a repeated section', async () => {
      const text = plan() + '\n<!-- expect-next-line: MP102 -->\n## K. Design Bug Prevention\n\nMore.\n';
      await assertMarks(ws, text, { rules: only('MP102') });
    });
  });

  describe('MP103 section-too-long', () => {
    it('reports an executive summary over 15 lines and a concept model over 80', async () => {
      const long = Array.from({ length: 16 }, (_, i) => `Line ${i + 1}.`);
      const text = plan({ summary: long }).replace('## A) Executive Summary', '<!-- expect-next-line: MP103 -->\n## A) Executive Summary');
      const r = await assertMarks(ws, text, { rules: only('MP103') });
      assert.match(r.diagnostics[0].message, /16 non-blank lines; the limit is 15/);
      await assertMarks(ws, plan({ summary: long.slice(0, 15) }), { rules: only('MP103') });
      const concept = ['### Building Blocks', '', ...block(1, 'A'), ...block(2, 'B'), ...block(3, 'C'), ...Array.from({ length: 60 }, (_, i) => `- note ${i}`)];
      await assertMarks(ws, plan({ concept }).replace('## D) Concept Model', '<!-- expect-next-line: MP103 -->\n## D) Concept Model'), { rules: only('MP103') });
    });

    it('reports a Tier 1 summary over 25 lines as a warning, over 15 as info', async () => {
      const card = (n: number, lines: number) => [`### PR ${n}: Step ${n}`, '', `<!-- expect-next-line: MP103 -->`, '**Tier 1: Human Review Summary**', '', '- **Title:** step', ...Array.from({ length: lines - 1 }, (_, i) => `- detail ${i}`), '', '**Tier 2: Implementation Guide**', '', '- **Architectural Impact:** none', ''];
      const text = plan({ prs: [...card(1, 26), ...card(2, 16)] });
      const r = await assertMarks(ws, text, { rules: only('MP103') });
      assert.deepEqual(r.diagnostics.map((d) => d.severity), ['warning', 'info']);
      assert.match(r.diagnostics[0].message, /PR 1 Tier 1 summary has 26 non-blank lines; the maximum is 25/);
    });
  });

  describe('MP104 go-code-outside-frozen-section', () => {
    it('reports Go fences and unlabelled Go outside the frozen section, not diagrams, YAML or frozen interfaces', async () => {
      const text = plan({
        evolution: ['<!-- expect-next-line: MP104 -->', '```go', 'func (q *Queue) Push(e Event) {}', '```', '', '```', 'router --> queue --> clock', '```', '', '```yaml', 'shards: 4', '```'],
        prs: ['<!-- expect-next-line: MP104 -->', '```', 'type Shard struct {', '\tID int', '}', '```', '', '```', 'routing: weighted', '```', ''],
        frozen: ['```go', '// sim/queue/queue.go:4-7', 'type Queue interface {', '\tPush(e Event) error', '\tPop() (Event, bool)', '}', '```'],
      });
      await assertMarks(ws, text, { rules: only('MP104') });
    });

    it('warns about struct field lists and function bodies in the frozen-interface section', async () => {
      const frozen = ['```go', '// sim/queue/queue.go:4-7', 'type Queue interface {', '\tPush(e Event) error', '\tPop() (Event, bool)', '}', '', '<!-- not Go -->', '```', '', '```go', 'type Event struct {', '\tAt int64', '}', '', 'func (e Event) Due() bool { return true }', '```'];
      const text = plan({ frozen: frozen.filter((l) => !l.startsWith('<!--')) });
      const r = await checkDocument(ws, text, { config: defaultConfig(), rules: only('MP104'), path: fx.path('docs/plans/q-macro-plan.md') });
      assert.deepEqual(r.diagnostics.map((d) => [d.severity, text.slice(d.start, d.end)]), [['warning', 'type Event struct {'], ['warning', 'func (e Event) Due() bool { return true }']]);
    });

    it('is quiet on the signature of merged code copied beside its citation, not on a body (issue 24)', async () => {
      const frozen = ['```go', '// sim/queue/queue.go:9-11', 'type Event struct {', '\tAt int64', '}', '```', '', 'Factory (`sim/queue/queue.go:13`):', '```go', 'func NewQueue() *Queue', '```', '', '```go', '// sim/queue/queue.go:13-15', 'func (e Event) Due() bool { return true }', '```'];
      const text = plan({ frozen });
      const r = await checkDocument(ws, text, { config: defaultConfig(), rules: only('MP104'), path: fx.path('docs/plans/q-macro-plan.md') });
      assert.deepEqual(r.diagnostics.map((d) => text.slice(d.start, d.end)), ['func (e Event) Due() bool { return true }']);
    });
  });

  describe('MP105 frozen-interface-diverges', () => {
    it('is quiet when the frozen interface matches a declaration (parameter names aside)', async () => {
      await assertMarks(ws, plan({ frozen: ['```go', 'type Queue interface {', '\tPush(ev Event) error', '\tPop() (Event, bool)', '}', '```', '', '```go', 'type Clock interface { Now() int64 }', '```'] }), { rules: only('MP105') });
    });

    it('reports a diverging, an undeclared and a non-interface type, citing the real declaration', async () => {
      const text = plan({ frozen: ['```go', 'type Clock interface {', '\tNow() int', '\tStop()', '}', '```', ''] });
      const r = await checkDocument(ws, text, { config: defaultConfig(), rules: only('MP105'), path: fx.path('docs/plans/q-macro-plan.md') });
      assert.equal(r.diagnostics.length, 1);
      assert.match(r.diagnostics[0].message, /Frozen interface Clock differs from its declaration at sim\/clock\/clock.go:3-5: Now\(\) int is declared as Now\(\) int64; method Stop is not in the declaration/);
      assert.equal(text.slice(r.diagnostics[0].start, r.diagnostics[0].end), 'type Clock interface {');

      const missing = await checkDocument(ws, plan({ frozen: ['```go', 'type Ticker interface {', '\tTick()', '}', '', 'type Event interface {', '\tAt() int64', '}', '```'] }), { config: defaultConfig(), rules: only('MP105'), path: fx.path('docs/plans/q-macro-plan.md') });
      assert.deepEqual(missing.diagnostics.map((d) => d.message.replace(/:.*/, '')), ['Interface Ticker is not declared in the workspace', 'Event is declared as a struct at sim/queue/queue.go']);
    });

    it('compares embedded interfaces', async () => {
      fx.write('sim/io/rw.go', 'package io\n\ntype Reader interface{ Read() int }\n\ntype ReadCloser interface {\n\tReader\n\tClose() error\n}\n');
      const ok = await checkDocument(ws, plan({ frozen: ['```go', 'type ReadCloser interface {', '\tReader', '\tClose() error', '}', '```'] }), { config: defaultConfig(), rules: only('MP105'), path: fx.path('docs/plans/q-macro-plan.md') });
      assert.deepEqual(ok.diagnostics, []);
      const bad = await checkDocument(ws, plan({ frozen: ['```go', 'type ReadCloser interface {', '\tio.Writer', '\tClose() error', '}', '```'] }), { config: defaultConfig(), rules: only('MP105'), path: fx.path('docs/plans/q-macro-plan.md') });
      assert.equal(bad.diagnostics.length, 1);
      assert.match(bad.diagnostics[0].message, /sim\/io\/rw.go:5-8: embedded io.Writer is not in the declaration; embedded Reader is missing/);
    });

    it('picks the closest of several declarations of the same name', async () => {
      const r = await checkDocument(ws, plan({ frozen: ['```go', 'type Queue interface {', '\tPush(e Event) error', '}', '```'] }), { config: defaultConfig(), rules: only('MP105'), path: fx.path('docs/plans/q-macro-plan.md') });
      assert.equal(r.diagnostics.length, 1);
      assert.match(r.diagnostics[0].message, /sim\/queue\/queue.go:4-7: method Pop\(\) \(Event, bool\) is missing/);
    });
  });

  describe('MP106 module-contract-incomplete', () => {
    it('reports blocks lacking fields and inserts them in the list style', async () => {
      const concept = [
        '### Building Blocks', '',
        ...block(1, 'Shard Router'),
        '<!-- expect-next-line: MP106 -->',
        '**2. Shard Queue** — holds events.',
        '- **Observes:** pushes',
        '- **Owns:** the heap',
        '- **Events:** none',
        '',
        ...block(3, 'Merge Clock'),
      ];
      const text = plan({ concept });
      const r = await assertMarks(ws, text, { rules: only('MP106') });
      assert.match(r.diagnostics[0].message, /"Shard Queue" lacks CONTROLS, INVARIANTS, EXTENSION FRICTION/);
      const fixed = applySuggested(text, r.diagnostics);
      assert.match(fixed, /- \*\*Observes:\*\* pushes\n- \*\*Controls:\*\* TODO: [^\n]*\n- \*\*Owns:\*\* the heap\n- \*\*Invariants:\*\* TODO: [^\n]*\n- \*\*Events:\*\* none\n- \*\*Extension Friction:\*\* TODO/);
      await assertMarks(ws, fixed.replace(/<!--[^>]*-->\n/g, ''), { rules: only('MP106') });
    });

    it('reads heading titles, paragraph fields, table rows and a table of blocks', async () => {
      const concept = [
        '### Building Blocks', '',
        '#### Shard Router', '',
        '**OBSERVES:** keys. **CONTROLS:** shard. **OWNS:** nothing.', 'INVARIANTS: stable. EVENTS: none. EXTENSION FRICTION: 1 file.', '',
        '<!-- expect-next-line: MP106 -->',
        '#### Shard Queue', '',
        '| Field | Value |', '|---|---|', '| OBSERVES | pushes |', '| CONTROLS | order |', '| OWNS | heap |', '| EVENTS | none |', '',
        '| Block | Observes | Controls | Owns | Invariants | Events | Extension Friction |',
        '|---|---|---|---|---|---|---|',
        '| Merge Clock | queues | time | clock | monotone | Tick (ENDOGENOUS) | 1 |',
        '| Drain | queues | | | x | none | 1 |',
        '',
      ];
      const text = plan({ concept });
      // A mark cannot sit inside a table (the comment would end it): check the last row by hand.
      const r = await checkDocument(ws, text, { config: defaultConfig(), rules: only('MP106', 'MP107'), path: fx.path('docs/plans/q-macro-plan.md') });
      assert.deepEqual(r.diagnostics.map((d) => text.slice(d.start, d.end)), ['Shard Queue', 'Drain']);
      assert.match(r.diagnostics[0].message, /"Shard Queue" lacks INVARIANTS, EXTENSION FRICTION/);
      assert.match(r.diagnostics[1].message, /"Drain" lacks CONTROLS, OWNS/);
      const fixed = applySuggested(text, r.diagnostics);
      assert.match(fixed, /\| OWNS \| heap \|\n\| INVARIANTS \| TODO: [^|]*\|\n\| EVENTS \| none \|\n\| EXTENSION FRICTION \| TODO/);
    });

    it('adds a whole contract under a block that has none', async () => {
      const concept = ['### Building Blocks', '', ...block(1, 'A'), ...block(2, 'B'), '<!-- expect-next-line: MP106 -->', '**3. C** — does things.', ''];
      const text = plan({ concept });
      const r = await assertMarks(ws, text, { rules: only('MP106') });
      const fixed = applySuggested(text, r.diagnostics);
      assert.match(fixed, /\*\*3\. C\*\* — does things\.\n- OBSERVES: TODO[^\n]*\n- CONTROLS: TODO[^\n]*\n- OWNS: TODO[^\n]*\n- INVARIANTS: TODO[^\n]*\n- EVENTS: TODO[^\n]*\n- EXTENSION FRICTION: TODO/);
      await assertMarks(ws, fixed.replace(/<!--[^>]*-->\n/g, ''), { rules: only('MP106') });
    });

    it('accepts FRICTION for EXTENSION FRICTION and ignores bold lead-ins outside the building blocks', async () => {
      const concept = [
        '### Building Blocks', '',
        ...block(1, 'A').map((l) => l.replace('EXTENSION FRICTION', 'FRICTION')), ...block(2, 'B'), ...block(3, 'C'),
        '### Extension Points', '', '- **Adding a shard policy:** implement the contract. Friction: 2 files.', '',
      ];
      await assertMarks(ws, plan({ concept }), { rules: only('MP106', 'MP107') });
    });
  });

  it('do not take remarks in the building blocks subsection for blocks', async () => {
    const concept = [
      '### Building Blocks', '',
      '**Why these blocks?** Each owns one piece of state.', '',
      ...block(1, 'A'),
      '**Note:** B and C share no state.', '',
      ...block(2, 'B'), ...block(3, 'C'),
      '#### Open question', '', 'Whether C splits later.', '',
    ];
    await assertMarks(ws, plan({ concept }), { rules: only('MP106', 'MP107') });
  });

  it('hint at the template profile when the plan follows its order', async () => {
    const text = [
      '### A) Executive Summary', '', 'x', '', '### B) High-Level Objectives and Model Scoping', '', 'x', '', '### C) Concept Model', '', 'x', '',
      '### D) Architectural Evolution', '', 'x', '', '### E) PR Series (Ordered)', '', 'x', '', '### G) Dependency DAG', '', 'x', '', '### H) Risk Register', '', 'x', '',
    ].join('\n');
    // Configured as "prompt", the plan keeps that profile and MP102 names the one it follows; by default ("auto") it gets that one.
    const r = await checkDocument(ws, text, { config: { ...defaultConfig(), profile: 'prompt' }, rules: only('MP102'), path: fx.path('docs/plans/q-macro-plan.md') });
    assert.ok(r.diagnostics.length > 0);
    assert.ok(r.diagnostics.every((d) => /follows the "template" profile/.test(d.message)), r.diagnostics.map((d) => d.message).join('\n'));
    const t = await checkDocument(ws, text, { config: { ...defaultConfig(), profile: 'template' }, rules: only('MP102'), path: fx.path('docs/plans/q-macro-plan.md') });
    assert.deepEqual(t.diagnostics, []);
    const auto = await checkDocument(ws, text, { config: defaultConfig(), rules: only('MP102'), path: fx.path('docs/plans/q-macro-plan.md') });
    assert.equal(auto.profile?.name, 'template');
    assert.deepEqual(auto.diagnostics, []);
  });

  describe('MP107 building-block-count', () => {
    it('reports fewer than 3 and more than 7 blocks', async () => {
      const two = ['<!-- expect-next-line: MP107 -->', '### Building Blocks', '', ...block(1, 'A'), ...block(2, 'B')];
      await assertMarks(ws, plan({ concept: two }), { rules: only('MP107') });
      const eight = ['<!-- expect-next-line: MP107 -->', '### Building Blocks', '', ...Array.from({ length: 8 }, (_, i) => block(i + 1, `B${i}`)).flat()];
      const r = await assertMarks(ws, plan({ concept: eight }), { rules: only('MP107') });
      assert.match(r.diagnostics[0].message, /8 building blocks/);
    });
  });

  describe('MP108 objective-count', () => {
    it('reports too few and too many objectives, and a missing list', async () => {
      await assertMarks(ws, plan({ objectives: ['<!-- expect-next-line: MP108 -->', '### Objectives', '', '1. One', '2. Two', ''] }), { rules: only('MP108') });
      const eight = ['<!-- expect-next-line: MP108 -->', '**Objectives:**', '', ...Array.from({ length: 8 }, (_, i) => `- Objective ${i}`), ''];
      await assertMarks(ws, plan({ objectives: eight }), { rules: only('MP108') });
      const nested = ['### Objectives', '', '1. One', '   - detail', '   - detail', '2. Two', '3. Three', ''];
      await assertMarks(ws, plan({ objectives: nested }), { rules: only('MP108') });
      const stray = ['We shard the queue.', '', '- a stray remark', ''];
      const sr = await checkDocument(ws, plan({ objectives: stray }), { config: defaultConfig(), rules: only('MP108'), path: fx.path('docs/plans/q-macro-plan.md') });
      assert.match(sr.diagnostics[0].message, /No list of objectives found/);
      const paragraphs = ['### Objectives', '', '**O1:** shard the queue.', '', '**O2:** keep results identical.', '', '**O3:** expose a flag.', ''];
      await assertMarks(ws, plan({ objectives: paragraphs }), { rules: only('MP108') });
      const table = ['### Objectives', '', '| Objective | Measure |', '|---|---|', '| One | a |', '| Two | b |', '| Three | c |', ''];
      await assertMarks(ws, plan({ objectives: table }), { rules: only('MP108') });
      await assertMarks(ws, plan({ objectives: ['<!-- expect-next-line: MP108 -->', '### Objectives', '', 'We want to shard the queue and keep results identical.', ''] }), { rules: only('MP108') });
    });
  });

  describe('MP109 event-unclassified', () => {
    it('reports events without EXOGENOUS or ENDOGENOUS', async () => {
      const concept = [
        '### Building Blocks', '',
        ...block(1, 'A', 'None (configuration time)'),
        ...block(2, 'B', 'EXOGENOUS: Arrival, Departure; ENDOGENOUS: Step'),
        ...block(3, 'C', 'ShardFull, Tick (ENDOGENOUS)'),
      ];
      const text = plan({ concept }).replace('- EVENTS: ShardFull', '<!-- expect-next-line: MP109 -->\n- EVENTS: ShardFull');
      const r = await assertMarks(ws, text, { rules: only('MP109') });
      assert.match(r.diagnostics[0].message, /Event "ShardFull" of "C" is not classified as EXOGENOUS or ENDOGENOUS/);
      const nested = ['### Building Blocks', '', ...block(1, 'A'), ...block(2, 'B'), ...block(3, 'C')].join('\n')
        .replace('- EVENTS: None\n- EXTENSION FRICTION: 1 file\n\n**3.', '<!-- expect-next-line: MP109 -->\n- EVENTS:\n  - Arrival (EXOGENOUS)\n  - Drain\n- EXTENSION FRICTION: 1 file\n\n**3.');
      const n = await assertMarks(ws, plan({ concept: nested.split('\n') }), { rules: only('MP109') });
      assert.match(n.diagnostics[0].message, /Event "Drain" of "B"/);
    });
  });

  describe('MP110 scoping-table', () => {
    it('reports a missing table, a missing column and a simplification without justification', async () => {
      await assertMarks(ws, plan({ scoping: [] }).replace('## C)', '<!-- expect-next-line: MP110 -->\n## C)'), { rules: only('MP110') });
      const noOmitted = ['<!-- expect-next-line: MP110 -->', '| Component | Modeled | Simplified | Justification |', '|---|---|---|---|', '| A | yes | -- | fine |'];
      await assertMarks(ws, plan({ scoping: noOmitted }), { rules: only('MP110') });
      const unjustified = [
        '| Component | Modeled | Simplified | Omitted | Justification |', '|---|---|---|---|---|',
        '| A | yes | -- | -- | fine |',
        '| Rebalancing | -- | Fixed delay | -- | — |',
      ];
      const text = plan({ scoping: unjustified });
      const r = await checkDocument(ws, text, { config: defaultConfig(), rules: only('MP110'), path: fx.path('docs/plans/q-macro-plan.md') });
      assert.equal(r.diagnostics.length, 1);
      assert.equal(r.model.lines.lineText(r.model.lines.positionAt(r.diagnostics[0].start).line), '| Rebalancing | -- | Fixed delay | -- | — |');
      assert.match(r.diagnostics[0].message, /"Rebalancing" is simplified \(Fixed delay\) without a justification/);
    });
  });

  it('checks the template profile order when configured', async () => {
    const r = await checkDocument(ws, plan(), { config: { ...defaultConfig(), profile: 'template' }, rules: only('MP101', 'MP102'), path: fx.path('docs/plans/q-macro-plan.md') });
    assert.ok(r.diagnostics.some((d) => d.rule === 'MP101' && /Extension Friction Assessment/.test(d.message)));
    assert.ok(r.diagnostics.some((d) => d.rule === 'MP102'));
  });

  describe('MP121 section-unwritten', () => {
    /** Every plan rule (MP1xx, MP2xx): what a draft gets in the editor, citation rules aside. */
    const planRules = allRules.filter((r) => /^MP[12]\d\d$/.test(r.meta.id));
    /** `text` with the body of the section under `heading` (up to the next `## `) replaced. */
    const body = (text: string, heading: string, lines: string[]) => {
      const at = text.indexOf(`## ${heading}\n`);
      assert.ok(at >= 0, heading);
      const from = text.indexOf('\n', at) + 1;
      const to = text.indexOf('\n## ', from);
      return text.slice(0, from) + ['', ...lines, ''].join('\n') + text.slice(to < 0 ? text.length : to);
    };
    const run = async (text: string, rules = planRules) => (await checkDocument(ws, text, { config: defaultConfig(), rules, path: fx.path('docs/plans/q-macro-plan.md') })).diagnostics;
    /** The findings `text` has beyond those of the base plan (whose PR plan and DAG other suites cover). */
    const check = async (text: string, rules = planRules) => {
      const base = new Set((await run(plan(), rules)).map((x) => `${x.rule} ${x.message}`));
      return (await run(text, rules)).filter((x) => !base.has(`${x.rule} ${x.message}`)).sort((a, b) => a.start - b.start || a.rule.localeCompare(b.rule));
    };
    const lineOf = (text: string, at: number) => text.slice(0, at).split('\n').length;

    it('gives a draft one warning per placeholder section instead of the content rules\' cascade', async () => {
      let text = plan();
      text = body(text, 'B) Repository Recon Summary', ['- TODO: list the facts with file:line']);
      text = body(text, 'C) High-Level Objectives + Non-Goals + Model Scoping Table', ['(to be written)']);
      text = body(text, 'D) Concept Model', ['TODO']);
      text = body(text, 'E) Architectural Risk Register', ['<TBD>']);
      text = body(text, 'H) Cross-Cutting Infrastructure Plan', ['TBD']);
      text = body(text, 'K) Design Bug Prevention Checklist', ['...']);
      const d = await check(text);
      assert.deepEqual(d.map((x) => `${x.rule} ${x.severity} ${text.slice(x.start, x.end)}`), [
        'MP121 warning ## B) Repository Recon Summary',
        'MP121 warning ## C) High-Level Objectives + Non-Goals + Model Scoping Table',
        'MP121 warning ## D) Concept Model',
        'MP121 warning ## E) Architectural Risk Register',
        'MP121 warning ## H) Cross-Cutting Infrastructure Plan',
        'MP121 warning ## K) Design Bug Prevention Checklist',
      ]);
      assert.equal(d[0].message, 'Section B) Repository Recon Summary is still to be written (its body is only "TODO: list the facts with file:line"). Write it (its content is checked once it has some).');
      assert.match(d[3].message, /its body is only "<TBD>"/);
    });

    it('calls an empty section empty, offers to remove an optional one, and ignores comments and dividers', async () => {
      let text = body(plan(), 'F) Architectural Evolution', ['<!-- the migration story goes here -->', '', '---']);
      text = body(text, 'G) Frozen Interface Reference', ['TODO']);
      const d = await check(text);
      assert.deepEqual(d.map((x) => `${x.rule} ${x.message}`), [
        'MP121 Section F) Architectural Evolution is still to be written (it is empty). Write it (its content is checked once it has some).',
        'MP121 Section G) Frozen Interface Reference is still to be written (its body is only "TODO"). Write it (its content is checked once it has some), or remove it: the "prompt" profile does not require it.',
      ]);
      // The MP101 quick fix inserts a TODO body: the section it adds is reported once, as one to write.
      const missing = plan().replace(/## E\) Architectural Risk Register[\s\S]*?(?=## F\))/, '');
      const [mp101] = await run(missing, only('MP101'));
      const fixed = applySuggested(missing, [mp101]);
      assert.deepEqual((await check(fixed)).map((x) => `${x.rule} ${lineOf(fixed, x.start)}`), [`MP121 ${lineOf(fixed, fixed.indexOf('## E)'))}`]);
    });

    it('leaves sections with real but incomplete content to their rules, a skeleton of subsections to MP121', async () => {
      // One objective and a TODO: content, so MP108 and MP110 speak and MP121 does not.
      const started = body(plan(), 'C) High-Level Objectives + Non-Goals + Model Scoping Table', ['### Objectives', '', '1. Shard the queue', '2. TODO', '']);
      assert.deepEqual((await check(started)).map((x) => x.rule), ['MP110', 'MP108']);
      // Subsection headings around placeholders are a skeleton; headings alone are an outline someone wrote.
      const skeleton = body(plan(), 'C) High-Level Objectives + Non-Goals + Model Scoping Table', ['### Objectives', '', 'TODO', '', '### Non-Goals', '', 'TBD']);
      assert.deepEqual((await check(skeleton)).map((x) => x.rule), ['MP121']);
      const outline = body(plan(), 'C) High-Level Objectives + Non-Goals + Model Scoping Table', ['### Objectives', '', '### Non-Goals']);
      assert.deepEqual((await check(outline)).map((x) => x.rule), ['MP110', 'MP108']);
      // A table is content whatever its cells say, and an answer is no placeholder.
      const table = body(plan(), 'E) Architectural Risk Register', ['| Decision | Assumption | Validation Method | Cost if Wrong | Gate |', '|---|---|---|---|---|', '| TODO | TODO | TODO | TODO | TODO |']);
      assert.ok(!(await check(table)).some((x) => x.rule === 'MP121'));
      const none = body(plan(), 'H) Cross-Cutting Infrastructure Plan', ['None.']);
      assert.deepEqual(await check(none), []);
    });

    it('holds back the micro-plan content rules too', async () => {
      const micro = fs.readFileSync(path.resolve(__dirname, '..', 'fixtures', 'plans', 'micro', 'discount-cap-micro-plan.md'), 'utf8');
      const cut = (text: string, from: string, to: string, lines: string[]) => text.slice(0, text.indexOf(from) + from.length) + ['', '', ...lines, '', ''].join('\n') + text.slice(text.indexOf(to));
      let text = cut(micro, '### D) Deviation Log', '### E) Review Guide', ['TODO']);
      text = cut(text, '### H) Test Strategy', '### I) Risk Analysis', ['TBD']);
      const r = await checkDocument(ws, text, { config: defaultConfig(), rules: planRules, path: fx.path('docs/plans/discount-cap-micro-plan.md') });
      assert.equal(r.profile?.name, 'micro');
      assert.deepEqual(r.diagnostics.map((x) => `${x.rule} ${text.slice(x.start, x.end)}`), ['MP121 ### D) Deviation Log', 'MP121 ### H) Test Strategy']);
    });

    it('is registered for both kinds', () => {
      const rule = allRules.find((r) => r.meta.id === 'MP121')!;
      assert.deepEqual([rule.meta.name, rule.meta.severity, rule.meta.kinds], ['section-unwritten', 'warning', ['macro', 'micro']]);
    });
  });

  it('are plan rules reading the plan structure (their pages: rule-registry.test.ts)', () => {
    assert.equal(mine.length, 10);
    for (const r of mine) {
      assert.equal(r.meta.scope, 'plan');
      assert.ok(r.meta.needs.includes('plan-structure'));
    }
  });
});

