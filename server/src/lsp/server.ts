/**
 * The language server: a thin LSP layer over the engine (server/src/core). This file assembles it:
 * the lifecycle (initialize, configuration, workspace folders), the open documents' events, and the
 * editor features of features.ts, each of which declares its capabilities and registers its own
 * handlers. Every answer comes from the engine or from core/queries.ts.
 */
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type ServerCapabilities,
  type WorkspaceFolder,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult } from '../core/engine';
import type { PlanModel } from '../core/model';
import type { FileSystem } from '../core/fs';
import { debounceOf, type Folder, type Settings } from './folders';
import { isCode, isMarkdown, pathToUri, uriToPath } from './convert';
import type { Feature, ServerContext } from './context';
import { DEFAULT_DEBOUNCE_MS, Scheduler } from './scheduler';
import { HistoryService } from './history';
import { cites, DocumentStates, type DocState } from './documents';
import { FolderSet } from './folderSet';
import { Configuration, SECTION } from './configuration';
import { Checker } from './checker';
import { filesChanged, registerWatchers } from './watchers';
import { guardWith } from './guard';
import { createFeatures } from './features';
import { CachedAnswers } from './cachedAnswers';
import { startMark } from '../core/startmarks';
import { startTreeSitter } from '../core/lang';

export class MacroplanServer implements ServerContext {
  readonly documents = new TextDocuments(TextDocument);
  readonly folders: FolderSet;
  readonly states: DocumentStates;
  readonly scheduler = new Scheduler((uri) => void this.checker.check(uri));
  readonly history = new HistoryService({
    log: (m) => this.log(m),
    relativePatterns: false,
  });
  private readonly config: Configuration;
  private readonly checker: Checker;
  readonly answers: CachedAnswers;
  private readonly features: Feature[];
  private caps = { watchedFilesDynamic: false, configurationDynamic: false, workspaceFolders: false };
  clientSupports = { linkSupport: false, documentChanges: false, hierarchicalSymbols: false, markdownHover: true };
  private changeListeners: ((doc: TextDocument) => void)[] = [];

  /** Settles on `initialized`, once the configuration of every folder is being read. */
  private started: Promise<void>;
  private markStarted!: () => void;

  constructor(
    readonly connection: Connection,
    /** Every read of the workspace goes through it (the disk by default). */
    fs?: FileSystem,
  ) {
    this.started = new Promise((resolve) => (this.markStarted = resolve));
    this.folders = new FolderSet({
      log: this.log,
      watched: () => this.caps.watchedFilesDynamic,
      reload: (f) => this.config.reloadFolder(f),
      gone: (f) => this.history.reset(f),
      fs,
    });
    this.states = new DocumentStates((abs) => this.folders.forPath(abs).config.maxPlanSize);
    this.config = new Configuration(connection, this.folders, this.scheduler, this.history, (w, e) => this.logError(w, e));
    this.answers = new CachedAnswers(connection, this.folders);
    this.checker = new Checker(this);
    this.features = createFeatures(this);
  }

  log = (message: string): void => {
    this.connection.console.log(message);
  };

  logError(where: string, e: unknown): void {
    this.connection.console.error(`${where}: ${(e as Error)?.stack ?? String(e)}`);
  }

