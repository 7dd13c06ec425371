/**
 * An untrusted workspace (VS Code's Restricted Mode) may not widen what the server reads: not
 * through settings, not through its own .macroplan.json, and not through a folder link inside
 * the workspace that leads outside it and is named as a source root. A citation of line 999 of a
 * three-line file outside would be MP003 if that file had been read.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LspClient } from '../helpers/lspClient';
import { makeWorkspace, type TempWorkspace } from '../helpers/workspace';

describe('reliability: an untrusted workspace cannot widen what is read', function () {
  this.timeout(30000);
  let ws: TempWorkspace;
  let outside: string;
  const clients: LspClient[] = [];

  before(() => {
    ws = makeWorkspace({ 'shop/basket.go': 'package shop\n\ntype Basket struct{}\n' }, 'macroplan-untrusted-');
    outside = fs.mkdtempSync(path.join(path.dirname(ws.root), 'macroplan-outside-'));
    fs.writeFileSync(path.join(outside, 'secret.go'), 'package secret\n\nfunc Secret() {}\n');
    fs.symlinkSync(outside, path.join(ws.root, 'vendored'));
  });

  after(async () => {
    for (const c of clients) await c.stop();
    ws?.remove();
    fs.rmSync(outside, { recursive: true, force: true });
  });

  async function codesFor(opts: { trusted: boolean; config?: unknown; settings?: Record<string, unknown> }, name: string): Promise<string[]> {
    if (opts.config) fs.writeFileSync(ws.abs('.macroplan.json'), JSON.stringify(opts.config));
    else fs.rmSync(ws.abs('.macroplan.json'), { force: true });
    const client = await LspClient.start({ root: ws.root, trusted: opts.trusted, settings: opts.settings });
    clients.push(client);
    const uri = ws.uri(`docs/${name}.md`);
    await client.open(uri, 'The secret is at secret.go:999 and vendored/secret.go:999.\n');
    const diags = await client.diagnosticsFor(uri, 1, 15000);
    await client.stop();
    return diags.map((d) => String(d.code));
  }

  it('a source root that is a folder link leading outside, named in .macroplan.json: nothing outside is read', async () => {
    const codes = await codesFor({ trusted: false, config: { sourceRoots: ['.', 'vendored'] } }, 'link-root');
    assert.ok(!codes.includes('MP003'), `the file outside was read: ${codes}`);
    assert.deepEqual(codes, ['MP001', 'MP006']);
  });

  it('a source root climbing out with .., named in .macroplan.json: nothing outside is read', async () => {
    const rel = path.relative(ws.root, outside);
    const codes = await codesFor({ trusted: false, config: { sourceRoots: ['.', rel] } }, 'dotdot-root');
    assert.ok(!codes.includes('MP003'), `the file outside was read: ${codes}`);
  });

  it('a source root outside in the settings of an untrusted workspace: ignored', async () => {
    const codes = await codesFor({ trusted: false, settings: { sourceRoots: ['.', 'vendored', path.relative(ws.root, outside)] } }, 'settings-root');
    assert.ok(!codes.includes('MP003'), `the file outside was read: ${codes}`);
  });
});
