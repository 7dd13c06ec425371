/**
 * The language server: a thin LSP layer over the engine (server/src/core). It keeps the open
 * documents, one engine Workspace per workspace folder, and schedules checks; every answer
 * comes from the engine or from core/queries.ts.
 */
import { SOURCE_GLOB, isSourcePath } from '../core/lang/paths';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DiagnosticSeverity,
  ErrorCodes,
  FileChangeType,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDocument, ENGINE_RULES, type CheckResult } from '../core/engine';
import { buildModel, type PlanModel } from '../core/model';
import { ParseCache } from '../core/chunks';
import { CancelledError } from '../core/types';
import { CONFIG_FILE } from '../core/config';
import { Folder, debounceOf, type Settings } from './folders';
import { SOURCE, isCode, isMarkdown, pathToUri, toLspDiagnostics, uriToPath } from './convert';
import type { ServerContext } from './context';
import { hover } from './hover';
import { definition, documentLinks } from './navigation';
import { references } from './references';
import { completion, COMPLETION_TRIGGERS } from './completion';
import { codeActions, FIX_ALL_KIND } from './codeActions';
import { documentSymbols } from './symbols';
import { DEFAULT_DEBOUNCE_MS, Scheduler, type Run } from './scheduler';
import { HistoryService } from './history';
import { PROFILE_NOTIFICATION, type ProfileNotice } from './profileNotice';
const SECTION = 'macroplan';
/** Quiet time after a publish before history is asked (longer than the pause between keystrokes). */
const HISTORY_PAUSE_MS = 250;

/** What is kept per open Markdown document, by version (the scheduling is in scheduler.ts). */
interface DocState {
  /** Parses of unchanged heading-delimited chunks are reused between versions. */
  parseCache: ParseCache;
  model?: { version: number; model: PlanModel };
  result?: { version: number; result: CheckResult };
  /** The diagnostics last published, as sent, to skip sending the same again. */
  publishedJson?: string;
  /** The profile last sent to the client (`macroplan/profile`), to send only changes. */
  profileKey?: string;
}

export class MacroplanServer implements ServerContext {
  readonly documents = new TextDocuments(TextDocument);
  private folders: Folder[] = [];
  /** The first workspace folder, as the client listed them. */
  private firstFolder: Folder | undefined;
  /** Folders for documents outside every workspace folder, by directory. */
  private loose = new Map<string, Folder>();
  private states = new Map<string, DocState>();
  private scheduler = new Scheduler((uri) => void this.check(uri));
  private history = new HistoryService({
    log: (m) => this.log(m),
    relativePatterns: false,
  });
  /** Text of Go files open in the editor, applied to every Workspace that holds them. */
  private goOverlays = new Map<string, { version: number; text: string }>();
  private settings: Settings | undefined;
  private trusted = true;
  private publishedConfigProblems = new Set<string>();
  private caps = { configuration: false, watchedFilesDynamic: false, configurationDynamic: false, workspaceFolders: false };
  clientSupports = { linkSupport: false, documentChanges: false, hierarchicalSymbols: false, markdownHover: true };

  /** Settles on `initialized`, once the configuration of every folder is being read. */
  private started: Promise<void>;
  private markStarted!: () => void;

  constructor(readonly connection: Connection) {
    this.started = new Promise((resolve) => (this.markStarted = resolve));
  }

  log = (message: string): void => {
    this.connection.console.log(message);
  };

