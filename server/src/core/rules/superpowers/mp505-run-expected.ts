import type { Rule } from '../../rule';
import { firstWord, spPlan, spSpec, stepName } from './sp-util';

/** Step titles that announce a run: "Run the test to verify it fails", "Verify the build". */
const RUN_WORDS = new Set(['run', 'verify', 'rerun']);

export const rule: Rule = {
  meta: {
    id: 'MP505',
    name: 'run-without-expected',
    severity: 'warning',
    description: 'A run step of a superpowers plan without its `Run:` command or without the `Expected:` result the command should give.',
    scope: 'plan',
    kinds: ['superpowers'],
    needs: [],
  },
  check(ctx) {
    const { runLabel: run, expectedLabel: expected } = spSpec(ctx);
    const example = `\`${expected}: PASS\` or \`${expected}: FAIL with "..."\``;
    for (const task of spPlan(ctx).tasks) {
      for (const step of task.steps) {
        // `# Expected: PASS` written as a comment in the step's command block says it as well.
        const inBlock = step.codeBlocks.some((c) => new RegExp(`\\b${expected}\\b[^:\\n]{0,20}:`, 'i').test(c.value));
        for (const r of step.runs) {
          if (r.expected || inBlock) continue;
          ctx.report({ start: r.start, end: r.end, message: `${run}: ${r.command ? `\`${r.command}\` ` : ''}has no ${expected}: line: under it say what the engineer should see, e.g. ${example}.` });
        }
        if (step.runs.length || !RUN_WORDS.has(firstWord(step.title))) continue;
        // The command may stand in the title ("Run `swift test` for the kit") or in a block under it.
        const shown = step.codeBlocks.length > 0 || /`[^`]+`/.test(step.title);
        if (shown && (step.expected.length || inBlock)) continue;
        ctx.report({
          ...step.head,
          message: shown
            ? `${stepName(task, step)} runs a command but says nothing of its result: add \`${expected}: ...\` under it, e.g. ${example}.`
            : `${stepName(task, step)} names no command: write \`${run}: <the exact command>\` and \`${expected}: ...\` under it, e.g. ${example}.`,
        });
      }
    }
  },
};
