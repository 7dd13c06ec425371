/**
 * What the server keeps per open Markdown document, by version: the parse cache, the model and the
 * check result of the current version (the scheduling of checks is in scheduler.ts).
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { buildModel, type PlanModel } from '../core/model';
import { CheckReuse } from '../core/incremental';
import type { CheckResult } from '../core/engine';
import { uriToPath } from './convert';

export interface DocState {
  /** What a check leaves for the next version's: unchanged chunks' parses and model, cited files' answers. */
  reuse: CheckReuse;
  model?: { version: number; model: PlanModel };
  result?: { version: number; result: CheckResult };
  /**
   * The diagnostics last published, as sent, and their version: a second publish of the same
   * version (history's) is skipped when they are the same. Compared only then, so a keystroke's
   * publish does not serialise them.
   */
  published?: unknown[];
  publishedVersion?: number;
  /** The profile last sent to the client (`macroplan/profile`), to send only changes. */
  profileKey?: string;
}

export class DocumentStates {
  private states = new Map<string, DocState>();

  /** `maxPlanSize`: the limit of the folder holding a file (a document over it gets an empty model). */
  constructor(private readonly maxPlanSize: (abs: string) => number) {}

  /** The state of an open document, made on first use. */
  state(uri: string): DocState {
    let st = this.states.get(uri);
    if (!st) this.states.set(uri, (st = { reuse: new CheckReuse() }));
    return st;
  }

  get(uri: string): DocState | undefined {
    return this.states.get(uri);
  }

  has(uri: string): boolean {
    return this.states.has(uri);
  }

  delete(uri: string): boolean {
    return this.states.delete(uri);
  }

  entries(): IterableIterator<[string, DocState]> {
    return this.states.entries();
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
    const model = abs && text.length > this.maxPlanSize(abs) ? buildModel('') : buildModel(text, st?.reuse.parse);
    if (st) st.model = { version: doc.version, model };
    return model;
  }

  cachedResult(doc: TextDocument): CheckResult | undefined {
    const st = this.states.get(doc.uri);
    return st?.result?.version === doc.version ? st.result.result : undefined;
  }
}

/** Whether the document's last check resolved a citation to this file. */
export function cites(st: DocState, abs: string): boolean {
  return !!st.result?.result.citations.some((c) => c.resolution.kind === 'ok' && c.resolution.abs === abs);
}
