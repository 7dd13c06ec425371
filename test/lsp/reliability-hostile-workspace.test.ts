/**
 * A hostile workspace for "Check all plans in workspace" (macroplan/checkWorkspace) and for
 * macroplan/checkFile over the real server: a FIFO and a /dev/zero link named like plans, a
 * plan link leading outside, a plan over maxPlanSize, a binary "plan". The listing skips what is
 * not a regular file, nothing hangs or blows up, and the server keeps serving.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ResponseError } from 'vscode-jsonrpc';
import { LspClient } from '../helpers/lspClient';
import { makeWorkspace, type TempWorkspace } from '../helpers/workspace';
import { FIXTURE_WS } from '../helpers/reliability';

const PLAN_REL = 'docs/plans/checkout-macro-plan.md';

describe('reliability: a hostile workspace for whole-workspace checks', function () {
  // A hang guard, not a measurement: a FIFO or /dev/zero opened as a plan would block or never end.
  this.timeout(60000);
  let ws: TempWorkspace;
  let outside: string;
  let client: LspClient;

  before(async () => {
    const files: Record<string, string> = {};
    for (const rel of ['shop/basket.go', 'billing/invoice.go', 'billing/basket.go', PLAN_REL]) files[rel] = fs.readFileSync(path.join(FIXTURE_WS, rel), 'utf8');
    ws = makeWorkspace(files, 'macroplan-hostile-ws-');
    outside = fs.mkdtempSync(path.join(path.dirname(ws.root), 'macroplan-outside-'));
    fs.writeFileSync(path.join(outside, 'secret-macro-plan.md'), '# Secret\n\nsecret.go:1\n');
    execFileSync('mkfifo', [ws.abs('docs/plans/fifo-macro-plan.md')]);
    fs.symlinkSync('/dev/zero', ws.abs('docs/plans/zero-macro-plan.md'));
    fs.symlinkSync(path.join(outside, 'secret-macro-plan.md'), ws.abs('docs/plans/link-macro-plan.md'));
    fs.writeFileSync(ws.abs('docs/plans/huge-macro-plan.md'), Buffer.alloc(9 * 1024 * 1024, '# Huge\n\nshop/basket.go:1\n'));
    fs.writeFileSync(ws.abs('docs/plans/binary-macro-plan.md'), Buffer.from([0, 1, 2, 0xff, 0xfe, 0, 0x0a, 0x23, 0x20]));
    client = await LspClient.start({ root: ws.root });
  });

  after(async () => {
    await client?.stop();
    ws?.remove();
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('checkWorkspace finishes, checks the real plan, and skips the FIFO, the device link and the link outside', async () => {
    const r = await client.request<{ files: number; plans: number; results: { uri: string }[] }>('macroplan/checkWorkspace', {});
    const uris = r.results.map((x) => x.uri);
    assert.ok(uris.includes(ws.uri(PLAN_REL)), JSON.stringify(r));
    for (const name of ['fifo', 'zero', 'link']) assert.ok(!uris.some((u) => u.includes(`${name}-macro-plan`)), `${name} was checked: ${JSON.stringify(uris)}`);
  });

  it('checkFile refuses what is not a regular file, and reports a plan over maxPlanSize as MP008', async () => {
    await assert.rejects(client.request('macroplan/checkFile', { uri: ws.uri('docs/plans/fifo-macro-plan.md') }), (e: unknown) => e instanceof ResponseError && /not a file/.test(e.message));
    await assert.rejects(client.request('macroplan/checkFile', { uri: ws.uri('docs/plans/zero-macro-plan.md') }), (e: unknown) => e instanceof ResponseError);
    const huge = await client.request<{ code: string }[]>('macroplan/checkFile', { uri: ws.uri('docs/plans/huge-macro-plan.md') });
    assert.deepEqual(huge.map((d) => d.code), ['MP008']);
    const binary = await client.request<unknown[]>('macroplan/checkFile', { uri: ws.uri('docs/plans/binary-macro-plan.md') });
    assert.ok(Array.isArray(binary));
  });

  it('checkFile of a plan that is a link leading outside the workspace is refused (never read)', async () => {
    await assert.rejects(client.request('macroplan/checkFile', { uri: ws.uri('docs/plans/link-macro-plan.md') }), (e: unknown) => e instanceof ResponseError && /outside the workspace/.test(e.message));
  });

  it('still serves afterwards', async () => {
    const mem = await client.request<{ heapUsed: number }>('macroplan/debug/memory', {});
    assert.ok(mem.heapUsed > 0 && mem.heapUsed < 1024 * 1024 * 1024);
  });
});
