import type { Rule } from '../../rule';
import { listIds, microFor } from './micro-util';

export const rule: Rule = {
  meta: {
    id: 'MP202',
    name: 'contract-coverage',
    severity: 'warning',
    description: 'A behavioral contract that no task serves, or a task that names no contract it serves.',
    scope: 'plan',
    kinds: ['micro'],
    needs: ['plan-structure'],
  },
  check(ctx) {
    const { contracts, tasks } = microFor(ctx);
    if (!tasks.length) return;
    const served = new Set(tasks.flatMap((t) => t.contracts));
    const seen = new Set<string>();
    for (const c of contracts) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      if (!served.has(c.id)) {
        ctx.report({ start: c.start, end: c.end, message: `${c.id}${c.name ? ` (${c.name})` : ''} is served by no task: name it in the heading of the task that implements it (\`### Task 2: ... (${c.id})\`).` });
      }
    }
    if (!contracts.length) return;
    for (const t of tasks) {
      if (t.contracts.length) continue;
      const hint = contracts.length <= 3 ? listIds(contracts.map((c) => c.id)) : `${contracts[0].id}, ${contracts[1].id}`;
      ctx.report({ start: t.heading.start, end: t.heading.end, message: `Task ${t.number} names no contract it serves: end its heading with the contracts, e.g. \`(${hint})\`, or add a **Contracts:** line.` });
    }
  },
};
