import type { PlanModel } from '../model';
import { BUILTIN_PROFILES, type Profile } from './profile';

/**
 * The PR size tier a micro plan declares. micro-plan-template.md: "For Small tier PRs ... use this
 * streamlined format instead of the full template": a plan that says `**Tier:** Small (comment updates
 * only)` is held to the compact format whatever headings of the full one it also carries.
 * "Small/Medium" is no declaration of the small tier.
 */
const SMALL_TIER = /^[ \t>]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?:PR[ \t]+)?(?:Size[ \t]+)?Tier(?:[ \t]*\((?:PR[ \t]+)?size\))?[ \t]*(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?[ \t]*Small\b(?![ \t]*[/+-][ \t]*\w)/im;

/** Whether the plan's header (its first 60 lines) declares the small tier. */
export function declaresSmallTier(model: PlanModel): boolean {
  const head = model.text.split('\n', 60).join('\n');
  return SMALL_TIER.test(head);
}

/**
 * The compact micro profile for a plan best fitting the full one that declares the small tier;
 * otherwise the profile as chosen. Kept apart from detection's scoring: a declaration, not a fit.
 */
export function compactForSmallTier(model: PlanModel, profile: Profile): Profile | undefined {
  if (profile !== BUILTIN_PROFILES.micro || !declaresSmallTier(model)) return undefined;
  return BUILTIN_PROFILES['micro-compact'];
}
