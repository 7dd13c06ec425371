import type { Rule } from '../../rule';
import { fenceLine, GUIDE, listing, prohibitedGo } from './design-util';

export const rule: Rule = {
  meta: {
    id: 'MP308',
    name: 'design-go-interface',
    severity: 'warning',
    description: 'An interface signature in Go syntax in a design document (design-guidelines.md §3.4).',
    scope: 'plan',
    kinds: ['design'],
    needs: [],
  },
  async check(ctx) {
    for (const { block, snippet } of await prohibitedGo(ctx)) {
      const names = snippet.interfaces.map((i) => i.name);
      if (!names.length) continue;
      const what = names.length === 1 ? `the interface ${names[0]}` : `the interfaces ${listing(names)}`;
      ctx.report({ ...fenceLine(ctx.model, block), message: `This block writes ${what} in Go syntax: signatures frozen in a design freeze too early. Describe the interface's contract instead: how many methods, what it observes, what it returns (${GUIDE} §3.4).` });
    }
  },
};
