import type { Diagnostic, TextEdit } from './types';

/**
 * Applies the first fix of each diagnostic, skipping edits that overlap an edit already taken.
 * Returns the new text and how many fixes were applied.
 */
export function applyFixes(text: string, diagnostics: Diagnostic[]): { text: string; applied: number } {
  const { edits, applied } = chooseFixes(diagnostics);
  return { text: applyEdits(text, edits), applied };
}

/** The first fix of each diagnostic whose edits overlap no edit already chosen ("fix all"). */
export function chooseFixes(diagnostics: Diagnostic[]): { edits: TextEdit[]; applied: number } {
  let applied = 0;
  const taken: TextEdit[] = [];
  for (const d of diagnostics) {
    const fix = d.fixes?.[0];
    if (!fix) continue;
    if (fix.edits.some((e) => taken.some((t) => e.start < t.end && t.start < e.end || (e.start === e.end && e.start === t.start)))) continue;
    applied++;
    taken.push(...fix.edits);
  }
  return { edits: taken, applied };
}

/** Applies non-overlapping edits. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = edits.slice().sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
