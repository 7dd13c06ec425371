import type { Rule } from '../../rule';
import { specDoc } from '../../plan/speckit';
import { lineOf } from './speckit-util';

export const rule: Rule = {
  meta: {
    id: 'MP403',
    name: 'spec-id-duplicate',
    severity: 'error',
    description: 'A spec-kit spec defines a requirement (FR-###), a success criterion (SC-###) or a user story number twice.',
    scope: 'plan',
    kinds: ['spec-kit-spec'],
    needs: [],
  },
  check(ctx) {
    const { ids, stories } = specDoc(ctx.model);
    const first = new Map<string, number>();
    const used = new Set(ids.map((d) => d.id));
    for (const d of ids) {
      const at = first.get(d.id);
      if (at === undefined) {
        first.set(d.id, d.start);
        continue;
      }
      const prefix = d.id.slice(0, 2);
      const width = d.id.length - 3;
      let n = 1;
      while (used.has(`${prefix}-${String(n).padStart(width, '0')}`)) n++;
      const free = `${prefix}-${String(n).padStart(width, '0')}`;
      ctx.report({ start: d.start, end: d.end, message: `${d.id} is already defined on line ${lineOf(ctx, at)}: ids are what tasks, checklists and reviews refer to, so each names one ${prefix === 'FR' ? 'requirement' : 'criterion'}. Number this one ${free} (the first free id).` });
    }
    const storyAt = new Map<number, number>();
    for (const s of stories) {
      const at = storyAt.get(s.number);
      if (at === undefined) {
        storyAt.set(s.number, s.heading.start);
        continue;
      }
      const next = Math.max(...stories.map((x) => x.number)) + 1;
      ctx.report({ start: s.heading.start, end: s.heading.end, message: `User Story ${s.number} is already defined on line ${lineOf(ctx, at)}: tasks refer to stories as [US${s.number}], so each number names one story. Number this one User Story ${next}.` });
    }
  },
};
