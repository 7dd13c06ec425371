import type { Rule } from '../../rule';
import { hiddenSpans, inSpans } from '../../plan/scan';
import { lineOf } from './speckit-util';

const ITEM = /^[ \t]*[-*+][ \t]+(\[[ xX]\][ \t]+)?(?:(CHK\d{1,4})\b)?(.*)$/;

export const rule: Rule = {
  meta: {
    id: 'MP412',
    name: 'checklist-item',
    severity: 'warning',
    description: 'An item of a spec-kit checklist that is no checkbox item (`- [ ] CHK001 ...`), or a CHK id used twice.',
    scope: 'plan',
    kinds: ['spec-kit-checklist'],
    needs: [],
  },
  check(ctx) {
    const { model } = ctx;
    const hidden = hiddenSpans(model);
    const sections = model.headings.filter((h) => h.depth === 2);
    const ids = new Map<string, number>();
    const usesIds = /^[ \t]*[-*+][ \t]+\[[ xX]\][ \t]+CHK\d/m.test(model.text);
    let s = -1;
    for (const it of model.listItems) {
      if (it.depth > 0 || inSpans(hidden, it.start)) continue;
      while (s + 1 < sections.length && sections[s + 1].start < it.start) s++;
      // The template's Notes (and text before the first category) are prose, not items.
      const section = sections[s];
      if (!section || /^notes\b/i.test(section.text)) continue;
      const lineEnd = model.text.indexOf('\n', it.start);
      const raw = model.text.slice(it.start, lineEnd < 0 ? model.text.length : lineEnd);
      const m = ITEM.exec(raw);
      if (!m) continue;
      const [, box, id, rest] = m;
      if (!box) {
        const text = (id ? `${id}${rest}` : rest).trim();
        ctx.report({ start: it.start, end: it.start + raw.length, message: `This item under "${section.text}" has no checkbox: write it as "- [ ] ${usesIds && !id ? 'CHK0NN ' : ''}${text.slice(0, 60)}" so it can be ticked when checked.` });
        continue;
      }
      if (!id) continue;
      const at = ids.get(id);
      if (at === undefined) ids.set(id, it.start);
      else ctx.report({ start: it.start, end: it.start + raw.length, message: `${id} is already the id of the item on line ${lineOf(ctx, at)}: give this item the next free CHK id.` });
    }
  },
};
