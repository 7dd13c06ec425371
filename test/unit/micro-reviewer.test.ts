import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDocument, type CheckResult } from '../../server/src/core/engine';
import { defaultConfig } from '../../server/src/core/config';
import { FileWorkspace, type Workspace } from '../../server/src/core/workspace';
import { makeFixture, type Fixture } from '../helpers/fixture';

/**
 * Micro plans with every kind of task (code, test-only, docs-only, verification, administrative) in
 * the full format, written in an older layout (`A.` headings, `F. Implementation Summary`, `Part 3J —
 * Sanity Checklist`), and in the compact one: no finding a reviewer would reject (issue 24). Then each
 * mistake planted once: reported once, by the rule it belongs to, saying what to write instead.
 */
const dir = path.join(__dirname, '..', 'fixtures', 'plans', 'micro');
const full = fs.readFileSync(path.join(dir, 'zero-rate-micro-plan.md'), 'utf8');
const compact = fs.readFileSync(path.join(dir, 'retry-wording-compact-micro-plan.md'), 'utf8');

const LIMITER = [
  'package limiter', '', 'import "errors"', '', '// Limiter admits at most Rate requests per window.', 'type Limiter struct {', '\tRate  int', '\tcount int', '}', '',
  '// ToDo: check the rate here', 'func New(rate int) (*Limiter, error) {', '\tif rate < 0 {', '\t\treturn nil, errors.New("negative rate")', '\t}', '\treturn &Limiter{Rate: rate}, nil', '}', '',
  '// Allow admits one request if the window has room.', 'func (l *Limiter) Allow() bool {', '\tif l.count >= l.Rate {', '\t\treturn false', '\t}', '\tl.count++', '\treturn true', '}', '',
].join('\n');
const RETRY = ['package retry', '', 'import "fmt"', '', '// Message says how many attempts are left.', 'func Message(left int) string {', '\treturn fmt.Sprintf("%d attempts left", left)', '}', ''].join('\n');

/** `text` with one piece replaced (the piece must exist). */
function edit(text: string, from: string | RegExp, to: string): string {
  assert.ok(typeof from === 'string' ? text.includes(from) : from.test(text), `fixture lacks ${String(from)}`);
  return text.replace(from, to);
}

