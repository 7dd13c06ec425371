/**
 * Authoring features of the language server: the logic behind the editor's "Insert PR card",
 * "Insert module contract", "Insert risk register row", "Check all plans in workspace" and "Show PR
 * dependency graph" commands (custom requests, so any LSP client gets the same behaviour), completion
 * in PR cards, and the "cited by N plans" code lens over Go declarations.
 *
 * Registered from main.ts with `registerAuthoring(server)` before `server.listen()`. The server
 * answers the initialize request itself, so the capabilities this module needs (code lens) are added
 * to its answer by wrapping the connection's onInitialize registration.
 *
 * Requests (positions are LSP positions; `Insertion` is { uri, position, snippet, text, reason }):
 * - `macroplan/authoring/prCardOptions` { textDocument, position } -> { number, extensionTypes, blocks, firstBc, bcStyle }
 * - `macroplan/authoring/prCard` { textDocument, position, extensionType?, buildingBlock?, title? } -> Insertion & { number }
 * - `macroplan/authoring/moduleContract` { textDocument, position, name? } -> Insertion
 * - `macroplan/authoring/riskRow` { textDocument, position } -> Insertion & { kind: 'row' | 'table' }
 * - `macroplan/checkWorkspace` { } (work done progress) -> { files, plans, errors, warnings, infos, results }
 * - `macroplan/dependencyGraph` { textDocument } -> GraphData & { uri, version, isPlan }
 */
