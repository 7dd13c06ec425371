import type { Rule } from '../../rule';
import { escapeRegExp } from '../../text';
import { firstWord, spPlan, spSpec, stepName } from './sp-util';
import { placeholdersOf } from './mp506-placeholder';

export const rule: Rule = {
  meta: {
    id: 'MP504',
    name: 'step-code-missing',
    severity: 'warning',
    description: 'A step of a superpowers plan that changes code (write, implement, add, update ...) but shows no code block.',
    scope: 'plan',
    kinds: ['superpowers'],
    needs: [],
  },
  check(ctx) {
    const spec = spSpec(ctx);
    const verbs = new Set(spec.codeVerbs.map((v) => v.toLowerCase()));
    const notCode = spec.notCode.map((w) => new RegExp(`\\b${escapeRegExp(w)}\\b`, 'i'));
    for (const task of spPlan(ctx).tasks) {
      for (const step of task.steps) {
        if (step.codeBlocks.length || !verbs.has(firstWord(step.title))) continue;
        if (notCode.some((re) => re.test(step.title))) continue;
        // A step whose code is a placeholder ("TBD", "similar to Task 2") is MP506's: one finding, saying what to write.
        if (placeholdersOf(ctx).some((p) => p.start >= step.start && p.start < step.end)) continue;
        ctx.report({
          ...step.head,
          message: `${stepName(task, step)} changes code but shows none: put the exact code under it in a fenced block (\`\`\`go, \`\`\`python ...), the whole function or test, not a description of it.`,
        });
      }
    }
  },
};