  listen(): void {
    const c = this.connection;
    c.onInitialize((p) => this.initialize(p));
    c.onInitialized(() => void this.initialized().catch((e) => this.logError('initialized', e)));
    c.onDidChangeConfiguration((p) => {
      const s = (p.settings as Record<string, unknown> | undefined)?.[SECTION];
      if (s && typeof s === 'object') this.settings = s as Settings;
      void this.reloadAll().catch((e) => this.logError('didChangeConfiguration', e));
    });
    c.onShutdown(() => {
      // No more checks: cancel the ones in flight and the scheduled ones.
      this.scheduler.stopAll();
      this.history.dispose();
    });
    c.onDidChangeWatchedFiles((p) => {
      try {
        this.filesChanged(p.changes);
      } catch (e) {
        this.logError('didChangeWatchedFiles', e);
      }
    });

    this.documents.onDidChangeContent((e) => {
      try {
        this.contentChanged(e.document);
      } catch (err) {
        this.logError('didChange', err);
      }
    });
    this.documents.onDidSave((e) => {
      // An uncommitted plan's baseline may come from its modification time or its stamp.
      if (!isMarkdown(e.document.uri, e.document.languageId)) return;
      const abs = uriToPath(e.document.uri);
      if (abs) this.history.saved(this.folderForPath(abs));
      this.scheduler.later(e.document.uri);
    });
    this.documents.onDidClose((e) => {
      try {
        this.closed(e.document);
      } catch (err) {
        this.logError('didClose', err);
      }
    });

    c.onHover(this.guard('hover', (p) => hover(this, p)));
    c.onDefinition(this.guard('definition', (p) => definition(this, p)));
    c.onReferences(this.guard('references', (p) => references(this, p)));
    c.onDocumentLinks(this.guard('documentLink', (p) => documentLinks(this, p)));
    c.onCompletion(this.guard('completion', (p) => completion(this, p)));
    c.onCodeAction(this.guard('codeAction', (p) => codeActions(this, p)));
    c.onDocumentSymbol(this.guard('documentSymbol', (p) => documentSymbols(this, p)));
    c.onRequest('macroplan/debug/memory', this.guard('memory', () => process.memoryUsage()));
    c.onRequest('macroplan/checkFile', this.guard('checkFile', (p: { uri: string }) => this.checkFile(p.uri)));

    this.documents.listen(c);
    c.listen();
  }

  /** Runs a request handler; a throw answers the request with an error and is logged. */
  private guard<P, R>(name: string, handler: (params: P) => R | Promise<R>): (params: P) => Promise<R> {
    return async (params: P) => {
      try {
        return await handler(params);
      } catch (e) {
        if (e instanceof ResponseError) throw e;
        this.logError(name, e);
        throw new ResponseError(ErrorCodes.InternalError, `macroplan: ${name} failed: ${(e as Error)?.message ?? String(e)}`);
      }
    };
  }

  logError(where: string, e: unknown): void {
    this.connection.console.error(`${where}: ${(e as Error)?.stack ?? String(e)}`);
  }

  // ---- lifecycle -------------------------------------------------------------------------