  listen(): void {
    const c = this.connection;
    c.onInitialize((p) => this.initialize(p));
    c.onInitialized(() => void this.initialized().catch((e) => this.logError('initialized', e)));
    c.onDidChangeConfiguration((p) => {
      const s = (p.settings as Record<string, unknown> | undefined)?.[SECTION];
      if (s && typeof s === 'object') this.config.settings = s as Settings;
      void this.reloadAll().catch((e) => this.logError('didChangeConfiguration', e));
    });
    c.onShutdown(() => {
      // No more checks: cancel the ones in flight and the scheduled ones.
      this.scheduler.stopAll();
      this.history.dispose();
    });
    c.onDidChangeWatchedFiles((p) => {
      try {
        filesChanged({ folders: this.folders, history: this.history, reloadFolder: (f) => this.config.reloadFolder(f), recheck: (pred) => this.recheck(pred) }, p.changes);
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
      for (const listener of this.changeListeners) listener(e.document);
    });
    this.documents.onDidSave((e) => {
      // An uncommitted plan's baseline may come from its modification time or its stamp.
      if (!isMarkdown(e.document.uri, e.document.languageId)) return;
      const abs = uriToPath(e.document.uri);
      if (abs) this.history.saved(this.folders.forPath(abs), { path: abs, result: this.states.cachedResult(e.document) });
      this.answers.saved(e.document.uri, e.document.version);
      this.scheduler.later(e.document.uri);
    });
    this.documents.onDidClose((e) => {
      try {
        this.closed(e.document);
      } catch (err) {
        this.logError('didClose', err);
      }
    });

    const guard = guardWith((w, e) => this.logError(w, e));
    for (const f of this.features) f.register(c, this, guard);

    this.documents.listen(c);
    c.listen();
  }

  // ---- lifecycle -------------------------------------------------------------------------

  private initialize(p: InitializeParams): InitializeResult {
    startMark('initialize');
    const opts = (p.initializationOptions ?? {}) as { settings?: Settings; workspaceTrusted?: boolean };
    if (opts.settings && typeof opts.settings === 'object') this.config.settings = opts.settings;
    this.config.trusted = opts.workspaceTrusted !== false;
    this.history.trusted = this.config.trusted;
    this.scheduler.debounce = debounceOf(this.config.settings, DEFAULT_DEBOUNCE_MS);
    const cap = p.capabilities;
    this.config.perFolder = !!cap.workspace?.configuration;
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
    this.folders.set(folders);

    const capabilities: ServerCapabilities = {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    };
    for (const f of this.features) Object.assign(capabilities, f.capabilities?.(cap));
    return { capabilities, serverInfo: { name: 'macroplan', version: '0.1.0' } };
  }

  private async initialized(): Promise<void> {
    startMark('initialized');
    // Configuration first (synchronously queued, so checks of documents opened next wait for it).
    const loading = this.reloadAll(false);
    this.markStarted();
    // tree-sitter's runtime compiles (off this thread) while the client opens its documents: a
    // first check that cites code then starts its grammars without waiting for it.
    startTreeSitter().catch(() => undefined);
    if (this.caps.watchedFilesDynamic) await registerWatchers(this.connection).catch((e) => this.logError('register file watchers', e));
    if (this.caps.configurationDynamic) {
      await this.connection.client.register(DidChangeConfigurationNotification.type, { section: SECTION }).catch((e) => this.logError('register configuration', e));
    }
    if (this.caps.workspaceFolders) {
      this.connection.workspace.onDidChangeWorkspaceFolders((e) => {
        this.folders.set([...this.folders.without(e.removed.map((r) => r.uri)), ...e.added]);
        void this.reloadAll().catch((err) => this.logError('workspace folders', err));
      });
    }
    await loading;
  }

  /** Re-reads every folder's configuration, then re-checks the open documents (not needed at start: checks wait for it). */
  private async reloadAll(recheck = true): Promise<void> {
    await this.config.reloadAll();
    if (recheck) this.recheck(() => true);
  }

  // ---- ServerContext ---------------------------------------------------------------------

  async folderForUri(uri: string): Promise<Folder | undefined> {
    await this.started;
    const abs = uriToPath(uri);
    // An untitled (unsaved) document is checked against the first workspace folder.
    const folder = abs ? this.folders.forPath(abs) : this.folders.first;
    if (!folder) return undefined;
    await folder.ready;
    return folder;
  }

  workspaceFolders(): Folder[] {
    return this.folders.workspace();
  }

  onDocumentChanged(listener: (doc: TextDocument) => void): void {
    this.changeListeners.push(listener);
  }

  cachedModel(doc: TextDocument): PlanModel | undefined {
    return this.states.cachedModel(doc);
  }

  modelFor(doc: TextDocument): PlanModel {
    return this.states.modelFor(doc);
  }

  cachedResult(doc: TextDocument): CheckResult | undefined {
    return this.states.cachedResult(doc);
  }

  async ensureResult(doc: TextDocument): Promise<CheckResult | undefined> {
    const cached = this.cachedResult(doc);
    if (cached) return cached;
    if (!this.states.has(doc.uri)) return undefined;
    return this.checker.check(doc.uri);
  }

  // ---- documents -------------------------------------------------------------------------

  private contentChanged(doc: TextDocument): void {
    if (isCode(doc.uri, doc.languageId)) {
      const abs = uriToPath(doc.uri);
      if (!abs) return;
      this.folders.setOverlay(abs, doc.version, doc.getText());
      this.recheck((st) => cites(st, abs));
      return;
    }
    if (!isMarkdown(doc.uri, doc.languageId)) return;
    startMark('plan opened');
    this.states.state(doc.uri);
    this.scheduler.edited(doc.uri);
  }

  private closed(doc: TextDocument): void {
    if (isCode(doc.uri, doc.languageId)) {
      const abs = uriToPath(doc.uri);
      if (!abs) return;
      this.folders.setOverlay(abs, doc.version, undefined);
      this.recheck((st) => cites(st, abs));
      return;
    }
    this.scheduler.close(doc.uri);
    this.answers.closed(doc.uri);
    if (!this.states.delete(doc.uri)) return;
    void this.connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
  }

  /** Schedules a check of every open Markdown document the predicate selects. */
  private recheck(pred: (st: DocState, uri: string) => boolean): void {
    for (const [uri, st] of this.states.entries()) {
      if (pred(st, uri)) this.scheduler.later(uri);
    }
  }
}
