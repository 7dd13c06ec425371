import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDocument } from '../../server/src/core/engine';
import { defaultConfig } from '../../server/src/core/config';
import { FileWorkspace, type Workspace } from '../../server/src/core/workspace';
import { rules } from '../../server/src/core/rules';
import { contractIdsIn } from '../../server/src/core/plan/micro';
import { makeFixture, type Fixture } from '../helpers/fixture';
import { assertMarks } from '../helpers/marks';

const dir = path.join(__dirname, '..', 'fixtures', 'plans', 'micro');
const full = fs.readFileSync(path.join(dir, 'discount-cap-micro-plan.md'), 'utf8');
const compact = fs.readFileSync(path.join(dir, 'coupon-typo-compact-micro-plan.md'), 'utf8');

const micro = rules.filter((r) => /^MP2\d\d$/.test(r.meta.id));
const only = (...ids: string[]) => rules.filter((r) => ids.includes(r.meta.id));

/** `text` with one piece replaced (the piece must exist). */
function edit(text: string, from: string, to: string): string {
  assert.ok(text.includes(from), `fixture lacks ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

const GO_CART = ['package shop', '', 'func NewCart(cap int) *Cart {', '\treturn &Cart{cap: cap}', '}', '', 'func (c *Cart) Total() int {', '\toff := c.discount', '\tif off > 100 {', '\t\toff = 100', '\t}', '\treturn c.price * (100 - off) / 100', '}', '', 'type Cart struct {', '\tprice, discount, cap int', '}', ''].join('\n');

describe('micro-plan rules MP201-MP206', () => {
  let fx: Fixture;
  let ws: Workspace;
  const planPath = () => fx.path('docs/plans/discount-cap-micro-plan.md');
  before(() => {
    fx = makeFixture({ 'go.mod': 'module shop\n', 'shop/cart.go': GO_CART });
    ws = new FileWorkspace({ root: fx.root });
  });
  after(() => fx.remove());

  it('are declared for micro plans only', () => {
    assert.deepEqual(micro.map((r) => r.meta.id), ['MP201', 'MP202', 'MP203', 'MP204', 'MP205', 'MP206']);
    for (const r of micro) assert.deepEqual(r.meta.kinds, ['micro']);
  });

  it('pass the full-format and the compact fixture plans, which are detected as micro and micro-compact', async () => {
    const a = await checkDocument(ws, full, { config: defaultConfig(), path: planPath() });
    assert.equal(a.profile?.name, 'micro');
    // MP120 included: a Test Strategy row refers to a contract, it does not define it again.
    assert.deepEqual(a.diagnostics.map((d) => `${d.rule} ${d.message}`), []);
    const b = await checkDocument(ws, compact, { config: defaultConfig(), path: fx.path('docs/plans/coupon-typo-compact-micro-plan.md') });
    assert.equal(b.profile?.name, 'micro-compact');
    assert.deepEqual(b.diagnostics.map((d) => `${d.rule} ${d.message}`), []);
  });

  it('macro-plan rules never run on a micro plan, whatever it holds', async () => {
    // A Go block in the contracts (MP104 on a macro plan), a recon-like list without citations (MP118), no PR cards (MP112).
    const text = edit(full, '### C) Component Interaction', '```go\ntype Capper interface{ Cap() int }\n```\n\n### C) Component Interaction');
    const r = await checkDocument(ws, text, { config: defaultConfig(), path: planPath() });
    assert.deepEqual(r.diagnostics.filter((d) => /^MP1(0[4-9]|1\d)$/.test(d.rule)), []);
  });

  describe('MP201 contract-anatomy', () => {
    it('reports a contract without a clause, and (info) one without a name', async () => {
      let text = edit(full, '- THEN the total is 90% of the undiscounted price\n', '');
      text = edit(text, '**BC-2: Carts under the cap are unchanged**', '<!-- expect-next-line: MP201 -->\n**BC-2: Carts under the cap are unchanged**');
      text = edit(text, '**BC-3: A cap out of range is refused**', '<!-- expect-next-line: MP201 -->\n**BC-3:**');
      const r = await assertMarks(ws, text, { rules: only('MP201'), path: planPath() });
      assert.match(r.diagnostics[0].message, /BC-2 \(Carts under the cap are unchanged\) has no THEN clause/);
      assert.equal(r.diagnostics[1].severity, 'info');
      assert.match(r.diagnostics[1].message, /BC-3 has no name/);
    });

    it('reads inline clauses (`**BC-1:** GIVEN ..., WHEN ..., THEN ...`) and names in parentheses', async () => {
      const text = edit(compact, 'BC-1: Expired coupon message\n- GIVEN an expired coupon\n- WHEN it is applied to a cart\n- THEN', '**BC-1 (expired coupon):** GIVEN an expired coupon, WHEN it is applied to a cart, THEN');
      await assertMarks(ws, text, { rules: only('MP201'), path: fx.path('docs/plans/c.md') });
    });
  });

  describe('MP202 contract-coverage', () => {
    it('reports a contract no task serves and a task naming no contract', async () => {
      let text = edit(full, '#### Task 2: Refuse a cap out of range (BC-3)', '<!-- expect-next-line: MP202 -->\n#### Task 2: Refuse a cap out of range');
      text = edit(text, '**BC-3: A cap out of range is refused**', '<!-- expect-next-line: MP202 -->\n**BC-3: A cap out of range is refused**');
      // A Test Strategy row mapping BC-3 to a task serves it: without the row nothing does.
      text = text.replace(/\| BC-3 \|[^\n]*\n/, '');
      const r = await assertMarks(ws, text, { rules: only('MP202'), path: planPath() });
      assert.match(r.diagnostics.map((d) => d.message).join('\n'), /BC-3 \(A cap out of range is refused\) is served by no task/);
      // The unnamed contract is template form; the unserved one a gap.
      assert.deepEqual(r.diagnostics.map((d) => d.severity), ['warning', 'info']);
    });

    it('reads ranges (`BC-1..BC-3`, `BC-1 through BC-3`) and a **Contracts:** line', async () => {
      assert.deepEqual(contractIdsIn('Task 2: x (BC-1..BC-3, NC-2)'), ['BC-1', 'BC-2', 'BC-3', 'NC-2']);
      assert.deepEqual(contractIdsIn('BC-2 through BC-4'), ['BC-2', 'BC-3', 'BC-4']);
      assert.deepEqual(contractIdsIn('BC-17-2 and BC-1.5 are sub-ids'), []);
      let text = edit(full, '#### Task 1: Cap the total (BC-1, BC-2)', '#### Task 1: Cap the total (BC-1..BC-3)');
      text = edit(text, '#### Task 2: Refuse a cap out of range (BC-3)', '#### Task 2: Refuse a cap out of range\n\n**Contracts:** BC-3');
      await assertMarks(ws, text, { rules: only('MP202'), path: planPath() });
    });
  });

  describe('MP203 task-anatomy', () => {
    it('reports a task without its verify and commit steps', async () => {
      let text = edit(full, '**Step 3: Run the tests**\n\nRun: `go test ./shop/...`\nExpected: PASS\n', '');
      text = edit(text, '**Step 4: Commit**\n\n```bash\ngit commit -am "feat(shop): refuse a discount cap out of range (BC-3)"\n```\n', '');
      text = edit(text, '#### Task 2: Refuse a cap out of range (BC-3)', '<!-- expect-next-line: MP203 -->\n#### Task 2: Refuse a cap out of range (BC-3)');
      const r = await assertMarks(ws, text, { rules: only('MP203'), path: planPath() });
      assert.match(r.diagnostics[0].message, /Task 2 has no Verify and Commit: add `\*\*Verify:\*\*` .* and `\*\*Commit:\*\*`/);
    });

    it('excuses what the task does not need: a docs-only task needs no test, a test-only task no impl, a TDD split no second test', async () => {
      const docs = '#### Task 3: Document the cap (BC-1)\n\n**Files:** modify `docs/pricing.md`\n\n**Step 1: Add a paragraph on the cap**\n\n**Step 2: Commit**\n\n`git commit -am "docs: discount cap"`\n\n### H) Test Strategy';
      let text = edit(full, '### H) Test Strategy', docs);
      // Task 1 of the compact plan only writes the test; task 2 implements it.
      const split = edit(compact, '**Impl:**\n\n```go\nreturn errors.New("coupon expired")\n```\n\n', '').replace('### Task 1: Fix the message (BC-1)', '### Task 1: Failing test for the message (BC-1)')
        + '\n### Task 2: Fix the message (BC-1)\n\n**File:** `shop/coupon.go`\n\n**Change 1: the text**\n\n```go\nreturn errors.New("coupon expired")\n```\n\n**Run to pass:** `go test ./shop/...`\n**Commit:** `fix(shop): message (BC-1)`\n';
      await assertMarks(ws, text, { rules: only('MP203'), path: planPath() });
      text = split.replace('## Sanity Checklist\n\n- [x] No feature creep beyond PR scope.\n', '') + '\n## Sanity Checklist\n\n- [x] ok\n';
      await assertMarks(ws, text, { rules: only('MP203'), path: fx.path('docs/plans/c.md') });
    });
  });

  describe('MP203 and runs expected to fail', () => {
    const passing = '**Step 4: Run test to verify it passes**\n\nRun: `go test ./shop/... -v`\nExpected: PASS\n';
    const check = async (text: string, file = 'docs/plans/discount-cap-micro-plan.md') => (await checkDocument(ws, text, { config: defaultConfig(), rules: only('MP203'), path: fx.path(file) })).diagnostics.map((d) => d.message);

    it('reports a full-format task whose only run is the one expected to fail', async () => {
      assert.deepEqual(await check(edit(full, passing, '')), ['Task 1 has no Verify: add `**Verify:**` with the command to run and its expected result.']);
      // The same run in a code block, the failure said only by the step's title.
      const block = edit(full, 'Run: `go test ./shop/... -run TestCart_DiscountsOverCap -v`\nExpected: FAIL with "total = 20, want 50"\n', '```bash\ngo test ./shop/... -run TestCart_DiscountsOverCap -v\n```\n');
      assert.deepEqual(await check(edit(block, passing, '')), ['Task 1 has no Verify: add `**Verify:**` with the command to run and its expected result.']);
    });

    it('takes no lint run for the Verify part', async () => {
      const lint = '**Step 4: Run lint**\n\n```bash\ngolangci-lint run ./shop/...\n```\nExpected: no new issues\n';
      assert.deepEqual(await check(edit(full, passing, lint)), ['Task 1 has no Verify: add `**Verify:**` with the command to run and its expected result.']);
    });

    it('keeps a run expected to pass, a run without an expected result, and the compact Verify line', async () => {
      assert.deepEqual(await check(full), []);
      assert.deepEqual(await check(edit(full, 'Expected: PASS\n\n**Step 5', '\n**Step 5')), []);
      const compactFail = edit(compact, '**Verify:** `go test ./shop/... -run TestCoupon_Expired_Message`', '**Verify:** `go test ./shop/... -run TestCoupon_Expired_Message` (expected: FAIL before the fix)');
      assert.deepEqual(await check(compactFail, 'docs/plans/coupon-typo-compact-micro-plan.md'), []);
    });

    it('excuses a test-only task of a TDD split whose run is expected to fail', async () => {
      const split = edit(full, '#### Task 1: Cap the total (BC-1, BC-2)', '#### Task 1: Failing test for the cap (BC-1, BC-2)')
        .replace(/\*\*Step 3: Implement the cap\*\*[\s\S]*?\*\*Step 5: Commit\*\*/, '**Step 3: Commit**')
        .replace('- Modify: `shop/cart.go`\n', '');
      assert.deepEqual(await check(split), []);
    });
  });

  describe('MP203 and Go test functions', () => {
    // A task that only adds a testable example, a benchmark or a fuzz test: each is a Go test.
    const task = (fn: string) => [
      '# Coupon docs Implementation Plan', '', '## Behavioral Contracts', '', 'BC-1: Example shows the message', '- GIVEN an expired coupon', '- WHEN it is applied', '- THEN the error says "coupon expired"', '',
      '## Tasks', '', '### Task 1: Show the message (BC-1)', '', '**Files:** modify `shop/example_coupon_test.go`', '', '**Step 1: Write it**', '', '```go', fn, '```', '',
      '**Verify:** `go test ./shop/ -run . -v` (expected: PASS)', '**Commit:** `shop: show the message (BC-1)`', '', '## Sanity Checklist', '', '- [x] ok', '',
    ].join('\n');
    const mp203 = async (fn: string) => (await checkDocument(ws, task(fn), { config: defaultConfig(), rules: only('MP203'), path: fx.path('docs/plans/e.md') })).diagnostics.map((d) => d.message);

    it('takes an Example, a Benchmark and a Fuzz function for the task\'s test', async () => {
      assert.deepEqual(await mp203('func ExampleApply() {\n\tfmt.Println(Apply(Coupon{Expired: true}))\n\t// Output: coupon expired\n}'), []);
      assert.deepEqual(await mp203('func Example() {\n\t// Output:\n}'), []);
      assert.deepEqual(await mp203('func BenchmarkApply(b *testing.B) {\n\tfor i := 0; i < b.N; i++ {\n\t\tApply(Coupon{})\n\t}\n}'), []);
      assert.deepEqual(await mp203('func FuzzApply(f *testing.F) {\n\tf.Fuzz(func(t *testing.T, s string) {})\n}'), []);
    });

    it('still reports a task whose Go block holds no test function', async () => {
      assert.deepEqual(await mp203('func couponText(c Coupon) string {\n\treturn "coupon expired"\n}'), ['Task 1 has no failing test: add `**Test:**` with the test code that fails before the change.']);
    });
  });

  it('read their settings from the profile: an inline micro profile pinned by glob asks only for its task parts', async () => {
    const text = edit(full, '**Step 3: Run the tests**\n\nRun: `go test ./shop/...`\nExpected: PASS\n', '');
    const team = { name: 'team-micro', extends: 'micro', micro: { taskParts: ['files', 'commit'] } };
    const r = await checkDocument(ws, text, { config: { ...defaultConfig(), profiles: [{ files: ['docs/plans/**'], profile: team }] }, rules: only('MP203'), path: planPath() });
    assert.equal(r.profile?.name, 'team-micro');
    assert.equal(r.profile?.kind, 'micro');
    assert.deepEqual(r.diagnostics, []);
    const d = await checkDocument(ws, text, { config: defaultConfig(), rules: only('MP203'), path: planPath() });
    assert.deepEqual(d.diagnostics.map((x) => x.message), ['Task 2 has no Verify: add `**Verify:**` with the command to run and its expected result.']);
  });

  describe('MP204 test-strategy', () => {
    it('reports contracts the table leaves out, and a section without a table', async () => {
      let text = edit(full, '| BC-2 | Task 1 | Unit | TestCart_DiscountsOverCap_TotalIsCapped (second case) |\n', '');
      text = edit(text, '| Contract | Task | Test Type | Test Name |', '<!-- expect-next-line: MP204 -->\n| Contract | Task | Test Type | Test Name |');
      const r = await assertMarks(ws, text, { rules: only('MP204'), path: planPath() });
      assert.match(r.diagnostics[0].message, /does not map BC-2/);
      const start = full.indexOf('| Contract | Task |');
      const end = full.indexOf('### I) Risk Analysis');
      const none = full.slice(0, start) + 'Every contract gets a unit test.\n\n' + full.slice(end);
      await assertMarks(ws, edit(none, '### H) Test Strategy', '<!-- expect-next-line: MP204 -->\n### H) Test Strategy'), { rules: only('MP204'), path: planPath() });
    });
  });

  describe('MP205 deviation-log', () => {
    it('reports a log that is no table, a table without the columns, a reason without a category; accepts "No deviations"', async () => {
      const table = '| Source Says | Micro Plan Does | Reason |\n|-------------|-----------------|--------|\n| Cap per coupon | Cap per cart | CLARIFICATION: the issue\'s example sums coupons |\n';
      await assertMarks(ws, edit(edit(full, table, '- The issue caps per coupon; we cap per cart.\n'), '### D) Deviation Log', '<!-- expect-next-line: MP205 -->\n### D) Deviation Log'), { rules: only('MP205'), path: planPath() });
      await assertMarks(ws, edit(full, table, 'No deviations from source document.\n'), { rules: only('MP205'), path: planPath() });
      await assertMarks(ws, edit(full, '| Source Says | Micro Plan Does | Reason |', '<!-- expect-next-line: MP205 -->\n| Source Says | Micro Plan Does | Why |'), { rules: only('MP205'), path: planPath() });
      await assertMarks(ws, edit(full, "| Cap per coupon | Cap per cart | CLARIFICATION: the issue's example sums coupons |", "| Cap per coupon | Cap per cart | the issue's example sums coupons | <!-- expect: MP205 -->"), { rules: only('MP205'), path: planPath() });
      // The prompt's shorter header `Micro Does` is the same column.
      await assertMarks(ws, edit(full, '| Source Says | Micro Plan Does | Reason |', '| Source Says | Micro Does | Reason |'), { rules: only('MP205'), path: planPath() });
    });
  });

  describe('MP206 part-too-long', () => {
    it('is an info when Part 1 is over its 120-line target', async () => {
      const filler = Array.from({ length: 100 }, (_, i) => `Line ${i} of a long summary.`).join('\n');
      let text = edit(full, 'need no change. No deviation from the issue.', `need no change. No deviation from the issue.\n${filler}`);
      text = edit(text, '## Part 1: Design Validation', '<!-- expect-next-line: MP206 -->\n## Part 1: Design Validation');
      const r = await assertMarks(ws, text, { rules: only('MP206'), path: planPath() });
      assert.equal(r.diagnostics[0].severity, 'info');
      assert.match(r.diagnostics[0].message, /Part 1 \(Design Validation\) has 1\d\d non-blank lines; its target is under 120/);
    });
  });
});
