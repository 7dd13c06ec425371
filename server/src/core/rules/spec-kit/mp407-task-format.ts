import type { Rule } from '../../rule';
import { specTasks } from '../../plan/speckit';

export const rule: Rule = {
  meta: {
    id: 'MP407',
    name: 'task-format',
    severity: 'warning',
    description: 'A spec-kit task not in the form `- [ ] T001 [P] [US1] Description with file path`.',
    scope: 'plan',
    kinds: ['spec-kit-tasks'],
    needs: [],
  },
  check(ctx) {
    for (const t of specTasks(ctx.model)) {
      if (t.formProblems.length === 0) continue;
      ctx.report({ start: t.start, end: t.idSpan?.end ?? Math.min(t.end, t.start + 40), message: `This task is not in the tasks template's form: ${t.formProblems.join('; ')}.` });
    }
  },
};
