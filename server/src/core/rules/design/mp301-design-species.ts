import type { Rule } from '../../rule';
import { designOf, documentAnchor, GUIDE, listing } from './design-util';

export const rule: Rule = {
  meta: {
    id: 'MP301',
    name: 'design-species',
    severity: 'warning',
    description: 'A design document declares its species at the top (Decision Record, Specification, Problem Analysis or System Overview).',
    scope: 'plan',
    kinds: ['design'],
    needs: [],
  },
  check(ctx) {
    const view = designOf(ctx);
    if (!view || view.species) return;
    const names = view.spec.species.map((s) => s.name);
    const write = `write \`**Species:** ${names[0]}\` (or ${listing(names.slice(1)).replace(/ and /, ' or ')}) under the title, so readers know what structure to expect (${GUIDE} §3.2).`;
    if (view.line) {
      ctx.report({ start: view.line.start, end: view.line.end, message: `"${view.line.label}: ${view.line.value}" names no design species: ${write}` });
      return;
    }
    ctx.report({ ...documentAnchor(ctx.model), message: `This design document declares no species: ${write}` });
  },
};
