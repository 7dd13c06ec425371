import * as path from 'node:path';
import picomatch from 'picomatch';
import type { PlanModel } from '../model';
import type { Config, ProfilePin } from '../config';
import { AUTO_PROFILE, BUILTIN_PROFILES, NO_PROFILE, resolveProfile, type PlanKind, type Profile } from './profile';
import { planStructure, type PlanStructure } from './structure';
import { microPlan } from './micro';
import { compactForSmallTier } from './tier';
import { superpowersShape } from './superpowers';
import { HTML_TAGS } from './scan';
import { speciesLine } from './species';
import { chooseByPlace } from './place-detect';
import type { ProfileChoice } from './choice';
import { perChunk } from '../chunk-readings';

export type { ProfileChoice } from './choice';

/**
 * Which profile a Markdown file is checked against, or that it is no plan (docs/profiles.md):
 *
 * 1. A glob of `.macroplan.json` "profiles" pins one (or `"none"`).
 * 2. A file written to be copied or followed (a template, a prompt, a guide, an agent command file) is no plan.
 * 3. Otherwise each profile is scored on the file (its sections by title and letter, and for micro
 *    profiles its contracts and tasks); the preferred profile (`profile` setting, unless "auto") is
 *    kept unless another fits clearly better. A file that fits none is no plan, unless a `files` glob
 *    says it is one.
 */

/** How much better another profile must score than the preferred one to replace it. */
export const CLEAR_MARGIN = 2;

const matchers = new Map<string, (p: string) => boolean>();

export function globMatcher(globs: string[]): (p: string) => boolean {
  const key = globs.join('\0');
  let m = matchers.get(key);
  if (!m) matchers.set(key, (m = picomatch(globs, { dot: true })));
  return m;
}

const choices = new WeakMap<PlanModel, Map<string, { config: Config; choice: ProfileChoice }>>();

/** The profile a document gets. Memoised per model, config and path. Never throws. */
export function chooseProfile(model: PlanModel, config: Config, root: string, file?: string): ProfileChoice {
  const rel = file ? path.relative(root, file).split(path.sep).join('/') : '';
  let perModel = choices.get(model);
  if (!perModel) choices.set(model, (perModel = new Map()));
  const hit = perModel.get(rel);
  if (hit && hit.config === config) return hit.choice;
  let choice: ProfileChoice;
  try {
    choice = choose(model, config, rel);
  } catch (e) {
    // Recognition is a convenience: a failure here must not take the citation rules down.
    choice = { reason: `could not tell the profile (${(e as Error)?.message ?? e})`, notPlan: 'no-fit' };
  }
  perModel.set(rel, { config, choice });
  return choice;
}

