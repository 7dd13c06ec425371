import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDocument, type CheckResult } from '../../server/src/core/engine';
import type { PlanModel } from '../../server/src/core/model';
import type { FileSystem } from '../../server/src/core/fs';
import type { ServerContext } from '../../server/src/lsp/context';
import { DocumentStates } from '../../server/src/lsp/documents';
import { Folder } from '../../server/src/lsp/folders';
import { pathToUri, uriToPath } from '../../server/src/lsp/convert';

/**
 * The server as the feature modules see it (ServerContext), in process: one workspace folder over
 * the given FileSystem, open documents held in memory, checks run by the engine on demand. No
 * connection, no process: a feature's answer can be compared to exact ranges.
 */
export class InProcessServer implements ServerContext {
  readonly folder: Folder;
  private readonly open = new Map<string, TextDocument>();
  private readonly states: DocumentStates;
  readonly logs: string[] = [];
  clientSupports = { linkSupport: true, documentChanges: true, hierarchicalSymbols: true, markdownHover: true };
  readonly documents = {
    get: (uri: string) => this.open.get(uri),
    all: () => [...this.open.values()],
  };

  constructor(readonly root: string, fs: FileSystem) {
    this.folder = new Folder(root, pathToUri(root), (m) => this.logs.push(m), true, fs);
    this.states = new DocumentStates(() => this.folder.config.maxPlanSize);
  }

  /** Reads the folder's configuration (its `.macroplan.json`, through the FileSystem). */
  async start(): Promise<this> {
    await this.folder.reload(undefined, true);
    return this;
  }

  /** Opens (or changes) a document at a path relative to the root; returns it. */
  openDocument(rel: string, text: string, languageId = 'markdown'): TextDocument {
    const uri = pathToUri(`${this.root}/${rel}`);
    const prev = this.open.get(uri);
    const doc = TextDocument.create(uri, languageId, (prev?.version ?? 0) + 1, text);
    this.open.set(uri, doc);
    if (languageId === 'markdown') this.states.state(uri);
    return doc;
  }

  async folderForUri(uri: string): Promise<Folder | undefined> {
    const abs = uriToPath(uri);
    return !abs || this.folder.contains(abs) ? this.folder : undefined;
  }

  workspaceFolders(): Folder[] {
    return [this.folder];
  }

  onDocumentChanged(): void {}

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
    const st = this.states.get(doc.uri);
    if (!st) return undefined;
    const cached = this.cachedResult(doc);
    if (cached) return cached;
    const result = await checkDocument(this.folder.ws, doc.getText(), { config: this.folder.config, path: uriToPath(doc.uri), model: this.modelFor(doc), log: (m) => this.logs.push(m) });
    st.result = { version: doc.version, result };
    return result;
  }

  log(message: string): void {
    this.logs.push(message);
  }

  logError(where: string, e: unknown): void {
    this.logs.push(`${where}: ${(e as Error)?.stack ?? String(e)}`);
  }
}
