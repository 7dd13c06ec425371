import type { Rule } from '../../rule';
import type { Table } from '../../model';
import { buildingBlocks } from '../../plan/blocks';
import { insertionPoint, list, matchColumns, namesBlock, planFor, tablesIn } from './mp111-120-util';

/** Real systems a correspondence table maps blocks to (any column beyond the required ones also counts). */
const SYSTEMS = /llm-?d|vllm|sglang|other|trt|tensorrt|triton|dynamo|kserve|reference/i;
const HEADING = /correspondence|real[- ]system|mapping/i;
const ALIASES: Record<string, string[]> = { 'Building Block': ['Block', 'Building Blocks', 'Concept Model Block'] };

export const rule: Rule = {
  meta: {
    id: 'MP119',
    name: 'correspondence-table',
    severity: 'warning',
    description: 'The real-system correspondence table is missing, lacks its columns, or omits a building block.',
    scope: 'plan',
    kinds: ['macro'],
    needs: ['plan-structure'],
  },
  check(ctx) {
    const { model } = ctx;
    const plan = planFor(ctx);
    const section = plan.byRole('concept-model');
    if (!section || section.unwritten) return; // MP101 / MP121.
    const { blocks } = buildingBlocks(model, plan);
    const required = ctx.profile.tables.correspondence;
    const heading = model.headings.find((h) => h.start > section.start && h.start < section.end && HEADING.test(h.text));
    const tables = tablesIn(model, section);
    const byHeading = heading ? tables.find((t) => t.start > heading.start) : undefined;
    const table: Table | undefined = byHeading ?? tables.find((t) => t.header.some((c) => SYSTEMS.test(c.text)) || matchColumns(t.header, required, ALIASES).some((i) => i >= 0));
    const skeleton = () => {
      const cols = [...required, 'llm-d', 'vLLM', 'SGLang', 'Other'].filter((c, i, a) => a.indexOf(c) === i);
      const rows = (blocks.length ? blocks.map((b) => b.name) : ['(block)']).map((n) => `| ${n} |${' |'.repeat(cols.length - 1)}`);
      return `\n\n${heading ? '' : '### Real-System Correspondence\n\n'}| ${cols.join(' | ')} |\n|${'---|'.repeat(cols.length)}\n${rows.join('\n')}`;
    };
    if (!table) {
      const at = heading ? heading.end : insertionPoint(model, section);
      ctx.report({
        start: (heading ?? section.heading).start,
        end: (heading ?? section.heading).end,
        message: 'The concept model has no real-system correspondence table: map each building block to the real components it models (| Building Block | llm-d | vLLM | SGLang | Other |).',
        suggestions: [{ title: 'Insert a correspondence table', edits: [{ start: at, end: at, newText: skeleton() }] }],
      });
      return;
    }
    const cols = matchColumns(table.header, required, ALIASES);
    const missing = required.filter((_, i) => cols[i] < 0);
    const others = table.header.filter((_, i) => !cols.includes(i));
    const h = table.header;
    // One finding per table: what it lacks, then which blocks it omits.
    const problems: string[] = [];
    if (missing.length) problems.push(`lacks the column${missing.length > 1 ? 's' : ''} ${list(missing)} (its first column should name the concept model's building blocks)`);
    if (!others.length) problems.push('maps to no real system (add columns such as llm-d, vLLM, SGLang, Other)');
    const nameCol = cols[0] >= 0 ? cols[0] : 0;
    const names = table.rows.map((r) => r[nameCol]?.text ?? '');
    const omitted = blocks.filter((b) => !names.some((n) => namesBlock(model, n, b)));
    if (omitted.length) problems.push(`omits the building block${omitted.length > 1 ? 's' : ''} ${list(omitted.map((b) => b.name))}`);
    if (!problems.length) return;
    let fixes;
    if (omitted.length && table.rows.length) {
      const lastRow = table.rows[table.rows.length - 1];
      const lineEnd = model.lines.lineEnd(model.lines.positionAt(lastRow[lastRow.length - 1].end - 1).line);
      const newRows = omitted.map((b) => `\n| ${b.name} |${' |'.repeat(Math.max(h.length - 1, 0))}`).join('');
      fixes = [{ title: `Add rows for ${list(omitted.map((b) => b.name))}`, edits: [{ start: lineEnd, end: lineEnd, newText: newRows }] }];
    }
    ctx.report({
      start: table.start,
      end: model.lines.lineEnd(model.lines.positionAt(table.start).line),
      message: `The correspondence table ${list(problems)}.${omitted.length ? ' Every block maps to the real components it models (N/A where a system has none).' : ''}`,
      suggestions: fixes,
    });
  },
};
