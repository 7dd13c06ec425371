import type { Rule } from '../../rule';
import type { Table } from '../../model';
import { headerKey, headingRange, isBlankCell } from '../shared/structure-util';
import { clip } from '../../text';

export const rule: Rule = {
  meta: {
    id: 'MP110',
    name: 'scoping-table',
    severity: 'error',
    description: 'The model scoping table is missing, lacks a column of Component / Modeled / Simplified / Omitted / Justification, or a Simplified row has no justification.',
    scope: 'plan',
    kinds: ['macro'],
    needs: ['plan-structure'],
  },
  check(ctx) {
    const plan = ctx.plan;
    if (!plan) return;
    const columns = plan.profile.tables.scoping;
    if (columns.length === 0) return;
    const keys = columns.map(headerKey);
    const section = plan.byRole('objectives');
    // The table belongs in the objectives section; one elsewhere in the plan still counts as present.
    const score = (t: Table) => t.header.filter((c) => keys.includes(headerKey(c.text))).length;
    const candidates = ctx.model.tables.filter((t) => score(t) >= 3);
    const inSection = section ? candidates.filter((t) => t.start >= section.start && t.start < section.end) : [];
    const table = (inSection.length ? inSection : candidates).sort((a, b) => score(b) - score(a))[0];
    if (!table) {
      if (!section || section.unwritten) return; // MP101 reports the missing section, MP121 one still to be written.
      ctx.report({ ...headingRange(section), message: `No model scoping table: add a table with the columns ${columns.join(' | ')} (what is modeled, simplified or omitted, and why).` });
      return;
    }
    const have = table.header.map((c) => headerKey(c.text));
    const missing = columns.filter((c, i) => !have.includes(keys[i]));
    const headerSpan = { start: table.header[0]?.start ?? table.start, end: table.header[table.header.length - 1]?.end ?? table.start };
    if (missing.length) ctx.report({ ...headerSpan, message: `The model scoping table lacks the column${missing.length === 1 ? '' : 's'} ${missing.join(', ')}.` });
    const simplified = have.indexOf(keys[columns.findIndex((c) => /simplif/i.test(c))] ?? '\0');
    const justification = have.indexOf(keys[columns.findIndex((c) => /justif/i.test(c))] ?? '\0');
    if (simplified < 0) return;
    for (const row of table.rows) {
      const s = row[simplified];
      if (!s || isBlankCell(s.text)) continue;
      const j = justification >= 0 ? row[justification] : undefined;
      if (j && !isBlankCell(j.text)) continue;
      const name = row[0]?.text.replace(/[*_`]/g, '').trim() || 'this row';
      ctx.report({
        start: row[0]?.start ?? s.start,
        end: row[row.length - 1]?.end ?? s.end,
        message: `"${name}" is simplified (${clip(s.text, 60)}) without a justification: say what real-system behavior is lost and when it would matter.`,
      });
    }
  },
};
