import type { Rule } from '../../rule';
import { fenceLine, GUIDE, listing, prohibitedGo } from './design-util';

export const rule: Rule = {
  meta: {
    id: 'MP307',
    name: 'design-go-implementation',
    severity: 'warning',
    description: 'A Go function or method written with its body (an implementation) in a design document (design-guidelines.md §3.4).',
    scope: 'plan',
    kinds: ['design'],
    needs: [],
  },
  async check(ctx) {
    for (const { block, snippet } of await prohibitedGo(ctx)) {
      const funcs = snippet.otherCode.filter((c) => (c.kind === 'function' || c.kind === 'method') && c.body).map((c) => c.name ?? c.kind);
      if (!funcs.length) continue;
      const what = funcs.length === 1 ? `implements ${funcs[0]}` : `implements ${listing(funcs)}`;
      ctx.report({ ...fenceLine(ctx.model, block), message: `This block ${what}: method bodies change during micro-planning. Describe the behavioral contract instead (GIVEN <state> WHEN <call> THEN <observable result>) (${GUIDE} §3.4).` });
    }
  },
};
