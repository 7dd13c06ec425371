import type { Rule } from '../../rule';
import { designOf, documentAnchor, GUIDE } from './design-util';

export const rule: Rule = {
  meta: {
    id: 'MP302',
    name: 'design-section-missing',
    severity: 'warning',
    description: 'A required section of a design document (design-guidelines.md §3.3) is missing; one finding lists them all.',
    scope: 'plan',
    kinds: ['design'],
    needs: ['plan-structure'],
  },
  check(ctx) {
    const plan = ctx.plan;
    if (!plan || !designOf(ctx)) return;
    const present = new Set(plan.sections.map((s) => s.spec));
    const missing = plan.profile.sections.filter((s) => s.required && !present.has(s));
    if (!missing.length) return;
    // What each holds, for a few; a long list names them only, or the message outgrows a screen.
    const what = missing.map((s) => (s.description && missing.length <= 3 ? `${s.title} (${s.description})` : s.title)).join(missing.length <= 3 ? '; ' : ', ');
    const one = missing.length === 1;
    ctx.report({
      ...documentAnchor(ctx.model),
      message: `${one ? 'A required section is' : `${missing.length} required sections are`} missing (${GUIDE} §3.3, every species): ${what}. Add ${one ? 'it as a heading' : 'each as a heading'} (numbered or not); where it does not apply, say so in a line.`,
    });
  },
};
