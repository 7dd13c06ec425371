/**
 * The authoring commands in VS Code. The language server decides everything (numbers, placement,
 * text: see server/src/lsp/authoring/); this file only asks the user (quick picks), inserts the
 * snippets the server returns, shows progress and the dependency graph webview.
 */
import * as vscode from 'vscode';
import { WorkDoneProgress, type LanguageClient } from 'vscode-languageclient/node';
import { GraphView } from './graphView';
import { REQUESTS, SHOW_CITING_LINES, type CheckSummary, type Insertion, type PrCardOptions } from '../../server/src/lsp/protocol';

const LATER = '$(dash) Fill in later';

export function registerAuthoring(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): void {
  const client = (): LanguageClient | undefined => {
    const c = getClient();
    if (!c || !c.isRunning()) {
      void vscode.window.showWarningMessage('Macro Plan: the language server is not running.');
      return undefined;
    }
    return c;
  };
  const markdownEditor = (): vscode.TextEditor | undefined => {
    const e = vscode.window.activeTextEditor;
    if (!e || e.document.languageId !== 'markdown') {
      void vscode.window.showInformationMessage('Macro Plan: open a Markdown plan first.');
      return undefined;
    }
    return e;
  };
  const docParams = (e: vscode.TextEditor) => ({ textDocument: { uri: e.document.uri.toString() }, position: { line: e.selection.active.line, character: e.selection.active.character } });

  const insert = async (editor: vscode.TextEditor, r: Insertion & { number?: number }): Promise<void> => {
    if (editor.document.uri.toString() !== r.uri) return;
    const pos = new vscode.Position(r.position.line, r.position.character);
    // keepWhitespace: the server wrote the indentation; VS Code must not add the line's own to every line.
    const ok = await editor.insertSnippet(new vscode.SnippetString(r.snippet), pos, { undoStopBefore: true, undoStopAfter: true, keepWhitespace: true } as { undoStopBefore: boolean; undoStopAfter: boolean });
    if (ok) editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    else void vscode.window.showWarningMessage('Macro Plan: the text could not be inserted (the document changed?).');
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('macroplan.insertPrCard', async () => {
      const editor = markdownEditor();
      const lc = editor && client();
      if (!editor || !lc) return;
      const o = await lc.sendRequest<PrCardOptions>(REQUESTS.prCardOptions, docParams(editor));
      const ext = await vscode.window.showQuickPick([...o.extensionTypes.map((t) => ({ label: t })), { label: LATER }], {
        title: `PR ${o.number}: extension type`,
        placeHolder: 'The extension type of the new PR',
      });
      if (!ext) return;
      let block: string | undefined;
      if (o.blocks.length) {
        const b = await vscode.window.showQuickPick([...o.blocks.map((t) => ({ label: t, description: 'building block' })), { label: LATER }], {
          title: `PR ${o.number}: building block`,
          placeHolder: 'The concept-model building block this PR adds or modifies',
        });
        if (!b) return;
        block = b.label === LATER ? undefined : b.label;
      }
      const r = await lc.sendRequest<Insertion>(REQUESTS.prCard, {
        ...docParams(editor),
        extensionType: ext.label === LATER ? undefined : ext.label,
        buildingBlock: block,
      });
      await insert(editor, r);
    }),
    vscode.commands.registerCommand('macroplan.insertModuleContract', async () => {
      const editor = markdownEditor();
      const lc = editor && client();
      if (!editor || !lc) return;
      await insert(editor, await lc.sendRequest<Insertion>(REQUESTS.moduleContract, docParams(editor)));
    }),
    vscode.commands.registerCommand('macroplan.insertRiskRow', async () => {
      const editor = markdownEditor();
      const lc = editor && client();
      if (!editor || !lc) return;
      await insert(editor, await lc.sendRequest<Insertion>(REQUESTS.riskRow, docParams(editor)));
    }),
    vscode.commands.registerCommand('macroplan.checkWorkspace', async () => {
      const lc = client();
      if (!lc) return;
      const summary = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Macro Plan: checking all plans', cancellable: true },
        async (progress, cancel) => {
          const token = `macroplan-check-${Date.now()}`;
          let last = 0;
          const sub = lc.onProgress(WorkDoneProgress.type, token, (v) => {
            if (v.kind === 'report') {
              const pct = v.percentage ?? last;
              progress.report({ message: v.message, increment: Math.max(0, pct - last) });
              last = pct;
            }
          });
          try {
            return await lc.sendRequest<CheckSummary>(REQUESTS.checkWorkspace, { workDoneToken: token }, cancel);
          } finally {
            sub.dispose();
          }
        },
      );
      const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
      const pick = await vscode.window.showInformationMessage(
        `Macro Plan: checked ${plural(summary.plans, 'plan')} (${plural(summary.files, 'Markdown file')}): ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}.`,
        'Show Problems',
      );
      if (pick) await vscode.commands.executeCommand('workbench.actions.view.problems');
    }),
    vscode.commands.registerCommand('macroplan.showDependencyGraph', () => {
      const editor = markdownEditor();
      if (!editor || !client()) return;
      GraphView.show(context, getClient, editor.document);
    }),
    // Run by the "cited by N plans" code lens: peek at the citing lines.
    vscode.commands.registerCommand(SHOW_CITING_LINES, async (uri: string, position: { line: number; character: number }, locations: { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[]) => {
      const locs = (locations ?? []).map((l) => new vscode.Location(vscode.Uri.parse(l.uri), new vscode.Range(l.range.start.line, l.range.start.character, l.range.end.line, l.range.end.character)));
      if (locs.length === 1) {
        await vscode.window.showTextDocument(locs[0].uri, { selection: locs[0].range });
        return;
      }
      await vscode.commands.executeCommand('editor.action.showReferences', vscode.Uri.parse(uri), new vscode.Position(position.line, position.character), locs);
    }),
  );
}
