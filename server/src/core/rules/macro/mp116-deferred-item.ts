import type { Rule } from '../../rule';
import type { PlanModel, Span } from '../../model';
import { prRefs, proseLines } from '../../plan/scan';
import { planFor } from './mp111-120-util';

/** Phrases that put off a decision instead of naming who does the work. */
const DEFERRED = /\baddress(?:ed)?\s+(?:when|as|if)\s+needed\b|\b(?:when|as|if)\s+needed\b|\bTBD\b|\bTBA\b|\bto be (?:decided|determined|defined|assigned|confirmed)\b|\blater\b|\beventually\b|\bfuture (?:work|PRs?)\b|\bin a (?:follow[- ]up|future) PR\b/gi;

/** An owner named without a number: the template's own "the PR that causes the change". */
const OWNER = /\b(?:each|every|the same|the introducing|the first)\s+PR\b|\bthe PR (?:that|which|introducing|causing)\b|\bstandalone (?:preparatory )?PR\b/i;

export const rule: Rule = {
  meta: {
    id: 'MP116',
    name: 'deferred-item',
    severity: 'warning',
    description: '"address when needed", "TBD" or "later" stands in for an owner in the cross-cutting section.',
    scope: 'plan',
    kinds: ['macro'],
    needs: ['plan-structure'],
  },
  check(ctx) {
    const { model } = ctx;
    const section = planFor(ctx).byRole('cross-cutting');
    if (!section || section.unwritten) return; // MP121: a `TBD` body is a section to write, not an item without owner.
    const headingLines = new Set(model.headings.filter((h) => h.start >= section.start && h.start < section.end).map((h) => h.line));
    for (const ln of proseLines(model, section.bodyStart, section.end)) {
      if (headingLines.has(ln.line)) continue;
      DEFERRED.lastIndex = 0;
      const m = DEFERRED.exec(ln.text);
      if (!m) continue;
      // The item the phrase sits in: its list item, table row, or paragraph.
      const unit = unitAt(ctx.model, ln.start + m.index, ln);
      const unitText = model.text.slice(unit.start, unit.end);
      if (prRefs(unitText).length || OWNER.test(unitText)) continue;
      ctx.report({
        start: ln.start + m.index,
        end: ln.start + m.index + m[0].length,
        message: `"${m[0]}" stands in for an owner: assign this cross-cutting item to a specific PR (or a standalone preparatory PR). No item may be left as "address when needed".`,
      });
    }
  },
};

function unitAt(model: PlanModel, offset: number, ln: { start: number; end: number; text: string }): Span {
  if (/^\s*\|/.test(ln.text)) return { start: ln.start, end: ln.end };
  let best: Span | undefined;
  for (const li of model.listItems) {
    if (li.textSpan.start <= offset && offset < li.textSpan.end && (!best || li.textSpan.start >= best.start)) best = li.textSpan;
  }
  if (best) return best;
  // A paragraph: the run of non-blank lines around the line.
  let first = model.lines.positionAt(ln.start).line;
  let last = first;
  while (first > 0 && model.lines.lineText(first - 1).trim() && !/^\s*#/.test(model.lines.lineText(first - 1))) first--;
  while (last + 1 < model.lines.lineCount && model.lines.lineText(last + 1).trim()) last++;
  return { start: model.lines.starts[first], end: model.lines.lineEnd(last) };
}
