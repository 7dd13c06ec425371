import type { Rule } from '../../rule';
import { GUIDE } from './design-util';

export const rule: Rule = {
  meta: {
    id: 'MP303',
    name: 'design-modeling-table',
    severity: 'warning',
    description: 'The Modeling Decisions section of a design document states what is modeled, simplified and omitted as a table.',
    scope: 'plan',
    kinds: ['design'],
    needs: ['plan-structure'],
  },
  check(ctx) {
    const section = ctx.plan?.byRole('modeling-decisions');
    if (!section || section.unwritten) return;
    if (ctx.model.tables.some((t) => t.start >= section.bodyStart && t.start < section.end)) return;
    ctx.report({
      start: section.heading.start,
      end: section.heading.end,
      message: `${section.title} has no table: write what is modeled, simplified and omitted as a table (| Component | Modeled | Simplified | Omitted | Justification |), one row per component (${GUIDE} §2.1, §3.3).`,
    });
  },
};
