import type { Rule } from '../../rule';
import { listIds, microFor, microSpec } from './micro-util';

export const rule: Rule = {
  meta: {
    id: 'MP201',
    name: 'contract-anatomy',
    severity: 'warning',
    description: 'A behavioral contract without a name, or without one of GIVEN / WHEN / THEN.',
    scope: 'plan',
    kinds: ['micro'],
    needs: ['plan-structure'],
  },
  check(ctx) {
    const { contracts } = microFor(ctx);
    const clauses = microSpec(ctx).clauses;
    for (const c of contracts) {
      const missing = clauses.filter((k) => !c.clauses.has(k));
      if (missing.length) {
        ctx.report({
          start: c.start,
          end: c.end,
          message: `${c.id}${c.name ? ` (${c.name})` : ''} has no ${listIds(missing)} clause: a contract states ${clauses.join(' / ')}, each on its own line (\`- ${missing[0]} ...\`).`,
        });
      } else if (!c.name) {
        // A contract is referred to by id in tasks and tests; its name is what a reviewer reads.
        ctx.report({ start: c.start, end: c.end, severity: 'info', message: `${c.id} has no name: write \`${c.id}: <what it guarantees>\` before its ${clauses[0]} clause.` });
      }
    }
  },
};
