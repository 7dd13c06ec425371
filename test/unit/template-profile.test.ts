import { strict as assert } from 'node:assert';
import { buildModel } from '../../server/src/core/model';
import { planStructure } from '../../server/src/core/plan/structure';
import { BUILTIN_PROFILES, type Profile } from '../../server/src/core/plan/profile';
import { prCards } from '../../server/src/core/plan/prcards';
import { defaultConfig } from '../../server/src/core/config';
import { applyEdits } from '../../server/src/core/fixes';
import type { Report, Rule, RuleContext } from '../../server/src/core/rule';
import { rule as mp111 } from '../../server/src/core/rules/macro/mp111-risk-register';
import { rule as mp112 } from '../../server/src/core/rules/macro/mp112-pr-card-incomplete';

/**
 * The `template` profile asks what macro-plan-template.md asks: PR entries with Scope and
 * deliverables, Extension type, Module contract, Dependencies and interface status (no tiers), and a
 * risk register of Risk, Cost of being wrong, Validation and Abort plan. The `prompt` profile keeps
 * the prompt's Tier 1 / Tier 2 fields and Decision ... Gate columns.
 */

const { template, prompt } = BUILTIN_PROFILES;

function run(rule: Rule, text: string, profile: Profile): Report[] {
  const model = buildModel(text);
  const out: Report[] = [];
  const ctx: RuleContext = {
    model, citations: [], workspace: undefined as never, config: defaultConfig(), profile, plan: planStructure(model, profile),
    report: (r) => out.push(r),
  };
  void rule.check(ctx);
  return out;
}

const plan = [
  '# Rate Limiter Macro Plan',
  '',
  '### A) Executive Summary',
  'Adds a token bucket in two PRs.',
  '### B) High-Level Objectives and Model Scoping',
  '### C) Concept Model',
  '### D) Architectural Evolution',
  '### E) PR Series (Ordered)',
  '',
  '#### PR 1: Bucket',
  '',
  '- **Scope and deliverables:** the bucket type and its tests.',
  '- **Extension type:** subsystem module',
  '- **Module contract:** after PR 1, a bucket never grants more than its capacity.',
  '- **Dependencies:** none.',
  '- **Interfaces:** flexible.',
  '',
  '#### PR 2: Middleware',
  '',
  '- **Scope and deliverables:** the HTTP middleware.',
  '- **Extension type:** tier composition',
  '- **Module contract:** requests over the rate get 429.',
  '- **Dependencies:** PR 1.',
  '- **Interfaces:** frozen after this PR.',
  '',
  '### G) Dependency DAG',
  'PR 1 then PR 2.',
  '### H) Risk Register',
  '',
  '| Risk | Cost of being wrong | Validation | Abort plan |',
  '|------|---------------------|------------|------------|',
  '| Clock skew breaks refill | 1 PR | Fake clock test | Use a monotonic clock |',
  '| One bucket per client is too much memory | 3 PRs (PR 1-3 rework) | Measure 10k clients, success under 50 MB | Share buckets per prefix |',
  '',
  '### I) Cross-Cutting Infrastructure',
  '### J) Extension Friction Assessment',
  '### K) Design Bug Prevention',
  '## Appendix: Repository Recon',
  '',
].join('\n');

function edit(from: string, to: string, text = plan): string {
  assert.ok(text.includes(from), `fixture lacks ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

describe('the template profile (macro-plan-template.md)', () => {
  it('takes a PR entry with exactly the template fields as complete', () => {
    assert.deepEqual(run(mp112, plan, template).map((r) => r.message), []);
  });

  it('reads the Dependencies field as the PR graph', () => {
    const model = buildModel(plan);
    const cards = prCards(model, planStructure(model, template));
    assert.deepEqual(cards.map((c) => c.dependsOn.map((d) => d.number)), [[], [1]]);
  });

  it('reports a missing template field without tiers, and its fix inserts it', () => {
    const text = edit('- **Dependencies:** none.\n', '');
    const [r, ...rest] = run(mp112, text, template);
    assert.deepEqual(rest, []);
    assert.equal(r.message, 'PR 1 lacks the field Dependencies.');
    assert.equal(r.fix, undefined); // inserting a field writes for the author: a suggestion only
    const after = applyEdits(text, r.suggestions![0].edits);
    assert.match(after, /- \*\*Interfaces:\*\* flexible\.\n- \*\*Dependencies:\*\* TODO\n/);
    assert.doesNotMatch(after, /Tier/);
  });

  it('takes the short label Scope for Scope and deliverables (and the prompt takes the long one for Scope)', () => {
    assert.deepEqual(run(mp112, edit('- **Scope and deliverables:** the bucket', '- **Scope:** the bucket'), template), []);
    const promptCard = run(mp112, plan, prompt)[0].message;
    assert.doesNotMatch(promptCard, /\bScope\b/);
  });

  it('takes the template risk register columns', () => {
    assert.deepEqual(run(mp111, plan, template), []);
  });

  it('asks validation and an abort plan of a risk costing 3 PRs or more, not a gate', () => {
    const text = edit('| Measure 10k clients, success under 50 MB | Share buckets per prefix |', '| — | |');
    const [r, ...rest] = run(mp111, text, template);
    assert.deepEqual(rest, []);
    assert.match(r.message, /costs 3 PRs if wrong .* but has no Validation and no Abort Plan: validation is mandatory at 3 PRs or more/);
  });

  it('reports a missing template column', () => {
    const text = plan.replace('| Risk | Cost of being wrong | Validation | Abort plan |\n|------|---------------------|------------|------------|', '| Risk | Cost of being wrong | Validation |\n|------|------|------|')
      .replace(/ \| Use a monotonic clock \|/, ' |').replace(/ \| Share buckets per prefix \|/, ' |');
    const [r] = run(mp111, text, template);
    assert.match(r.message, /lacks the column Abort Plan \(expected \| Risk \| Cost of Being Wrong \| Validation \| Abort Plan \|\)/);
  });
});

describe('the prompt profile (macro-plan-prompt.txt) keeps its own fields', () => {
  it('asks Tier 1 and Tier 2 fields of a template-style PR entry', () => {
    const [r] = run(mp112, plan, prompt);
    assert.match(r.message, /^PR 1 lacks Tier 1 fields Building Block Change, Motivation, Risks, Cross-Cutting and Validation Gate and Tier 2 fields Architectural Impact,/);
  });

  it('asks the Assumption and Gate columns', () => {
    const [r] = run(mp111, plan, prompt);
    assert.match(r.message, /lacks the columns Assumption and Gate/);
  });
});
