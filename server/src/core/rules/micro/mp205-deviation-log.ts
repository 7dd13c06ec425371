import type { Rule } from '../../rule';
import { describeSpec, headerKey, headingRange } from '../macro/structure-util';
import { headerRange, listIds, microSpec, sectionTables, structureFor } from './micro-util';

export const rule: Rule = {
  meta: {
    id: 'MP205',
    name: 'deviation-log',
    severity: 'warning',
    description: "The Deviation Log is not a table of the template's columns (Source Says | Micro Plan Does | Reason), or a reason names no category.",
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
      // The prompt: "If there are zero deviations, state 'No deviations from source document.'"
      if (/\bno\s+(?:\w+\s+){0,2}deviations?\b|\bdeviations?\s*:\s*none\b/i.test(body)) return;
      ctx.report({ ...headingRange(section), message: `${describeSpec(section.spec!)} has no table: add | ${columns.join(' | ')} | with a row per deviation, or write "No deviations from source document."` });
      return;
    }
    const table = tables[0];
    const keys = table.header.map((h) => headerKey(h.text));
    // `Micro Does` (the prompt's wording) and `Micro Plan Does` (the template's) are the same column.
    const has = (col: string) => {
      const k = headerKey(col);
      const loose = k.replace(/\bplan\b/g, '').replace(/\s+/g, ' ').trim();
      return keys.some((x) => x === k || x.includes(k) || x.replace(/\bplan\b/g, '').replace(/\s+/g, ' ').trim() === loose);
    };
    const missing = columns.filter((c) => !has(c));
    const header = headerRange(table);
    if (missing.length) {
      ctx.report({ ...header, message: `The deviation log table lacks the column${missing.length > 1 ? 's' : ''} ${listIds(missing)}: the template's columns are | ${columns.join(' | ')} |.` });
      return;
    }
    const reasons = spec.deviationReasons;
    if (!reasons.length) return;
    const reasonCol = keys.findIndex((x) => x.includes(headerKey(columns[columns.length - 1])));
    for (const row of table.rows) {
      const cell = row[reasonCol];
      if (!cell || !cell.text.trim()) continue;
      const words = cell.text.toUpperCase().replace(/[\s-]+/g, '_');
      if (reasons.some((r) => words.includes(r))) continue;
      ctx.report({ start: cell.start, end: cell.end, message: `This deviation's reason names no category: start it with one of ${reasons.join(', ')}.` });
    }
  },
};
