import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDocument } from '../../server/src/core/engine';
import { defaultConfig } from '../../server/src/core/config';
import { FileWorkspace } from '../../server/src/core/workspace';
import { makeFixture, type Fixture } from '../helpers/fixture';
import { recordingFs } from '../helpers/recording-fs';
import { rules } from '../../server/src/core/rules';

const REPO = path.resolve(__dirname, '..', '..');
const SOURCE = path.join(REPO, 'test', 'fixtures', 'spec-kit');
const FEATURE = 'specs/004-burst-credits';
const CORPUS = path.resolve(REPO, '..', 'shared', 'corpus', 'spec-kit-002-tier-tenant-fairness');

/** Every file under a folder, relative with '/'. */
function filesUnder(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath ?? e.path, e.name)).split(path.sep).join('/'))
    .sort();
}

const original: Record<string, string> = Object.fromEntries(filesUnder(SOURCE).map((f) => [f, fs.readFileSync(path.join(SOURCE, f), 'utf8')]));
const docs = Object.keys(original).filter((f) => f.startsWith(FEATURE + '/') && f.endsWith('.md'));

interface Found {
  file: string;
  rule: string;
  line: number;
  severity?: string;
  message: string;
  profile?: string;
}

/** Checks every document of the feature folder as it is on disk now. */
async function checkFolder(fx: Fixture): Promise<Found[]> {
  const ws = new FileWorkspace({ root: fx.root });
  const out: Found[] = [];
  for (const file of docs) {
    const r = await checkDocument(ws, fx.read(file), { config: defaultConfig(), path: fx.path(file) });
    for (const d of r.diagnostics) out.push({ file, rule: d.rule, line: r.model.lines.positionAt(d.start).line + 1, message: d.message, profile: r.profile?.name, severity: d.severity });
  }
  return out;
}