import { promises as fsp } from 'node:fs';
import {
  CodeLensRequest,
  CompletionItemKind,
  ErrorCodes,
  ResponseError,
  type CancellationToken,
  type CodeLens,
  type CodeLensParams,
  type CompletionList,
  type CompletionParams,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type Location,
  type Position,
  type WorkDoneProgressReporter,
  type WorkspaceFolder,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { buildModel, type PlanModel } from '../core/model';
import { checkDocument } from '../core/engine';
import { isPlanDocument, profileFor } from '../core/plan';
import { resolveProfile, type Profile } from '../core/plan/profile';
import { planStructure, type PlanStructure } from '../core/plan/structure';
import type { CheckedCitation } from '../core/rule';
import { planPrCard, prCardSnippet } from '../core/authoring/cards';
import { contractSnippet, planContract } from '../core/authoring/contracts';
import { planRiskRow } from '../core/authoring/risks';
import { wrap, type Insertion as CoreInsertion } from '../core/authoring/place';
import { expandSnippet } from '../core/authoring/snippet';
import { authoringCompletions, mayComplete, type AuthoringItemKind } from '../core/authoring/complete';
import { graphData, type GraphData } from '../core/authoring/graph';
import { CitedByIndex, citedByTitle, type CitingLine } from '../core/authoring/citedby';
import { listMarkdownFiles } from '../core/markdownfiles';
import type { Folder } from './folders';
import type { ServerContext } from './context';
import { isGo, isMarkdown, pathToUri, toLspDiagnostic, uriToPath } from './convert';

export const AUTHORING_REQUESTS = {
  prCardOptions: 'macroplan/authoring/prCardOptions',
  prCard: 'macroplan/authoring/prCard',
  moduleContract: 'macroplan/authoring/moduleContract',
  riskRow: 'macroplan/authoring/riskRow',
  checkWorkspace: 'macroplan/checkWorkspace',
  dependencyGraph: 'macroplan/dependencyGraph',
} as const;

/** The client command a code lens runs: (goUri, position, locations) -> show the citing lines. */
export const SHOW_CITING_LINES = 'macroplan.showCitingLines';

/** Characters after which PR-card completion is offered, besides the server's own. */
export const AUTHORING_TRIGGERS = [' ', '-'];

interface DocParams {
  textDocument: { uri: string };
  position: Position;
}

export interface InsertionResult {
  uri: string;
  /** Where to insert (nothing is replaced). */
  position: Position;
  /** The snippet to insert there (LSP snippet syntax), blank lines around it included. */
  snippet: string;
  /** The same text with every placeholder at its default, for clients without snippets. */
  text: string;
  /** Where the text goes, in words ("after PR 3"). */
  reason: string;
}

/** The object main.ts hands over: the server, seen through what this module uses. */
export interface AuthoringHost extends ServerContext {
  logError(where: string, e: unknown): void;
}

/** The server state this module keeps. */
class Authoring {
  readonly index = new CitedByIndex();
  /** Per plan file on disk: the mtime/size it was indexed at. */
  private indexed = new Map<string, { mtimeMs: number; size: number }>();
  private refreshing = new Map<string, { at: number; done: Promise<void> }>();
  folders: WorkspaceFolder[] = [];
  supportsWorkspaceFolders = false;
  supportsWorkDoneProgress = false;
  supportsCodeLensRefresh = false;

  constructor(readonly ctx: AuthoringHost) {}

  get connection(): Connection {
    return this.ctx.connection;
  }

  // ---- documents ------------------------------------------------------------------------

  /** The text of a Markdown document: the open editor's, else the file's (inside a workspace folder). */
  async textOf(uri: string): Promise<{ text: string; version: number; doc?: TextDocument }> {
    const doc = this.ctx.documents.get(uri);
    if (doc) return { text: doc.getText(), version: doc.version, doc };
    const abs = uriToPath(uri);
    if (!abs) throw new ResponseError(ErrorCodes.InvalidParams, `not a file URI: ${uri}`);
    const folder = await this.ctx.folderForUri(uri);
    if (!folder) throw new ResponseError(ErrorCodes.InvalidParams, `no folder for ${uri}`);
    const st = await fsp.stat(abs);
    if (st.size > folder.config.maxPlanSize) throw new ResponseError(ErrorCodes.InvalidParams, `${abs} is too large`);
    return { text: await fsp.readFile(abs, 'utf8'), version: -1 };
  }

  async planOf(uri: string): Promise<{ model: PlanModel; plan: PlanStructure; profile: Profile; folder?: Folder; version: number }> {
    if (!uri || typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'expected { textDocument: { uri } }');
    const { text, version, doc } = await this.textOf(uri);
    const folder = await this.ctx.folderForUri(uri);
    const model = doc ? this.ctx.modelFor(doc) : buildModel(text);
    const profile = folder ? profileFor(model, folder.config, folder.root, uriToPath(uri) ?? undefined) : resolveProfile(undefined).profile;
    return { model, plan: planStructure(model, profile), profile, folder, version };
  }

  insertion(uri: string, model: PlanModel, ins: CoreInsertion, snippet: string): InsertionResult {
    let full = wrap(ins, snippet);
    // The document's own line breaks (VS Code would convert; other clients insert as given).
    if (model.text.includes('\r\n')) full = full.replace(/\r?\n/g, '\r\n');
    return { uri, position: model.lines.positionAt(ins.offset), snippet: full, text: expandSnippet(full, todayVariables()), reason: ins.reason };
  }

  // ---- commands ---------------------------------------------------------------------------

  async prCardOptions(p: DocParams) {
    const { model, plan } = await this.planOf(p.textDocument?.uri);
    const pc = planPrCard(model, plan, model.lines.offsetAt(p.position));
    return { number: pc.number, extensionTypes: pc.extensionTypes, blocks: pc.blocks, firstBc: pc.bc.first, bcStyle: pc.bc.style, reason: pc.insertion.reason };
  }

  async prCard(p: DocParams & { extensionType?: string; buildingBlock?: string; title?: string }) {
    const { model, plan, profile } = await this.planOf(p.textDocument?.uri);
    const pc = planPrCard(model, plan, model.lines.offsetAt(p.position));
    const snippet = prCardSnippet(profile, {
      number: pc.number,
      depth: pc.depth,
      title: str(p.title),
      extensionType: str(p.extensionType),
      buildingBlock: str(p.buildingBlock),
      firstBc: pc.bc.first,
      tierMarkers: pc.tierMarkers,
    });
    return { ...this.insertion(p.textDocument.uri, model, pc.insertion, snippet), number: pc.number };
  }

  async moduleContract(p: DocParams & { name?: string }) {
    const { model, plan, profile } = await this.planOf(p.textDocument?.uri);
    const cp = planContract(model, plan, model.lines.offsetAt(p.position));
    const snippet = contractSnippet(profile, { ...cp.options, name: str(p.name) });
    return this.insertion(p.textDocument.uri, model, cp.insertion, snippet);
  }

  async riskRow(p: DocParams) {
    const { model, plan } = await this.planOf(p.textDocument?.uri);
    const rp = planRiskRow(model, plan, model.lines.offsetAt(p.position));
    return { ...this.insertion(p.textDocument.uri, model, rp.insertion, rp.snippet), kind: rp.kind };
  }

  async dependencyGraph(p: { textDocument: { uri: string } }): Promise<GraphData & { uri: string; version: number; isPlan: boolean }> {
    const { model, plan, version } = await this.planOf(p.textDocument?.uri);
    return { ...graphData(model, plan), uri: p.textDocument.uri, version, isPlan: plan.matchedCount > 0 };
  }

  // ---- check all plans --------------------------------------------------------------------

  private async workspaceFolders(): Promise<WorkspaceFolder[]> {
    if (this.supportsWorkspaceFolders) {
      try {
        const f = await this.connection.workspace.getWorkspaceFolders();
        if (f) return f;
      } catch (e) {
        this.ctx.logError('workspace/workspaceFolders', e);
      }
    }
    return this.folders;
  }

  async checkWorkspace(params: { workDoneToken?: string | number }, token?: CancellationToken) {
    let progress: WorkDoneProgressReporter | undefined;
    if (params?.workDoneToken !== undefined) progress = this.connection.window.attachWorkDoneProgress(params.workDoneToken);
    else if (this.supportsWorkDoneProgress) progress = await this.connection.window.createWorkDoneProgress().catch(() => undefined);
    const results: { uri: string; errors: number; warnings: number; infos: number }[] = [];
    let files = 0;
    try {
      progress?.begin('Macro Plan: checking plans', 0, 'listing files', true);
      const lists: { folder: Folder; files: Awaited<ReturnType<typeof listMarkdownFiles>> }[] = [];
      for (const wf of await this.workspaceFolders()) {
        const folder = await this.ctx.folderForUri(wf.uri);
        if (!folder) continue;
        lists.push({ folder, files: await listMarkdownFiles(folder.root, { limit: 5000, fs: folder.ws.fs }) });
      }
      const total = lists.reduce((n, l) => n + l.files.length, 0);
      for (const { folder, files: list } of lists) {
        for (const f of list) {
          if (token?.isCancellationRequested || (progress as { token?: { isCancellationRequested: boolean } } | undefined)?.token?.isCancellationRequested) break;
          files++;
          progress?.report(Math.round((files / Math.max(total, 1)) * 100), `${files}/${total} ${f.rel}`);
          const uri = pathToUri(f.abs);
          try {
            const r = await this.checkOne(folder, uri, f.abs, f.size);
            if (r) results.push({ uri, ...r });
          } catch (e) {
            this.ctx.logError(`check ${f.abs}`, e);
          }
        }
      }
    } finally {
      progress?.done();
    }
    if (this.supportsCodeLensRefresh) void this.connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
    const sum = (k: 'errors' | 'warnings' | 'infos') => results.reduce((n, r) => n + r[k], 0);
    return { files, plans: results.length, errors: sum('errors'), warnings: sum('warnings'), infos: sum('infos'), results };
  }

  /** Checks one Markdown file (open: its editor text) and publishes its diagnostics when it is a plan. */
  private async checkOne(folder: Folder, uri: string, abs: string, size: number) {
    const open = this.ctx.documents.get(uri);
    if (open) {
      const r = await this.ctx.ensureResult(open);
      if (!r || !r.isPlan) return undefined;
      this.indexCitations(uri, r.model, r.citations);
      return count(r.diagnostics);
    }
    if (size > folder.config.maxPlanSize) return undefined;
    const text = await fsp.readFile(abs, 'utf8');
    const model = buildModel(text);
    if (!isPlanDocument(model, folder.config, folder.root, abs)) return undefined;
    const result = await checkDocument(folder.ws, text, { config: folder.config, path: abs, model, log: this.ctx.log });
    await this.connection.sendDiagnostics({ uri, diagnostics: result.diagnostics.map((d) => toLspDiagnostic(d, model.lines, -1)) });
    this.indexCitations(uri, model, result.citations);
    this.indexed.set(abs, { mtimeMs: 0, size: -1 });
    return count(result.diagnostics);
  }

  // ---- cited-by index and code lens -------------------------------------------------------

  indexCitations(planUri: string, model: PlanModel, citations: readonly CheckedCitation[]): void {
    const cites: { abs: string; cite: CitingLine }[] = [];
    for (const c of citations) {
      if (c.resolution.kind !== 'ok') continue;
      const s = model.lines.positionAt(c.start);
      const e = model.lines.positionAt(c.end);
      cites.push({ abs: c.resolution.abs, cite: { planUri, line: s.line, character: s.character, endLine: e.line, endCharacter: e.character, ranges: c.ranges.map((r) => ({ start: r.start, end: Math.max(r.start, r.end) })) } });
    }
    this.index.setPlan(planUri, cites);
  }

  /** Re-reads the plans of a folder that changed on disk (at most every 2 s), and the open plans. */
  async refreshIndex(folder: Folder): Promise<void> {
    const key = folder.root;
    const prev = this.refreshing.get(key);
    if (prev && Date.now() - prev.at < 2000) return prev.done;
    const done = (async () => {
      const seen = new Set<string>();
      for (const f of await listMarkdownFiles(folder.root, { limit: 5000, fs: folder.ws.fs })) {
        const uri = pathToUri(f.abs);
        seen.add(uri);
        if (this.ctx.documents.get(uri)) continue;
        const old = this.indexed.get(f.abs);
        if (old && old.mtimeMs === f.mtimeMs && old.size === f.size) continue;
        this.indexed.set(f.abs, { mtimeMs: f.mtimeMs, size: f.size });
        if (f.size > folder.config.maxPlanSize) continue;
        try {
          const model = buildModel(await fsp.readFile(f.abs, 'utf8'));
          if (!isPlanDocument(model, folder.config, folder.root, f.abs)) {
            this.index.removePlan(uri);
            continue;
          }
          await this.indexModel(folder, uri, model);
        } catch (e) {
          this.ctx.logError(`index ${f.abs}`, e);
        }
      }
      // Files gone from disk leave the index (open documents are indexed below).
      for (const uri of this.index.plans()) {
        const abs = uriToPath(uri);
        if (abs && folder.contains(abs) && !seen.has(uri) && !this.ctx.documents.get(uri)) this.index.removePlan(uri);
      }
    })();
    this.refreshing.set(key, { at: Date.now(), done });
    return done;
  }

  private async indexModel(folder: Folder, uri: string, model: PlanModel): Promise<void> {
    const resolved: CheckedCitation[] = [];
    const cache = new Map<string, ReturnType<Folder['ws']['resolve']>>();
    const docAbs = uriToPath(uri);
    for (const c of model.citations) {
      const target = folder.ws.citationTarget(c, docAbs);
      let r = cache.get(target);
      if (!r) cache.set(target, (r = folder.ws.resolve(target)));
      resolved.push({ ...c, resolution: await r });
    }
    this.indexCitations(uri, model, resolved);
  }

  /** Open Markdown documents: their current text wins over the disk. */
  private async indexOpen(): Promise<void> {
    for (const doc of this.ctx.documents.all()) {
      if (!isMarkdown(doc.uri, doc.languageId)) continue;
      const result = this.ctx.cachedResult(doc);
      if (result) {
        if (result.isPlan) this.indexCitations(doc.uri, result.model, result.citations);
        else this.index.removePlan(doc.uri);
        continue;
      }
      const folder = await this.ctx.folderForUri(doc.uri);
      const abs = uriToPath(doc.uri);
      if (!folder || !abs) continue;
      const model = this.ctx.modelFor(doc);
      if (isPlanDocument(model, folder.config, folder.root, abs)) await this.indexModel(folder, doc.uri, model);
      else this.index.removePlan(doc.uri);
    }
  }

  async codeLens(p: CodeLensParams): Promise<CodeLens[] | null> {
    const uri = p.textDocument.uri;
    const doc = this.ctx.documents.get(uri);
    if (!isGo(uri, doc?.languageId)) return null;
    const abs = uriToPath(uri);
    const folder = await this.ctx.folderForUri(uri);
    if (!abs || !folder) return null;
    await this.refreshIndex(folder);
    await this.indexOpen();
    const loaded = await folder.ws.load(abs);
    if (loaded.kind !== 'ok') return null;
    const lenses: CodeLens[] = [];
    for (const d of loaded.file.decls) {
      const cites = this.index.citing(abs, d.startLine, d.endLine);
      if (!cites.length) continue;
      const position = { line: d.startLine - 1, character: 0 };
      const locations: Location[] = cites.map((c) => ({ uri: c.planUri, range: { start: { line: c.line, character: c.character }, end: { line: c.endLine, character: c.endCharacter } } }));
      lenses.push({
        range: { start: position, end: position },
        command: { title: citedByTitle(cites), command: SHOW_CITING_LINES, arguments: [uri, position, locations] },
      });
    }
    return lenses;
  }

  // ---- completion ---------------------------------------------------------------------------

  async completion(p: CompletionParams): Promise<CompletionList | null> {
    const doc = this.ctx.documents.get(p.textDocument.uri);
    if (!doc || !isMarkdown(doc.uri, doc.languageId)) return null;
    const line = doc.getText({ start: { line: p.position.line, character: 0 }, end: p.position });
    if (!mayComplete(line)) return null;
    const folder = await this.ctx.folderForUri(doc.uri);
    const model = this.ctx.modelFor(doc);
    const abs = uriToPath(doc.uri);
    const profile = folder ? profileFor(model, folder.config, folder.root, abs ?? undefined) : resolveProfile(undefined).profile;
    const items = authoringCompletions(model, planStructure(model, profile), doc.offsetAt(p.position));
    if (!items) return null;
    return {
      isIncomplete: false,
      items: items.map((it) => ({
        label: it.label,
        kind: KINDS[it.kind],
        detail: it.detail,
        sortText: it.sortText,
        filterText: it.newText,
        textEdit: { range: { start: doc.positionAt(it.start), end: doc.positionAt(it.end) }, newText: it.newText },
      })),
    };
  }
}

const KINDS: Record<AuthoringItemKind, CompletionItemKind> = {
  'extension-type': CompletionItemKind.EnumMember,
  'building-block': CompletionItemKind.Module,
  pr: CompletionItemKind.Reference,
  contract: CompletionItemKind.Constant,
  invariant: CompletionItemKind.Constant,
};

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

function count(ds: { severity: string }[]) {
  return { errors: ds.filter((d) => d.severity === 'error').length, warnings: ds.filter((d) => d.severity === 'warning').length, infos: ds.filter((d) => d.severity === 'info').length };
}

/** Snippet variables for the plain-text expansion of inserted snippets. */
function todayVariables(): Record<string, string> {
  const d = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return { CURRENT_YEAR: String(d.getFullYear()), CURRENT_MONTH: two(d.getMonth() + 1), CURRENT_DATE: two(d.getDate()) };
}

let instance: Authoring | undefined;

/** The authoring module of the running server (for the completion hook). */
export function authoringCompletion(ctx: ServerContext, p: CompletionParams): Promise<CompletionList | null> {
  return (instance && instance.ctx === ctx ? instance : new Authoring(ctx as AuthoringHost)).completion(p);
}

/**
 * Registers the authoring requests and the Go code lens on the server's connection. Call before
 * `server.listen()`.
 */
export function registerAuthoring(server: AuthoringHost): void {
  const a = new Authoring(server);
  instance = a;
  const c = server.connection;
  const guard = <P, R>(name: string, h: (p: P, token?: CancellationToken) => Promise<R>) => async (p: P, token?: CancellationToken) => {
    try {
      return await h(p, token);
    } catch (e) {
      if (e instanceof ResponseError) throw e;
      server.logError(name, e);
      throw new ResponseError(ErrorCodes.InternalError, `macroplan: ${name} failed: ${(e as Error)?.message ?? String(e)}`);
    }
  };

  // The server's own initialize handler answers; this adds the code lens capability to its answer
  // and learns the workspace folders and what the client supports.
  const onInitialize = c.onInitialize.bind(c);
  c.onInitialize = (handler) =>
    onInitialize(async (params: InitializeParams, token, workDone) => {
      const result = (await handler(params, token, workDone)) as InitializeResult;
      a.folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
      a.supportsWorkspaceFolders = !!params.capabilities.workspace?.workspaceFolders;
      a.supportsWorkDoneProgress = !!params.capabilities.window?.workDoneProgress;
      a.supportsCodeLensRefresh = !!params.capabilities.workspace?.codeLens?.refreshSupport;
      if (result && typeof result === 'object' && 'capabilities' in result) {
        result.capabilities.codeLensProvider ??= { resolveProvider: false };
        const trig = result.capabilities.completionProvider?.triggerCharacters;
        if (trig) for (const t of AUTHORING_TRIGGERS) if (!trig.includes(t)) trig.push(t);
      }
      return result;
    });

  // Code lenses in Go editors count the open plans: ask the client to refresh them (debounced) as plans change.
  let lensTimer: NodeJS.Timeout | undefined;
  server.documents.onDidChangeContent((e) => {
    if (!a.supportsCodeLensRefresh || !isMarkdown(e.document.uri, e.document.languageId)) return;
    if (lensTimer) clearTimeout(lensTimer);
    lensTimer = setTimeout(() => {
      lensTimer = undefined;
      void c.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
    }, 1000);
  });

  c.onRequest(AUTHORING_REQUESTS.prCardOptions, guard('prCardOptions', (p: DocParams) => a.prCardOptions(p)));
  c.onRequest(AUTHORING_REQUESTS.prCard, guard('prCard', (p: DocParams) => a.prCard(p)));
  c.onRequest(AUTHORING_REQUESTS.moduleContract, guard('moduleContract', (p: DocParams) => a.moduleContract(p)));
  c.onRequest(AUTHORING_REQUESTS.riskRow, guard('riskRow', (p: DocParams) => a.riskRow(p)));
  c.onRequest(AUTHORING_REQUESTS.dependencyGraph, guard('dependencyGraph', (p: { textDocument: { uri: string } }) => a.dependencyGraph(p)));
  c.onRequest(AUTHORING_REQUESTS.checkWorkspace, guard('checkWorkspace', (p: { workDoneToken?: string | number }, token) => a.checkWorkspace(p ?? {}, token)));
  c.onRequest(CodeLensRequest.type, guard('codeLens', (p: CodeLensParams) => a.codeLens(p)));
}
