import type { Rule } from '../../rule';
import { describeSpec, headingRange } from '../shared/structure-util';
import { quote } from './mp111-120-util';

export const rule: Rule = {
  meta: {
    id: 'MP121',
    name: 'section-unwritten',
    severity: 'warning',
    description: 'A section still to be written: its body is empty or only a placeholder (TODO, TBD, <TBD>, ..., (to be written)). Its content rules wait until it is written.',
    scope: 'plan',
    kinds: ['macro', 'micro'],
    needs: ['plan-structure'],
  },
  check(ctx) {
    const plan = ctx.plan;
    if (!plan) return;
    const seen = new Set<unknown>();
    for (const s of plan.sections) {
      // A section without a spec (an unknown lettered or numbered heading) is the author's own.
      if (!s.spec || seen.has(s.spec)) continue;
      seen.add(s.spec);
      const u = s.unwritten;
      if (!u) continue;
      const what = u.placeholder ? `its body is only ${quote(u.placeholder, 40)}` : 'it is empty';
      const optional = s.spec.required ? '' : `, or remove it: the "${plan.profile.name}" profile does not require it`;
      ctx.report({
        ...headingRange(s),
        message: `Section ${describeSpec(s.spec)} is still to be written (${what}). Write it (its content is checked once it has some)${optional}.`,
      });
    }
  },
};
