import type { Rule } from '../../rule';
import { buildingBlocks } from '../../plan/blocks';
import { headingRange, plural } from '../shared/structure-util';

export const rule: Rule = {
  meta: {
    id: 'MP107',
    name: 'building-block-count',
    severity: 'warning',
    description: 'The concept model has fewer than 3 or more than 7 building blocks.',
    scope: 'plan',
    kinds: ['macro'],
    needs: ['plan-structure'],
  },
  check(ctx) {
    const plan = ctx.plan;
    if (!plan) return;
    const { section, scopeHeading, blocks } = buildingBlocks(ctx.model, plan);
    if (!section) return; // MP101 reports the missing concept model.
    if (section.unwritten) return; // MP121 reports it still to be written.
    const [min, max] = plan.profile.limits.buildingBlocks;
    const n = blocks.length;
    if (n >= min && n <= max) return;
    const where = scopeHeading ? { start: scopeHeading.start, end: scopeHeading.end } : headingRange(section);
    const names = blocks.map((b) => b.name).join(', ');
    ctx.report({
      ...where,
      message: n === 0
        ? `The concept model names no building blocks (expected ${min}-${max}): give each one a title (e.g. **1. Router**) followed by its module contract.`
        : `The concept model has ${plural(n, 'building block')} (${names}); the profile expects ${min}-${max}. ${n < min ? 'Too few blocks usually means the plan is below the level of a concept model, or blocks are merged.' : 'A whiteboard-sized model has at most seven blocks: merge or split the plan.'}`,
    });
  },
};
