import type { Rule } from '../../rule';
import type { TableCell } from '../../model';
import { headerKey, headingRange } from '../shared/structure-util';
import { headerRange, listIds, microSpec, sectionTables, structureFor, writtenHeading } from './micro-util';

/**
 * A log that says there is nothing to log: the prompt's "No deviations from source document.", and
 * the variants plans write ("None — implemented exactly as specified", "No source document to deviate
 * from", "Deviations: none", "N/A").
 */
const NOTHING = /\bno\s+(?:\w+\s+){0,2}deviations?\b|\bdeviations?\s*:\s*none\b|^\s*(?:[-*]\s+)?(?:[*_]{1,2})?(?:none|n\/a|nothing)\b|\bno\s+source\s+(?:document|doc|spec)\b|\bnothing\s+to\s+deviate\b|\bimplemented\s+exactly\s+as\s+(?:specified|written)\b/im;
/** A row that records no deviation: its reason (or what the plan does) says so. */
const NO_DEVIATION = /^\s*(?:no\s+deviation\b|none\b|n\/a\b|same\b|as\s+(?:specified|written|is)\b|[-\u2013\u2014]+\s*$)/i;

export const rule: Rule = {
  meta: {
    id: 'MP205',
    name: 'deviation-log',
    severity: 'warning',
    description: "The Deviation Log is not a table of the template's columns (Source Says | Micro Plan Does | Reason), or a reason names no category or an unknown one.",
    scope: 'plan',
    kinds: ['micro'],
    needs: ['plan-structure'],
  },
  check(ctx) {
    const section = structureFor(ctx).byRole('deviation-log');
    if (!section || section.unwritten) return; // MP101 / MP121.
    const spec = microSpec(ctx);
    const columns = spec.deviationLog;
    const body = ctx.model.text.slice(section.bodyStart, section.end);
    const tables = sectionTables(ctx, section);
    if (!tables.length) {
      if (NOTHING.test(body)) return;
      ctx.report({ ...headingRange(section), message: `${writtenHeading(section)} has no table: add | ${columns.join(' | ')} | with a row per deviation, or write "No deviations from source document."` });
      return;
    }
    const table = tables[0];
    const keys = table.header.map((h) => headerKey(h.text));
    const col = (name: string) => {
      const k = headerKey(name);
      // `Micro Does` (the prompt's wording), `Plan does`, `Micro Plan Does` (the template's) are one column.
      const words = k.split(' ').filter((w) => w !== 'micro' && w !== 'plan');
      return keys.findIndex((x) => x === k || x.includes(k) || (words.length > 0 && words.every((w) => x.split(' ').includes(w))));
    };
    const missing = columns.filter((c) => col(c) < 0);
    const header = headerRange(table);
    if (missing.length) {
      ctx.report({ ...header, message: `The deviation log table lacks the column${missing.length > 1 ? 's' : ''} ${listIds(missing)}: the template's columns are | ${columns.join(' | ')} |.` });
      return;
    }
    const reasons = spec.deviationReasons;
    if (!reasons.length) return;
    const reasonCol = col(columns[columns.length - 1]);
    const doesCol = columns.length >= 3 ? col(columns[1]) : -1;
    const without: TableCell[] = [];
    let deviations = 0;
    for (const row of table.rows) {
      const cell = row[reasonCol];
      if (!cell) continue;
      if (!cell.text.replace(/[*_`]/g, '').trim()) {
        // A deviation written down without its reason: the one thing a reviewer needs to judge it.
        if (row.some((c, i) => i !== reasonCol && c.text.trim())) {
          const at = row.find((c) => c.text.trim())!;
          ctx.report({ start: at.start, end: at.end, message: `This deviation gives no reason: write its category and why in the Reason column (\`CLARIFICATION: the issue's example ...\`).` });
        }
        continue;
      }
      const text = cell.text.replace(/[*_`]/g, '');
      if (NO_DEVIATION.test(text) || (doesCol >= 0 && row[doesCol] && NO_DEVIATION.test(row[doesCol].text.replace(/[*_`]/g, '')))) continue;
      deviations++;
      const words = text.toUpperCase().replace(/[\s-]+/g, '_');
      if (reasons.some((r) => words.includes(r))) continue;
      // `NO-OP: ...`: a label in the category's place that is not one of the template's.
      const label = /^\s*([A-Z][A-Z]+(?:[_-][A-Z]+)*)\s*(?::|\u2014|\u2013|-\s|\/)/.exec(text);
      if (label) {
        ctx.report({ start: cell.start, end: cell.end, severity: 'info', message: `This deviation's category ${label[1]} is not one of the template's: use ${reasons.join(', ')}.` });
        continue;
      }
      without.push(cell);
    }
    if (!without.length) return;
    // A log whose reasons all go without a category was written so: one finding for the table.
    if (without.length > 1 && without.length === deviations) {
      ctx.report({ ...header, severity: 'info', message: `None of the ${without.length} deviation reasons names its category: start each with one of ${reasons.join(', ')} (\`CLARIFICATION: ...\`).` });
      return;
    }
    for (const cell of without) {
      ctx.report({ start: cell.start, end: cell.end, severity: 'info', message: `This deviation's reason names no category: start it with one of ${reasons.join(', ')} (\`CLARIFICATION: ...\`).` });
    }
  },
};
