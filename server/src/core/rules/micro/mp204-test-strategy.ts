import type { Rule } from '../../rule';
import { contractIdsIn } from '../../plan/micro';
import { headerKey, headingRange } from '../shared/structure-util';
import { coverage, headerRange, listIds, microFor, microSpec, sectionTables, structureFor, writtenHeading } from './micro-util';

/** A test strategy that says the PR needs no tests: "Documentation-only change — no automated tests". */
const WAIVED = /\b(?:docs?|documentation|comments?)[- ]only\b|\bno\s+(?:new\s+|automated\s+|unit\s+|code\s+)?tests?\b|\bnot\s+(?:unit[- ])?testable\b|\bno\s+(?:code|behaviou?r(?:al)?)\s+changes?\b/i;

export const rule: Rule = {
  meta: {
    id: 'MP204',
    name: 'test-strategy',
    severity: 'warning',
    description: 'The Test Strategy section has no table mapping contracts to tasks and tests, or the table leaves out a contract a task serves.',
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
    const { contracts } = microFor(ctx);
    if (!table) {
      if (!contracts.length || WAIVED.test(ctx.model.text.slice(section.bodyStart, section.end))) return;
      ctx.report({ ...headingRange(section), message: `${writtenHeading(section)} has no table mapping contracts to tasks and tests: add | ${columns.join(' | ')} | with a row per contract (or say why the PR needs no tests).` });
      return;
    }
    const mapped = new Set(table.rows.flatMap((r) => r.flatMap((c) => contractIdsIn(c.text, spec.contractPrefixes))));
    // A contract no task serves is MP202's finding, once.
    const unserved = new Set(coverage(ctx).unserved.map((c) => c.id));
    const missing = [...new Set(contracts.map((c) => c.id))].filter((id) => !mapped.has(id) && !unserved.has(id));
    if (!missing.length) return;
    const header = headerRange(table);
    ctx.report({ ...header, message: `The test strategy table does not map ${listIds(missing)}: add a row naming the task and the test of each.` });
  },
};
