/**
 * The editor offers every rewrite the engine has, over real LSP messages: a finding's fix as the
 * preferred quick fix and each suggestion as a quick fix never preferred, the same ones the CLI's
 * JSON lists; "Fix all" applies the fixes only, keeping every line (issue 20 item 3).
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { LspClient } from '../helpers/lspClient';
import { FIX_PLAN_PATH, makeFixRepo } from '../helpers/fixPlan';
import type { Repo } from '../helpers/gitrepo';

const BIN = path.resolve(__dirname, '..', '..', 'bin', 'macroplan.js');

interface JsonDiagnostic { rule: string; line: number; column: number; fix?: { title: string }; suggestions?: { title: string }[] }

/** Applies LSP edits to a text (positions in UTF-16 code units, lines split at \n). */
function applyLspEdits(text: string, edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const at = (p: { line: number; character: number }) => starts[p.line] + p.character;
  let out = text;
  for (const e of [...edits].sort((a, b) => at(b.range.start) - at(a.range.start))) out = out.slice(0, at(e.range.start)) + e.newText + out.slice(at(e.range.end));
  return out;
}

describe('language server: fixes and suggestions', function () {
  this.timeout(60_000);
  let repo: Repo;
  let client: LspClient;
  before(async () => {
    repo = makeFixRepo();
    client = await LspClient.start({ root: repo.root });
  });
  after(async () => {
    await client?.stop();
    repo?.remove();
  });

  it('offers each finding\'s fix (preferred) and every suggestion (not preferred), as the CLI lists them; Fix all keeps every line', async () => {
    const uri = pathToFileURL(repo.path(FIX_PLAN_PATH)).href;
    const text = repo.read(FIX_PLAN_PATH);
    await client.open(uri, text);
    // MP009 comes with the second publish, once history answered.
    const published = await client.waitForDiagnostics(uri, (p) => p.version === 1 && p.diagnostics.some((d) => d.code === 'MP009'), 30_000);
    const offered: string[] = [];
    for (const d of published.diagnostics as Diagnostic[]) {
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
      for (const a of actions) offered.push(`${d.code} ${d.range.start.line + 1}:${d.range.start.character + 1} ${a.title}${a.isPreferred ? ' (preferred)' : ''}`);
    }
    const json: JsonDiagnostic[] = JSON.parse(spawnSync(process.execPath, [BIN, 'check', '--format', 'json', FIX_PLAN_PATH], { cwd: repo.root, encoding: 'utf8' }).stdout).files[0].diagnostics;
    const listed = json.flatMap((d) => [
      ...(d.fix ? [`${d.rule} ${d.line}:${d.column} ${d.fix.title} (preferred)`] : []),
      ...(d.suggestions ?? []).map((s) => `${d.rule} ${d.line}:${d.column} ${s.title}`),
    ]);
    assert.deepEqual(offered.sort(), listed.sort());
    assert.equal(offered.filter((o) => o.endsWith('(preferred)')).length, 2);
    assert.equal(offered.length, 11, offered.join('\n'));

    const [fixAll] = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } });
    assert.equal(fixAll.title, 'Fix all citations in this file (2)');
    const fixed = applyLspEdits(text, (fixAll.edit!.documentChanges![0] as TextDocumentEdit).edits);
    assert.equal(fixed.split('\n').length, text.split('\n').length);
    assert.deepEqual(fixed.split('\n').filter((l, i) => l !== text.split('\n')[i]), ['- The router is `Route` (`sim/routing.go:7-15`).', '- The queue type was first sketched in `sim/queue/queue.go:4-6`.']);
  });
});
