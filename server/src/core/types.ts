/** Severities, ordered from most to least severe. `off` disables a rule. */
export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** A text edit on the plan, in UTF-16 offsets of the document text. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** A fix is data: the CLI applies it with --fix, the server offers it as a quick fix. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Offered as a quick fix only: `--fix` and "Fix all" never apply it (a guess to review). */
  manual?: boolean;
}

export interface Diagnostic {
  rule: string;
  name: string;
  severity: Severity;
  /** UTF-16 offsets into the document text. */
  start: number;
  end: number;
  message: string;
  fixes?: Fix[];
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
