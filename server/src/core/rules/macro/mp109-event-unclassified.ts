import type { Rule } from '../../rule';
import { buildingBlocks } from '../../plan/blocks';
import { escapeRegExp } from '../../text';

/** A value that says the block has no events. */
const NONE = /^\s*(?:(?:none|n\/?a|no(?:ne)?\s+(?:new\s+)?events?|no|nothing)(?=$|[\s.,;:(])|[-\u2013\u2014]+\s*$)/i;

export const rule: Rule = {
  meta: {
    id: 'MP109',
    name: 'event-unclassified',
    severity: 'warning',
    description: 'An event named in a building block\'s EVENTS field without EXOGENOUS or ENDOGENOUS.',
    scope: 'plan',
    kinds: ['macro'],
    needs: ['plan-structure'],
  },
  check(ctx) {
    const plan = ctx.plan;
    if (!plan) return;
    const classes = plan.profile.eventClasses;
    if (classes.length === 0) return;
    const eventsField = plan.profile.contractFields.find((f) => /event/i.test(f));
    if (!eventsField) return;
    const classRe = new RegExp(`\\b(?:${classes.map(escapeRegExp).join('|')})\\b`, 'i');
    for (const b of buildingBlocks(ctx.model, plan).blocks) {
      const f = b.fields.find((x) => x.name === eventsField);
      if (!f || !f.value || NONE.test(f.value)) continue;
      // The raw text keeps line breaks: events may be nested list items under the label.
      const raw = ctx.model.text.slice(f.valueSpan.start, f.valueSpan.end).replace(/\*\*|__|`/g, '');
      const unclassified = unclassifiedEvents(raw, classRe);
      if (unclassified.length === 0) continue;
      ctx.report({
        start: f.labelSpan.start,
        end: f.valueSpan.end,
        message: `${unclassified.length === 1 ? 'Event' : 'Events'} ${unclassified.map((e) => `"${e}"`).join(', ')} of "${b.name}" ${unclassified.length === 1 ? 'is' : 'are'} not classified as ${classes.join(' or ')}.`,
      });
    }
  },
};

/**
 * The pieces of an EVENTS value that name an event without a class. Pieces are separated by
 * commas, semicolons and line breaks outside parentheses; a class followed by a colon
 * (`EXOGENOUS: Arrival, Departure`) covers the pieces after it.
 */
export function unclassifiedEvents(value: string, classRe: RegExp): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of value) {
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    if (depth === 0 && (ch === ',' || ch === ';' || ch === '\n')) {
      pieces.push(cur);
      cur = '';
    } else cur += ch;
  }
  pieces.push(cur);
  const out: string[] = [];
  let inherited = false;
  for (const raw of pieces) {
    const p = raw.replace(/^[\s\-*+|]+|[\s|]+$/g, '').replace(/\s+/g, ' ');
    if (!p) continue;
    const heads = new RegExp(`^(?:consumes?|produces?|emits?)?\\s*:?\\s*${classRe.source}\\s*:`, 'i');
    if (heads.test(p) || new RegExp(`${classRe.source}\\s*(?:events?)?\\s*:`, 'i').test(p)) inherited = true;
    if (classRe.test(p) || inherited) continue;
    if (NONE.test(p)) continue;
    out.push(p.length > 60 ? p.slice(0, 57) + '...' : p);
  }
  return out;
}
