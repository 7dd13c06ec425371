/**
 * The command line and the editor's "Check all plans" list the same Markdown files for the same
 * folder: both walk with core/markdownfiles.ts. Every listed file here is a plan, so the
 * server's results name each file it listed, and the skipped folders hold plans too.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../helpers/lspClient';
import { makeWorkspace, type TempWorkspace } from '../helpers/workspace';
import { FIXTURE_WS } from '../helpers/reliability';
import { expandTargets } from '../../server/src/cli/targets';

const PLAN_REL = 'docs/plans/checkout-macro-plan.md';
const PLACES = [
  PLAN_REL,
  'top-macro-plan.md',
  'docs/UPPER-MACRO-PLAN.MD',
  'docs/deep/er/still-macro-plan.md',
  // Skipped: dot folders, dependencies, build output, Go test data.
  '.github/ci-macro-plan.md',
  'node_modules/pkg/dep-macro-plan.md',
  'vendor/mod/vendored-macro-plan.md',
  'dist/built-macro-plan.md',
  'build/built-macro-plan.md',
  'out/built-macro-plan.md',
  'shop/testdata/input-macro-plan.md',
];

describe('one Markdown walk: the command line and "Check all plans"', function () {
  this.timeout(60000);
  let ws: TempWorkspace;
  let client: LspClient;

  before(async () => {
    const plan = fs.readFileSync(path.join(FIXTURE_WS, PLAN_REL), 'utf8');
    const files: Record<string, string> = {};
    for (const rel of ['shop/basket.go', 'billing/invoice.go', 'billing/basket.go']) files[rel] = fs.readFileSync(path.join(FIXTURE_WS, rel), 'utf8');
    for (const rel of PLACES) files[rel] = plan;
    ws = makeWorkspace(files, 'macroplan-walk-');
    client = await LspClient.start({ root: ws.root });
  });

  after(async () => {
    await client?.stop();
    ws?.remove();
  });

  it('lists the same files for the same folder', async () => {
    const cli = (await expandTargets([ws.root], ws.root)).map((t) => pathToFileURL(t.abs).href);
    const r = await client.request<{ files: number; plans: number; results: { uri: string }[] }>('macroplan/checkWorkspace', {});
    const editor = r.results.map((x) => x.uri);
    assert.deepEqual([...editor].sort(), [...cli].sort());
    assert.equal(r.files, cli.length);
    // What both lists hold, so that agreeing on nothing cannot pass.
    assert.deepEqual(cli.sort(), PLACES.slice(0, 4).map((rel) => ws.uri(rel)).sort());
  });
});
