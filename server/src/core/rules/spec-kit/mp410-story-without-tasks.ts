import type { Rule } from '../../rule';
import { tracedStories } from './spec-stories';
import { titleRange } from './speckit-util';

export const rule: Rule = {
  meta: {
    id: 'MP410',
    name: 'story-without-tasks',
    severity: 'warning',
    description: 'A user story of the sibling spec.md that no task of the spec-kit task list serves (no task labelled [USn]).',
    scope: 'plan',
    kinds: ['spec-kit-tasks'],
    needs: [],
  },
  async check(ctx) {
    const traced = await tracedStories(ctx);
    if (!traced) return;
    const { tasks, stories } = traced;
    const served = new Set(tasks.flatMap((t) => t.stories.map((s) => s.number)));
    const reported = new Set<number>();
    for (const s of stories) {
      if (served.has(s.number) || reported.has(s.number)) continue;
      reported.add(s.number);
      // Point at the phase named after the story when there is one, else at the title.
      const phase = ctx.model.headings.find((h) => h.depth === 2 && new RegExp(`\\bUser Stor(?:y|ies)\\s+(?:\\d+\\s*(?:,|&|and)\\s*)*${s.number}\\b`, 'i').test(h.text));
      const where = phase ? { start: phase.start, end: phase.end } : titleRange(ctx);
      const title = s.title ? ` ("${s.title.slice(0, 60)}")` : '';
      ctx.report({
        ...where,
        message: `User Story ${s.number}${title} of spec.md has no task: add its phase, "## Phase N: User Story ${s.number} - ${s.title || 'Title'} (Priority: ${s.priority ?? 'P?'})", with tasks labelled [US${s.number}], or take the story out of spec.md if it is not part of this feature.`,
      });
    }
  },
};
