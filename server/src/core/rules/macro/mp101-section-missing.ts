import type { Rule } from '../../rule';
import { describeSpec, headingRange } from '../shared/structure-util';

export const rule: Rule = {
  meta: {
    id: 'MP101',
    name: 'section-missing',
    severity: 'error',
    description: 'A section the profile requires is absent.',
    scope: 'plan',
    kinds: ['macro', 'micro'],
    needs: ['plan-structure'],
  },
  check(ctx) {
    const plan = ctx.plan;
    if (!plan) return;
    const specs = plan.profile.sections;
    const present = new Set(plan.sections.map((s) => s.spec).filter(Boolean));
    const depth = plan.sections[0]?.heading.depth ?? 2;
    if (present.size === 0) {
      const missing = specs.filter((s) => s.required);
      const h = ctx.model.headings[0];
      ctx.report({
        start: h?.start ?? 0, end: h?.end ?? 0,
        message: `No section of the "${plan.profile.name}" profile was found; it requires ${missing.map(describeSpec).join(', ')}. Headings are recognised as "## A) Executive Summary", "## A. ...", "## Section A — ...".`,
      });
      return;
    }
    specs.forEach((spec, i) => {
      if (!spec.required || present.has(spec)) return;
      // Point at the section that should follow it (or the last one before it), and offer to insert it there.
      const after = specs.slice(i + 1).map((s) => plan.sections.find((p) => p.spec === s)).find(Boolean);
      const before = specs.slice(0, i).reverse().map((s) => plan.sections.find((p) => p.spec === s)).find(Boolean);
      const anchor = after ?? before;
      const where = anchor ? headingRange(anchor) : { start: 0, end: 0 };
      const at = after ? after.start : before ? before.end : ctx.model.text.length;
      const lead = at > 0 && ctx.model.text[at - 1] !== '\n' ? '\n\n' : '';
      const heading = `${'#'.repeat(depth)} ${spec.letter ? `${spec.letter}) ` : ''}${spec.title}\n\nTODO\n\n`;
      const position = after ? ` (before ${describeSpec(after.spec!)})` : before ? ` (after ${describeSpec(before.spec!)})` : '';
      ctx.report({
        ...where,
        message: `Section ${describeSpec(spec)} is missing${position}: the "${plan.profile.name}" profile requires it.`,
        suggestions: [{ title: `Insert section ${describeSpec(spec)}`, edits: [{ start: at, end: at, newText: lead + heading }] }],
      });
    });
  },
};
