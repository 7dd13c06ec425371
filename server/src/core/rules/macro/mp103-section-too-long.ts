import type { Rule } from '../../rule';
import { countLines } from '../../plan/structure';
import { prCards } from '../../plan/prcards';
import { describeSpec, headingRange } from '../shared/structure-util';

export const rule: Rule = {
  meta: {
    id: 'MP103',
    name: 'section-too-long',
    severity: 'warning',
    description: "A section over the profile's line limit (A over 15 non-blank lines, D over 80), or a PR's Tier 1 summary over 25 lines (info over 15).",
    scope: 'plan',
    kinds: ['macro', 'micro'],
    needs: ['plan-structure'],
  },
  check(ctx) {
    const plan = ctx.plan;
    if (!plan) return;
    for (const s of plan.sections) {
      const max = s.spec?.maxLines;
      if (!max || s.lineCount <= max) continue;
      ctx.report({ ...headingRange(s), message: `Section ${describeSpec(s.spec!)} has ${s.lineCount} non-blank lines; the limit is ${max}. It is part of the human-review core: cut it down or move detail to a later section.` });
    }
    const { tier1Lines, tier1InfoLines } = plan.profile.limits;
    const text = ctx.model.text;
    for (const card of prCards(ctx.model, plan)) {
      const t1 = card.tier1;
      if (!t1) continue;
      // The marker line (`**Tier 1: Human Review Summary**`) is not part of the summary.
      const nl = text.indexOf('\n', t1.start);
      const bodyStart = nl < 0 || nl > t1.end ? t1.end : nl;
      const n = countLines(text, bodyStart, t1.end);
      if (n <= tier1InfoLines) continue;
      const marker = { start: t1.start, end: bodyStart };
      if (n > tier1Lines) {
        ctx.report({ ...marker, message: `${card.id} Tier 1 summary has ${n} non-blank lines; the maximum is ${tier1Lines} (target ${tier1InfoLines}). Move detail to Tier 2.` });
      } else {
        ctx.report({ ...marker, severity: 'info', message: `${card.id} Tier 1 summary has ${n} non-blank lines; the target is ${tier1InfoLines} (maximum ${tier1Lines}).` });
      }
    }
  },
};