function choose(model: PlanModel, config: Config, rel: string): ProfileChoice {
  const pins: ProfilePin[] = config.profiles ?? [];
  for (const pin of pins) {
    if (!rel || !globMatcher(pin.files)(rel)) continue;
    const where = `pinned by "profiles" in .macroplan.json (${pin.files.join(', ')})`;
    if (pin.profile === NO_PROFILE) return { reason: `not a plan: ${where}`, notPlan: 'pinned' };
    if (pin.profile === AUTO_PROFILE) break;
    const profile = resolveProfile(pin.profile).profile;
    return { profile, kind: profile.kind, reason: where };
  }
  // A spec-kit feature folder's documents are told by their path and title (place-detect.ts).
  const placed = chooseByPlace(model, rel);
  if (placed) return placed;
  const copy = writtenToCopy(model, rel);
  // Placeholders alone do not make a template of a document that declares what it is (a design document's
  // species line): design documents quote `<model-name>` and `<gate>` in their examples.
  if (copy && !(copy.byPlaceholders && declaresKind(model))) return { reason: `not a plan: ${copy.reason}`, notPlan: copy.kind };

  const preferred = config.profile && config.profile !== AUTO_PROFILE ? resolveProfile(config.profile).profile : undefined;
  const candidates: Profile[] = Object.values(BUILTIN_PROFILES).filter((p) => !p.detect);
  if (preferred && !candidates.includes(preferred)) candidates.unshift(preferred);
  const fits = candidates.map((p) => fit(model, p, rel));
  // A profile that yields to some kinds (superpowers: the project's own macro and micro formats borrow its header) steps back when one of them fits.
  const yields = (f: Fit) => (f.profile.yieldsTo ?? []).some((k) => fits.some((g) => g.qualifies && g.profile.kind === k));
  const qualifying = fits.filter((f) => f.qualifies && !yields(f));
  const best = (list: Fit[]) => list.reduce<Fit | undefined>((a, b) => (!a || b.score > a.score ? b : a), undefined);
  const globbed = !!rel && globMatcher(config.files)(rel);
  const pref = preferred ? fits[candidates.indexOf(preferred)] : undefined;
  const top = best(qualifying);
  // A configured profile holds for plans of its kind; a file that clearly fits another kind gets that kind's profile.
  if (pref && (pref.qualifies || globbed || (top && top.profile.kind === pref.profile.kind))) {
    if (!top || top === pref || top.profile.kind === pref.profile.kind || top.score < pref.score + CLEAR_MARGIN) {
      return { profile: pref.profile, kind: pref.profile.kind, reason: `the configured profile; ${describe(pref)}${globbed && !pref.qualifies ? '; a "files" glob marks it as a plan' : ''}` };
    }
    return { profile: top.profile, kind: top.profile.kind, reason: otherKind(top, pref) };
  }
  if (top) {
    // A plan declaring the small tier is written in the compact format (plan/tier.ts).
    const compact = compactForSmallTier(model, top.profile);
    if (compact) return { profile: compact, kind: compact.kind, reason: `${describe(top)}; it declares the Small tier, which micro-plan-template.md writes in the compact format` };
    return { profile: top.profile, kind: top.profile.kind, reason: pref && pref.profile.kind !== top.profile.kind ? otherKind(top, pref) : describe(top) };
  }
  if (globbed) {
    // A glob says it is a (macro) plan; the best macro fit, the default on a tie.
    const f = pref ?? best(fits.filter((x) => x.profile.kind === 'macro')) ?? fits[0];
    return { profile: f.profile, kind: f.profile.kind, reason: `a "files" glob marks it as a plan; ${describe(f)}` };
  }
  return { reason: 'not a plan: it has too few sections of any profile', notPlan: 'no-fit' };
}

interface Fit {
  profile: Profile;
  structure: PlanStructure;
  /** Distinct sections recognised by title. */
  titled: number;
  score: number;
  qualifies: boolean;
  contracts: number;
  tasks: number;
  /** The species a design document declares at its top. */
  declared?: string;
  /** How the fit is described, when the profile is not read by its sections. */
  detail?: string;
}

/** Score a declared species adds: a document that says what it is is that, whatever its headings resemble. */
const DECLARED_WEIGHT = 5;

function declaresKind(model: PlanModel): boolean {
  return Object.values(BUILTIN_PROFILES).some((p) => !!p.design && !!speciesLine(model, p.design)?.species);
}

/**
 * How well a file fits a profile: a section named by its title counts 1, its letter agreeing with the
 * profile's half more (disagreeing, half less), a letter alone half; the share of required sections
 * present up to 3; for a micro profile, having contracts and tasks up to 2.
 */
function fit(model: PlanModel, profile: Profile, rel: string): Fit {
  const structure = planStructure(model, profile);
  if (profile.superpowers) return shapeFit(model, profile, structure, rel);
  let score = 0;
  const titled = new Set<unknown>();
  for (const s of structure.sections) {
    if (!s.spec) continue;
    if (s.titleSpec === s.spec) {
      if (!titled.has(s.spec)) score += 1;
      titled.add(s.spec);
      if (s.writtenLetter && s.spec.letter) score += s.writtenLetter === s.spec.letter ? 0.5 : -0.5;
    } else {
      score += 0.5;
    }
  }
  const required = profile.sections.filter((s) => s.required);
  const present = new Set(structure.sections.map((s) => s.spec));
  if (required.length) score += (3 * required.filter((s) => present.has(s)).length) / required.length;
  // Sections count by their titles: letters alone (`## C) Expanded Contracts` in an older micro layout) make no plan of a profile.
  let qualifies = titled.size >= (profile.minSections || 5);
  let contracts = 0;
  let tasks = 0;
  if (profile.kind === 'micro' && qualifies) {
    const m = microPlan(model, structure);
    contracts = m.contracts.length;
    tasks = m.tasks.length;
    score += (contracts > 0 ? 1 : 0) + (tasks > 0 ? 1 : 0);
    // A micro plan promises contracts or tasks; headings alone (an outline, a guide) are not one.
    qualifies = contracts + tasks > 0;
  }
  // A design document is one by its species line, or by enough of its required sections (minSections).
  const declared = profile.design ? speciesLine(model, profile.design)?.species?.name : undefined;
  if (declared) {
    score += DECLARED_WEIGHT;
    qualifies = true;
  }
  return { profile, structure, titled: titled.size, score, qualifies, contracts, tasks, declared };
}

