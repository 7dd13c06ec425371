import type { Rule } from '../../rule';
import type { Heading, PlanModel } from '../../model';
import { designOf, documentAnchor, GUIDE, listing } from './design-util';

/** A numbered decision's heading: `Decision 2: ...`, `D2 — ...`, or `2. ...` inside the decisions section. */
const NAMED_DECISION = /^(?:decision\s*#?\d+|D\d+)\b/i;
const NUMBERED = /^\d{1,2}[.)]\s/;

export const rule: Rule = {
  meta: {
    id: 'MP305',
    name: 'design-decision-incomplete',
    severity: 'warning',
    description: "A Decision Record's numbered decisions each state Problem, Decision, Rationale and Alternatives (design-guidelines.md §3.2).",
    scope: 'plan',
    kinds: ['design'],
    needs: ['plan-structure'],
  },
  check(ctx) {
    const view = designOf(ctx);
    const parts = view?.species?.decisionParts;
    if (!view?.species || !parts?.length) return;
    const { model } = ctx;
    const section = ctx.plan?.byRole('decisions');
    const decisions = model.headings.filter((h) => {
      const t = h.text.replace(/[*_`]/g, '').trim();
      if (NAMED_DECISION.test(t)) return true;
      return !!section && NUMBERED.test(t) && h.start > section.start && h.start < section.end && h.depth > section.heading.depth;
    });
    const names = parts.map((p) => p.split('|')[0]);
    const advice = `each decision of a ${view.species.name} states the ${listing(names)} (why this one won over each alternative, what breaks if it is wrong) (${GUIDE} §3.2, §6.1)`;
    if (!decisions.length) {
      // One decision written as the document itself (`## Problem`, `## Decision`, ...).
      const missing = missingParts(model, parts, 0, model.text.length);
      if (!missing.length) return;
      ctx.report({ ...documentAnchor(model), message: `This ${view.species.name} states no ${listing(missing).replace(/ and /, ' or ')} for its decision: ${advice}. Add ${missing.map((m) => `**${m}:**`).join(', ')}.` });
      return;
    }
    for (const d of decisions) {
      const end = bodyEnd(model, d);
      const missing = missingParts(model, parts, d.end, end);
      if (!missing.length) continue;
      ctx.report({ start: d.start, end: d.end, message: `"${d.text.trim()}" states no ${listing(missing).replace(/ and /, ' or ')}: ${advice}. Add ${missing.map((m) => `**${m}:**`).join(', ')} to it.` });
    }
  },
};

/** The end of a heading's body: the next heading at its depth or shallower. */
function bodyEnd(model: PlanModel, h: Heading): number {
  const next = model.headings.find((x) => x.start > h.start && x.depth <= h.depth);
  return next ? next.start : model.text.length;
}

/** The parts (first names) with no heading or label `Part:` between two offsets. */
function missingParts(model: PlanModel, parts: string[], from: number, to: number): string[] {
  const headings = model.headings.filter((h) => h.start >= from && h.start < to).map((h) => h.text.replace(/[*_`]/g, '').trim());
  const lines = model.text.slice(from, to).split('\n').map((l) => l.replace(/\*\*|__/g, ''));
  const out: string[] = [];
  for (const p of parts) {
    const alts = p.split('|').map((a) => a.replace(/[.*+?^${}()[\]\\]/g, '\\$&'));
    const start = new RegExp(`^(?:${alts.join('|')})\\b`, 'i');
    const label = new RegExp(`^\\s*(?:[-*+]\\s+|>\\s*)?(?:\\d{1,2}[.)]\\s+)?(?:${alts.join('|')})\\b[^\\n:]{0,40}:`, 'i');
    if (headings.some((h) => start.test(h.replace(/^\d{1,2}(?:\.\d+)*[.)]?\s+/, ''))) || lines.some((l) => label.test(l))) continue;
    out.push(p.split('|')[0]);
  }
  return out;
}