describe('spec-kit feature folders', function () {
  this.timeout(30_000);
  let fx: Fixture;
  beforeEach(() => {
    fx = makeFixture(original);
  });
  afterEach(() => fx.remove());

  it('gives every document of a correct folder its profile and no finding', async () => {
    const ws = new FileWorkspace({ root: fx.root });
    const want: Record<string, string> = {
      'spec.md': 'spec-kit-spec', 'plan.md': 'spec-kit-plan', 'tasks.md': 'spec-kit-tasks', 'research.md': 'spec-kit-research',
      'data-model.md': 'spec-kit-data-model', 'quickstart.md': 'spec-kit-quickstart', 'contracts/limiter-api.md': 'spec-kit-contract',
      'checklists/requirements.md': 'spec-kit-checklist',
    };
    assert.deepEqual(docs.map((d) => d.slice(FEATURE.length + 1)).sort(), Object.keys(want).sort());
    for (const file of docs) {
      const r = await checkDocument(ws, fx.read(file), { config: defaultConfig(), path: fx.path(file) });
      assert.equal(r.profile?.name, want[file.slice(FEATURE.length + 1)], `${file}: ${r.choice.reason}`);
      assert.match(r.choice.reason, /feature folder/);
    }
    assert.deepEqual(await checkFolder(fx), []);
  });

  // Each mistake, planted alone, is reported once in the whole folder, by its rule, saying what to write.
  const plants: { name: string; file: string; from: string | RegExp; to: string; rule: string; at: string; says: RegExp; severity?: string }[] = [
    { name: 'a duplicate task id', file: 'tasks.md', from: '- [ ] T009 [US2]', to: '- [ ] T008 [US2]', rule: 'MP406', at: 'tasks.md', says: /T008 is already the id of the task on line \d+.*Give this task a free id, T014/ },
    { name: 'two [P] tasks on one file in a phase', file: 'tasks.md', from: 'for a zero credit limit in `limiter/bucket_test.go`', to: 'for a zero credit limit in `limiter/burst_test.go`', rule: 'MP408', at: 'tasks.md', says: /T003 and T004 are marked \[P\] in "Phase 3.*limiter\/burst_test\.go.*Drop \[P\] from T004/, severity: 'info' },
    { name: 'two [P] tasks on one source file in a phase', file: 'tasks.md', from: /`limiter\/burst_test\.go` \(new file\)(\n- \[ \] T004 .*?)`limiter\/bucket_test\.go`/, to: '`limiter/bucket.go`$1`limiter/bucket.go`', rule: 'MP408', at: 'tasks.md', says: /T003 and T004 are marked \[P\] in "Phase 3.*limiter\/bucket\.go.*Drop \[P\] from T004/, severity: 'warning' },
    { name: 'a story without tasks', file: 'spec.md', from: '### Edge Cases', to: '### User Story 4 - Expire unused credits (Priority: P3)\n\nCredits older than an hour lapse.\n\n**Acceptance Scenarios**:\n\n1. **Given** credits banked an hour ago, **When** a burst arrives, **Then** it is refused.\n\n### Edge Cases', rule: 'MP410', at: 'tasks.md', says: /User Story 4 \("Expire unused credits"\) of spec\.md has no task: add its phase, "## Phase N: User Story 4 - Expire unused credits \(Priority: P3\)", with tasks labelled \[US4\]/ },
    { name: 'a leftover [NEEDS CLARIFICATION]', file: 'spec.md', from: 'up to the configured limit.', to: 'up to [NEEDS CLARIFICATION: per caller or per tenant?].', rule: 'MP404', at: 'spec.md', says: /open question is left in the text \("per caller or per tenant\?"\): answer it .* replace the marker/ },
    { name: 'a [US9] no story defines', file: 'tasks.md', from: 'T010 [P] [US3]', to: 'T010 [P] [US9]', rule: 'MP409', at: 'tasks.md', says: /T010 is labelled \[US9\], but spec\.md defines User Stories 1-3: label it with the story it serves \(\[US1\], \[US2\], \[US3\]\)/ },
    { name: 'a modified path that does not exist', file: 'tasks.md', from: 'Update `cmd/limitd/main.go` to pass', to: 'Update `cmd/limitd/mian.go` to pass', rule: 'MP411', at: 'tasks.md', says: /T009 changes cmd\/limitd\/mian\.go, which does not exist and which no earlier task creates: correct the path \(cmd\/limitd\/main\.go\?\), or say the task creates it/ },
    { name: 'a missing required section', file: 'spec.md', from: /## Success Criteria[\s\S]*$/, to: '', rule: 'MP401', at: 'spec.md', says: /The "Success Criteria" section is missing: spec-template\.md requires it\. Add "## Success Criteria"/ },
    { name: 'a plan section missing', file: 'plan.md', from: '## Technical Context', to: '## Context', rule: 'MP401', at: 'plan.md', says: /"Technical Context" section is missing: plan-template\.md requires it/ },
    { name: 'a project structure path that does not exist', file: 'plan.md', from: '├── config.go          # BurstLimit', to: '├── configuration.go   # BurstLimit', rule: 'MP405', at: 'plan.md', says: /limiter\/configuration\.go is not in this workspace: correct the path, or mark it new/ },
    { name: 'a story without a priority', file: 'spec.md', from: '### User Story 2 - Configure the credit limit (Priority: P2)', to: '### User Story 2 - Configure the credit limit', rule: 'MP402', at: 'spec.md', says: /User Story 2 has no priority: end its heading with "\(Priority: P2\)"/ },
    { name: 'a scenario without When', file: 'spec.md', from: '**Given** a full bucket with no credits, **When** 3 requests arrive at one instant, **Then**', to: '**Given** a full bucket with no credits and 3 requests at one instant, **Then**', rule: 'MP402', at: 'spec.md', says: /Acceptance scenario 2 of User Story 1 has no When/ },
    { name: 'a duplicate requirement id', file: 'spec.md', from: '- **FR-004**', to: '- **FR-003**', rule: 'MP403', at: 'spec.md', says: /FR-003 is already defined on line \d+.*Number this one FR-004/ },
    { name: 'a task without a checkbox', file: 'tasks.md', from: '- [ ] T013 Run', to: '- T013 Run', rule: 'MP407', at: 'tasks.md', says: /it has no checkbox: write "- \[ \] T013 \.\.\."/ },
    { name: 'labels before the task id', file: 'tasks.md', from: '- [ ] T007 [P] [US2] Write', to: '- [ ] [P] [US2] T007 Write', rule: 'MP407', at: 'tasks.md', says: /its labels come before the id: write "- \[ \] T007 \[P\] \[US2\] \.\.\."/ },
    { name: 'a task id out of order', file: 'tasks.md', from: '- [ ] T008 [US2] Extend', to: '- [ ] T004a [US2] Extend', rule: 'MP406', at: 'tasks.md', says: /T004a comes after T007: tasks are numbered in the order they are written/ },
    { name: 'a checklist item without a checkbox', file: 'checklists/requirements.md', from: '- [x] CHK004 Every', to: '- CHK004 Every', rule: 'MP412', at: 'checklists/requirements.md', says: /has no checkbox: write it as "- \[ \] CHK004 Every requirement is testable"/ },
  ];

  for (const p of plants) {
    it(`reports ${p.name} once, by ${p.rule}, saying what to write instead`, async () => {
      const file = `${FEATURE}/${p.file}`;
      const text = fx.read(file);
      const planted = text.replace(p.from, p.to);
      assert.notEqual(planted, text, `the plant for ${p.name} changed nothing`);
      fx.write(file, planted);
      const found = await checkFolder(fx);
      assert.deepEqual(found.map((f) => `${f.file.slice(FEATURE.length + 1)} ${f.rule}`), [`${p.at} ${p.rule}`], JSON.stringify(found, null, 1));
      assert.match(found[0].message, p.says);
      if (p.severity) assert.equal(found[0].severity, p.severity);
    });
  }

  it('declares MP401-MP412 for spec-kit documents only', () => {
    const mine = rules.filter((r) => /^MP4\d\d$/.test(r.meta.id));
    assert.deepEqual(mine.map((r) => r.meta.id), ['MP401', 'MP402', 'MP403', 'MP404', 'MP405', 'MP406', 'MP407', 'MP408', 'MP409', 'MP410', 'MP411', 'MP412']);
    for (const r of mine) assert.ok(r.meta.kinds?.length && r.meta.kinds.every((k) => k.startsWith('spec-kit-')), r.meta.id);
    // No macro or micro rule runs on a spec-kit document.
    for (const r of rules.filter((x) => x.meta.scope === 'plan' && !/^MP4/.test(x.meta.id))) assert.ok(!(r.meta.kinds ?? ['macro']).some((k) => k.startsWith('spec-kit')), r.meta.id);
  });

  it('reads spec.md through the workspace and nothing outside it', async () => {
    const rec = recordingFs();
    const ws = new FileWorkspace({ root: fx.root, fs: rec });
    const tasks = `${FEATURE}/tasks.md`;
    const r = await checkDocument(ws, fx.read(tasks).replace('T010 [P] [US3]', 'T010 [P] [US9]'), { config: defaultConfig(), path: fx.path(tasks) });
    assert.deepEqual(r.diagnostics.map((d) => d.rule), ['MP409']);
    const read = rec.accesses.filter((a) => a.op === 'readFile').map((a) => a.path);
    assert.ok(read.includes(fx.path(`${FEATURE}/spec.md`)), 'spec.md was read through the FileSystem');
    assert.deepEqual(rec.opened().filter((p) => !p.startsWith(fx.root + path.sep)), []);
  });

  it('says nothing about stories when there is no spec.md, and nothing about paths of a tree that is not here', async () => {
    fx.write(`${FEATURE}/tasks.md`, fx.read(`${FEATURE}/tasks.md`).replace('T010 [P] [US3]', 'T010 [P] [US9]'));
    fs.rmSync(fx.path(`${FEATURE}/spec.md`));
    fs.rmSync(fx.path('limiter'), { recursive: true });
    fs.rmSync(fx.path('cmd'), { recursive: true });
    const ws = new FileWorkspace({ root: fx.root });
    for (const doc of ['tasks.md', 'plan.md']) {
      const file = `${FEATURE}/${doc}`;
      const r = await checkDocument(ws, fx.read(file), { config: defaultConfig(), path: fx.path(file) });
      assert.deepEqual(r.diagnostics.map((d) => `${d.rule} ${d.message}`), [], doc);
    }
  });

  it('reads the corpus feature folder with no finding of its own rules', async function () {
    if (!fs.existsSync(CORPUS)) {
      this.skip();
      return;
    }
    const corpus = makeFixture(Object.fromEntries(fs.readdirSync(CORPUS).map((f) => [`specs/002-tier-tenant-fairness/${f}`, fs.readFileSync(path.join(CORPUS, f), 'utf8')])));
    try {
      const ws = new FileWorkspace({ root: corpus.root });
      for (const f of fs.readdirSync(CORPUS)) {
        const rel = `specs/002-tier-tenant-fairness/${f}`;
        const r = await checkDocument(ws, corpus.read(rel), { config: defaultConfig(), path: corpus.path(rel) });
        assert.match(r.profile?.name ?? '', /^spec-kit-/, `${f}: ${r.choice.reason}`);
        assert.deepEqual(r.diagnostics.map((d) => `${d.rule} ${d.message}`), [], f);
      }
    } finally {
      corpus.remove();
    }
  });

  describe('what the rules leave alone', () => {
    const check = async (rel: string, text: string) => {
      fx.write(`${FEATURE}/${rel}`, text);
      const r = await checkDocument(new FileWorkspace({ root: fx.root }), text, { config: defaultConfig(), path: fx.path(`${FEATURE}/${rel}`) });
      return r.diagnostics.map((d) => `${d.rule} ${r.model.lines.positionAt(d.start).line + 1} ${d.message}`);
    };
    const spec = () => original[`${FEATURE}/spec.md`];
    const plan = () => original[`${FEATURE}/plan.md`];
    const tasks = () => original[`${FEATURE}/tasks.md`];

    it('a bullet starting with When is no scenario; scenarios written as prose count', async () => {
      const a = spec().replace('**Independent Test**: Request `/stats`', '- When the daemon restarts, credits start at zero.\n\n**Independent Test**: Request `/stats`');
      assert.deepEqual(await check('spec.md', a), []);
      const b = spec().replace(/\*\*Acceptance Scenarios\*\*:\n\n1\. \*\*Given\*\* a caller idle[^\n]*/, 'Given a caller idle for 3 seconds, when the operator requests `/stats`, then its credits are reported.');
      assert.notEqual(b, spec());
      assert.deepEqual(await check('spec.md', b), []);
    });

    it('text about the marker is no marker; a Technical Context field left at it is one', async () => {
      const a = spec().replace('## Requirements *(mandatory)*', 'No [NEEDS CLARIFICATION] markers remain; `[NEEDS CLARIFICATION: x]` is the marker.\n\n## Requirements *(mandatory)*');
      assert.deepEqual(await check('spec.md', a), []);
      const b = plan().replace('**Testing**: `go test ./...`, table-driven', '**Testing**: NEEDS CLARIFICATION').replace('## Summary', '**No unresolved NEEDS CLARIFICATION.**\n\n## Summary');
      assert.deepEqual((await check('plan.md', b)).map((x) => x.split(' ').slice(0, 2).join(' ')), [`MP404 ${b.split('\n').findIndex((l) => l.startsWith('**Testing**')) + 1}`]);
    });

    it('a numbered list of task ids is a plan of work, and [P] tasks of different phases may share a file', async () => {
      const a = tasks().replace('## Notes', '## Implementation Strategy\n\n1. T001 - the field\n2. T003 + T004 - tests red\n\n## Notes').replace('- [ ] T012 [P] Write the operator guide in `docs/burst-credits.md`', '- [ ] T012 [P] Extend `Config.Validate` comments in `limiter/config.go`');
      assert.deepEqual(await check('tasks.md', a), []);
    });

    it('a file an earlier task names may be changed later; a ticked task is done; a missing folder is another tree', async () => {
      const a = tasks()
        .replace('- [ ] T012 [P] Write the operator guide in `docs/burst-credits.md` (new file)', '- [ ] T012 [P] Implement the guide renderer in `limiter/guide.go`\n- [ ] T012a Update `limiter/guide.go` to link the stats page')
        .replace('- [ ] T013 Run', '- [x] T013 Update `limiter/gone.go` and run');
      assert.deepEqual(await check('tasks.md', a), []);
      assert.deepEqual(await check('tasks.md', tasks().replace('Update `cmd/limitd/main.go` to pass', 'Update `server/limitd/main.go` to pass')), []);
    });

    it('the plan\'s documentation tree and a tree of another checkout are not checked', async () => {
      const other = plan().replace(/```text\nlimiter\/[\s\S]*?```/, '```text\nsrc/\n├── models/\n└── services/\n```');
      assert.notEqual(other, plan());
      assert.deepEqual(await check('plan.md', other), []);
      // A tree introduced as new files needs no "new" on each line; one introduced as modified does.
      const added = plan().replace('**Structure Decision**', '**New files in `limiter/`:**\n\n```text\nlimiter/\n├── credits.go\n└── credits_test.go\n```\n\n**Structure Decision**');
      assert.deepEqual(await check('plan.md', added), []);
      const changed = added.replace('**New files in `limiter/`:**', '**Modified files:**');
      assert.deepEqual((await check('plan.md', changed)).map((x) => x.split(' ')[0]), ['MP405', 'MP405']);
    });

    it('an id like T002-VERIFY is reported with the sub-id to write', async () => {
      const found = await check('tasks.md', tasks().replace('- [ ] T013 Run', '- [ ] T012-VERIFY Run'));
      assert.equal(found.length, 1);
      assert.match(found[0], /^MP407 \d+ .*T012-VERIFY is not a task id of the form T### \(a sub-id adds a letter\): write "- \[ \] T012a \.\.\."/);
    });
  });
});

