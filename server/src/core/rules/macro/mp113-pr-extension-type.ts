import type { Rule } from '../../rule';
import type { Fix } from '../../types';
import { prCards } from '../../plan/prcards';
import { labelKey } from '../../plan/scan';
import { planFor, quote } from './mp111-120-util';

/** The leading part of a value, before an explanation: `Backend swap (replaces ...)` -> `Backend swap`. */
function head(value: string): string {
  return value.split(/\s*(?:\(|\u2014|\u2013|:|;|\s-\s|\.\s)/)[0].replace(/[.\s]+$/, '').trim();
}

function distance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length];
}

/** The profile type a written type stands for, if it is one (ignoring case, hyphens, a plural, a leading "new"). */
export function matchType(written: string, types: string[]): string | undefined {
  const k = labelKey(written).replace(/^new /, '');
  return types.find((t) => labelKey(t) === k);
}

/** A type the author probably meant: a typo, or the type's words inside a longer phrase. */
function closeType(written: string, types: string[]): string | undefined {
  const k = labelKey(written);
  const hits = types.filter((t) => {
    const tk = labelKey(t);
    return distance(k, tk) <= 2 || ` ${k} `.includes(` ${tk} `);
  });
  return hits.length === 1 ? hits[0] : undefined;
}

export const rule: Rule = {
  meta: {
    id: 'MP113',
    name: 'pr-extension-type',
    severity: 'error',
    description: "A PR's Extension Type is not one of the profile's types (default: policy template, subsystem module, backend swap, tier composition).",
    scope: 'plan',
    kinds: ['macro'],
    needs: ['plan-structure'],
  },
  check(ctx) {
    const types = ctx.profile.extensionTypes;
    if (!types.length) return;
    for (const card of prCards(ctx.model, planFor(ctx))) {
      const f = card.extensionType;
      if (!f || !f.hasContent) continue;
      const h = head(f.value);
      const parts = h.split(/\s*(?:\+|\/|,|&|\band\b)\s*/).filter(Boolean);
      if (parts.length && parts.every((p) => matchType(p, types))) continue;
      const bad = parts.filter((p) => !matchType(p, types));
      const close = bad.length === 1 && parts.length === 1 ? closeType(bad[0], types) : undefined;
      const fixes: Fix[] = [];
      // Only a near miss gets a fix: choosing a type for the author would be a guess.
      if (close) {
        const src = ctx.model.text.slice(f.valueSpan.start, f.valueSpan.end);
        const at = src.toLowerCase().indexOf(bad[0].toLowerCase());
        if (at >= 0) fixes.push({ title: `Change to "${close}"`, edits: [{ start: f.valueSpan.start + at, end: f.valueSpan.start + at + bad[0].length, newText: close }] });
      }
      ctx.report({
        start: f.valueSpan.start,
        end: f.valueSpan.end,
        message: `${card.id}: Extension Type ${quote(h || f.value, 50)} is not one of ${types.map((t) => `"${t}"`).join(', ')}${close ? ` (did you mean "${close}"?)` : ''}. Every PR follows the recipe of one extension type; a change below the extension threshold still names the closest one.`,
        suggestions: fixes.length ? fixes : undefined,
      });
    }
  },
};
