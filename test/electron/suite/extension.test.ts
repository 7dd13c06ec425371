// Runs inside VS Code's extension host (see test/electron/run.mjs), against the real
// extension and language server, on the fixture workspace of the e2e tests.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { LINES, PLAN_PATH } from '../../e2e/fixture';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code ? String(d.code.value) : String(d.code ?? '');
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

describe('Macro Plan in VS Code', () => {
  let doc: vscode.TextDocument;

  before(async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'a workspace folder is open');
    doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, PLAN_PATH));
    await vscode.window.showTextDocument(doc);
    const ext = vscode.extensions.getExtension('macroplan.macroplan');
    assert.ok(ext, 'the extension is installed');
    await ext.activate();
  });

  const macroplanDiagnostics = () => vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'macroplan');

  it('publishes citation diagnostics with rule ids as codes', async () => {
    const diags = await waitFor('MP001, MP003 and MP004', () => {
      const d = macroplanDiagnostics();
      const codes = new Set(d.map(codeOf));
      return ['MP001', 'MP003', 'MP004'].every((c) => codes.has(c)) ? d : undefined;
    });
    const mp001 = diags.find((d) => codeOf(d) === 'MP001')!;
    assert.equal(mp001.range.start.line, LINES.missing - 1);
    assert.equal(mp001.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(diags.find((d) => codeOf(d) === 'MP004')!.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('hovers a citation with the cited Go code', async () => {
    const line = doc.lineAt(LINES.good - 1).text;
    const pos = new vscode.Position(LINES.good - 1, line.indexOf('cluster.go') + 2);
    const text = await waitFor('a hover', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
      const t = hoverText(hovers ?? []);
      return t.includes('func NewCluster') ? t : undefined;
    });
    assert.match(text, /```go/);
  });

  it('offers a quick fix that moves a drifted citation', async () => {
    const diag = await waitFor('MP004', () => macroplanDiagnostics().find((d) => codeOf(d) === 'MP004'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value);
    const fix = (actions ?? []).find((a) => a.edit && a.diagnostics?.some((d) => codeOf(d) === 'MP004'))
      ?? (actions ?? []).find((a) => a.edit);
    assert.ok(fix?.edit, `a quick fix with an edit among ${JSON.stringify((actions ?? []).map((a) => a.title))}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(doc.lineAt(LINES.drifted - 1).text, /sim\/cluster\.go:1[89]/);
  });

  it('completes .go paths inside a citation', async () => {
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, end, '\n- See `sim/');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const pos = doc.lineAt(doc.lineCount - 1).range.end;
    const list = await waitFor('completions', async () => {
      const l = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos);
      const labels = (l?.items ?? []).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      return labels.some((x) => x.includes('cluster.go')) ? labels : undefined;
    });
    assert.ok(list.some((x) => x.includes('routing.go')), JSON.stringify(list));
  });

  it('restarts the language server on command and checks again', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('macroplan.restartServer'));
    assert.ok(commands.includes('macroplan.showOutput'));
    await vscode.commands.executeCommand('macroplan.restartServer');
    await waitFor('diagnostics after the restart', () => (macroplanDiagnostics().some((d) => codeOf(d) === 'MP001') ? true : undefined));
  });

  it('stops the server when macroplan.enable is false and starts it again when true', async () => {
    const config = () => vscode.workspace.getConfiguration('macroplan');
    try {
      await config().update('enable', false, vscode.ConfigurationTarget.Workspace);
      // The stopped client takes its diagnostics with it.
      await waitFor('diagnostics cleared', () => (macroplanDiagnostics().length === 0 ? true : undefined));
    } finally {
      await config().update('enable', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('diagnostics back', () => (macroplanDiagnostics().some((d) => codeOf(d) === 'MP001') ? true : undefined));
  });
});
