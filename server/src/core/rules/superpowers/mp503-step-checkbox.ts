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
    const { tasks } = spPlan(ctx);
    for (const task of tasks) {
      if (task.steps.length) continue;
      ctx.report({ start: task.heading.start, end: task.heading.end, message: `Task ${task.number} has no steps: write each action as a checkbox \`- [ ] **${word} 1: ...**\` (write the failing test, run it, implement, run it again, commit).` });
    }
    const steps = tasks.flatMap((task) => task.steps.map((step) => ({ task, step })));
    const bare = steps.filter((s) => !s.step.checkbox);
    if (!bare.length) return;
    const form = `\`- [ ] **${word} N: ...**\``;
    if (bare.length === steps.length && steps.length > 1) {
      // A plan written without boxes throughout (the skill's older form) is one decision: one finding, one fix for all.
      const edits = bare.map((s) => checkboxEdit(ctx.model, s.step));
      const first = bare[0].step;
      ctx.report({
        ...first.head,
        message: `None of the plan's ${steps.length} steps is a checkbox: write each as ${form} so the executor can tick it when done.`,
        // Markup with one answer that keeps every word: a fix --fix applies, not a suggestion.
        fix: edits.every((e) => e) ? { title: 'Make every step a checkbox', edits: edits as Fix['edits'] } : undefined,
      });
      return;
    }
    for (const { task, step } of bare) {
      const edit = checkboxEdit(ctx.model, step);
      ctx.report({
        ...step.head,
        message: `${stepName(task, step)} is no checkbox, unlike the plan's other steps: write it as \`- [ ] **${word} ${step.number}: ...**\` so the executor can tick it when done.`,
        fix: edit ? { title: 'Make the step a checkbox', edits: [edit] } : undefined,
      });
    }
  },
};

/** `**Step 1: ...**` or `- **Step 1: ...**` gets its box; a step written as a heading or numbered item has more than one right form. */
function checkboxEdit(model: PlanModel, step: SpStep): Fix['edits'][number] | undefined {
  const line = model.text.slice(step.head.start, step.head.end);
  const bullet = /^(\s*)([-*+]\s+)\*\*/.exec(line);
  if (bullet) {
    const at = step.head.start + bullet[1].length + bullet[2].length;
    return { start: at, end: at, newText: '[ ] ' };
  }
  const bare = /^(\s*)\*\*/.exec(line);
  if (bare) {
    const at = step.head.start + bare[1].length;
    return { start: at, end: at, newText: '- [ ] ' };
  }
  return undefined;
}
