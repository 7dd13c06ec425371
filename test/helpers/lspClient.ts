/**
 * Drives the real built language server (dist/server.js) over stdio with real LSP messages.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type {
  ClientCapabilities,
  Diagnostic,
  InitializeResult,
  PublishDiagnosticsParams,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';

export const REPO = path.resolve(__dirname, '..', '..');
export const SERVER = path.join(REPO, 'dist', 'server.js');

/** Builds dist/server.js when it is missing (`npm test` builds it first). */
export function ensureBuilt(): void {
  if (!fs.existsSync(SERVER)) execFileSync('npm', ['run', 'bundle', '--silent'], { cwd: REPO, stdio: 'inherit' });
}

export const CLIENT_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
    didChangeConfiguration: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    definition: { linkSupport: true },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    completion: { completionItem: { snippetSupport: true, labelDetailsSupport: true } },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
    publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
  },
};

export interface StartOptions {
  root: string;
  /** More workspace folders besides the root. */
  folders?: string[];
  /** initializationOptions.workspaceTrusted, default true. */
  trusted?: boolean;
  /** The command to start; default `node dist/server.js --stdio`. */
  command?: string[];
  settings?: Record<string, unknown>;
  capabilities?: ClientCapabilities;
  /** The server's environment (default: this process's). */
  env?: NodeJS.ProcessEnv;
}

type Waiter = { uri: string; pred: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void };

export class LspClient {
  readonly published: PublishDiagnosticsParams[] = [];
  /** Every publish, with the time it arrived (performance.now()). */
  readonly publishTimes: number[] = [];
  readonly logs: string[] = [];
  readonly registrations: unknown[] = [];
  /** Every `macroplan/profile` notification, in order. */
  readonly profiles: { uri: string; profile: string | null; kind: string | null; reason: string }[] = [];
  settings: Record<string, unknown>;
  private waiters: Waiter[] = [];
  private versions = new Map<string, number>();
  stderr = '';

  private constructor(readonly proc: ChildProcess, readonly conn: MessageConnection, settings: Record<string, unknown>) {
    this.settings = settings;
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      this.publishTimes.push(performance.now());
      this.waiters = this.waiters.filter((w) => {
        if (w.uri === p.uri && w.pred(p)) {
          w.resolve(p);
          return false;
        }
        return true;
      });
    });
    conn.onNotification('macroplan/profile', (p: LspClient['profiles'][number]) => this.profiles.push(p));
    conn.onNotification('window/logMessage', (p: { message: string }) => this.logs.push(p.message));
    conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map(() => this.settings));
    conn.onRequest('client/registerCapability', (p: { registrations: unknown[] }) => {
      this.registrations.push(...p.registrations);
      return null;
    });
    conn.onRequest('window/workDoneProgress/create', () => null);
  }

  static async start(opts: StartOptions): Promise<LspClient> {
    ensureBuilt();
    const proc = spawn(process.execPath, opts.command ?? [SERVER, '--stdio'], { cwd: REPO, env: opts.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new LspClient(proc, conn, opts.settings ?? {});
    proc.stderr!.on('data', (d) => (client.stderr += d.toString()));
    conn.listen();
    const rootUri = pathToFileURL(opts.root).href;
    const result = (await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [opts.root, ...(opts.folders ?? [])].map((f) => ({ uri: pathToFileURL(f).href, name: path.basename(f) })),
      capabilities: opts.capabilities ?? CLIENT_CAPABILITIES,
      initializationOptions: { settings: opts.settings ?? {}, workspaceTrusted: opts.trusted ?? true },
    })) as InitializeResult;
    client.initializeResult = result;
    await conn.sendNotification('initialized', {});
    return client;
  }

  initializeResult?: InitializeResult;

  request<R = unknown>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.conn.sendNotification(method, params);
  }

  version(uri: string): number {
    return this.versions.get(uri) ?? 0;
  }

  async open(uri: string, text: string, languageId = 'markdown'): Promise<void> {
    this.versions.set(uri, 1);
    await this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = this.version(uri) + 1;
    this.versions.set(uri, version);
    await this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  /** The next (or an already received) publish for `uri` that satisfies `pred`. */
  waitForDiagnostics(uri: string, pred: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10000, includePast = true): Promise<PublishDiagnosticsParams> {
    if (includePast) {
      for (let i = this.published.length - 1; i >= 0; i--) {
        const p = this.published[i];
        if (p.uri === uri) {
          if (pred(p)) return Promise.resolve(p);
          break; // only the latest publish for the uri counts
        }
      }
    }
    return new Promise((resolve, reject) => {
      const w: Waiter = { uri, pred, resolve: (p) => { clearTimeout(timer); resolve(p); } };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((x) => x !== w);
        const last = [...this.published].reverse().find((p) => p.uri === uri);
        reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(last)}\nserver log:\n${this.logs.join('\n')}\n${this.stderr}`));
      }, timeoutMs);
      this.waiters.push(w);
    });
  }

  /** Diagnostics published for a given version of a document. */
  diagnosticsFor(uri: string, version: number, timeoutMs = 10000): Promise<Diagnostic[]> {
    return this.waitForDiagnostics(uri, (p) => p.version === version, timeoutMs).then((p) => p.diagnostics);
  }

  async stop(): Promise<void> {
    if (this.proc.exitCode !== null || this.proc.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.proc.once('exit', () => resolve()));
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
      await this.notify('exit', null);
    } catch {
      // the connection may already be gone
    }
    const timer = setTimeout(() => this.proc.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
    this.conn.dispose();
  }
}
