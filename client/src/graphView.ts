/**
 * "Show PR Dependency Graph": a webview that draws the DAG the server computes
 * (`macroplan/dependencyGraph`), redrawn (debounced) as the plan changes; clicking a PR reveals its
 * card. The script (dist/graph.js) is bundled: no network, and a strict content security policy.
 */
import * as crypto from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { REQUESTS, type DependencyGraph } from '../../server/src/lsp/protocol';

const DEBOUNCE_MS = 300;

export class GraphView {
  private static current: GraphView | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private ready = false;
  private pending = false;

  static show(context: vscode.ExtensionContext, client: () => LanguageClient | undefined, doc: vscode.TextDocument): GraphView {
    if (GraphView.current) {
      GraphView.current.setDocument(doc);
      GraphView.current.panel.reveal(vscode.ViewColumn.Beside, true);
      return GraphView.current;
    }
    const panel = vscode.window.createWebviewPanel('macroplan.dependencyGraph', 'PR Dependency Graph', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      retainContextWhenHidden: false,
      localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist')],
    });
    GraphView.current = new GraphView(context, client, panel, doc);
    return GraphView.current;
  }

  private constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: () => LanguageClient | undefined,
    readonly panel: vscode.WebviewPanel,
    private doc: vscode.TextDocument,
  ) {
    panel.webview.html = this.html();
    this.setDocument(doc);
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: { type: string; line?: number }) => {
        if (m.type === 'ready') {
          this.ready = true;
          this.refresh();
        } else if (m.type === 'reveal' && typeof m.line === 'number') void this.reveal(m.line);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() === this.doc.uri.toString()) this.schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor((e) => {
        // Follow the plan the user switches to.
        if (e && e.document.languageId === 'markdown' && e.document.uri.toString() !== this.doc.uri.toString()) this.setDocument(e.document);
      }),
    );
  }

  private setDocument(doc: vscode.TextDocument): void {
    this.doc = doc;
    this.panel.title = `PR Dependency Graph: ${doc.uri.path.split('/').pop()}`;
    this.refresh();
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.refresh();
    }, DEBOUNCE_MS);
  }

  private async refresh(): Promise<void> {
    if (!this.ready) {
      this.pending = true;
      return;
    }
    this.pending = false;
    const lc = this.client();
    if (!lc) {
      void this.panel.webview.postMessage({ type: 'error', message: 'The Macro Plan language server is not running.' });
      return;
    }
    try {
      const data = await lc.sendRequest<DependencyGraph>(REQUESTS.dependencyGraph, { textDocument: { uri: this.doc.uri.toString() } });
      void this.panel.webview.postMessage({ type: 'graph', data, title: this.doc.uri.path.split('/').pop() });
    } catch (e) {
      void this.panel.webview.postMessage({ type: 'error', message: `Cannot compute the graph: ${e instanceof Error ? e.message : String(e)}` });
    }
  }

  private async reveal(line: number): Promise<void> {
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.doc.uri.toString());
    const editor = await vscode.window.showTextDocument(this.doc, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
    const pos = new vscode.Position(line, 0);
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.AtTop);
  }

  private html(): string {
    const webview = this.panel.webview;
    const nonce = crypto.randomBytes(16).toString('base64');
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'graph.js'));
    const csp = `default-src 'none'; img-src ${webview.cspSource}; script-src 'nonce-${nonce}'; style-src ${webview.cspSource} 'nonce-${nonce}'; font-src ${webview.cspSource}`;
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>PR Dependency Graph</title>
<style nonce="${nonce}">
  body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 8px 12px; }
  #summary { font-weight: 600; margin: 4px 0 6px; }
  #problems { color: var(--vscode-errorForeground); margin: 0 0 8px; padding-left: 18px; }
  .legend { display: flex; gap: 14px; font-size: 0.9em; opacity: 0.85; margin-bottom: 8px; }
  .legend span::before { content: ''; display: inline-block; width: 10px; height: 10px; margin-right: 4px; border: 1px solid; border-radius: 2px; vertical-align: -1px; }
  .legend .ok::before { border-color: var(--vscode-focusBorder); }
  .legend .bad::before { border-color: var(--vscode-errorForeground); background: var(--vscode-inputValidation-errorBackground); }
  .legend .ext::before { border-style: dashed; border-color: var(--vscode-disabledForeground); }
  #graph { overflow: auto; }
  /* Scaled down to the view's width when wider; the viewBox keeps the proportions. */
  #graph svg { max-width: 100%; height: auto; }
  .lane-bg { fill: var(--vscode-sideBar-background, rgba(128,128,128,0.06)); stroke: var(--vscode-panel-border, rgba(128,128,128,0.3)); stroke-dasharray: 4 3; }
  .lane-label { fill: var(--vscode-descriptionForeground); font-size: 11px; }
  .node rect { fill: var(--vscode-editorWidget-background, #252526); stroke: var(--vscode-focusBorder, #007fd4); stroke-width: 1.5; }
  .node { cursor: pointer; }
  .node:hover rect, .node:focus rect { stroke-width: 3; outline: none; }
  .node:focus { outline: none; }
  .node text { fill: var(--vscode-foreground); }
  .node.cycle rect, .node.unknown rect { stroke: var(--vscode-errorForeground, #f14c4c); fill: var(--vscode-inputValidation-errorBackground, #5a1d1d); }
  .node.unknown rect { stroke-dasharray: 5 3; }
  .node.external rect { stroke: var(--vscode-disabledForeground); stroke-dasharray: 5 3; }
  .pr-id { font-weight: 700; font-size: 13px; }
  .pr-title { font-size: 12px; }
  .pr-ext { font-size: 10px; fill: var(--vscode-descriptionForeground) !important; font-style: italic; }
  .edge { fill: none; stroke: var(--vscode-foreground); stroke-opacity: 0.6; stroke-width: 1.5; }
  .edge.bad { stroke: var(--vscode-errorForeground, #f14c4c); stroke-opacity: 1; stroke-width: 2; }
  .edge-head { fill: var(--vscode-foreground); fill-opacity: 0.7; }
  .edge-head.bad { fill: var(--vscode-errorForeground, #f14c4c); fill-opacity: 1; }
  .empty { opacity: 0.8; }
</style>
</head>
<body>
<div id="summary">Loading…</div>
<ul id="problems"></ul>
<div class="legend"><span class="ok">PR</span><span class="bad">cycle or unknown PR</span><span class="ext">outside this plan</span></div>
<div id="graph"></div>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
  }

  dispose(): void {
    if (GraphView.current === this) GraphView.current = undefined;
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
    this.disposables.length = 0;
  }
}
