/**
 * Property-based tests of the whole engine on mutated and random plans: it never throws,
 * reports no internal error, never hangs (mocha's timeout is the guard; speed is measured by
 * npm run bench), keeps every range inside the document, and the chunked parse equals a whole parse.
 */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import fc from 'fast-check';
import { checkDocument } from '../../../server/src/core/engine';
import { defaultConfig } from '../../../server/src/core/config';
import { buildModel, type PlanModel } from '../../../server/src/core/model';
import { ParseCache } from '../../../server/src/core/chunks';
import { FileWorkspace, type Workspace } from '../../../server/src/core/workspace';
import { FIXTURE_WS, FUZZING, SEED_PLANS, assertRangesInside, fencedFs, fuzzParams, mutatedPlan, randomDocument } from '../../helpers/reliability';

const config = defaultConfig();
const PLAN_PATH = path.join(FIXTURE_WS, 'docs/plans/checkout-macro-plan.md');

let reported = false;

/** Under `npm run fuzz`, the first failure is printed at once (fast-check reports it only after shrinking). */
async function checkSafely(ws: Workspace, text: string): Promise<void> {
  try {
    await checkOnce(ws, text);
  } catch (e) {
    if (FUZZING && !reported) {
      reported = true;
      console.error(`      first failure (${text.length} characters): ${(e as Error).message.slice(0, 2000)}\n      input: ${JSON.stringify(text).slice(0, 4000)}`);
    }
    throw e;
  }
}

async function checkOnce(ws: Workspace, text: string): Promise<void> {
  const logs: string[] = [];
  const result = await checkDocument(ws, text, { config, path: PLAN_PATH, log: (m) => logs.push(m) });
  const internal = result.diagnostics.filter((d) => d.rule === 'MP000');
  assert.deepEqual(internal.map((d) => d.message), [], `internal errors:\n${logs.join('\n')}`);
  assertRangesInside(result.diagnostics, text);
  for (const c of result.citations) {
    assert.ok(0 <= c.start && c.start <= c.end && c.end <= text.length, `citation [${c.start}, ${c.end}] outside the document`);
  }
}

/** The model as JSON, without `lines` and `text` (the same by construction). */
function modelJson(m: PlanModel): string {
  const { lines: _l, text: _t, ...rest } = m;
  return JSON.stringify(rest);
}

describe('reliability: fuzzed plans', function () {
  // A hang guard for the whole property (50 to 200 checks of small documents, a few seconds in
  // all): a catastrophic regex or a loop on one input trips it. npm run fuzz runs without one.
  this.timeout(FUZZING ? 0 : 120000);
  const fence = fencedFs(FIXTURE_WS);
  const ws = new FileWorkspace({ root: FIXTURE_WS, fs: fence });

  after(() => {
    assert.deepEqual(fence.violations, [], 'no file outside the fixture workspace was touched');
  });

  it('the seed plans check cleanly (sanity)', async () => {
    for (const seed of SEED_PLANS) await checkSafely(ws, seed);
    const r = await checkDocument(ws, SEED_PLANS[0], { config, path: PLAN_PATH });
    assert.ok(r.isPlan, 'the seed is recognised as a plan');
    assert.ok(r.citations.length > 15, `the seed has many citations (${r.citations.length})`);
  });

  it('mutated plans never throw, never hang and keep ranges inside the document', async () => {
    await fc.assert(fc.asyncProperty(mutatedPlan, (text) => checkSafely(ws, text)), fuzzParams(50));
  });

  it('random documents never throw, never hang and keep ranges inside the document', async () => {
    await fc.assert(fc.asyncProperty(randomDocument, (text) => checkSafely(ws, text)), fuzzParams(200));
  });

  it('the chunked parse equals a whole parse on mutated plans (fresh and shared cache)', () => {
    const shared = new ParseCache();
    fc.assert(
      fc.property(mutatedPlan, (text) => {
        const whole = modelJson(buildModel(text));
        assert.equal(modelJson(buildModel(text, new ParseCache())), whole);
        assert.equal(modelJson(buildModel(text, shared)), whole);
      }),
      fuzzParams(20),
    );
  });

  it('the chunked parse equals a whole parse on random documents', () => {
    const shared = new ParseCache();
    fc.assert(
      fc.property(randomDocument, (text) => {
        const whole = modelJson(buildModel(text));
        assert.equal(modelJson(buildModel(text, new ParseCache())), whole);
        assert.equal(modelJson(buildModel(text, shared)), whole);
      }),
      fuzzParams(150),
    );
  });
});
