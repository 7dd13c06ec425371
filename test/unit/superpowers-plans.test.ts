import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FileWorkspace, type Workspace } from '../../server/src/core/workspace';
import { checkDocument } from '../../server/src/core/engine';
import { defaultConfig } from '../../server/src/core/config';
import { chooseFixes } from '../../server/src/core/fixes';
import { makeFixture, type Fixture } from '../helpers/fixture';
import { GO_MODULE, PYTHON_PACKAGE, TS_MODULE } from '../fixtures/superpowers/workspace';

/**
 * Superpowers plans written the way an agent following the writing-plans skill writes them, against
 * a real Go module, Python package and TypeScript module (issue 19): the correct plans draw no
 * finding; each mistake planted in them is reported once, by its rule, saying what to write.
 */
const dir = path.join(__dirname, '..', 'fixtures', 'plans', 'superpowers');
const GO = '2026-12-01-reservation-holds.md';
const PY = '2026-12-02-median-statistic.md';
const TS = '2026-12-03-human-readable-sizes.md';
const plans: Record<string, string> = Object.fromEntries([GO, PY, TS].map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));

function edit(text: string, from: string, to: string): string {
  assert.ok(text.includes(from), `fixture lacks ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

/** What to write instead: every message names it. */
const ADVISES = /\b(?:write|use|name|list|add|put|repeat|show|choose|say|start)\b/i;

describe('superpowers plans (issue 19)', () => {
  let fx: Fixture;
  let ws: Workspace;
  before(() => {
    fx = makeFixture({ ...GO_MODULE, ...PYTHON_PACKAGE, ...TS_MODULE, 'README.md': '# shelf\n\n## Usage\n\nSee the package docs.\n' });
    ws = new FileWorkspace({ root: fx.root });
  });
  after(() => fx.remove());

  const check = (file: string, text: string) => checkDocument(ws, text, { config: defaultConfig(), path: fx.path(`docs/superpowers/plans/${file}`) });

  for (const file of [GO, PY, TS]) {
    it(`${file}: the superpowers profile, and no finding on the plan as written`, async () => {
      const r = await check(file, plans[file]);
      assert.equal(r.profile?.name, 'superpowers', r.choice.reason);
      assert.deepEqual(r.diagnostics.map((d) => `${d.rule} ${d.message}`), []);
      // Not by its path alone: the same plan elsewhere is one too.
      const elsewhere = await checkDocument(ws, plans[file], { config: defaultConfig(), path: fx.path('notes/plan.md') });
      assert.equal(elsewhere.profile?.name, 'superpowers', elsewhere.choice.reason);
      assert.deepEqual(elsewhere.diagnostics, []);
    });
  }

  const planted: { what: string; file: string; from: string; to: string; rule: string; says?: RegExp; severity?: string }[] = [
    { what: 'a header without Tech Stack', file: GO, from: '**Tech Stack:** Go 1.22, standard library only (`sync`, `time`, `errors`), `go test`.\n', to: '', rule: 'MP501', says: /\*\*Tech Stack:\*\*/ },
    { what: 'a header without the line for agentic workers', file: PY, from: /> \*\*For agentic workers:\*\*[^\n]*\n\n/.exec(plans[PY])![0], to: '', rule: 'MP501', says: /For agentic workers/ },
    { what: 'a task without Files', file: GO, from: '**Files:**\n- Modify: `inventory/hold.go`\n- Test: `inventory/hold_test.go`\n\n', to: '', rule: 'MP502', says: /Task 2 has no \*\*Files:\*\*/ },
    { what: 'a step that is no checkbox', file: PY, from: '- [ ] **Step 1: Write the failing test**', to: '**Step 1: Write the failing test**', rule: 'MP503', says: /Step 1 of Task 2/ },
    { what: 'a step changing code with no code block', file: TS, from: /(- \[ \] \*\*Step 1: Write the failing test\*\*\n\n)```typescript[\s\S]*?```\n/.exec(plans[TS])![0], to: "- [ ] **Step 1: Write the failing test**\n\nWrite a table test of `formatDuration` over 900, 5000, 125000 and 3725000 ms.\n", rule: 'MP504', says: /changes code but shows none/ },
    { what: 'a run without Expected', file: GO, from: 'Expected: FAIL with "s.Reserve undefined (type *Store has no field or method Reserve)"\n', to: '', rule: 'MP505', says: /go test \.\/inventory\/ -run TestReserve -v/ },
    { what: 'a run step with no command', file: TS, from: 'Run: `npx vitest run`\nExpected: PASS (6 tests)\n', to: 'Run the whole suite and check it passes.\n', rule: 'MP505', says: /names no command/ },
    { what: 'a placeholder in the header', file: PY, from: '**Tech Stack:** Python 3.10+, the standard library\'s `statistics` module, pytest.', to: '**Tech Stack:** TBD', rule: 'MP506', says: /"TBD"/ },
    { what: '"Similar to Task N" instead of the commit', file: GO, from: '```bash\ngit add inventory/hold.go inventory/hold_test.go\ngit commit -m "feat(inventory): release expired holds"\n```\n', to: 'Similar to Task 1.\n', rule: 'MP506', says: /repeat the code/ },
    { what: 'a TODO standing in for the code', file: PY, from: '    if not values:\n        raise ValueError("median of an empty column")\n    return float(_median(values))\n', to: '    # TODO: compute the median\n    pass\n', rule: 'MP506', says: /"TODO"/ },
    { what: 'vague error handling in a step without code', file: GO, from: '- [ ] **Step 5: Commit**\n\n```bash\ngit add inventory/hold.go inventory/hold_test.go\n', to: '- [ ] **Step 5: Harden it**\n\nAdd appropriate error handling.\n\n- [ ] **Step 6: Commit**\n\n```bash\ngit add inventory/hold.go inventory/hold_test.go\n', rule: 'MP506', says: /each error/ },
    { what: 'a method the test calls that no task defines (via NewStore)', file: GO, from: 's.ReleaseExpired(start.Add(11 * time.Minute))', to: 's.ReleaseExpiredHolds(start.Add(11 * time.Minute))', rule: 'MP507', says: /ReleaseExpiredHolds.*Did you mean `ReleaseExpired` \(defined in Task 2\)/ },
    { what: 'a method called on the receiver under another name', file: GO, from: 'if onHand-s.heldUnits(sku) < n {', to: 'if onHand-s.unitsHeld(sku) < n {', rule: 'MP507', says: /s\.unitsHeld.*Did you mean `heldUnits` \(defined in Task 1\)/ },
    { what: 'a type no task declares', file: GO, from: '\tholds    []Hold\n', to: '\tholds    []Holding\n', rule: 'MP507', says: /Type `Holding`.*Did you mean `Hold`/ },
    { what: 'a Python function imported from the workspace\'s module that no task defines', file: PY, from: 'from csvstat.stats import median\n', to: 'from csvstat.stats import median_of\n', rule: 'MP507', says: /`median_of` is imported from csvstat\.stats.*Did you mean `median` \(defined in Task 1\)/ },
    { what: 'a Modify path that does not exist', file: GO, from: '- Modify: `inventory/hold.go`', to: '- Modify: `inventory/holds.go`', rule: 'MP508', says: /inventory\/holds\.go` does not exist/ },
    { what: 'a Modify path that does not exist (Python)', file: PY, from: '- Modify: `csvstat/stats.py`', to: '- Modify: `csvstat/stat.py`', rule: 'MP508' },
    { what: 'a Create path that exists in an unticked task', file: PY, from: '- Modify: `csvstat/stats.py`', to: '- Create: `csvstat/stats.py`', rule: 'MP509', severity: 'info' },
    { what: 'a Create path that exists once its task is unticked', file: TS, from: plans[TS].slice(plans[TS].indexOf('### Task 1'), plans[TS].indexOf('### Task 2')), to: plans[TS].slice(plans[TS].indexOf('### Task 1'), plans[TS].indexOf('### Task 2')).replace(/- \[x\]/g, '- [ ]'), rule: 'MP509', severity: 'info', says: /web\/src\/format\.ts` already exists/ },
  ];
  for (const p of planted) {
    it(`${p.file.slice(11, -3)}: ${p.what} is reported once, by ${p.rule}`, async () => {
      const r = await check(p.file, edit(plans[p.file], p.from, p.to));
      assert.equal(r.profile?.name, 'superpowers', r.choice.reason);
      assert.deepEqual(r.diagnostics.map((d) => d.rule), [p.rule], r.diagnostics.map((d) => `${d.rule} ${d.message}`).join('\n'));
      const d = r.diagnostics[0];
      assert.match(d.message, ADVISES);
      if (p.says) assert.match(d.message, p.says);
      assert.equal(d.severity, p.severity ?? (p.rule === 'MP508' ? 'error' : 'warning'));
    });
  }

  it('a plan in the skill\'s older form (For Claude line, bold steps without boxes) draws one MP503, whose fix boxes every step', async () => {
    let text = edit(plans[GO], /> \*\*For agentic workers:\*\*[^\n]*/.exec(plans[GO])![0], '> **For Claude:** REQUIRED SUB-SKILL: Use superpowers:executing-plans to implement this plan task-by-task.');
    text = text.replace(/^- \[ \] \*\*Step/gm, '**Step');
    const r = await check(GO, text);
    assert.equal(r.profile?.name, 'superpowers');
    assert.deepEqual(r.diagnostics.map((d) => d.rule), ['MP503'], r.diagnostics.map((d) => d.message).join('\n'));
    assert.match(r.diagnostics[0].message, /None of the plan's 12 steps is a checkbox/);
    const chosen = chooseFixes(r.diagnostics);
    let fixed = text;
    for (const e of [...chosen.edits].sort((a, b) => b.start - a.start)) fixed = fixed.slice(0, e.start) + e.newText + fixed.slice(e.end);
    assert.equal((fixed.match(/^- \[ \] \*\*Step \d+:/gm) ?? []).length, 12);
    assert.deepEqual((await check(GO, fixed)).diagnostics, []);
  });

  it('MP506 and MP507 leave legitimate Go alone: a TODO naming an issue or in a string, fragments, promoted and library members', async () => {
    const extra = [
      '- [ ] **Step 6: Add the audit wrapper**',
      '',
      '```go',
      '// auditedStore records every receipt; Receive and Available come from the embedded Store.',
      'type auditedStore struct {',
      '	*Store',
      '	log []string',
      '}',
      '',
      'func (a *auditedStore) receive(sku string, n int) {',
      '	// TODO(#42): drop the log once receipts go to the event bus.',
      '	a.Receive(sku, n)',
      '	var b strings.Builder',
      '	b.WriteString(sku)',
      '	a.log = append(a.log, b.String())',
      '}',
      '',
      'func flagged(line string) bool {',
      '	return strings.Contains(line, "TODO")',
      '}',
      '```',
      '',
      'In `Available`, the return becomes:',
      '',
      '```go',
      '	return n - s.heldUnits(sku), nil',
      '```',
      '',
      'and the test checks it with:',
      '',
      '```go',
      'require.NoError(t, err)',
      'assert.Equal(t, 3, got)',
      '```',
      '',
    ].join('\n');
    const text = edit(plans[GO], '### Task 3: Document holds', `${extra}\n### Task 3: Document holds`);
    const r = await check(GO, text);
    assert.deepEqual(r.diagnostics.map((d) => `${d.rule} ${d.message}`), []);
    // A misspelt method: through the embedding it may come from anywhere; without it, no task defines it.
    const typo = text.replace('\ta.Receive(sku, n)', '\ta.Recieve(sku, n)');
    assert.deepEqual((await check(GO, typo)).diagnostics, []);
    const closed = await check(GO, typo.replace('\t*Store\n', '\tstore *Store\n'));
    assert.deepEqual(closed.diagnostics.map((d) => d.rule), ['MP507']);
    assert.match(closed.diagnostics[0].message, /`a\.Recieve` is used here \(a is a auditedStore\)/);
  });

  it('an Expected written as a comment in the run\'s command block counts (MP505)', async () => {
    const text = edit(plans[GO], 'Run: `go test ./inventory/ -run TestReserve -v`\nExpected: FAIL with "s.Reserve undefined (type *Store has no field or method Reserve)"\n', 'Run:\n\n```bash\ngo test ./inventory/ -run TestReserve -v\n# Expected: FAIL, s.Reserve undefined\n```\n');
    assert.deepEqual((await check(GO, text)).diagnostics, []);
  });

  it('MP507 leaves Python imports it cannot judge alone: the standard library, a submodule, a name the module has', async () => {
    const text = edit(plans[PY], 'from csvstat.stats import median\n', 'from statistics import fmean\nfrom csvstat import stats\nfrom csvstat.stats import mean, median\nfrom csvstat.cli import read_column\n');
    assert.deepEqual((await check(PY, text)).diagnostics, []);
  });

  it('a verification task whose Files say it touches none draws no MP502; an empty Files label does', async () => {
    const task = '### Task 4: Final check\n\n**Files:**\n- None: verification only\n\n- [ ] **Step 1: Run the whole suite**\n\nRun: `go test ./...`\nExpected: PASS\n';
    assert.deepEqual((await check(GO, plans[GO] + '\n' + task)).diagnostics, []);
    const empty = await check(GO, plans[GO] + '\n' + task.replace('- None: verification only\n', ''));
    assert.deepEqual(empty.diagnostics.map((d) => d.rule), ['MP502']);
    assert.match(empty.diagnostics[0].message, /The \*\*Files:\*\* list of Task 4 names no file/);
  });

  it('a micro plan that borrows the skill\'s header and steps stays a micro plan', async () => {
    const contracts = '\n## Behavioral Contracts\n\n**BC-1: A hold reduces availability**\n- GIVEN 5 mugs on hand\n- WHEN 2 are reserved\n- THEN 3 are available\n\n## Tasks\n\n';
    const text = edit(plans[GO], '\n---\n\n', contracts).replace('### Task 1: Holds reduce what is available', '### Task 1: Holds reduce what is available (BC-1)') + '\n## Sanity Checklist\n\n- [ ] Every contract has a test.\n';
    const r = await check(GO, text);
    assert.equal(r.profile?.kind, 'micro', r.choice.reason);
    assert.ok(!r.diagnostics.some((d) => d.rule.startsWith('MP5')));
  });

  it('the writing-plans skill itself is no plan', async function () {
    const skill = path.resolve(__dirname, '..', '..', '..', 'shared', 'reference', 'superpowers', 'writing-plans-SKILL.md');
    if (!fs.existsSync(skill)) this.skip();
    const r = await checkDocument(ws, fs.readFileSync(skill, 'utf8'), { config: defaultConfig(), path: fx.path('skills/writing-plans/SKILL.md') });
    assert.equal(r.profile, undefined, r.choice.reason);
    assert.equal(r.choice.notPlan, 'template');
  });

  it('the shipped profile is valid against the profile schema (with ajv when installed)', function () {
    let Ajv: new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown } };
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      Ajv = require('ajv');
    } catch {
      this.skip();
      return;
    }
    const read = (f: string) => JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', f), 'utf8'));
    const validate = new Ajv({ strict: false, allErrors: true }).compile(read('schemas/profile.schema.json'));
    assert.ok(validate(read('server/src/core/profiles/superpowers.json')), JSON.stringify(validate.errors));
    assert.equal(validate({ ...read('server/src/core/profiles/superpowers.json'), kind: 'plan' }), false);
  });

  it('MP503 gives a bold step its checkbox with --fix, keeping the words', async () => {
    const text = edit(plans[PY], '- [ ] **Step 3: Add the option**', '**Step 3: Add the option**');
    const r = await check(PY, text);
    const chosen = chooseFixes(r.diagnostics);
    assert.equal(chosen.applied, 1);
    let fixed = text;
    for (const e of [...chosen.edits].sort((a, b) => b.start - a.start)) fixed = fixed.slice(0, e.start) + e.newText + fixed.slice(e.end);
    assert.equal(fixed, plans[PY]);
  });
});
