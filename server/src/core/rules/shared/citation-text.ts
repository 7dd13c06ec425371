import type { Resolution } from '../../workspace';
import type { LineRange } from '../../citations';

/** Why a line range cannot be checked against a file of `lineCount` lines, or undefined when it can. */
export function rangeProblem(r: LineRange, lineCount: number): string | undefined {
  if (r.start === 0) return 'line numbers start at 1';
  if (r.end < r.start) return `the range ends (${r.end}) before it starts (${r.start})`;
  const size = `${lineCount} line${lineCount === 1 ? '' : 's'}`;
  if (r.start > lineCount) return `line ${r.start} is past the end of the file (${size})`;
  if (r.end > lineCount) return `the range ends at line ${r.end}, past the end of the file (${size})`;
  return undefined;
}

export function describeRange(r: { start: number; end: number }): string {
  return r.start === r.end ? `line ${r.start}` : `lines ${r.start}-${r.end}`;
}

/** MP001's message, shared with the hover: where the path was looked for, and the closest paths. */
export function missingMessage(rawPath: string, res: Extract<Resolution, { kind: 'missing' }>, asCited: (rel: string) => string = (r) => r): string {
  if (res.checkout) return `${rawPath} does not exist in the checkout mapped for it (${res.checkout}).`;
  if (res.notHere) return `${rawPath} is not in this workspace: it has no folder ${res.notHere}/. If it cites another repository, map the prefix in "repositories" of .macroplan.json (to a local checkout, or to null to leave it unchecked).`;
  const s = res.suggestions.map(asCited);
  return `${rawPath} does not exist in the workspace.${s.length ? ` Closest: ${s.join(', ')}.` : ''}`;
}

/**
 * A declaration as a reader names it: `func Route`, `func (r *Router) Route`, `type Cart`, `var
 * limits`; its parameters and a multi-line literal's body are left out.
 */
export function shortDeclaration(signature: string): string {
  const first = signature.split('\n')[0].trim();
  const m = /^(func\s+(?:\([^)]*\)\s*)?[\p{L}_][\p{L}\p{Nd}_]*|(?:type|var|const)\s+[\p{L}_][\p{L}\p{Nd}_]*)/u.exec(first);
  return m ? m[1].replace(/\s+/g, ' ') : first.length > 60 ? `${first.slice(0, 59)}…` : first;
}
