import type { Rule } from '../../rule';
import { GUIDE } from './design-util';

export const rule: Rule = {
  meta: {
    id: 'MP304',
    name: 'design-invariant-names',
    severity: 'warning',
    description: 'The Invariants section of a design document names its invariants INV-1, INV-2, ...',
    scope: 'plan',
    kinds: ['design'],
    needs: ['plan-structure'],
  },
  check(ctx) {
    const section = ctx.plan?.byRole('invariants');
    if (!section || section.unwritten) return;
    // A reference to a project invariant (`INV-1 (request conservation) still holds`) names it too.
    if (/\bINV-\d+/.test(ctx.model.text.slice(section.bodyStart, section.end))) return;
    ctx.report({
      start: section.heading.start,
      end: section.heading.end,
      message: `${section.title} names no invariant: write each as \`INV-1: <what must always hold>\` (or refer to the project's INV-n it keeps), so micro plans can refine it to GIVEN/WHEN/THEN (${GUIDE} §3.3, §3.5).`,
    });
  },
};
