import type { Rule } from '../../rule';
import { storyRange, tracedStories } from './spec-stories';

export const rule: Rule = {
  meta: {
    id: 'MP409',
    name: 'task-story-unknown',
    severity: 'error',
    description: "A spec-kit task labelled [USn] for a user story the sibling spec.md does not define.",
    scope: 'plan',
    kinds: ['spec-kit-tasks'],
    needs: [],
  },
  async check(ctx) {
    const traced = await tracedStories(ctx);
    if (!traced) return;
    const { tasks, stories } = traced;
    const known = new Set(stories.map((s) => s.number));
    const labels = [...known].sort((a, b) => a - b).map((n) => `[US${n}]`).join(', ');
    for (const t of tasks) {
      for (const s of t.stories) {
        if (known.has(s.number)) continue;
        ctx.report({
          start: s.start, end: s.end,
          message: `${t.id ?? 'This task'} is labelled [US${s.number}], but spec.md defines ${storyRange(stories)}: label it with the story it serves (${labels}), leave the label out for setup, foundational and polish tasks, or add User Story ${s.number} to spec.md.`,
        });
      }
    }
  },
};
