// The VS Code side of Macro Plan: starts the bundled language server (dist/server.js) over
// Node IPC and shows a status bar summary. All checking lives in the server; this file only
// wires VS Code to it.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import {
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  State,
  TransportKind,
} from 'vscode-languageclient/node';
import { registerAuthoring } from './authoring';
import { PROFILE_NOTIFICATION, type ProfileNotice } from '../../server/src/lsp/protocol';

const SECTION = 'macroplan';
const SOURCE = 'macroplan';

/** The settings the server is told about at start (it asks again via workspace/configuration). */
const SETTING_KEYS = [
  'enable',
  'profile',
  'rules',
  'files',
  'sourceRoots',
  'maxFileSize',
  'debounce',
  'since',
  'history.enable',
  'cache.enable',
  'trace.server',
] as const;

let client: LanguageClient | undefined;
let output: vscode.OutputChannel;
let statusItem: vscode.StatusBarItem;
let profileItem: vscode.StatusBarItem;
/** The profile each Markdown document got, as the server last said (`macroplan/profile`). */
const profiles = new Map<string, ProfileNotice>();
let extensionContext: vscode.ExtensionContext;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  extensionContext = context;
  output = vscode.window.createOutputChannel('Macro Plan');
  context.subscriptions.push(output);
  output.appendLine(`Macro Plan ${context.extension.packageJSON.version ?? ''} activating`);

  statusItem = vscode.window.createStatusBarItem('macroplan.status', vscode.StatusBarAlignment.Left, 0);
  statusItem.name = 'Macro Plan';
  statusItem.command = 'workbench.actions.view.problems';
  context.subscriptions.push(statusItem);
  profileItem = vscode.window.createStatusBarItem('macroplan.profile', vscode.StatusBarAlignment.Left, -1);
  profileItem.name = 'Macro Plan profile';
  context.subscriptions.push(profileItem);

  context.subscriptions.push(
    vscode.commands.registerCommand('macroplan.restartServer', restartServer),
    vscode.commands.registerCommand('macroplan.showOutput', () => output.show(true)),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) updateStatus();
    }),
    vscode.window.onDidChangeActiveTextEditor(() => updateStatus()),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration(`${SECTION}.enable`)) {
        if (isEnabled()) await startServer();
        else await stopServer();
        updateStatus();
      }
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      // Restricted settings (see package.json) take effect once the workspace is trusted.
      void restartServer();
    }),
  );

  registerAuthoring(context, () => client);
  updateStatus();
  if (isEnabled()) await startServer();
  else output.appendLine('macroplan.enable is false: the language server is not started');
}

export async function deactivate(): Promise<void> {
  await stopServer();
}

function isEnabled(): boolean {
  return vscode.workspace.getConfiguration(SECTION).get<boolean>('enable', true);
}

/** A plain JSON object of the current `macroplan.*` settings. */
function currentSettings(): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration(SECTION);
  const settings: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    const value = config.get(key);
    if (value === undefined) continue;
    // Dotted keys nest, as workspace/configuration answers them: `history.enable` -> { history: { enable } }.
    const [head, tail] = key.split('.');
    if (tail) settings[head] = { ...(settings[head] as object | undefined), [tail]: value };
    else settings[key] = value;
  }
  return settings;
}

async function startServer(): Promise<void> {
  if (client) return;
  const serverModule = extensionContext.asAbsolutePath('dist/server.js');
  if (!fs.existsSync(serverModule)) {
    output.appendLine(`Cannot start the language server: ${serverModule} does not exist`);
    return;
  }

  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6009'] },
    },
  };

  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      // Source files are synchronised so that edits to cited code re-check the plans (and get
      // the cited-by code lens): Go and the other languages of server/src/core/lang/.
      ...['go', 'javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'python', 'rust', 'shellscript'].map((language) => ({ scheme: 'file', language })),
    ],
    synchronize: {
      configurationSection: SECTION,
      fileEvents: [
        // Cited source files of every language the index reads (server/src/core/lang/paths.ts).
        vscode.workspace.createFileSystemWatcher('**/*.{go,js,cjs,mjs,jsx,ts,mts,cts,tsx,py,rs,sh,bash}'),
        vscode.workspace.createFileSystemWatcher('**/.macroplan.json'),
      ],
    },
    initializationOptions: {
      settings: currentSettings(),
      workspaceTrusted: vscode.workspace.isTrusted,
    },
    outputChannel: output,
    traceOutputChannel: output,
  };

  const lc = new LanguageClient(SECTION, 'Macro Plan', serverOptions, clientOptions);
  client = lc;
  lc.onDidChangeState((e) => {
    output.appendLine(`Language server: ${State[e.oldState]} -> ${State[e.newState]}`);
  });
  try {
    await lc.start();
    lc.onNotification(PROFILE_NOTIFICATION, (p: ProfileNotice) => {
      profiles.set(p.uri, p);
      updateStatus();
    });
    output.appendLine('Language server started');
  } catch (err) {
    output.appendLine(`Language server failed to start: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
  }
}

async function stopServer(): Promise<void> {
  const lc = client;
  client = undefined;
  if (!lc) return;
  try {
    if (lc.needsStop()) await lc.stop();
  } catch (err) {
    output.appendLine(`Stopping the language server failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  await lc.dispose().catch(() => undefined);
}

async function restartServer(): Promise<void> {
  output.appendLine('Restarting the language server');
  await stopServer();
  if (isEnabled()) await startServer();
  else output.appendLine('macroplan.enable is false: the language server is not started');
}

/** Error and warning counts of the active Markdown document, from the server's diagnostics. */
function updateStatus(): void {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc || doc.languageId !== 'markdown' || !isEnabled()) {
    statusItem.hide();
    profileItem.hide();
    return;
  }
  updateProfile(profiles.get(doc.uri.toString()));
  let errors = 0;
  let warnings = 0;
  for (const d of vscode.languages.getDiagnostics(doc.uri)) {
    if (d.source !== SOURCE) continue;
    if (d.severity === vscode.DiagnosticSeverity.Error) errors++;
    else if (d.severity === vscode.DiagnosticSeverity.Warning) warnings++;
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  statusItem.text = `Macro Plan $(error) ${errors} $(warning) ${warnings}`;
  statusItem.tooltip = `Macro Plan: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in this file. Click to open the Problems view.`;
  statusItem.accessibilityInformation = {
    label: `Macro Plan: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`,
  };
  statusItem.show();
}

/** The profile of the active plan, with the reason on hover; hidden for a document that is no plan. */
function updateProfile(p: ProfileNotice | undefined): void {
  if (!p?.profile) {
    profileItem.hide();
    return;
  }
  profileItem.text = `$(checklist) ${p.profile}`;
  profileItem.tooltip = `Macro Plan profile: ${p.profile} (${p.kind} plan). Why: ${p.reason}.`;
  profileItem.accessibilityInformation = { label: `Macro Plan profile: ${p.profile}` };
  profileItem.show();
}