describe('micro plans as reviewers read them (issue 24)', () => {
  let fx: Fixture;
  let ws: Workspace;
  before(() => {
    fx = makeFixture({ 'go.mod': 'module example.com/fx\n', 'limiter/limiter.go': LIMITER, 'retry/retry.go': RETRY });
    ws = new FileWorkspace({ root: fx.root });
  });
  after(() => fx.remove());

  const check = (text: string, name = 'zero-rate-micro-plan.md'): Promise<CheckResult> => checkDocument(ws, text, { config: defaultConfig(), path: fx.path(`docs/plans/${name}`) });
  const findings = async (text: string, name?: string) => (await check(text, name)).diagnostics.map((d) => `${d.rule} ${d.severity} ${d.message}`);
  /** The one finding a planted mistake draws. */
  const one = async (text: string, name?: string) => {
    const ds = (await check(text, name)).diagnostics;
    assert.equal(ds.length, 1, ds.map((d) => `${d.rule} ${d.message}`).join('\n'));
    return ds[0];
  };

  describe('draw no finding when written as authors write them', () => {
    it('the full format with every task kind, an older layout and its wording variants', async () => {
      const r = await check(full);
      assert.equal(r.profile?.name, 'micro');
      assert.deepEqual(r.diagnostics.map((d) => `${d.rule} ${d.message}`), []);
    });

    it('the compact format: inline contracts, a comment-only task in a Go file, a final verification', async () => {
      const r = await check(compact, 'retry-wording-compact-micro-plan.md');
      assert.equal(r.profile?.name, 'micro-compact');
      assert.deepEqual(r.diagnostics.map((d) => `${d.rule} ${d.message}`), []);
    });

    it('a log saying there is no source document to deviate from, and a test strategy waived for a docs-only PR', async () => {
      let text = edit(full, /\| Source says \|[\s\S]*?\| No deviation \|\n/, 'No source document to deviate from: the issue is the whole source.\n');
      text = edit(text, /\| Contract \| Task \|[\s\S]*?\n\n- \*\*BC-3/, 'Documentation-only checks are manual; the code tasks carry their tests.\n\n- **BC-3');
      // With its table gone the test strategy maps nothing: fine when it says why (a docs-only PR).
      assert.deepEqual(await findings(text), []);
    });

    it('one finding, info, when no task names any contract (not one per contract)', async () => {
      let text = full;
      for (const h of ['(BC-1, BC-2)', '(BC-3, NC-1)', '(BC-4)']) text = edit(text, `${h}\n`, '\n');
      text = edit(text, '(BC-1, BC-2, BC-3; Tasks 1-2)', '(Tasks 1-2)');
      const d = await one(text);
      assert.equal(d.rule, 'MP202');
      assert.equal(d.severity, 'info');
      assert.match(d.message, /^No task names the contracts it serves \(BC-1, BC-2, BC-3, BC-4 and NC-1\): end the heading of each task with the contracts it implements, e\.g\. `Task 1: Refuse requests at a zero rate \(BC-1, BC-2\)`/);
    });

    it('a plan declaring the Small tier gets the compact profile, whatever full-format headings it has', async () => {
      const headed = edit(compact, '## Behavioral Contracts', '## A) Executive Summary\n\nOne word changes.\n\n## D) Deviation Log\n\nNo deviations from source document.\n\n## E) Review Guide\n\nCheck the plural.\n\n## B) Behavioral Contracts');
      const small = await check(headed, 'retry-wording-compact-micro-plan.md');
      assert.equal(small.profile?.name, 'micro-compact');
      assert.match(small.choice.reason, /declares the Small tier/);
      assert.deepEqual(small.diagnostics.map((d) => `${d.rule} ${d.message}`), []);
      // Without the declaration the same headings make it a full-format plan, held to every section.
      const untiered = await check(edit(headed, /\*\*Tier:\*\*[^\n]*\n/, ''), 'retry-wording-compact-micro-plan.md');
      assert.equal(untiered.profile?.name, 'micro');
      assert.ok(untiered.diagnostics.some((d) => d.rule === 'MP101'));
      // "Small/Medium" declares no small tier.
      const medium = await check(edit(headed, '**Tier:** Small (', '**Tier:** Small/Medium ('), 'retry-wording-compact-micro-plan.md');
      assert.equal(medium.profile?.name, 'micro');
    });
  });

  describe('read files, contracts and tasks the other ways authors write them', () => {
    it('a single-task plan may name its files in the Implementation Overview only', async () => {
      let text = edit(full, /#### Task 2:[\s\S]*?### H\. Test Strategy/, '### H. Test Strategy');
      text = edit(text, '**Files:**\n- Modify: `limiter/limiter.go`\n- Test: `limiter/limiter_test.go`\n\n', '');
      text = edit(text, 'Delete the stale comment at `limiter/limiter.go:11`. The guard for zero goes at\n`limiter/limiter.go:15` (add the zero check after the negative one).', 'Change the comparison as below.');
      const mp203 = async (t: string) => (await check(t)).diagnostics.filter((d) => d.rule === 'MP203').map((d) => d.message);
      assert.deepEqual(await mp203(text), ['Task 1 has no Commit: add `**Commit:**` with the commit message (or say which later task commits it).']);
      // Without the overview's list the task names no file.
      assert.deepEqual(await mp203(edit(text, /### F\. Implementation Summary[\s\S]*?### G\./, '### F. Implementation Summary\n\nOne comparison changes.\n\n### G.')), ['Task 1 has no Files and Commit: add `**Files:**` naming each file it creates or modifies and `**Commit:**` with the commit message (or say which later task commits it).']);
    });

    it('a preservation contract is verified by the test strategy, not implemented by a task: only MP204 asks for its row', async () => {
      const d = await one(edit(full, '**NC-1: Positive rates', '**BC-5: Remaining limiters unchanged**\n- GIVEN limiters of other tenants\n- WHEN one tenant is closed with rate 0\n- THEN the others admit as before\n\n**NC-1: Positive rates'));
      assert.equal(d.rule, 'MP204');
      assert.equal(d.message, 'The test strategy table does not map BC-5: add a row naming the task and the test of each.');
    });
  });

  describe('report each planted mistake once, by the right rule, saying what to write', () => {
    it('a contract no task serves and no test verifies (MP202, warning)', async () => {
      const d = await one(edit(full, '**NC-1: Positive rates', '**BC-5: Rates above 1000 are capped**\n- GIVEN a rate of 5000\n- WHEN a limiter is made\n- THEN its rate is 1000\n\n**NC-1: Positive rates'));
      assert.equal(d.rule, 'MP202');
      assert.equal(d.severity, 'warning');
      assert.match(d.message, /^BC-5 \(Rates above 1000 are capped\) is served by no task and verified by no test of the Test Strategy: name it in the heading of the task that implements it/);
    });

    it('a code task naming no contract while the others do (MP202, info)', async () => {
      const d = await one(edit(full, '#### Task 3: Reset the window (BC-4)', '#### Task 3: Reset the window'));
      assert.equal(d.rule, 'MP202');
      assert.equal(d.severity, 'info');
      assert.match(d.message, /^Task 3 changes code but names no contract it serves: end its heading with the contracts it implements, .* or write `\*\*Contracts Implemented:\*\* N\/A` and why\.$/);
    });

    it('a code task with no failing test (MP203, warning)', async () => {
      const d = await one(edit(full, /\*\*Test:\*\*\n\n```go\nfunc TestReset_OpensWindow[\s\S]*?```\n\n/, ''));
      assert.equal(d.rule, 'MP203');
      assert.equal(d.severity, 'warning');
      assert.equal(d.message, 'Task 3 has no failing test: add `**Test:**` with the test code that fails before the change.');
    });

    it('a task without its commit, whose step implements `commitWindow` (MP203, info)', async () => {
      const d = await one(edit(full, '**Commit:** `feat(limiter): reset the window (BC-4)`\n', ''));
      assert.equal(d.rule, 'MP203');
      assert.equal(d.severity, 'info');
      assert.match(d.message, /^Task 3 has no Commit: add `\*\*Commit:\*\*` with the commit message \(or say which later task commits it\)\.$/);
    });

    it('a task left uncommitted with no later task committing it (MP203)', async () => {
      let text = edit(full, 'No commit here: Task 2 commits both tasks together.\n', '');
      // Task 2's commit says it commits Task 1 too: a later commit counts.
      assert.deepEqual(await findings(text), []);
      text = edit(text, 'git add limiter/limiter.go limiter/limiter_test.go\ngit commit -m "fix(limiter): refuse every request at rate 0 (BC-1, BC-2, BC-3; Tasks 1-2)"', 'git add limiter/limiter_test.go\ngit commit -m "test(limiter): bursts (BC-3)"');
      const d = await one(text);
      assert.equal(d.rule, 'MP203');
      assert.match(d.message, /^Task 1 has no Commit/);
    });

    it('a verification task that runs nothing (MP203)', async () => {
      const d = await one(edit(full, /Run: `go build[\s\S]*?Expected: no new issues\n/, 'Check that everything still works.\n'));
      assert.equal(d.rule, 'MP203');
      assert.match(d.message, /^Task 5 has no Verify: add `\*\*Verify:\*\*` with the command to run and its expected result\.$/);
    });

    it('a docs task that says what it changes nowhere (MP203, info)', async () => {
      const d = await one(edit(full, '**Changes:**\n- Add a paragraph under "Limits": a rate of 0 closes the gate; negative rates are refused.\n\n', ''));
      assert.equal(d.rule, 'MP203');
      assert.equal(d.severity, 'info');
      assert.match(d.message, /^Task 4 has no change: add `\*\*Changes:\*\*` \(or steps\) with the text to write\.$/);
    });

    it('a contract defined twice (MP120), test lists and strategy lines staying references', async () => {
      const d = await one(edit(full, '**BC-4: A reset', '**BC-3: Bursts never carry over**\n- GIVEN a full window\n- WHEN a new window starts\n- THEN the count starts at zero\n\n**BC-4: A reset'));
      assert.equal(d.rule, 'MP120');
      assert.match(d.message, /^BC-3 is defined twice in this plan \(first on line \d+\)\. Renumber one of them/);
    });

    it('a BC line followed by GIVEN outside the contracts section is a definition', async () => {
      const d = await one(edit(full, '### E. Review Guide', '- BC-2: A second negative rate contract\n- GIVEN a rate of -5\n- WHEN a limiter is made\n- THEN it fails\n\n### E. Review Guide'));
      assert.equal(d.rule, 'MP120');
      assert.match(d.message, /^BC-2 is defined twice/);
    });

    it('a missing required section (MP101)', async () => {
      const d = await one(edit(full, /### C\. Component Interaction[\s\S]*?### D\./, '### D.'));
      assert.equal(d.rule, 'MP101');
      assert.match(d.message, /^Section C\) Component Interaction is missing \(before D\) Deviation Log\)/);
    });

    it('a code task of the compact format without its Verify (MP203, warning)', async () => {
      const d = await one(edit(compact, '**Verify:** `go test ./retry/ -run TestMessage -v`\n', ''), 'retry-wording-compact-micro-plan.md');
      assert.equal(d.rule, 'MP203');
      assert.equal(d.severity, 'warning');
      assert.equal(d.message, 'Task 1 has no Verify: add `**Verify:**` with the command to run and its expected result.');
    });

    it('a deviation without a reason (MP205, warning)', async () => {
      const d = await one(edit(full, '| CLARIFICATION: the issue\'s reporter uses zero to close a tenant temporarily |', '|  |'));
      assert.equal(d.rule, 'MP205');
      assert.equal(d.severity, 'warning');
      assert.match(d.message, /^This deviation gives no reason: write its category and why in the Reason column/);
    });

    it('a reason without its category (MP205, info), and a category the template does not know, named as such', async () => {
      const d = await one(edit(full, 'CLARIFICATION: the issue', 'the issue'));
      assert.equal(d.rule, 'MP205');
      assert.equal(d.severity, 'info');
      assert.match(d.message, /^This deviation's reason names no category: start it with one of CLARIFICATION, SIMPLIFICATION/);
      const u = await one(edit(full, 'CLARIFICATION: the issue', 'NO-OP: the issue'));
      assert.equal(u.rule, 'MP205');
      assert.equal(u.message, "This deviation's category NO-OP is not one of the template's: use CLARIFICATION, SIMPLIFICATION, CORRECTION, DEFERRAL, ADDITION, SCOPE_CHANGE.");
    });

    it('a log whose reasons all lack a category gets one finding for the table (MP205)', async () => {
      const text = edit(edit(full, 'CLARIFICATION: the issue', 'the issue'), '| Keep the public API | Keeps it | No deviation |', '| Keep the error text | Names the rate | readers asked for it |');
      const d = await one(text);
      assert.equal(d.rule, 'MP205');
      assert.match(d.message, /^None of the 2 deviation reasons names its category/);
    });

    it('a test strategy table leaving out a contract a task serves, naming the section as the plan writes it (MP204)', async () => {
      const d = await one(edit(full, '| BC-4 | Task 3 | Unit | TestReset_OpensWindow |\n', ''));
      assert.equal(d.rule, 'MP204');
      assert.equal(d.message, 'The test strategy table does not map BC-4: add a row naming the task and the test of each.');
      const none = await one(edit(full, /\| Contract \| Task \|[\s\S]*?\n\n- \*\*BC-3/, 'Every contract gets a unit test.\n\n- **BC-3'));
      assert.equal(none.rule, 'MP204');
      assert.match(none.message, /^H\. Test Strategy has no table mapping contracts to tasks and tests: add \| Contract \| Task \| Test Type \| Test Name \|/);
    });

    it('a contract without THEN (MP201) names the contract by its label, not its body', async () => {
      const d = await one(edit(full, '**NC-1: Positive rates behave as before**\n- GIVEN a limiter with a positive rate\n- WHEN requests arrive\n- THEN admissions are unchanged from the current release', '- **NC-1** (Positive rates behave as before): admissions stay as they are in the current release, GIVEN a positive rate'));
      assert.equal(d.rule, 'MP201');
      assert.match(d.message, /^NC-1 \(Positive rates behave as before\) has no WHEN and THEN clause/);
    });
  });

  describe('MP101/MP102 on older layouts', () => {
    it('reads `F. Implementation Summary` as section F and `Part 3J — Sanity Checklist` as J', async () => {
      const r = await check(full);
      assert.deepEqual(r.diagnostics.filter((d) => /^MP10[12]$/.test(d.rule)), []);
      // Under another name F is missing, and J under another title too: the rules still look.
      const renamed = await findings(edit(edit(full, '### F. Implementation Summary', '### F. Files to touch'), '## Part 3J — Sanity Checklist', '## Part 3 — Closing notes'));
      assert.ok(renamed.some((m) => /^MP101 error Section J\) Sanity Checklist is missing/.test(m)), renamed.join('\n'));
    });

    it('stays quiet on letters shifted by a section the plan inserts, and reports a single letter out of place', async () => {
      const inserted = edit(full.replace(/### ([B-E])\. /g, (_m, l: string) => `### ${String.fromCharCode(l.charCodeAt(0) + 1)}. `), '### C. Behavioral Contracts', '### B. Root Cause\n\nThe comparison runs after the count.\n\n### C. Behavioral Contracts');
      assert.deepEqual((await findings(inserted)).filter((m) => /^MP10[12]/.test(m)), []);
      const d = await one(edit(full, '### E. Review Guide', '### C. Review Guide'));
      assert.equal(d.rule, 'MP102');
    });
  });

  describe('MP005 where the empty range is meant', () => {
    it('is quiet on a comment the sentence deletes and an insertion point after a line, and reports them otherwise', async () => {
      assert.deepEqual(await findings(full), []);
      const d = await one(edit(full, 'Delete the stale comment at `limiter/limiter.go:11`.', 'The rate is checked at `limiter/limiter.go:11`.'));
      assert.equal(d.rule, 'MP005');
      const e = await one(edit(full, '`limiter/limiter.go:15` (add the zero check after the negative one)', '`limiter/limiter.go:15`, where the rate is read'));
      assert.equal(e.rule, 'MP005');
    });
  });
});
