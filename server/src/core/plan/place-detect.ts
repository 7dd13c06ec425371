import type { PlanModel } from '../model';
import { BUILTIN_PROFILES, type Profile } from './profile';
import { specKitSections } from './speckit';
import type { ProfileChoice } from './choice';

/**
 * Documents recognised by where they live and how they are titled rather than by a score of
 * their sections: the profiles carrying `detect` (the spec-kit feature folder's documents,
 * `specs/NNN-name/spec.md` ...). Runs before the "written to be copied" checks, so a spec whose
 * title happens to say "Templates" stays a spec; a file holding the template's own placeholders
 * (`[FEATURE NAME]`, `[DATE]`) is the template, whatever its folder.
 */
export function chooseByPlace(model: PlanModel, rel: string): ProfileChoice | undefined {
  const title = model.headings.find((h) => h.depth === 1)?.text ?? '';
  for (const profile of placed()) {
    const d = profile.detect!;
    const inFolder = !!rel && d.paths.some((p) => regex(p).test(rel));
    let byTitle = false;
    let found = 0;
    if (!inFolder && d.title && regex(d.title).test(title)) {
      found = specKitSections(model, profile).matched;
      byTitle = found >= (d.minSections ?? profile.minSections);
    }
    if (!inFolder && !byTitle) continue;
    const held = (d.placeholders ?? []).filter((p) => model.text.includes(p));
    if (held.length >= 2) return { reason: `not a plan: a template (placeholders such as ${held.slice(0, 3).join(', ')})`, notPlan: 'template' };
    const reason = inFolder
      ? `a spec-kit feature folder's document (by its path): the "${profile.name}" profile`
      : `its title and ${found} of the ${profile.sections.length} sections of the "${profile.name}" profile`;
    return { profile, kind: profile.kind, reason };
  }
  return undefined;
}

let cached: Profile[] | undefined;
function placed(): Profile[] {
  cached ??= Object.values(BUILTIN_PROFILES).filter((p) => p.detect);
  return cached;
}

const regexes = new Map<string, RegExp>();
function regex(source: string): RegExp {
  let r = regexes.get(source);
  if (!r) regexes.set(source, (r = new RegExp(source, 'iu')));
  return r;
}
