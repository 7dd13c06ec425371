import type { CancellationToken, ClientCapabilities, Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult } from '../core/engine';
import type { PlanModel } from '../core/model';
import type { Folder } from './folders';

/** What the feature modules (hover, completion, ...) may use of the server. */
export interface ServerContext {
  /** The open documents (only get and all are used, so a test can hand in a plain store). */
  documents: Pick<TextDocuments<TextDocument>, 'get' | 'all'>;
  /** The folder a document belongs to, its configuration read. */
  folderForUri(uri: string): Promise<Folder | undefined>;
  /** The workspace folders the client listed, in its order (not the loose folders of files outside them). */
  workspaceFolders(): Folder[];
  /** The model of the document's current version, if one is already built (never builds). */
  cachedModel(doc: TextDocument): PlanModel | undefined;
  /** The model of the document's current version, built now when needed. */
  modelFor(doc: TextDocument): PlanModel;
  /** The check result of the document's current version, if the last check was of it. */
  cachedResult(doc: TextDocument): CheckResult | undefined;
  /** The check result of the document's current version, checking now when needed. */
  ensureResult(doc: TextDocument): Promise<CheckResult | undefined>;
  clientSupports: {
    linkSupport: boolean;
    documentChanges: boolean;
    hierarchicalSymbols: boolean;
    markdownHover: boolean;
  };
  /** Calls the listener after each change of an open document (any language). */
  onDocumentChanged(listener: (doc: TextDocument) => void): void;
  log(message: string): void;
  logError(where: string, e: unknown): void;
}

/**
 * One editor feature: the capabilities it adds to the initialize answer and the handlers it
 * registers. server.ts asks every feature in FEATURES (features.ts) for both; a feature keeps
 * its own state in its closure, so two servers in one process share nothing.
 */
export interface Feature {
  /** Called once, with the client's capabilities, while the server answers `initialize`. */
  capabilities?(client: ClientCapabilities): ServerCapabilities;
  /** Registers the feature's handlers; `guard` wraps a request handler (see guard.ts). */
  register(connection: Connection, ctx: ServerContext, guard: Guard): void;
}

/** Wraps a request handler: a throw answers the request with an error and is logged (guard.ts). */
export type Guard = <P, R>(name: string, handler: (params: P, token?: CancellationToken) => R | Promise<R>) => (params: P, token?: CancellationToken) => Promise<R>;