/**
 * A superpowers plan is told by its shape, not its sections: tasks with steps, and the skill's header
 * (its title, the agentic-workers line, Goal, Architecture, Tech Stack: two of them at least) or its
 * conventional path. Each header part counts 1, tasks 2, steps 1, the path 2.
 */
function shapeFit(model: PlanModel, profile: Profile, structure: PlanStructure, rel: string): Fit {
  const spec = profile.superpowers!;
  const shape = superpowersShape(model, spec);
  const placed = !!rel && globMatcher(spec.paths)(rel);
  const qualifies = shape.tasks > 0 && (shape.header >= 2 || placed);
  const score = shape.header + (shape.tasks > 0 ? 2 : 0) + (shape.steps > 0 ? 1 : 0) + (placed ? 2 : 0);
  const parts = 2 + spec.headerFields.length;
  const detail = `the "${profile.name}" plan shape: ${shape.header} of ${parts} header parts, ${plural(shape.tasks, 'task')} with ${plural(shape.steps, 'step')}${placed ? ', in docs/superpowers/plans/' : ''}`;
  return { profile, structure, titled: 0, score, qualifies, contracts: 0, tasks: shape.tasks, detail };
}

function describe(f: Fit): string {
  if (f.detail) return f.detail;
  const total = f.profile.sections.length;
  const extra = f.profile.kind === 'micro' ? `, ${plural(f.contracts, 'contract')}, ${plural(f.tasks, 'task')}` : '';
  const declared = f.declared ? `declares the species ${f.declared}; ` : '';
  return `${declared}${f.structure.matchedCount} of the ${total} sections of the "${f.profile.name}" profile${extra}`;
}

function otherKind(top: Fit, pref: Fit): string {
  const noun = top.profile.kind === 'design' ? 'a design document' : `a ${top.profile.kind} plan`;
  return `${describe(top)}: ${noun}, which the configured "${pref.profile.name}" (${pref.profile.kind}) does not describe`;
}

function plural(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}


/**
 * A file written to be copied or followed rather than a plan: an agent command file, a template or
 * prompt (by its title, its opening words, or its placeholders), or a guide (by its title).
 */
