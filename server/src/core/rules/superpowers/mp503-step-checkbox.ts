import type { Rule } from '../../rule';
import type { Fix } from '../../types';
import type { PlanModel } from '../../model';
import type { SpStep } from '../../plan/superpowers';
import { spPlan, spSpec, stepName } from './sp-util';

export const rule: Rule = {
  meta: {
    id: 'MP503',
    name: 'task-steps',
    severity: 'warning',
    description: 'A task of a superpowers plan without steps, or a step that is no checkbox `- [ ] **Step N: ...**` an executor can tick.',
    scope: 'plan',
    kinds: ['superpowers'],
    needs: [],
  },
  check(ctx) {
    const word = spSpec(ctx).stepWord;
    for (const task of spPlan(ctx).tasks) {
      if (!task.steps.length) {
        ctx.report({ start: task.heading.start, end: task.heading.end, message: `Task ${task.number} has no steps: write each action as a checkbox \`- [ ] **${word} 1: ...**\` (write the failing test, run it, implement, run it again, commit).` });
        continue;
      }
      for (const step of task.steps) {
        if (step.checkbox) continue;
        const fix = checkboxFix(ctx.model, step);
        ctx.report({
          ...step.head,
          message: `${stepName(task, step)} is no checkbox: write it as \`- [ ] **${word} ${step.number}: ...**\` so the executor can tick it when done.`,
          fixes: fix ? [fix] : undefined,
        });
      }
    }
  },
};

/** `**Step 1: ...**` or `- **Step 1: ...**` gets its box; a step written as a heading or numbered item has more than one right form. */
function checkboxFix(model: PlanModel, step: SpStep): Fix | undefined {
  const line = model.text.slice(step.head.start, step.head.end);
  const bullet = /^(\s*)([-*+]\s+)\*\*/.exec(line);
  if (bullet) {
    const at = step.head.start + bullet[1].length + bullet[2].length;
    return { title: 'Make the step a checkbox', edits: [{ start: at, end: at, newText: '[ ] ' }] };
  }
  const bare = /^(\s*)\*\*/.exec(line);
  if (bare) {
    const at = step.head.start + bare[1].length;
    return { title: 'Make the step a checkbox', edits: [{ start: at, end: at, newText: '- [ ] ' }] };
  }
  return undefined;
}
