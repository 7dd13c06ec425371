import type { RuleContext } from '../../rule';
import type { Table } from '../../model';
import type { PlanSection } from '../../plan/structure';
import { planStructure, type PlanStructure } from '../../plan/structure';
import { microPlan, type MicroPlan } from '../../plan/micro';
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
