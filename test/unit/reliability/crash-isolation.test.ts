/**
 * Crash isolation in the engine, beyond one throwing rule (test/unit/engine.test.ts): rules that
 * throw odd things, overflow the stack, reject late or report ranges outside the document, and
 * failures outside any rule (a broken file system, a broken model) are each reported once as
 * MP000 and logged, while every other rule still reports.
 */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { checkDocument } from '../../../server/src/core/engine';
import { defaultConfig } from '../../../server/src/core/config';
import { buildModel } from '../../../server/src/core/model';
import { rules } from '../../../server/src/core/rules';
import type { Rule } from '../../../server/src/core/rule';
import type { FileSystem } from '../../../server/src/core/fs';
import { nodeFs } from '../../../server/src/core/fs';
import { FileWorkspace } from '../../../server/src/core/workspace';
import { FIXTURE_WS, SEED_PLANS, assertRangesInside } from '../../helpers/reliability';

const PLAN = SEED_PLANS[0];
const PLAN_PATH = path.join(FIXTURE_WS, 'docs/plans/checkout-macro-plan.md');

function rule(id: string, check: Rule['check'], needs: Rule['meta']['needs'] = ['citations']): Rule {
  return { meta: { id, name: `broken-${id.toLowerCase()}`, severity: 'error', description: 'A rule with a bug.', scope: 'markdown', needs }, check };
}

const recurse = (n: number): number => recurse(n + 1) + 1;

describe('reliability: crash isolation in the engine', function () {
  this.timeout(20000);
  const ws = new FileWorkspace({ root: FIXTURE_WS });
  let baseline: string[];

  before(async () => {
    const r = await checkDocument(ws, PLAN, { config: defaultConfig(), path: PLAN_PATH });
    baseline = r.diagnostics.map((d) => `${d.rule}@${d.start}`);
    assert.ok(baseline.length > 3, 'the seed plan has findings of the real rules');
  });

  const broken: [string, Rule][] = [
    ['throws a TypeError on every citation', rule('MP981', (ctx) => { for (const c of ctx.citations) { void c; throw new TypeError('x is undefined'); } })],
    ['throws a string', rule('MP982', () => { throw 'a bare string'; })],
    ['throws undefined', rule('MP983', () => { throw undefined; })],
    ['throws null', rule('MP984', () => { throw null; })],
    ['throws an object whose message getter throws', rule('MP985', () => { throw Object.defineProperty({}, 'message', { get() { throw new Error('getter'); } }); })],
    ['overflows the stack', rule('MP986', () => { recurse(0); })],
    ['rejects after a delay', rule('MP987', () => new Promise((_, reject) => setTimeout(() => reject(new Error('late')), 20)))],
    ['throws after reporting half its findings', rule('MP988', (ctx) => { ctx.report({ start: 0, end: 1, message: 'half' }); throw new Error('then fails'); })],
  ];

  for (const [name, bad] of broken) {
    it(`a rule that ${name}: one MP000 naming it, logged; every real rule still reports`, async () => {
      const logs: string[] = [];
      const r = await checkDocument(ws, PLAN, { config: defaultConfig(), path: PLAN_PATH, rules: [...rules, bad], log: (m) => logs.push(m) });
      const internal = r.diagnostics.filter((d) => d.rule === 'MP000');
      assert.equal(internal.length, 1, JSON.stringify(internal));
      assert.match(internal[0].message, new RegExp(`rule ${bad.meta.id} \\(${bad.meta.name}\\) failed`));
      assert.ok(logs.some((l) => l.includes(bad.meta.id)), 'the failure is logged');
      assert.ok(!r.diagnostics.some((d) => d.rule === bad.meta.id), 'nothing the broken rule reported is kept');
      assert.deepEqual(r.diagnostics.filter((d) => d.rule !== 'MP000').map((d) => `${d.rule}@${d.start}`), baseline);
    });
  }

  it('two broken rules: two MP000, the rest unchanged', async () => {
    const r = await checkDocument(ws, PLAN, { config: defaultConfig(), path: PLAN_PATH, rules: [broken[0][1], ...rules, broken[5][1]] });
    assert.equal(r.diagnostics.filter((d) => d.rule === 'MP000').length, 2);
    assert.deepEqual(r.diagnostics.filter((d) => d.rule !== 'MP000').map((d) => `${d.rule}@${d.start}`), baseline);
  });

  it('a rule that reports ranges outside the document: they are clamped into it', async () => {
    const wild = rule('MP989', (ctx) => {
      ctx.report({ start: -5, end: 3, message: 'negative start' });
      ctx.report({ start: 10, end: 1e9, message: 'past the end' });
      ctx.report({ start: 50, end: 20, message: 'end before start' });
      ctx.report({ start: Number.NaN, end: Number.POSITIVE_INFINITY, message: 'not numbers' });
    });
    const r = await checkDocument(ws, PLAN, { config: defaultConfig(), path: PLAN_PATH, rules: [...rules, wild] });
    assertRangesInside(r.diagnostics, PLAN);
    assert.equal(r.diagnostics.filter((d) => d.rule === 'MP989').length, 4);
  });

  it('a file system that returns garbage: one MP000 for the citations, the structure rules still report', async () => {
    const garbage: FileSystem = { ...nodeFs, readdir: async () => [{ name: 42 }] as never };
    const logs: string[] = [];
    const r = await checkDocument(new FileWorkspace({ root: FIXTURE_WS, fs: garbage }), PLAN, { config: defaultConfig(), path: PLAN_PATH, log: (m) => logs.push(m) });
    const internal = r.diagnostics.filter((d) => d.rule === 'MP000').map((d) => d.message);
    assert.ok(internal.some((m) => /^checking the citations failed/.test(m)), JSON.stringify(internal));
    // Rules that read the workspace themselves (MP105 looks up Go interfaces) fail on their own, isolated.
    for (const m of internal) assert.match(m, /^(checking the citations failed|rule MP1\d\d \([a-z-]+\) failed)/);
    assert.ok(logs.length >= internal.length);
    const failedRules = internal.map((m) => /^rule (MP\d+)/.exec(m)?.[1]).filter(Boolean);
    const structural = baseline.filter((b) => /^MP1/.test(b) && !failedRules.includes(b.split('@')[0]));
    assert.deepEqual(r.diagnostics.filter((d) => /^MP1/.test(d.rule) && !failedRules.includes(d.rule)).map((d) => `${d.rule}@${d.start}`), structural);
    assert.ok(structural.length > 0, 'structure rules still reported');
  });

  it('a file system whose every call throws synchronously: reported, not thrown', async () => {
    const boom = () => {
      throw new Error('synchronous boom');
    };
    const fs: FileSystem = { readFile: boom, stat: boom, realpath: boom, readdir: boom };
    const r = await checkDocument(new FileWorkspace({ root: FIXTURE_WS, fs }), PLAN, { config: defaultConfig(), path: PLAN_PATH });
    assertRangesInside(r.diagnostics, PLAN);
    assert.ok(r.diagnostics.length > 0);
  });

  it('a model that does not match its text (a caller bug): reported as MP000, not thrown', async () => {
    const model = buildModel(PLAN);
    (model as { citations: unknown }).citations = undefined;
    const logs: string[] = [];
    const r = await checkDocument(ws, PLAN, { config: defaultConfig(), path: PLAN_PATH, model, log: (m) => logs.push(m) });
    assert.ok(r.diagnostics.some((d) => d.rule === 'MP000'));
    assertRangesInside(r.diagnostics, PLAN);
  });
});
