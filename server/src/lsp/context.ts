import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult } from '../core/engine';
import type { PlanModel } from '../core/model';
import type { Folder } from './folders';

/** What the feature modules (hover, completion, ...) may use of the server. */
export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** The folder a document belongs to, its configuration read. */
  folderForUri(uri: string): Promise<Folder | undefined>;
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
  log(message: string): void;
}
