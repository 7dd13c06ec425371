import type { Rule } from '../../rule';
import { GUIDE } from './design-util';

export const rule: Rule = {
  meta: {
    id: 'MP309',
    name: 'design-line-citation',
    severity: 'info',
    description: 'A file:line citation in a design document: stale after any refactoring (design-guidelines.md §3.4). The citation rules still check it.',
    scope: 'plan',
    kinds: ['design'],
    needs: [],
  },
  check(ctx) {
    for (const c of ctx.model.citations) {
      ctx.report({ start: c.start, end: c.end, message: `\`${ctx.model.text.slice(c.start, c.end)}\` points at lines that move with any refactoring: name the module and its responsibility instead (${GUIDE} §3.4); line citations belong in the micro plan.` });
    }
  },
};
