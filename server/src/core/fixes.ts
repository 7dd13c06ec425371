import type { Diagnostic, TextEdit } from './types';

/**
 * Applies the fix of each diagnostic that has one (never a suggestion), skipping edits that
 * overlap an edit already taken. Returns the new text and how many fixes were applied.
 */
export function applyFixes(text: string, diagnostics: Diagnostic[]): { text: string; applied: number } {
  const { edits, applied } = chooseFixes(diagnostics);
  return { text: applyEdits(text, edits), applied };
}

/**
 * The fixes to apply without asking ("Fix all", `--fix`): each diagnostic's `fix` whose edits
 * overlap no edit already chosen. Suggestions (several candidates, text written for the author, a
 * guess) are the author's to choose in the editor and are never taken here. `chosen` lists the
 * diagnostics whose fix was taken: what the JSON output calls `fixable`.
 */
export function chooseFixes(diagnostics: readonly Diagnostic[]): { edits: TextEdit[]; applied: number; chosen: Set<Diagnostic> } {
  const chosen = new Set<Diagnostic>();
  const taken: TextEdit[] = [];
  for (const d of diagnostics) {
    const fix = d.fix;
    if (!fix) continue;
    if (fix.edits.some((e) => taken.some((t) => e.start < t.end && t.start < e.end || (e.start === e.end && e.start === t.start)))) continue;
    chosen.add(d);
    taken.push(...fix.edits);
  }
  return { edits: taken, applied: chosen.size, chosen };
}

/** Applies non-overlapping edits. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = edits.slice().sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
