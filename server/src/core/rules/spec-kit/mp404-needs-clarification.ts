import type { Rule } from '../../rule';
import { hiddenSpans, inSpans } from '../../plan/scan';

/** The marker as the templates write it, `[NEEDS CLARIFICATION: ...]`, or a Technical Context field left at it. */
const BRACKETED = /\[NEEDS CLARIFICATION\b[^\]\n]*\]?/g;
const FIELD = /^[ \t]*(?:[-*][ \t]+)?\*\*[^*\n]{1,60}\*\*[ \t]*:?[ \t]*(?:\*\*)?:?[ \t]*(NEEDS CLARIFICATION)\b/gm;

export const rule: Rule = {
  meta: {
    id: 'MP404',
    name: 'needs-clarification',
    severity: 'warning',
    description: 'A [NEEDS CLARIFICATION] marker left in a spec-kit spec or plan.',
    scope: 'plan',
    kinds: ['spec-kit-spec', 'spec-kit-plan'],
    needs: [],
  },
  check(ctx) {
    const text = ctx.model.text;
    const hidden = [...hiddenSpans(ctx.model), ...ctx.model.inlineCodes].sort((a, b) => a.start - b.start);
    const seen = new Set<number>();
    const report = (start: number, end: number, what: string) => {
      if (seen.has(start) || inSpans(hidden, start)) return;
      // "No [NEEDS CLARIFICATION] markers remain" talks about the marker; it is not one.
      if (/\b(?:no|zero|any|all|unresolved|open)\s*\**$/i.test(text.slice(Math.max(0, start - 24), start)) || /^\s*markers?\b/i.test(text.slice(end, end + 12))) return;
      seen.add(start);
      const question = /NEEDS CLARIFICATION\s*:\s*([^\]\n]+)/.exec(what)?.[1]?.trim();
      ctx.report({
        start, end,
        message: `An open question is left in the text${question ? ` ("${question.slice(0, 100)}")` : ''}: answer it (run /speckit.clarify, or decide and write the answer here) and replace the marker with the decision${ctx.profile.kind === 'spec-kit-plan' ? ', recording the reasoning in research.md' : ''}.`,
      });
    };
    for (const m of text.matchAll(BRACKETED)) report(m.index!, m.index! + m[0].length, m[0]);
    for (const m of text.matchAll(FIELD)) {
      const start = m.index! + m[0].length - m[1].length;
      report(start, start + m[1].length, m[1]);
    }
  },
};
