import type { Diagnostic, TextEdit } from './types';

/**
 * Applies the fix of each diagnostic that offers exactly one, skipping edits that overlap an
 * edit already taken. Returns the new text and how many fixes were applied.
 */
export function applyFixes(text: string, diagnostics: Diagnostic[]): { text: string; applied: number } {
  const { edits, applied } = chooseFixes(diagnostics);
  return { text: applyEdits(text, edits), applied };
}

/**
 * The fixes to apply without asking ("fix all", `--fix`): the single fix of each diagnostic whose
 * edits overlap no edit already chosen. A diagnostic offering several fixes (an ambiguous path
 * with its candidates, a missing path with several close ones) asks for a choice only the author
 * can make, so it is left for a quick fix rather than settled by whichever comes first.
 */
export function chooseFixes(diagnostics: Diagnostic[]): { edits: TextEdit[]; applied: number } {
  let applied = 0;
  const taken: TextEdit[] = [];
  for (const d of diagnostics) {
    if (d.fixes?.length !== 1) continue;
    const fix = d.fixes[0];
    if (fix.manual) continue;
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
