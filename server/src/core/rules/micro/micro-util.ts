import type { RuleContext } from '../../rule';
import type { Table } from '../../model';
import type { PlanSection } from '../../plan/structure';
import { planStructure, type PlanStructure } from '../../plan/structure';
import { contractIdsIn, microPlan, type Contract, type MicroPlan } from '../../plan/micro';
import type { MicroSpec } from '../../plan/profile';
import { BUILTIN_PROFILES } from '../../plan/profile';

/** Helpers of the micro-plan rules MP201-MP206. */

export function structureFor(ctx: RuleContext): PlanStructure {
  return ctx.plan ?? planStructure(ctx.model, ctx.profile);
}

/** The plan's contracts and tasks (memoised per structure: the rules share one read). */
export function microFor(ctx: RuleContext): MicroPlan {
  return microPlan(ctx.model, structureFor(ctx));
}

/** The micro settings of the profile (a custom micro profile without them gets the shipped ones). */
export function microSpec(ctx: RuleContext): MicroSpec {
  return ctx.profile.micro ?? BUILTIN_PROFILES.micro.micro!;
}

/** `BC-1, BC-2 and BC-4` */
export function listIds(ids: string[]): string {
  if (ids.length <= 1) return ids.join('');
  return `${ids.slice(0, -1).join(', ')} and ${ids[ids.length - 1]}`;
}

/** The tables whose start lies in a section's body. */
export function sectionTables(ctx: RuleContext, section: PlanSection): Table[] {
  return ctx.model.tables.filter((t) => t.start >= section.bodyStart && t.start < section.end);
}

/** The header row of a table, where findings about its columns go. */
export function headerRange(table: Table): { start: number; end: number } {
  return { start: table.header[0]?.start ?? table.start, end: table.header[table.header.length - 1]?.end ?? table.start };
}

/** The heading of a section as the plan writes it (`E. Test Strategy`), for messages. */
export function writtenHeading(section: PlanSection): string {
  return section.heading.text.replace(/[*_`]/g, '').trim();
}

/**
 * A negative or preservation contract: what MUST NOT happen or what stays as it was (`NC-2`, "No
 * runtime behaviour change for valid inputs", "remaining subcommands unchanged"). No task implements
 * it; the test strategy verifies it.
 */
export function isNegative(c: Contract, text: string): boolean {
  if (/^NC-/.test(c.id)) return true;
  const NEG = /\b(?:unchanged|unaffected|preserv(?:ed|es|ation)|no\s+(?:\w+\s+){0,3}(?:change|regression)s?|must\s+not|never|does\s+not|do\s+not|is\s+not|are\s+not|still\s+(?:works?|passes?|behaves?)|remains?\s+(?:the\s+same|as\s+(?:is|before)|identical)|backward[- ]compatib\w*|byte-identical)\b/i;
  if (NEG.test(c.name)) return true;
  const then = /\bTHEN\b([^\n]*)/.exec(text.slice(c.block.start, c.block.end));
  return !!then && NEG.test(then[1]) && !c.name;
}

export interface Coverage {
  /** Positive contracts that no task names and the test strategy does not map: MP202's. */
  unserved: Contract[];
  /** Ids the Test Strategy section mentions (table or prose). */
  inTestStrategy: Set<string>;
  /** Whether any task names a contract. */
  anyNamed: boolean;
}

/** Which contracts the tasks and the test strategy serve (one reading shared by MP202 and MP204). */
export function coverage(ctx: RuleContext): Coverage {
  const { contracts, tasks } = microFor(ctx);
  const plan = structureFor(ctx);
  const spec = microSpec(ctx);
  const ts = plan.byRole('test-strategy');
  const inTestStrategy = new Set(ts ? contractIdsIn(ctx.model.text.slice(ts.bodyStart, ts.end), spec.contractPrefixes) : []);
  const named = new Set(tasks.flatMap((t) => t.contracts));
  const seen = new Set<string>();
  const unserved: Contract[] = [];
  for (const c of contracts) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    if (named.has(c.id) || inTestStrategy.has(c.id) || isNegative(c, ctx.model.text)) continue;
    unserved.push(c);
  }
  return { unserved, inTestStrategy, anyNamed: named.size > 0 };
}