  private initialize(p: InitializeParams): InitializeResult {
    const opts = (p.initializationOptions ?? {}) as { settings?: Settings; workspaceTrusted?: boolean };
    if (opts.settings && typeof opts.settings === 'object') this.settings = opts.settings;
    this.trusted = opts.workspaceTrusted !== false;
    this.history.trusted = this.trusted;
    this.scheduler.debounce = debounceOf(this.settings, DEFAULT_DEBOUNCE_MS);
    const cap = p.capabilities;
    this.caps.configuration = !!cap.workspace?.configuration;
    this.caps.watchedFilesDynamic = !!cap.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    this.caps.configurationDynamic = !!cap.workspace?.didChangeConfiguration?.dynamicRegistration;
    this.caps.workspaceFolders = !!cap.workspace?.workspaceFolders;
    if (this.caps.watchedFilesDynamic) {
      this.history.host.relativePatterns = !!cap.workspace?.didChangeWatchedFiles?.relativePatternSupport;
      this.history.host.watch = async (watchers) => {
        await this.started;
        await this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
      };
    }
    this.clientSupports.linkSupport = !!cap.textDocument?.definition?.linkSupport;
    this.clientSupports.documentChanges = !!cap.workspace?.workspaceEdit?.documentChanges;
    this.clientSupports.hierarchicalSymbols = !!cap.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport;
    const formats = cap.textDocument?.hover?.contentFormat;
    this.clientSupports.markdownHover = !formats || formats.includes('markdown');

    const folders: WorkspaceFolder[] = p.workspaceFolders ?? [];
    if (folders.length === 0 && p.rootUri) folders.push({ uri: p.rootUri, name: 'root' });
    else if (folders.length === 0 && p.rootPath) folders.push({ uri: pathToUri(p.rootPath), name: 'root' });
    this.setFolders(folders);

    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentLinkProvider: { resolveProvider: false },
        completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        documentSymbolProvider: { label: 'Macro Plan' },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'macroplan', version: '0.1.0' },
    };
  }

  private setFolders(list: WorkspaceFolder[]): void {
    const next: Folder[] = [];
    for (const f of list) {
      const root = uriToPath(f.uri);
      if (!root) continue;
      next.push(this.folders.find((o) => o.root === path.resolve(root)) ?? new Folder(path.resolve(root), f.uri, this.log, this.caps.watchedFilesDynamic));
    }
    // A folder that went takes its git history (and its cat-file process) with it.
    for (const f of this.folders) if (!next.includes(f)) this.history.reset(f);
    // Longest root first, so a nested folder wins over its parent.
    this.firstFolder = next[0];
    this.folders = next.slice().sort((a, b) => b.root.length - a.root.length);
  }

  private async initialized(): Promise<void> {
    // Configuration first (synchronously queued, so checks of documents opened next wait for it).
    const loading = this.reloadAll(false);
    this.markStarted();
    if (this.caps.watchedFilesDynamic) {
      await this.connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: SOURCE_GLOB }, { globPattern: `**/${CONFIG_FILE}` }],
      }).catch((e) => this.logError('register file watchers', e));
    }
    if (this.caps.configurationDynamic) {
      await this.connection.client.register(DidChangeConfigurationNotification.type, { section: SECTION }).catch((e) => this.logError('register configuration', e));
    }
    if (this.caps.workspaceFolders) {
      this.connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const keep = this.folders.filter((f) => !e.removed.some((r) => r.uri === f.uri)).map((f) => ({ uri: f.uri!, name: '' }));
        this.setFolders([...keep, ...e.added]);
        void this.reloadAll().catch((err) => this.logError('workspace folders', err));
      });
    }
    await loading;
  }

  // ---- configuration ---------------------------------------------------------------------

  private async settingsFor(folder: Folder): Promise<Settings | undefined> {
    if (!this.caps.configuration) return this.settings;
    try {
      const s = await this.connection.workspace.getConfiguration({ scopeUri: folder.uri, section: SECTION });
      return s && typeof s === 'object' ? (s as Settings) : this.settings;
    } catch (e) {
      this.logError('workspace/configuration', e);
      return this.settings;
    }
  }

  /** Re-reads a folder's configuration (serialised per folder) and publishes the config file's problems. */
  private reloadFolder(folder: Folder): Promise<void> {
    folder.ready = folder.ready.then(async () => {
      const settings = await this.settingsFor(folder);
      if (folder.uri) this.scheduler.debounce = debounceOf(settings, this.scheduler.debounce);
      const { fileProblems, replaced } = await folder.reload(settings, this.trusted);
      this.history.reset(folder);
      if (replaced) {
        for (const [abs, o] of this.goOverlays) if (folder.contains(abs)) folder.ws.setOverlay(abs, o.version, o.text);
      }
      const uri = pathToUri(folder.configFile);
      if (fileProblems.length > 0 || this.publishedConfigProblems.has(uri)) {
        const diagnostics: LspDiagnostic[] = fileProblems.map((p) => ({
          range: { start: { line: Math.max(0, (p.line ?? 1) - 1), character: 0 }, end: { line: Math.max(0, (p.line ?? 1) - 1), character: 1000 } },
          severity: DiagnosticSeverity.Error,
          source: SOURCE,
          code: 'config',
          message: `${p.message} (using defaults for this setting)`,
        }));
        if (diagnostics.length) this.publishedConfigProblems.add(uri);
        else this.publishedConfigProblems.delete(uri);
        await this.connection.sendDiagnostics({ uri, diagnostics });
      }
    }).catch((e) => this.logError(`configuration of ${folder.root}`, e));
    return folder.ready;
  }

  /** Re-reads every folder's configuration, then re-checks the open documents (not needed at start: checks wait for it). */
  private async reloadAll(recheck = true): Promise<void> {
    if (!this.caps.configuration) this.scheduler.debounce = debounceOf(this.settings, DEFAULT_DEBOUNCE_MS);
    await Promise.all([...this.folders, ...this.loose.values()].map((f) => this.reloadFolder(f)));
    if (recheck) this.recheck(() => true);
  }

  /** The folder holding a file: the innermost workspace folder, else one for its directory. */
  private folderForPath(abs: string): Folder {
    const f = this.folders.find((x) => x.contains(abs));
    if (f) return f;
    const dir = path.dirname(abs);
    let loose = this.loose.get(dir);
    if (!loose) {
      // No watcher covers a loose file's folder reliably: check the disk each time.
      loose = new Folder(dir, undefined, this.log, false);
      this.loose.set(dir, loose);
      for (const [goPath, o] of this.goOverlays) if (loose.contains(goPath)) loose.ws.setOverlay(goPath, o.version, o.text);
      void this.reloadFolder(loose);
    }
    return loose;
  }

  async folderForUri(uri: string): Promise<Folder | undefined> {
    await this.started;
    const abs = uriToPath(uri);
    // An untitled (unsaved) document is checked against the first workspace folder.
    const folder = abs ? this.folderForPath(abs) : this.firstFolder;
    if (!folder) return undefined;
    await folder.ready;
    return folder;
  }

  // ---- documents and checks --------------------------------------------------------------

  private state(uri: string): DocState {
    let st = this.states.get(uri);
    if (!st) this.states.set(uri, (st = { parseCache: new ParseCache() }));
    return st;
  }

  private contentChanged(doc: TextDocument): void {
    if (isCode(doc.uri, doc.languageId)) {
      const abs = uriToPath(doc.uri);
      if (!abs) return;
      const text = doc.getText();
      this.goOverlays.set(abs, { version: doc.version, text });
      for (const f of this.foldersHolding(abs)) f.ws.setOverlay(abs, doc.version, text);
      this.recheck((st) => cites(st, abs));
      return;
    }
    if (!isMarkdown(doc.uri, doc.languageId)) return;
    this.state(doc.uri);
    this.scheduler.edited(doc.uri);
  }

  private closed(doc: TextDocument): void {
    if (isCode(doc.uri, doc.languageId)) {
      const abs = uriToPath(doc.uri);
      if (!abs) return;
      this.goOverlays.delete(abs);
      for (const f of this.foldersHolding(abs)) {
        f.ws.setOverlay(abs, doc.version, undefined);
        f.ws.invalidate(abs);
      }
      this.recheck((st) => cites(st, abs));
      return;
    }
    this.scheduler.close(doc.uri);
    if (!this.states.delete(doc.uri)) return;
    void this.connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
  }

  private foldersHolding(abs: string): Folder[] {
    return [...this.folders, ...this.loose.values()].filter((f) => f.contains(abs));
  }

  private filesChanged(changes: { uri: string; type: FileChangeType }[]): void {
    const recheckAll = new Set<Folder>();
    const changedGo = new Set<string>();
    // HEAD moved (a commit, a checkout): every open document is judged against the new one.
    if (this.history.headMoved(changes.map((c) => uriToPath(c.uri) ?? ''))) {
      this.recheck(() => true);
      changes = changes.filter((c) => !uriToPath(c.uri)?.includes(`${path.sep}.git${path.sep}`));
    }
    for (const ch of changes) {
      const abs = uriToPath(ch.uri);
      if (!abs) continue;
      if (path.basename(abs) === CONFIG_FILE) {
        for (const f of [...this.folders, ...this.loose.values()]) {
          if (f.configFile === abs) {
            void this.reloadFolder(f);
            recheckAll.add(f);
          }
        }
        continue;
      }
      if (!isSourcePath(abs)) continue;
      for (const f of this.foldersHolding(abs)) {
        f.ws.invalidate(abs);
        if (ch.type !== FileChangeType.Changed) {
          f.ws.invalidateListing();
          recheckAll.add(f);
        }
      }
      changedGo.add(abs);
    }
    // Wait for any configuration reload before checking again.
    void Promise.all([...recheckAll].map((f) => f.ready)).then(() => {
      this.recheck((st, uri) => {
        const abs = uriToPath(uri);
        if (abs && [...recheckAll].some((f) => f.contains(abs))) return true;
        return [...changedGo].some((g) => cites(st, g));
      });
    });
  }

  /** Schedules a check of every open Markdown document the predicate selects. */
  private recheck(pred: (st: DocState, uri: string) => boolean): void {
    for (const [uri, st] of this.states) {
      if (pred(st, uri)) this.scheduler.later(uri);
    }
  }

  /** Tells the client which profile the document got and why (its status bar), when that changed. */
  private async sendProfile(uri: string, st: DocState, result: CheckResult): Promise<void> {
    const notice: ProfileNotice = { uri, profile: result.profile?.name ?? null, kind: result.profile?.kind ?? null, reason: result.choice.reason };
    const key = `${notice.profile}\0${notice.reason}`;
    if (st.profileKey === key) return;
    st.profileKey = key;
    await this.connection.sendNotification(PROFILE_NOTIFICATION, notice).catch(() => undefined);
  }

  /** Checks the current version of a document and publishes its diagnostics, unless a newer version overtook it. */
  private async check(uri: string): Promise<CheckResult | undefined> {
    const doc = this.documents.get(uri);
    const st = this.states.get(uri);
    if (!doc || !st) return undefined;
    const run = this.scheduler.start(uri);
    const version = doc.version;
    let handedOff = false;
    try {
      const folder = await this.folderForUri(uri);
      if (run.isCancellationRequested || !folder) return undefined;
      const current = this.documents.get(uri);
      if (!current || current.version !== version) return undefined;
      const text = current.getText();
      // A document over the size limit is not parsed at all: the engine reports it as skipped.
      const model = text.length > folder.config.maxPlanSize ? undefined : this.modelFor(current);
      // History as far as it is remembered (no git process): MP009 stays on while typing.
      const remembered = this.history.fromMemory(folder, uriToPath(uri));
      const result = await checkDocument(folder.ws, text, { config: folder.config, path: uriToPath(uri), token: run, model, log: this.log, history: remembered?.options });
      if (!run.mayPublish(version)) return undefined;
      await this.publish(uri, st, run, version, folder, result);
      await this.sendProfile(uri, st, result);
      // Then history with git for what memory could not answer, off the typing path: the run
      // stays cancellable until it is done.
      if (!remembered || remembered.misses() > 0) {
        handedOff = true;
        void this.checkHistory(uri, st, run, version, folder, text, model);
      }
      return result;
    } catch (e) {
      if (e instanceof CancelledError) return undefined;
      this.logError(`check ${uri}`, e);
      // Say so on the document rather than leave the last version's diagnostics standing.
      if (run.mayPublish(version)) {
        run.published(version);
        const diagnostic: LspDiagnostic = {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          severity: DiagnosticSeverity.Error,
          source: SOURCE,
          code: ENGINE_RULES.internalError.id,
          message: `macroplan could not check this document: ${(e as Error)?.message ?? String(e)}. See the Macro Plan output for details; please report this.`,
        };
        await this.connection.sendDiagnostics({ uri, version, diagnostics: [diagnostic] }).catch(() => undefined);
      }
      return undefined;
    } finally {
      if (!handedOff) run.done();
    }
  }

  /** Publishes a version's diagnostics; a second publish of the same version only when they differ. */
  private async publish(uri: string, st: DocState, run: Run, version: number, folder: Folder, result: CheckResult): Promise<void> {
    const diagnostics = toLspDiagnostics(result, version, folder.ws.root);
    const json = JSON.stringify(diagnostics);
    const same = st.result?.version === version && st.publishedJson === json;
    st.result = { version, result };
    st.publishedJson = json;
    run.published(version);
    if (!same) await this.connection.sendDiagnostics({ uri, version, diagnostics });
  }

  /** The second publish of a version, with MP009 from history; dropped when a newer run took over. */
  private async checkHistory(uri: string, st: DocState, run: Run, version: number, folder: Folder, text: string, model: PlanModel | undefined): Promise<void> {
    try {
      // Only once typing pauses: a history check in flight would hold the next keystroke's check.
      await new Promise((r) => setTimeout(r, Math.max(this.scheduler.debounce, HISTORY_PAUSE_MS)));
      if (run.isCancellationRequested) return;
      const result = await this.history.check(folder, text, { config: folder.config, path: uriToPath(uri), token: run, model, log: this.log });
      if (result && run.mayPublish(version)) await this.publish(uri, st, run, version, folder, result);
    } catch (e) {
      if (!(e instanceof CancelledError)) this.logError(`history of ${uri}`, e);
    } finally {
      run.done();
    }
  }

  cachedModel(doc: TextDocument): PlanModel | undefined {
    const st = this.states.get(doc.uri);
    return st?.model?.version === doc.version ? st.model.model : undefined;
  }

  modelFor(doc: TextDocument): PlanModel {
    const cached = this.cachedModel(doc);
    if (cached) return cached;
    const st = this.states.get(doc.uri);
    const text = doc.getText();
    const abs = uriToPath(doc.uri);
    // Too large to check: an empty model, as the engine uses (no outline, links or citations).
    const model = abs && text.length > this.folderForPath(abs).config.maxPlanSize ? buildModel('') : buildModel(text, st?.parseCache);
    if (st) st.model = { version: doc.version, model };
    return model;
  }

  cachedResult(doc: TextDocument): CheckResult | undefined {
    const st = this.states.get(doc.uri);
    return st?.result?.version === doc.version ? st.result.result : undefined;
  }

  async ensureResult(doc: TextDocument): Promise<CheckResult | undefined> {
    const cached = this.cachedResult(doc);
    if (cached) return cached;
    if (!this.states.has(doc.uri)) return undefined;
    return this.check(doc.uri);
  }

  /** `macroplan/checkFile`: diagnostics of a Markdown file, open or on disk (inside a workspace folder). */
  private async checkFile(uri: string): Promise<LspDiagnostic[]> {
    if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'expected { uri: string }');
    const doc = this.documents.get(uri);
    if (doc && isMarkdown(doc.uri, doc.languageId)) {
      const result = await this.ensureResult(doc);
      if (result) {
        const folder = await this.folderForUri(doc.uri);
        if (folder) return toLspDiagnostics(result, doc.version, folder.ws.root);
      }
    }
    const abs = uriToPath(uri);
    if (!abs) throw new ResponseError(ErrorCodes.InvalidParams, `not a file URI: ${uri}`);
    const folder = this.folders.find((f) => f.contains(abs));
    if (!folder) throw new ResponseError(ErrorCodes.InvalidParams, `${abs} is outside the workspace folders`);
    await folder.ready;
    // A link inside the folder may lead outside it: compare real paths, and read the real file.
    const real = await fsp.realpath(abs).catch(() => abs);
    const realRoot = await fsp.realpath(folder.root).catch(() => folder.root);
    if (real !== realRoot && !real.startsWith(realRoot.endsWith(path.sep) ? realRoot : realRoot + path.sep)) {
      throw new ResponseError(ErrorCodes.InvalidParams, `${abs} is a link that leads outside the workspace folders; it was not read`);
    }
    const st = await fsp.stat(real);
    if (!st.isFile()) throw new ResponseError(ErrorCodes.InvalidParams, `${abs} is not a file`);
    // Never more than one byte past the limit is read: the engine then reports the file as too large.
    const handle = await fsp.open(real, 'r');
    let text: string;
    try {
      const buf = Buffer.alloc(Math.min(st.size, folder.config.maxPlanSize + 1));
      const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
      text = buf.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
    const result = await checkDocument(folder.ws, text, { config: folder.config, path: abs, log: this.log });
    return toLspDiagnostics(result, -1, folder.ws.root);
  }
}

function cites(st: DocState, abs: string): boolean {
  return !!st.result?.result.citations.some((c) => c.resolution.kind === 'ok' && c.resolution.abs === abs);
}
