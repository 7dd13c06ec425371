/** Find references for the ids of a spec-kit feature folder, and for BC / INV / PR within one plan. */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { buildModel } from '../../server/src/core/model';
import { FileWorkspace } from '../../server/src/core/workspace';
import { planReferences, specKitIdAt, specKitReferences } from '../../server/src/core/queries';
import { resolveProfile } from '../../server/src/core/plan/profile';
import { planStructure } from '../../server/src/core/plan/structure';
import { makeFixture, type Fixture } from '../helpers/fixture';
import { recordingFs } from '../helpers/recording-fs';

const FEATURE = 'specs/007-quota';

const SPEC = [
  '# Feature Specification: Quota',
  '',
  '## User Scenarios & Testing',
  '',
  '### User Story 1 - Cap a tenant (Priority: P1)',
  '',
  '1. **Given** a cap, **When** a tenant exceeds it, **Then** the request is refused.',
  '',
  '<!-- User Story 1 is the MVP: this comment is guidance, not a mention. -->',
  '',
  '## Requirements',
  '',
  '- **FR-001**: The limiter MUST refuse a request over the cap (US1).',
  '- **FR-002**: The cap MUST be configurable.',
  '',
].join('\n');

const TASKS = [
  '# Tasks: Quota',
  '',
  '## Phase 3: User Story 1 - Cap a tenant',
  '',
  '- [ ] T001 [US1] Add the cap check for FR-001 in limiter/cap.go',
  '- [ ] T002 [US1] Test T001 in limiter/cap_test.go',
  '',
  '```bash',
  'go test ./limiter -run Cap   # US1, T001',
  '```',
  '',
].join('\n');

const PLAN = ['# Implementation Plan: Quota', '', 'FR-001 drives the design; US1 first.', ''].join('\n');
const CHECKLIST = ['# Requirements Checklist: Quota', '', '- [ ] CHK001 Is FR-001 measurable? [Spec §FR-001]', ''].join('\n');
const CONTRACT = ['# Contract: cap', '', 'Refusal follows FR-001 (User Story 1).', ''].join('\n');
// Another feature folder numbers its requirements from 001 too: none of them is this folder's.
const OTHER = ['# Feature Specification: Other', '', '- **FR-001**: Something else.', ''].join('\n');

