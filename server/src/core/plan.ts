import * as path from 'node:path';
import picomatch from 'picomatch';
import type { PlanModel } from './model';
import type { Config } from './config';
import { resolveProfile, type Profile } from './plan/profile';
import { planStructure } from './plan/structure';

const matchers = new Map<string, (p: string) => boolean>();

function matcher(globs: string[]): (p: string) => boolean {
  const key = globs.join('\0');
  let m = matchers.get(key);
  if (!m) matchers.set(key, (m = picomatch(globs, { dot: true })));
  return m;
}

/** Distinct profile sections a document needs to be recognised as a plan without a matching glob. */
export const MIN_PLAN_SECTIONS = 5;

/** A document is a macro plan when its path matches the configured globs, or it has at least five of the profile's section headings. */
export function isPlanDocument(model: PlanModel, config: Config, root: string, file?: string, profile?: Profile): boolean {
  if (file) {
    const rel = path.relative(root, file).split(path.sep).join('/');
    if (matcher(config.files)(rel)) return true;
  }
  const p = profile ?? resolveProfile(config.profile).profile;
  try {
    return planStructure(model, p).matchedCount >= MIN_PLAN_SECTIONS;
  } catch {
    // Recognition by headings is a convenience: a failure here must not take the citation rules down.
    return false;
  }
}
