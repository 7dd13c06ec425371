import type { Rule } from '../../rule';
import { countLines } from '../../plan/structure';

export const rule: Rule = {
  meta: {
    id: 'MP206',
    name: 'part-too-long',
    severity: 'info',
    description: "A part of a micro plan over its length target (Part 1, the human review, targets under 120 lines).",
    scope: 'plan',
    kinds: ['micro'],
    needs: ['plan-structure'],
  },
  check(ctx) {
    const parts = ctx.profile.parts ?? [];
    if (!parts.some((p) => p.maxLines)) return;
    const headings = ctx.model.headings;
    for (let i = 0; i < headings.length; i++) {
      const h = headings[i];
      const m = /^(?:---\s*)?part\s+(\d+)\b/i.exec(h.text.replace(/[*_`]/g, '').trim());
      if (!m) continue;
      const spec = parts.find((p) => p.number === Number(m[1]));
      if (!spec?.maxLines) continue;
      // The part runs to the next heading as deep or shallower (the next part, an appendix).
      let end = ctx.model.text.length;
      for (let k = i + 1; k < headings.length; k++) {
        if (headings[k].depth <= h.depth) {
          end = headings[k].start;
          break;
        }
      }
      const n = countLines(ctx.model.text, h.end, end);
      if (n <= spec.maxLines) continue;
      ctx.report({ start: h.start, end: h.end, message: `Part ${spec.number} (${spec.title}) has ${n} non-blank lines; its target is under ${spec.maxLines}. It is what the reviewer reads: move detail to Part 2 or the appendix.` });
    }
  },
};