describe('spec-kit folder references', () => {
  let fx: Fixture;
  beforeEach(() => {
    fx = makeFixture({
      [`${FEATURE}/spec.md`]: SPEC,
      [`${FEATURE}/tasks.md`]: TASKS,
      [`${FEATURE}/plan.md`]: PLAN,
      [`${FEATURE}/checklists/requirements.md`]: CHECKLIST,
      [`${FEATURE}/contracts/cap.md`]: CONTRACT,
      'specs/008-other/spec.md': OTHER,
    });
  });
  afterEach(() => fx.remove());

  const rel = (abs: string) => path.relative(fx.root, abs).split(path.sep).join('/');
  const at = (text: string, needle: string, delta = 1) => {
    const i = text.indexOf(needle);
    assert.ok(i >= 0, needle);
    return i + delta;
  };
  const show = (r: Awaited<ReturnType<typeof specKitReferences>>) =>
    r!.occurrences.map((o) => `${rel(o.abs)}:${o.range.start.line}:${o.range.start.character}-${o.range.end.line}:${o.range.end.character}${o.definition ? ' def' : ''}`);

  it('lists FR-001 across the folder from a checklist, one folder down, with the definition in spec.md', async () => {
    const rec = recordingFs();
    const ws = new FileWorkspace({ root: fx.root, fs: rec });
    const refs = await specKitReferences(ws, fx.path(`${FEATURE}/checklists/requirements.md`), buildModel(CHECKLIST), at(CHECKLIST, 'FR-001'));
    assert.equal(refs?.id, 'FR-001');
    assert.deepEqual(show(refs), [
      `${FEATURE}/checklists/requirements.md:2:16-2:22`,
      `${FEATURE}/checklists/requirements.md:2:42-2:48`,
      `${FEATURE}/contracts/cap.md:2:16-2:22`,
      `${FEATURE}/plan.md:2:0-2:6`,
      `${FEATURE}/spec.md:12:4-12:10 def`,
      `${FEATURE}/tasks.md:4:39-4:45`,
    ]);
    // The folder is read through the workspace, and nothing of the other feature is opened.
    assert.ok(rec.opened().some((p) => p.endsWith(path.join(FEATURE, 'spec.md'))));
    assert.ok(!rec.opened().some((p) => p.includes('008-other')));
  });

  it('takes US1 and User Story 1 as one story, and leaves out comments and code blocks', async () => {
    const ws = new FileWorkspace({ root: fx.root });
    const refs = await specKitReferences(ws, fx.path(`${FEATURE}/tasks.md`), buildModel(TASKS), at(TASKS, '[US1] Test', 2));
    assert.equal(refs?.id, 'US1');
    assert.deepEqual(show(refs), [
      `${FEATURE}/contracts/cap.md:2:24-2:36`,
      `${FEATURE}/plan.md:2:26-2:29`,
      `${FEATURE}/spec.md:4:4-4:16 def`,
      `${FEATURE}/spec.md:12:62-12:65`,
      `${FEATURE}/tasks.md:2:12-2:24`,
      `${FEATURE}/tasks.md:4:12-4:15`,
      `${FEATURE}/tasks.md:5:12-5:15`,
    ]);
  });

  it('finds a task from its definition, with the text the editor holds for an open document', async () => {
    const ws = new FileWorkspace({ root: fx.root });
    const edited = PLAN.replace('US1 first.', 'US1 first, T001 before T002.');
    const open = (abs: string) => (abs === fx.path(`${FEATURE}/plan.md`) ? buildModel(edited) : undefined);
    const refs = await specKitReferences(ws, fx.path(`${FEATURE}/tasks.md`), buildModel(TASKS), at(TASKS, 'T001'), open);
    assert.equal(refs?.id, 'T001');
    assert.deepEqual(show(refs), [`${FEATURE}/plan.md:2:37-2:41`, `${FEATURE}/tasks.md:4:6-4:10 def`, `${FEATURE}/tasks.md:5:22-5:26`]);
  });

  it('gives hover and definition from contracts/ the definition in the folder\'s spec.md', async () => {
    const ws = new FileWorkspace({ root: fx.root });
    const id = await specKitIdAt(ws, fx.path(`${FEATURE}/contracts/cap.md`), buildModel(CONTRACT), at(CONTRACT, 'User Story 1'));
    assert.deepEqual(id?.def && { file: rel(id.def.abs), line: id.def.line, text: id.def.text }, { file: `${FEATURE}/spec.md`, line: 4, text: '### User Story 1 - Cap a tenant (Priority: P1)' });
  });

  it('answers nothing off an id', async () => {
    const ws = new FileWorkspace({ root: fx.root });
    assert.equal(await specKitReferences(ws, fx.path(`${FEATURE}/plan.md`), buildModel(PLAN), at(PLAN, 'drives')), undefined);
  });
});

describe('plan references', () => {
  const PLAN_TEXT = [
    '# Macro Plan',
    '',
    '## PR 1: Parser',
    '',
    '- BC-1: The parser accepts empty input.',
    '- INV-1: Nothing is lost.',
    '',
    'BC-1 is tested in PR 1; INV-1 holds.',
    '',
    '## PR 2: Writer (depends on PR 1)',
    '',
    '- BC-1: The writer flushes.',
    '',
    'BC-1 of PR 2 needs a temp dir.',
    '',
  ].join('\n');

  it('keeps a PR card\'s BC-1 apart from another card\'s, and lists INV and PR mentions', () => {
    const model = buildModel(PLAN_TEXT);
    const plan = planStructure(model, resolveProfile('prompt').profile);
    const show = (offset: number) => {
      const r = planReferences(model, plan, offset)!;
      return r.spans.map((s) => `${model.lines.positionAt(s.start).line}:${model.lines.positionAt(s.start).character}-${model.lines.positionAt(s.end).character}${s.definition ? ' def' : ''}`);
    };
    assert.deepEqual(show(PLAN_TEXT.indexOf('BC-1 is') + 1), ['4:2-6 def', '7:0-4']);
    assert.deepEqual(show(PLAN_TEXT.lastIndexOf('BC-1') + 1), ['11:2-6 def', '13:0-4']);
    assert.deepEqual(show(PLAN_TEXT.indexOf('INV-1') + 1), ['5:2-7 def', '7:24-29']);
    assert.deepEqual(show(PLAN_TEXT.indexOf('PR 1;') + 1), ['2:3-7 def', '7:18-22', '9:28-32']);
  });
});
