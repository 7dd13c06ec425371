import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FileWorkspace, type Workspace } from '../../server/src/core/workspace';
import { checkDocument, type CheckResult } from '../../server/src/core/engine';
import { defaultConfig } from '../../server/src/core/config';
import { rules } from '../../server/src/core/rules';
import { makeFixture, type Fixture } from '../helpers/fixture';

/**
 * Design documents written from design-guidelines.md, one per species, against the Go module in
 * test/fixtures/design (issue 19): each correct one gets the design profile and no finding; each
 * mistake planted once is reported once, by its rule, saying what to write instead.
 */
const src = path.join(__dirname, '..', 'fixtures', 'design');
const doc = (name: string) => fs.readFileSync(path.join(src, 'docs', `${name}.md`), 'utf8');
const SPECIES = ['decision-record', 'specification', 'problem-analysis', 'system-overview'];
const BIN = path.resolve(__dirname, '..', '..', 'bin', 'macroplan.js');

function edit(text: string, from: string | RegExp, to: string): string {
  const next = text.replace(from, to);
  assert.notEqual(next, text, `fixture lacks ${from}`);
  return next;
}

/** A section and its body, up to the next heading of its level. */
function dropSection(text: string, title: RegExp): string {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => /^## /.test(l) && title.test(l));
  assert.ok(i >= 0, `no section ${title}`);
  let j = i + 1;
  while (j < lines.length && !/^## /.test(lines[j])) j++;
  return [...lines.slice(0, i), ...lines.slice(j)].join('\n');
}

const STRUCT = '\n```go\ntype Bucket struct {\n\tCapacity float64\n\tRate     float64\n}\n```\n';
const METHOD = '\n```go\nfunc (b *Bucket) Allow(now, cost float64) bool {\n\tb.refill(now)\n\tif b.tokens < cost {\n\t\treturn false\n\t}\n\tb.tokens -= cost\n\treturn true\n}\n```\n';
const IFACE = '\n```go\ntype Policy interface {\n\tAdmit(tenant string, now, cost float64) bool\n}\n```\n';

describe('design documents (design profile, MP301-MP309)', () => {
  let fx: Fixture;
  let ws: Workspace;
  before(() => {
    fx = makeFixture({ 'go.mod': fs.readFileSync(path.join(src, 'go.mod'), 'utf8'), 'quota/bucket.go': fs.readFileSync(path.join(src, 'quota', 'bucket.go'), 'utf8'), 'quota/policy.go': fs.readFileSync(path.join(src, 'quota', 'policy.go'), 'utf8') });
    ws = new FileWorkspace({ root: fx.root });
  });
  after(() => fx.remove());

  const check = (text: string, name = 'x'): Promise<CheckResult> => checkDocument(ws, text, { config: defaultConfig(), path: fx.path(`docs/plans/${name}-design.md`) });
  const ids = (r: CheckResult) => r.diagnostics.map((d) => d.rule);

  it('are declared for design documents only', () => {
    const design = rules.filter((r) => r.meta.kinds?.includes('design'));
    assert.deepEqual(design.map((r) => r.meta.id), ['MP301', 'MP302', 'MP303', 'MP304', 'MP305', 'MP306', 'MP307', 'MP308', 'MP309']);
    for (const r of design) assert.deepEqual(r.meta.kinds, ['design']);
    // No macro or micro rule runs on a design document.
    for (const r of rules) if (r.meta.scope === 'plan' && !/^MP3/.test(r.meta.id)) assert.ok(!(r.meta.kinds ?? ['macro']).includes('design'), r.meta.id);
  });

  for (const name of SPECIES) {
    it(`${name}: the design profile by its species line, and no finding`, async () => {
      const r = await check(doc(name), name);
      assert.equal(r.profile?.name, 'design');
      assert.match(r.choice.reason, /declares the species/);
      assert.deepEqual(r.diagnostics.map((d) => `${d.rule} ${d.message}`), []);
    });
  }

  it('a missing required section: one MP302 naming it and what it holds', async () => {
    for (const name of SPECIES) {
      const r = await check(dropSection(doc(name), /Extension Points/), name);
      assert.deepEqual(ids(r), ['MP302'], name);
      assert.match(r.diagnostics[0].message, /A required section is missing .*Extension Points \(where future extensions plug in/);
    }
  });

  it('sections go by the names authors use; many missing ones are named in one finding', async () => {
    const renamed = edit(edit(doc('specification'), '## Motivation', '## 1. Problem Statement'), '## Scope', '## 2. Out of Scope');
    assert.deepEqual(ids(await check(renamed)), []);
    let bare = doc('specification');
    for (const t of [/Scope/, /Modeling Decisions/, /Invariants/, /Extension Points/]) bare = dropSection(bare, t);
    const r = await check(bare);
    assert.deepEqual(ids(r), ['MP302']);
    assert.match(r.diagnostics[0].message, /^4 required sections are missing .*: Scope, Modeling Decisions, Invariants, Extension Points\. Add each as a heading/);
  });

  it('no species line: MP301 once, and the document is still a design document by its sections', async () => {
    const r = await check(edit(doc('system-overview'), '**Species:** System Overview\n', ''));
    assert.equal(r.profile?.name, 'design');
    assert.deepEqual(ids(r), ['MP301']);
    assert.match(r.diagnostics[0].message, /declares no species: write `\*\*Species:\*\* Decision Record`/);
    const unknown = await check(edit(doc('specification'), '**Species:** Specification', '**Species:** Strategy Memo'));
    assert.deepEqual(ids(unknown), ['MP301']);
    assert.match(unknown.diagnostics[0].message, /"Species: Strategy Memo" names no design species/);
  });

  it('a Go struct with its fields, a method body, an interface in Go syntax: one finding each, saying what to write', async () => {
    for (const [code, id, advice] of [[STRUCT, 'MP306', /Describe what data crosses the boundary/], [METHOD, 'MP307', /behavioral contract instead \(GIVEN/], [IFACE, 'MP308', /Describe the interface's contract instead/]] as const) {
      for (const name of ['specification', 'system-overview']) {
        const r = await check(edit(doc(name), /\n## (?:\d+\. )?Extension Points\n/, `${code}\n$&`), name);
        assert.deepEqual(ids(r), [id], `${name} ${id}`);
        assert.match(r.diagnostics[0].message, advice);
        assert.equal(r.model.lines.lineText(r.model.lines.positionAt(r.diagnostics[0].start).line), '```go');
      }
    }
    // An empty struct has no field list; a signature without a body is no implementation.
    const quiet = await check(edit(doc('specification'), /\n## Extension Points\n/, '\n```go\ntype Marker struct{}\n```\n$&'));
    assert.deepEqual(ids(quiet), []);
  });

  it("a Decision Record may hold a brief snippet, not a long implementation", async () => {
    // decision-record.md holds `wait := math.Ceil(missing / rate)` and draws nothing (above); a long body does.
    const long = METHOD.replace('\treturn true\n', '\treturn true\n' + '\t// keep the order of refusals stable\n'.repeat(8));
    const r = await check(edit(doc('decision-record'), '\n### Decision 2', `${long}\n### Decision 2`));
    assert.deepEqual(ids(r), ['MP307']);
    const brief = await check(edit(doc('decision-record'), '\n### Decision 2', `${METHOD}\n### Decision 2`));
    assert.deepEqual(ids(brief), []);
  });

  it('a Decision Record decision without Alternatives: MP305 at that decision', async () => {
    const text = edit(doc('decision-record'), /\*\*Alternatives:\*\* A global ticker[^\n]*\n/, '');
    const r = await check(text);
    assert.deepEqual(ids(r), ['MP305']);
    assert.match(r.diagnostics[0].message, /"Decision 2: Refill on demand" states no Alternatives: .*Add \*\*Alternatives:\*\* to it/);
    // Other species are not held to the Decision Record's structure.
    assert.deepEqual(ids(await check(edit(text, '**Species:** Decision Record', '**Species:** Specification'))), []);
  });

  it('Modeling Decisions without a table (MP303), Invariants without INV-n (MP304)', async () => {
    const noTable = edit(doc('problem-analysis'), /\| Component \| Modeled[\s\S]*?not in its timing \|\n/, 'Admission is modeled as one decision per request, at arrival.\n');
    const r1 = await check(noTable);
    assert.deepEqual(ids(r1), ['MP303']);
    assert.match(r1.diagnostics[0].message, /\| Component \| Modeled \| Simplified \| Omitted \| Justification \|/);
    const r2 = await check(edit(doc('problem-analysis'), '- INV-1: Every arriving', '- Every arriving'));
    assert.deepEqual(ids(r2), ['MP304']);
    assert.match(r2.diagnostics[0].message, /write each as `INV-1: <what must always hold>`/);
  });

  it('a file:line citation: MP309 (info) and the citation rules still check it', async () => {
    const cited = edit(doc('specification'), 'returns admit or refuse.', 'returns admit or refuse (quota/policy.go:13-24).');
    const r = await check(cited);
    assert.deepEqual(r.diagnostics.map((d) => `${d.rule} ${d.severity}`), ['MP309 info']);
    assert.match(r.diagnostics[0].message, /name the module and its responsibility instead/);
    const wrong = await check(edit(doc('specification'), 'returns admit or refuse.', 'returns admit or refuse (quota/policy.go:80).'));
    assert.deepEqual(ids(wrong).sort(), ['MP003', 'MP309']);
  });

  it('a numbered design document with a `## 4. Concept Model` heading is never a macro plan', async () => {
    const text = edit(doc('system-overview'), '**Species:** System Overview\n', '');
    const r = await check(text);
    assert.equal(r.profile?.name, 'design');
    assert.ok(!ids(r).some((id) => /^MP1|^MP2/.test(id)), ids(r).join(' '));
    // Fewer than four of its sections: not a plan at all, not a macro plan.
    let few = text;
    for (const t of [/Scope/, /Modeling Decisions/, /Invariants/, /Decisions with/, /Extension Points/]) few = dropSection(few, t);
    const r2 = await check(few);
    assert.equal(r2.profile, undefined, r2.choice.reason);
  });

  it('a species line keeps placeholders from making a template of a design document; a template stays one', async () => {
    const examples = edit(doc('specification'), '## Scope\n', '## Scope\n\nConfigured as `--quota <tenant>=<rate>`, e.g. `<tenant-name>` and `<burst-size>` per line.\n');
    assert.equal((await check(examples)).profile?.name, 'design');
    const tmpl = edit(examples, '# Tenant Admission Policy', '# Design Document Template');
    assert.match((await check(tmpl)).choice.reason, /not a plan: a template \(its title/);
    assert.equal((await check(edit(examples, '**Species:** Specification\n', ''))).profile, undefined);
  });

  it('letters alone make no plan: an older "Micro-Design Plan" with A) ... K) headings of its own is not a macro plan', async () => {
    const titles = ['Executive Summary', 'Targeted Recon Summary', 'Expanded Contracts', 'Detailed Implementation Plan', 'CLI Exercise Proof', 'Test Matrix', 'Risk Notes', 'Sanity Checks', 'Implementation Checklist', 'Estimated LOC', 'Appendix: Workflow'];
    const text = ['# PR 2 Micro-Design Plan', '', ...titles.flatMap((t, i) => [`## ${String.fromCharCode(65 + i)}) ${t}`, '', `Text of ${t}.`, ''])].join('\n');
    const r = await check(text);
    assert.equal(r.profile, undefined, r.choice.reason);
  });

  it('check --fix leaves a design document with mistakes as it was', () => {
    const text = edit(dropSection(doc('specification'), /Modeling Decisions/), /\n## Extension Points\n/, `${STRUCT}\n$&`).replace('returns admit or refuse.', 'returns admit or refuse (quota/policy.go:80).');
    const file = fx.write('docs/plans/fix-design.md', text);
    const run = spawnSync(process.execPath, [BIN, 'check', '--root', fx.root, '--no-history', '--fix', file], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.match(run.stdout, /MP302/);
    assert.equal(fs.readFileSync(file, 'utf8'), text);
  });
});
