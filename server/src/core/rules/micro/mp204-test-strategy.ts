import type { Rule } from '../../rule';
import { contractIdsIn } from '../../plan/micro';
import { describeSpec, headerKey, headingRange } from '../macro/structure-util';
import { headerRange, listIds, microFor, microSpec, sectionTables, structureFor } from './micro-util';

export const rule: Rule = {
  meta: {
    id: 'MP204',
    name: 'test-strategy',
    severity: 'warning',
    description: 'The Test Strategy section has no table mapping contracts to tasks and tests, or the table leaves a contract out.',
    scope: 'plan',
    kinds: ['micro'],
    needs: ['plan-structure'],
  },
  check(ctx) {
    const section = structureFor(ctx).byRole('test-strategy');
    if (!section || section.unwritten) return; // MP101 / MP121.
    const spec = microSpec(ctx);
    const columns = spec.testStrategy;
    const contractCol = headerKey(columns[0] ?? 'Contract');
    const tables = sectionTables(ctx, section);
    const table = tables.find((t) => t.header.some((h) => headerKey(h.text).includes(contractCol)));
    if (!table) {
      ctx.report({ ...headingRange(section), message: `${describeSpec(section.spec!)} has no table mapping contracts to tasks and tests: add | ${columns.join(' | ')} | with a row per contract.` });
      return;
    }
    const mapped = new Set(table.rows.flatMap((r) => r.flatMap((c) => contractIdsIn(c.text, spec.contractPrefixes))));
    const { contracts } = microFor(ctx);
    const missing = [...new Set(contracts.map((c) => c.id))].filter((id) => !mapped.has(id));
    if (!missing.length) return;
    const header = headerRange(table);
    ctx.report({ ...header, message: `The test strategy table does not map ${listIds(missing)}: add a row naming the task and the test of each.` });
  },
};
