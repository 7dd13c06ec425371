import type { Rule } from '../../rule';
import { fenceLine, GUIDE, listing, prohibitedGo } from './design-util';

export const rule: Rule = {
  meta: {
    id: 'MP306',
    name: 'design-go-struct',
    severity: 'warning',
    description: 'A Go struct definition with its field list in a design document (design-guidelines.md §3.4).',
    scope: 'plan',
    kinds: ['design'],
    needs: [],
  },
  async check(ctx) {
    for (const { block, snippet } of await prohibitedGo(ctx)) {
      const structs = snippet.otherTypes.filter((t) => t.kind === 'struct' && (t.fields ?? 0) > 0).map((t) => t.name);
      if (!structs.length) continue;
      const what = structs.length === 1 ? `the Go struct ${structs[0]} with its field list` : `the Go structs ${listing(structs)} with their field lists`;
      ctx.report({ ...fenceLine(ctx.model, block), message: `This block defines ${what}: field lists diverge within a few PRs. Describe what data crosses the boundary and what it means instead (${GUIDE} §3.4).` });
    }
  },
};
