import type { Rule } from '../../rule';
import { dependencyGraph } from '../../plan/dag';
import { planFor } from './mp111-120-util';

export const rule: Rule = {
  meta: {
    id: 'MP115',
    name: 'dag-invalid',
    severity: 'error',
    description: 'The PR dependency graph has a cycle or names a PR that the plan does not define.',
    scope: 'plan',
    kinds: ['macro'],
    needs: ['plan-structure'],
  },
  check(ctx) {
    const g = dependencyGraph(ctx.model, planFor(ctx));
    for (const c of g.cycles) {
      const path = [...c.prs, c.prs[0]].map((n) => `PR ${n}`).join(' → ');
      // Reported where the cycle closes: the edge back to its smallest PR.
      const closing = c.edges[c.edges.length - 1];
      ctx.report({
        start: closing.span.start,
        end: closing.span.end,
        message: c.prs.length === 1
          ? `PR ${c.prs[0]} depends on itself.`
          : `The PR dependency graph has a cycle: ${path}. A PR series is a partial order: remove or reverse one of these dependencies.`,
      });
    }
    const ids = g.nodes.map((n) => n.id);
    const defined = ids.length <= 8 ? ids.join(', ') : `${ids.length} PRs, ${ids[0]} to ${ids[ids.length - 1]}`;
    for (const u of g.unknown) {
      ctx.report({
        start: u.span.start,
        end: u.span.end,
        message: `The dependency graph names PR ${u.number}, which the plan does not define (its PRs: ${defined}). Add its card, fix the number, or say it is already merged.`,
      });
    }
  },
};
