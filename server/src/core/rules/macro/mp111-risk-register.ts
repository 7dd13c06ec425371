import type { Rule } from '../../rule';
import type { TableCell } from '../../model';
import { prRefs } from '../../plan/scan';
import { appendColumnsEdits, list, matchColumns, planFor, quote, tablesIn } from './mp111-120-util';

/** Header names authors use for the risk register's columns (the prompt's, then the template's). */
const ALIASES: Record<string, string[]> = {
  'Decision': ['Risk', 'Architectural Decision', 'Choice', 'Decision / Risk'],
  'Assumption': ['Assumptions', 'Key Assumption'],
  'Validation Method': ['Validation', 'How to Validate', 'Validation Approach', 'Validation Plan'],
  'Cost if Wrong': ['Cost of Being Wrong', 'Cost if Wrong (PRs)', 'Cost', 'Rework Cost', 'Cost if wrong'],
  'Gate': ['Validation Gate', 'When', 'Gate (before PR)'],
  'Risk': ['Risk Description', 'Decision', 'Architectural Decision', 'Decision / Risk'],
  'Cost of Being Wrong': ['Cost if Wrong', 'Cost', 'Rework Cost'],
  'Validation': ['Validation Method', 'How to Validate', 'Validation Approach', 'Validation Plan', 'Success Criteria'],
  'Abort Plan': ['Abort', 'Abort Criteria', 'Fallback', 'Fallback Plan', 'If Validation Fails'],
};

/** A cell that says nothing: a costly risk's validation cannot be "—". */
const NOTHING = /^(?:|-+|\u2014|\u2013|n\/?a|none|tbd|todo|\?|\.\.\.|\u2026)$/i;

const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const COUNT = /(?<!PR[ \t]?-?[ \t]?)(?<![\d.])(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)\s*\+?\s*(?:more\s+|other\s+|downstream\s+|subsequent\s+)?(?:PRs?|pull requests?)\b/gi;
const RANGE = /\bPRs?[ \t]?-?[ \t]?(\d{1,4})\s*(?:-|–|—|\.\.|to|through)\s*(?:PR[ \t]?-?[ \t]?)?(\d{1,4})\b/g;
const ALL = /\ball\s+(?:\w+\s+)?PRs\b|\bevery\s+(?:\w+\s+)?PR\b|\bentire\s+(?:PR\s+)?series\b|\bwhole\s+(?:PR\s+)?series\b/i;

/** How many PRs a "Cost if Wrong" cell puts at risk: `3 PRs`, `PR 3-5`, `PR 2, PR 3 and PR 4`, `all PRs`. */
export function costInPrs(text: string): number {
  if (ALL.test(text)) return Infinity;
  let n = 0;
  COUNT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COUNT.exec(text))) n = Math.max(n, WORDS[m[1].toLowerCase()] ?? Number(m[1]));
  RANGE.lastIndex = 0;
  while ((m = RANGE.exec(text))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (b > a) n = Math.max(n, b - a + 1);
  }
  n = Math.max(n, new Set(prRefs(text).map((r) => r.number)).size);
  return n;
}

export const rule: Rule = {
  meta: {
    id: 'MP111',
    name: 'risk-register',
    severity: 'error',
    description: "The risk register table lacks a column of the profile (Decision / Assumption / Validation Method / Cost if Wrong / Gate by default), or a risk costing 3 PRs or more lacks what validation needs (a gate naming a PR; the template's validation and abort plan).",
    scope: 'plan',
    kinds: ['macro'],
    needs: ['plan-structure'],
  },
  check(ctx) {
    const plan = planFor(ctx);
    const section = plan.byRole('risks');
    if (!section || section.unwritten) return; // MP101 / MP121.
    const required = ctx.profile.tables.risks;
    const tables = tablesIn(ctx.model, section);
    const header = `| ${required.join(' | ')} |`;
    if (!tables.length) {
      ctx.report({ start: section.heading.start, end: section.heading.end, message: `The risk register has no table. Give each non-obvious decision a row of ${header}.` });
      return;
    }
    // The register is the table matching most of the required columns.
    let best = tables[0];
    let cols = matchColumns(best.header, required, ALIASES);
    for (const t of tables.slice(1)) {
      const c = matchColumns(t.header, required, ALIASES);
      if (c.filter((i) => i >= 0).length > cols.filter((i) => i >= 0).length) {
        best = t;
        cols = c;
      }
    }
    const missing = required.filter((_, i) => cols[i] < 0);
    if (missing.length) {
      const h = best.header;
      ctx.report({
        start: h[0]?.start ?? best.start,
        end: h[h.length - 1]?.end ?? best.end,
        message: `The risk register lacks the column${missing.length > 1 ? 's' : ''} ${list(missing)} (expected ${header}).`,
        suggestions: [{ title: `Add the column${missing.length > 1 ? 's' : ''} ${list(missing)}`, edits: appendColumnsEdits(ctx.model, best, missing) }],
      });
    }
    const costly = ctx.profile.costlyRisks;
    if (!costly) return;
    const [costCol] = matchColumns(best.header, [costly.cost], ALIASES);
    if (costCol < 0) return;
    const filledCols = matchColumns(best.header, costly.filled, ALIASES);
    const prCols = matchColumns(best.header, costly.namingPr, ALIASES);
    const threshold = ctx.profile.limits.mandatoryValidationPRs;
    for (const row of best.rows) {
      const cost: TableCell | undefined = row[costCol];
      if (!cost) continue;
      const n = costInPrs(cost.text);
      if (n < threshold) continue;
      const amount = n === Infinity ? 'every PR' : `${n} PRs`;
      const costs = `${quote(row[0]?.text ?? 'This risk')} costs ${amount} if wrong (${quote(cost.text, 40)})`;
      // The template: a validation with success criteria and an abort plan, written in the row.
      const unfilled = costly.filled.filter((_, i) => NOTHING.test((row[filledCols[i]]?.text ?? '').trim()));
      if (unfilled.length) {
        const cell = unfilled.map((name) => row[filledCols[costly.filled.indexOf(name)]]).find((c) => c) ?? cost;
        ctx.report({
          start: cell.start,
          end: cell.end,
          message: `${costs} but has no ${unfilled.join(' and no ')}: validation is mandatory at ${threshold} PRs or more. Write the validation with specific success criteria, and the abort plan (what changes if it fails).`,
        });
      }
      // The prompt: a gate naming the PR the validation must complete before.
      costly.namingPr.forEach((name, i) => {
        const gate: TableCell | undefined = prCols[i] >= 0 ? row[prCols[i]] : undefined;
        if (gate && prRefs(gate.text).length) return;
        const where = gate ?? cost;
        const label = name.toLowerCase();
        ctx.report({
          start: where.start,
          end: where.end,
          message: `${costs} but its ${label} ${gate ? `(${quote(gate.text, 40)}) names no PR` : 'is missing'}: validation is mandatory at ${threshold} PRs or more. Name the PR it must complete before ("Before PR 3 merge") and plan a spike or pre-PR validation step.`,
        });
      });
    }
  },
};
