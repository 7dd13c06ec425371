import type { Rule } from '../../rule';
import type { ListItem, PlanModel } from '../../model';
import type { PlanSection } from '../../plan/structure';
import { headingRange, plural } from '../shared/structure-util';

export const rule: Rule = {
  meta: {
    id: 'MP108',
    name: 'objective-count',
    severity: 'warning',
    description: 'Fewer than 3 or more than 7 objectives.',
    scope: 'plan',
    kinds: ['macro'],
    needs: ['plan-structure'],
  },
  check(ctx) {
    const plan = ctx.plan;
    if (!plan) return;
    const section = plan.byRole('objectives');
    if (!section || section.unwritten) return; // MP101 / MP121.
    const found = objectives(ctx.model, section);
    const [min, max] = plan.profile.limits.objectives;
    const n = found.items.length;
    if (n >= min && n <= max) return;
    ctx.report({
      ...(found.anchor ?? headingRange(section)),
      message: found.anchor
        ? `${plural(n, 'objective')} listed; the profile expects ${min}-${max} crisp objectives.`
        : `No list of objectives found in this section (expected ${min}-${max}): add an "Objectives" subsection with one list item per objective.`,
    });
  },
};

/**
 * The objectives of a section: the top-level list items under an "Objectives" heading or bold
 * lead-in (up to the next heading), or, without one, of the section's first list.
 */
export function objectives(model: PlanModel, section: PlanSection): { items: ListItem[]; anchor?: { start: number; end: number } } {
  const text = model.text;
  const headings = model.headings.filter((h) => h.start > section.start && h.start < section.end);
  let from = section.bodyStart;
  let to = section.end;
  let anchor: { start: number; end: number } | undefined;
  const h = headings.find((x) => /\bobjectives?\b/i.test(x.text) && !/non[- ]?goals?/i.test(x.text));
  if (h) {
    anchor = { start: h.start, end: h.end };
    from = h.end;
    const next = headings.find((x) => x.start > h.start);
    to = next ? next.start : section.end;
  } else {
    // `**Objectives:**` as a paragraph of its own.
    const m = /^[ \t]*(?:\*\*|__)(?:high[- ]level\s+)?objectives?\s*:?\s*(?:\*\*|__)\s*:?[ \t]*$/im.exec(text.slice(section.bodyStart, section.end));
    if (m) {
      const at = section.bodyStart + m.index;
      anchor = { start: at, end: at + m[0].length };
      from = at + m[0].length;
      const next = headings.find((x) => x.start > at);
      to = next ? next.start : section.end;
    }
  }
  const inRange = model.listItems.filter((li) => li.start >= from && li.start < to);
  if (inRange.length === 0) {
    // Objectives as a table: one row each.
    const table = model.tables.find((t) => t.start >= from && t.start < to);
    // Objectives as numbered paragraphs: `**O1:** ...`, `Objective 2 — ...`.
    const numbered = [...text.slice(from, to).matchAll(/^[ \t]*(?:\*\*|__)?(?:O|Obj(?:ective)?[ \t]*)\d{1,2}\b.*$/gim)];
    if (!table && numbered.length) {
      const items = numbered.map((m) => {
        const start = from + (m.index ?? 0);
        return { start, end: start + m[0].length, text: m[0].trim(), textSpan: { start, end: start + m[0].length }, depth: 0, ordered: true };
      });
      return { items, anchor: anchor ?? { start: items[0].start, end: items[0].end } };
    }
    if (table) return { items: table.rows.map((r) => ({ start: r[0]?.start ?? table.start, end: r[r.length - 1]?.end ?? table.end, text: r[0]?.text ?? '', textSpan: { start: r[0]?.start ?? table.start, end: r[0]?.end ?? table.start }, depth: 0, ordered: false })), anchor: anchor ?? { start: table.start, end: table.header[table.header.length - 1]?.end ?? table.start } };
    return { items: [], anchor };
  }
  // The first list in range: its top-level items, up to a gap with something else between items.
  const depth = Math.min(...inRange.map((li) => li.depth));
  let top = inRange.filter((li) => li.depth === depth);
  if (!anchor) {
    // Without an "Objectives" heading or lead-in, only a numbered list, or a list that opens the
    // section, reads as the objectives; a stray bullet in the prose does not.
    const opening = text.slice(from, top[0].start).trim() === '';
    if (!opening) top = top.filter((li) => li.ordered);
    if (top.length === 0) return { items: [] };
  }
  const items: ListItem[] = [top[0]];
  for (let i = 1; i < top.length; i++) {
    const between = text.slice(top[i - 1].end, top[i].start);
    if (between.trim() !== '') break;
    items.push(top[i]);
  }
  return { items, anchor: anchor ?? { start: items[0].start, end: items[0].textSpan.end } };
}
