import type { RuleContext } from '../../rule';
import { BUILTIN_PROFILES, type SuperpowersSpec } from '../../plan/profile';
import { superpowersPlan, type SpStep, type SpTask, type SuperpowersPlan } from '../../plan/superpowers';

/** Helpers of the superpowers-plan rules MP501-MP509. */

/** The superpowers settings of the profile (a custom superpowers profile without them gets the shipped ones). */
export function spSpec(ctx: RuleContext): SuperpowersSpec {
  return ctx.profile.superpowers ?? BUILTIN_PROFILES.superpowers.superpowers!;
}

/** The plan's header and tasks (memoised per model: the rules share one read). */
export function spPlan(ctx: RuleContext): SuperpowersPlan {
  return superpowersPlan(ctx.model, spSpec(ctx));
}

/** `Step 2 of Task 3 ("Run the test")` */
export function stepName(task: SpTask, step: SpStep): string {
  return `Step ${step.number} of Task ${task.number}${step.title ? ` ("${step.title.length > 60 ? step.title.slice(0, 57) + '...' : step.title}")` : ''}`;
}

/** The first word of a step's title, lowercased. */
export function firstWord(title: string): string {
  return (/^[`*_"]*([A-Za-z]+)/.exec(title)?.[1] ?? '').toLowerCase();
}
