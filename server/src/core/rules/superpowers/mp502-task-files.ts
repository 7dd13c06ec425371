import type { Rule } from '../../rule';
import { spPlan, spSpec } from './sp-util';

export const rule: Rule = {
  meta: {
    id: 'MP502',
    name: 'task-files',
    severity: 'warning',
    description: 'A task of a superpowers plan without a **Files:** list naming each file it creates, modifies or tests.',
    scope: 'plan',
    kinds: ['superpowers'],
    needs: [],
  },
  check(ctx) {
    const [create, modify, test] = [...spSpec(ctx).fileKinds, 'Create', 'Modify', 'Test'];
    const example = `\`- ${create}: exact/path\`, \`- ${modify}: exact/path:123-145\` or \`- ${test}: exact/path\``;
    for (const task of spPlan(ctx).tasks) {
      // "**Files:** none (verification only)": the author says the task touches no file.
      if (task.files.length || task.filesNote) continue;
      const at = task.filesLabel ?? task.heading;
      ctx.report({
        start: at.start,
        end: at.end,
        message: task.filesLabel
          ? `The **Files:** list of Task ${task.number} names no file: list each one as ${example}.`
          : `Task ${task.number} has no **Files:** list: under its heading write **Files:** and list each file as ${example}.`,
      });
    }
  },
};