export function writtenToCopy(model: PlanModel, rel: string): { kind: NonNullable<ProfileChoice['notPlan']>; reason: string; byPlaceholders?: boolean } | undefined {
  const text = model.text;
  if (/(?:^|\/)\.(?:claude|cursor|codex|gemini)\/(?:commands|agents|prompts|skills)\//.test(rel) || /(?:^|\/)\.github\/(?:prompts|agents)\//.test(rel) || /\.prompt\.md$/i.test(rel)) {
    return { kind: 'agent-command', reason: 'an agent command file (by its folder)' };
  }
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if ((front && /^(?:allowed-tools|argument-hint|model|tools)\s*:/m.test(front[1])) || perChunk(model, 'holds $ARGUMENTS', (c) => /\$ARGUMENTS\b/.test(c.text)).some((r) => r.value)) {
    return { kind: 'agent-command', reason: 'an agent command file (its front matter or $ARGUMENTS)' };
  }
  const h1 = model.headings.find((h) => h.depth === 1);
  const title = h1?.text ?? '';
  // A title ending in "Plan" names a plan whatever its subject ("Config Templates - Macro Plan",
  // "Process Guide Cleanup Implementation Plan"); "Macro Plan Template (Multi-PR Feature Plan)" ends in Template.
  const namesPlan = /\bplans?\W*$/i.test(title.replace(/\s*\([^)]*\)\s*$/, ''));
  if (!namesPlan && /\btemplates?\b/i.test(title)) return { kind: 'template', reason: `a template (its title "${title}")` };
  if (!namesPlan && /\bprompts?\b/i.test(title)) return { kind: 'prompt', reason: `a prompt (its title "${title}")` };
  const opening = text.split('\n', 40).map((l) => l.trim()).filter(Boolean).slice(0, 3);
  // A plain first line naming the file (`Macro plan prompt`) is its title when there is no `#` one.
  if (!h1 && opening[0] && opening[0].length <= 60) {
    const m = /\b(template|prompt)s?\s*$/i.exec(opening[0]);
    if (m) return { kind: m[1].toLowerCase() as 'template' | 'prompt', reason: `a ${m[1].toLowerCase()} (its first line "${opening[0]}")` };
  }
  if (opening.some((l) => /^(?:you are|you're)\b/i.test(l))) return { kind: 'prompt', reason: 'a prompt (it opens with "You are ...")' };
  // "Macro Plan Process", "Design Guidelines: ..." are guides.
  if (!namesPlan && /\b(?:guide|guidelines|handbook|playbook|how[- ]to|process|conventions)\b/i.test(title)) {
    return { kind: 'guide', reason: `a guide (its title "${title}")` };
  }
  const found = placeholders(model);
  if (found.length >= 3) return { kind: 'template', reason: `a template (placeholders such as ${found.slice(0, 3).join(', ')})`, byPlaceholders: true };
  return undefined;
}

const PLACEHOLDER_LANGS = new Set(['', 'markdown', 'md', 'text', 'txt', 'plain', 'plaintext']);

/** Distinct placeholders of a template outside Go code: `<Name>`, `[Title]`, `[Repeat for each ...]`, `path/to/`, `BC-N`, `Task N`. */
export function placeholders(model: PlanModel): string[] {
  // Read per chunk (no placeholder holds a line break, no code block crosses a chunk's edge) and
  // combined in the order one reading of the whole text finds them: each kind in turn, in text order.
  const perKind = perChunk(model, 'placeholders', placeholdersByKind);
  const found = new Set<string>();
  for (let k = 0; k < PLACEHOLDER_KINDS; k++) for (const r of perKind) for (const s of r.value[k]) if (found.size < 20) found.add(s);
  return [...found];
}

const PLACEHOLDER_KINDS = 4;

/** Each kind's distinct placeholders in a text, in order. */
function placeholdersByKind(model: PlanModel): string[][] {
  let text = model.text;
  // `Promise<void>` in TypeScript or `Vec<T>` in Rust is code, not a placeholder: only unlabelled and Markdown/text blocks may hold a template's.
  for (const c of model.codeBlocks) if (!PLACEHOLDER_LANGS.has((c.lang ?? '').toLowerCase().split(/[\s{]/)[0])) text = text.slice(0, c.start) + ' '.repeat(c.end - c.start) + text.slice(c.end);
  const distinct = (re: RegExp, f: (m: RegExpMatchArray) => string | undefined) => {
    const out = new Set<string>();
    for (const m of text.matchAll(re)) {
      const s = f(m);
      if (s !== undefined) out.add(s);
    }
    return [...out];
  };
  return [
    distinct(/<([A-Za-z][A-Za-z _-]{1,30})>/g, (m) => (HTML_TAGS.has(m[1].toLowerCase()) ? undefined : m[0])),
    // A bracket placeholder ends on its line, also at a lone carriage return (which ends a line and may end a chunk).
    distinct(/\[(?:Repeat|One sentence|Complete|Link|Issue numbers|Title|PR Title|Name|Component|Include)\b[^\]\r\n]{0,80}\](?!\()/g, (m) => m[0].slice(0, 30)),
    distinct(/\b(?:exact\/)?path\/to\/[\w./-]*/g, (m) => m[0]),
    distinct(/\b(?:BC|INV|NC|PR|Task)[- ][NXY]\b/g, (m) => m[0]),
  ];
}

/** A citation path that is a placeholder of a template, never a file: `path/to/file.go`, `exact/path/to/x.go`, `<file>.go`. */
export function isPlaceholderPath(p: string): boolean {
  return /(?:^|\/)path\/to\//.test(p) || /[<>[\]{}]/.test(p);
}
