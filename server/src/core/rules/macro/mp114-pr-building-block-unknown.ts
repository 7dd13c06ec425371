import type { Rule } from '../../rule';
import { prCards } from '../../plan/prcards';
import { buildingBlocks } from '../../plan/blocks';
import { list, namesBlock, planFor, quote } from './mp111-120-util';

export const rule: Rule = {
  meta: {
    id: 'MP114',
    name: 'pr-building-block-unknown',
    severity: 'warning',
    description: "A PR's Building Block Change names no building block of the concept model.",
    scope: 'plan',
    kinds: ['macro'],
    needs: ['plan-structure'],
  },
  check(ctx) {
    const plan = planFor(ctx);
    const { blocks } = buildingBlocks(ctx.model, plan);
    // Without a concept model there is nothing to check against (MP101 / MP107 report that).
    if (!blocks.length) return;
    for (const card of prCards(ctx.model, plan)) {
      const f = card.buildingBlockChange;
      if (!f || !f.hasContent) continue;
      const text = ctx.model.text.slice(f.valueSpan.start, f.valueSpan.end);
      if (blocks.some((b) => namesBlock(ctx.model, text, b))) continue;
      ctx.report({
        start: f.valueSpan.start,
        end: f.valueSpan.end,
        message: `${card.id}: Building Block Change ${quote(f.value, 50)} names no building block of the concept model (${list(blocks.map((b) => b.name))}). Every PR adds or modifies one specific block; if none fits, redesign the PR or the model.`,
      });
    }
  },
};
