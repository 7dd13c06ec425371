/** MP120 on micro and macro plans: what defines an id and what only refers to it (issue 12, item 4). */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDocument } from '../../server/src/core/engine';
import { defaultConfig } from '../../server/src/core/config';
import { FileWorkspace, type Workspace } from '../../server/src/core/workspace';
import { applyEdits, applyFixes } from '../../server/src/core/fixes';
import { makeFixture, type Fixture } from '../helpers/fixture';

const micro = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'plans', 'micro', 'discount-cap-micro-plan.md'), 'utf8');

function edit(text: string, from: string, to: string): string {
  assert.ok(text.includes(from), `fixture lacks ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

describe('MP120 contract ids', () => {
  let fx: Fixture;
  let ws: Workspace;
  const planPath = () => fx.path('docs/plans/discount-cap-micro-plan.md');
  const mp120 = async (text: string, ws2 = ws) => (await checkDocument(ws2, text, { config: defaultConfig(), path: planPath() })).diagnostics.filter((d) => d.rule === 'MP120');
  before(() => {
    fx = makeFixture({ 'go.mod': 'module shop\n', 'shop/cart.go': 'package shop\n' });
    ws = new FileWorkspace({ root: fx.root });
  });
  after(() => fx.remove());

  it('reads Test Strategy rows and task headings as references, not definitions', async () => {
    assert.deepEqual((await mp120(micro)).map((d) => d.message), []);
  });

  it('still reports a Test Strategy row or a task heading naming a contract nobody defined', async () => {
    const text = edit(micro, '| BC-3 | Task 2 | Failure |', '| BC-4 | Task 2 | Failure |');
    const ds = await mp120(edit(text, '#### Task 2: Refuse a cap out of range (BC-3)', '#### Task 2: Refuse a cap out of range (BC-3, BC-4)'));
    assert.deepEqual(ds.map((d) => d.message.slice(0, 40)), ['BC-4 is referenced (2 mentions) but no b']);
  });

  it('still reports a contract defined twice in the contracts section', async () => {
    const ds = await mp120(edit(micro, '**BC-2: Carts under the cap are unchanged**', '**BC-1: Carts under the cap are unchanged**'));
    assert.deepEqual(ds.map((d) => d.message.slice(0, 26)), ['BC-1 is defined twice in t', 'BC-2 is referenced (3 ment']);
  });

  it('gives a line defining several contracts one finding, and a suggestion (never a fix) that splits it', async () => {
    const text = 'x\n\n- BC-1: totals are capped. BC-2: small carts unchanged; **BC-3:** bad caps refused\n- BC-4: one\n\nSee BC-2 and BC-3.\n';
    const ws2 = new FileWorkspace({ root: fx.root });
    const r = await checkDocument(ws2, text, { config: { ...defaultConfig(), files: ['**/*.md'] }, path: planPath() });
    const ds = r.diagnostics.filter((d) => d.rule === 'MP120');
    assert.deepEqual(ds.map((d) => d.message), ['This line defines 3 contracts (BC-1, BC-2 and BC-3). Give each its own line, so each has its own text and can be referenced on its own.']);
    // Splitting adds lines of prose: the author's choice in the editor, never `--fix`'s.
    assert.equal(applyFixes(text, ds).applied, 0);
    assert.equal(ds[0].fix, undefined);
    const fixed = applyEdits(text, ds[0].suggestions![0].edits);
    assert.equal(fixed, 'x\n\n- BC-1: totals are capped.\n- BC-2: small carts unchanged\n- **BC-3:** bad caps refused\n- BC-4: one\n\nSee BC-2 and BC-3.\n');
    const again = await checkDocument(ws2, fixed, { config: { ...defaultConfig(), files: ['**/*.md'] }, path: planPath() });
    assert.deepEqual(again.diagnostics.filter((d) => d.rule === 'MP120'), []);
  });

  it('splits a line whose definitions are joined by dashes without leaving a dash at the end of a line', async () => {
    const text = 'x\n\n- BC-1: totals are capped - BC-2: small carts unchanged — BC-3: bad caps refused\n\nSee BC-2 and BC-3.\n';
    const r = await checkDocument(new FileWorkspace({ root: fx.root }), text, { config: { ...defaultConfig(), files: ['**/*.md'] }, path: planPath() });
    const [d] = r.diagnostics.filter((x) => x.rule === 'MP120');
    assert.equal(applyEdits(text, d.suggestions![0].edits), 'x\n\n- BC-1: totals are capped\n- BC-2: small carts unchanged\n- BC-3: bad caps refused\n\nSee BC-2 and BC-3.\n');
  });

  it('keeps an invariant table as a definition when nothing else defines the invariant', async () => {
    const text = edit(micro, '## Part 2', '| ID | Invariant |\n|---|---|\n| INV-7 | the total never goes below zero |\n\nBC-1 keeps INV-7 and INV-9.\n\n## Part 2');
    assert.deepEqual((await mp120(text)).map((d) => d.message.slice(0, 30)), ['INV-9 is referenced but no inv']);
  });

  it('counts ids the project defines in its standards documents; an INV it defines nowhere is reported', async () => {
    const proj = makeFixture({
      'shop/cart.go': 'package shop\n',
      'docs/contributing/standards/invariants.md': '# Invariants\n\n## INV-4: Blocks are conserved\n\n- **INV-6** Determinism\n',
      'docs/notes/other.md': '## INV-9: not a standards document\n',
    });
    const pws = new FileWorkspace({ root: proj.root });
    const text = edit(micro, 'Scrutinize BC-1.', 'Scrutinize BC-1, INV-4 and INV-6, and INV-9.');
    const ds = (await checkDocument(pws, text, { config: defaultConfig(), path: proj.path('docs/plans/discount-cap-micro-plan.md') })).diagnostics.filter((d) => d.rule === 'MP120');
    assert.deepEqual(ds.map((d) => d.message), ["INV-9 is referenced but the invariant INV-9 is defined neither in this plan nor in the project's id sources (docs/contributing/standards/invariants.md). Define it (`- INV-9: ...` under System Invariants), or point to the document that does (\"as defined in the design doc\")."]);
    // Where to look is a setting.
    const config = { ...defaultConfig(), idSources: ['docs/notes/*.md'] };
    const ds2 = (await checkDocument(pws, text, { config, path: proj.path('docs/plans/discount-cap-micro-plan.md') })).diagnostics.filter((d) => d.rule === 'MP120');
    assert.deepEqual(ds2.map((d) => d.message.slice(0, 5)), ['INV-4', 'INV-6']);
  });

  it('leaves a plan’s INV references alone when the plan defines none and the project has no id source', async () => {
    const text = edit(micro, 'Scrutinize BC-1.', 'Scrutinize BC-1 and INV-12.');
    assert.deepEqual((await mp120(text)).map((d) => d.message), []);
  });
});
