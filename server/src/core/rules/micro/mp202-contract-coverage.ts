import type { Rule } from '../../rule';
import type { Task } from '../../plan/micro';
import { coverage, listIds, microFor } from './micro-util';

export const rule: Rule = {
  meta: {
    id: 'MP202',
    name: 'contract-coverage',
    severity: 'warning',
    description: 'A behavioral contract that no task serves and no test verifies, or a code or test task that names no contract it serves.',
    scope: 'plan',
    kinds: ['micro'],
    needs: ['plan-structure'],
  },
  check(ctx) {
    const { contracts, tasks } = microFor(ctx);
    if (!tasks.length || !contracts.length) return;
    const cov = coverage(ctx);
    // Documentation, verification and administrative tasks serve no contract by design, and
    // `**Contracts Implemented:** N/A` is an answer.
    const unnamed = tasks.filter((t) => !t.contracts.length && !t.contractsAnswer && (t.kind === 'code' || t.kind === 'test'));
    const ids = [...new Set(contracts.map((c) => c.id))];
    const hint = ids.length <= 3 ? ids.join(', ') : `${ids[0]}, ${ids[1]}`;
    if (!cov.anyNamed) {
      // One cause, one finding: the plan does not name contracts in its tasks at all.
      if (!cov.unserved.length && !unnamed.length) return;
      const t = unnamed[0] ?? tasks[0];
      ctx.report({
        start: t.heading.start,
        end: t.heading.end,
        severity: 'info',
        message: `No task names the contracts it serves (${listIds(ids)}): end the heading of each task with the contracts it implements, e.g. \`Task ${t.number}: ${shortTitle(t)} (${hint})\`, or add a \`**Contracts Implemented:**\` line (\`N/A\` and why, for a task that serves none).`,
      });
      return;
    }
    for (const c of cov.unserved) {
      ctx.report({
        start: c.start,
        end: c.end,
        message: `${c.id}${c.name ? ` (${c.name})` : ''} is served by no task and verified by no test of the Test Strategy: name it in the heading of the task that implements it (\`### Task 2: ... (${c.id})\`), or drop it if the PR does not promise it.`,
      });
    }
    for (const t of unnamed) {
      ctx.report({
        start: t.heading.start,
        end: t.heading.end,
        severity: 'info',
        message: `Task ${t.number} changes ${t.kind === 'test' ? 'tests' : 'code'} but names no contract it serves: end its heading with the contracts it implements, e.g. \`(${hint})\`, or write \`**Contracts Implemented:** N/A\` and why.`,
      });
    }
  },
};

/** The task's title without the contracts it already lists, cut for a message. */
function shortTitle(t: Task): string {
  const s = t.title.replace(/[*_`]/g, '').replace(/\s*\([^)]*\)\s*$/, '').trim();
  return s.length > 50 ? `${s.slice(0, 47).replace(/\s+\S*$/, '')}...` : s;
}
