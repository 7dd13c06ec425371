import type { PlanModel } from '../model';
import type { Config } from '../config';
import { defaultProfile, type Profile } from './profile';
import { chooseProfile } from './detect';

export { chooseProfile, type ProfileChoice } from './detect';

/** Distinct profile sections a macro plan needs to be recognised without a matching glob (the shipped macro profiles' `minSections`). */
export const MIN_PLAN_SECTIONS = 5;

/** A document is a plan when it gets a profile (docs/profiles.md): pinned by glob, or the one it fits best. */
export function isPlanDocument(model: PlanModel, config: Config, root: string, file?: string, _profile?: Profile): boolean {
  return !!chooseProfile(model, config, root, file).profile;
}

/** The profile a document is read with: the one it was matched to, else the default (for outlines of a non-plan). */
export function profileFor(model: PlanModel, config: Config, root: string, file?: string): Profile {
  return chooseProfile(model, config, root, file).profile ?? defaultProfile();
}
