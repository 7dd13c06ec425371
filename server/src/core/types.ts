/** Severities, ordered from most to least severe. `off` disables a rule. */
export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** A text edit on the plan, in UTF-16 offsets of the document text. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** A rewrite of the document, as data: a title to show and its edits. */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface Diagnostic {
  rule: string;
  name: string;
  severity: Severity;
  /** UTF-16 offsets into the document text. */
  start: number;
  end: number;
  message: string;
  /**
   * The one rewrite with one answer that keeps the author's words (a moved or renamed citation, a
   * path qualified to its one match): `--fix` and "Fix all" apply it unasked.
   */
  fix?: Fix;
  /**
   * Rewrites for the author to choose in the editor (several candidates, text the tool would
   * write for them, a guess to review): quick fixes, never preferred, never applied unasked.
   */
  suggestions?: Fix[];
}

/** Checking is abandoned when a newer version of the document arrives. */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
}

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
  }
}

export function throwIfCancelled(token?: Cancellation): void {
  if (token?.isCancellationRequested) throw new CancelledError();
}
