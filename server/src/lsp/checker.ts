/**
 * Checks of open Markdown documents and their publishing: the check of the current version with
 * history as far as it is remembered, then (off the typing path, once typing pauses) the history
 * pass with git; a version's diagnostics are published again only when they differ.
 */
import { DiagnosticSeverity, type Connection, type Diagnostic as LspDiagnostic, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDocument, ENGINE_RULES, type CheckResult } from '../core/engine';
import type { PlanModel } from '../core/model';
import { CancelledError } from '../core/types';
import * as path from 'node:path';
import { preloadCitedGrammars } from '../core/lang';
import { indexAhead } from '../core/indexahead';
import { nodeFs } from '../core/fs';
import type { Folder } from './folders';
import { SOURCE, toLspDiagnostics, uriToPath } from './convert';
import type { DocState, DocumentStates } from './documents';
import type { HistoryService } from './history';
import type { Run, Scheduler } from './scheduler';
import { sendProfile } from './notices';
import type { CachedAnswers } from './cachedAnswers';
import { startMark } from '../core/startmarks';

/** Quiet time after a publish before history is asked (longer than the pause between keystrokes). */
const HISTORY_PAUSE_MS = 250;

export interface CheckerHost {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  states: DocumentStates;
  scheduler: Scheduler;
  history: HistoryService;
  answers: CachedAnswers;
  folderForUri(uri: string): Promise<Folder | undefined>;
  log(message: string): void;
  logError(where: string, e: unknown): void;
}

export class Checker {
  /** The index worker is started once per process, for the first check: the start is what it speeds. */
  private aheadTried = false;

  constructor(private readonly host: CheckerHost) {}

  private async indexAhead(folder: Folder, text: string): Promise<boolean> {
    if (this.aheadTried || folder.fs !== nodeFs) return false;
    this.aheadTried = true;
    // Beside the server's bundle in dist/; from source there is none, and this thread indexes.
    return indexAhead(folder.ws, text, path.join(__dirname, 'index-worker.js')).catch(() => false);
  }

  /** Checks the current version of a document and publishes its diagnostics, unless a newer version overtook it. */
  async check(uri: string): Promise<CheckResult | undefined> {
    const { documents, states, scheduler, history } = this.host;
    const doc = documents.get(uri);
    const st = states.get(uri);
    if (!doc || !st) return undefined;
    const run = scheduler.start(uri);
    const version = doc.version;
    let handedOff = false;
    try {
      startMark('check started');
      const folder = await this.host.folderForUri(uri);
      startMark('folder ready');
      if (run.isCancellationRequested || !folder) return undefined;
      const current = documents.get(uri);
      if (!current || current.version !== version) return undefined;
      const text = current.getText();
      // History as far as it is remembered (no git process): MP009 stays on while typing.
      const remembered = history.fromMemory(folder, uriToPath(uri));
      // The first check of a session publishes a cached answer first, before anything is parsed.
      const first = st.publishedVersion === undefined;
      const cachedFrom = first && !remembered ? await this.host.answers.publish(uri, st, run, version, folder, text, await history.cacheBasis(folder)) : false;
      if (!run.mayPublish(version)) return undefined;
      // Then the grammars of the languages the plan cites start to load, their WASM compiled off
      // this thread while the plan is parsed. Not before the cached answer: their compiles and
      // instantiations took the CPU and the thread it needed (mixed workspace, warm: 395 ms to
      // the first answer against Go's 266). Waits until the compiles are under way (tree-sitter's
      // runtime, started at initialize, first): the parse holds this thread, and every step of a
      // load that needs it.
      // The process's first check of a plan citing many files on disk indexes them in a worker
      // thread instead, beside the parse (core/indexahead.ts); then this thread loads no grammar.
      if (first && !(await this.indexAhead(folder, text))) await preloadCitedGrammars(text);
      // What the answer will rest on, taken before the check reads anything (a reload may replace it meanwhile).
      const basis = remembered ? undefined : this.host.answers.basis(uri, folder);
      // A document over the size limit is not parsed at all: the engine reports it as skipped.
      const model = text.length > folder.config.maxPlanSize ? undefined : states.modelFor(current);
      startMark('plan parsed');
      const result = await checkDocument(folder.ws, text, { config: folder.config, path: uriToPath(uri), token: run, model, log: this.host.log, history: remembered?.options, reuse: st.reuse });
      startMark('plan checked');
      if (!run.mayPublish(version)) return undefined;
      // A cached answer with history stands until the check with history answers: this one,
      // without, would take its MP009 away meanwhile.
      if (cachedFrom === 'history') st.result = { version, result };
      else await this.publish(uri, st, run, version, folder, result);
      startMark('first diagnostics sent');
      if (basis) this.host.answers.checked(uri, version, basis, text, result, first);
      await sendProfile(this.host.connection, uri, st, result);
      // Then history with git for what memory could not answer, off the typing path: the run
      // stays cancellable until it is done.
      if (!remembered || remembered.misses() > 0) {
        handedOff = true;
        void this.checkHistory(uri, st, run, version, folder, text, model);
      }
      return result;
    } catch (e) {
      if (e instanceof CancelledError) return undefined;
      this.host.logError(`check ${uri}`, e);
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
        await this.host.connection.sendDiagnostics({ uri, version, diagnostics: [diagnostic] }).catch(() => undefined);
      }
      return undefined;
    } finally {
      if (!handedOff) run.done();
    }
  }

  /** Publishes a version's diagnostics; a second publish of the same version only when they differ. */
  private async publish(uri: string, st: DocState, run: Run, version: number, folder: Folder, result: CheckResult): Promise<void> {
    const diagnostics = toLspDiagnostics(result, version, folder.ws.root);
    // A cached answer published first (cachedAnswers.ts) counts as published.
    const same = st.publishedVersion === version && JSON.stringify(st.published) === JSON.stringify(diagnostics);
    st.result = { version, result };
    st.published = diagnostics;
    st.publishedVersion = version;
    run.published(version);
    if (!same) await this.host.connection.sendDiagnostics({ uri, version, diagnostics });
  }

  /** The second publish of a version, with MP009 from history; dropped when a newer run took over. */
  private async checkHistory(uri: string, st: DocState, run: Run, version: number, folder: Folder, text: string, model: PlanModel | undefined): Promise<void> {
    try {
      // Only once typing pauses: a history check in flight would hold the next keystroke's check.
      await new Promise((r) => setTimeout(r, Math.max(this.host.scheduler.debounce, HISTORY_PAUSE_MS)));
      if (run.isCancellationRequested) return;
      // What the answer rests on is read before the check asks anything: it may be kept (cachedAnswers.ts).
      const basis = this.host.answers.historyBasis(uri, folder, await this.host.history.cacheBasis(folder));
      const result = await this.host.history.check(folder, text, { config: folder.config, path: uriToPath(uri), token: run, model, log: this.host.log, reuse: st.reuse }, basis?.deps);
      if (result && run.mayPublish(version)) await this.publish(uri, st, run, version, folder, result);
      if (result && basis) this.host.answers.checkedWithHistory(basis, text, result);
    } catch (e) {
      if (!(e instanceof CancelledError)) this.host.logError(`history of ${uri}`, e);
    } finally {
      run.done();
    }
  }
}
