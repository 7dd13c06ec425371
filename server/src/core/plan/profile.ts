import promptJson from '../profiles/prompt.json';
import templateJson from '../profiles/template.json';
import microJson from '../profiles/micro.json';
import microCompactJson from '../profiles/micro-compact.json';
import designJson from '../profiles/design.json';
import specKitSpecJson from '../profiles/spec-kit-spec.json';
import specKitPlanJson from '../profiles/spec-kit-plan.json';
import specKitTasksJson from '../profiles/spec-kit-tasks.json';
import specKitChecklistJson from '../profiles/spec-kit-checklist.json';
import specKitResearchJson from '../profiles/spec-kit-research.json';
import specKitDataModelJson from '../profiles/spec-kit-data-model.json';
import specKitContractJson from '../profiles/spec-kit-contract.json';
import specKitQuickstartJson from '../profiles/spec-kit-quickstart.json';
import superpowersJson from '../profiles/superpowers.json';

/** What a section is for, independent of its letter in a given profile. */
export type SectionRole =
  | 'summary'
  | 'recon'
  | 'objectives'
  | 'concept-model'
  | 'risks'
  | 'evolution'
  | 'frozen'
  | 'cross-cutting'
  | 'pr-plan'
  | 'dag'
  | 'checklist'
  | 'extension-friction'
  | 'contracts'
  | 'tasks'
  | 'test-strategy'
  | 'deviation-log'
  | (string & {});

export type GoPolicy = 'forbidden' | 'frozen-interfaces' | 'allowed';

export interface SectionSpec {
  /** `A`..`Z`; empty for a section recognised by title only (e.g. an appendix). */
  letter: string;
  title: string;
  aliases: string[];
  required: boolean;
  /** What the section holds, in a phrase: quoted when it is missing (MP302). */
  description?: string;
  /** Most non-blank lines the section body may have. */
  maxLines?: number;
  go: GoPolicy;
  role?: SectionRole;
}

export interface ProfileLimits {
  /** Inclusive [min, max] number of objectives. */
  objectives: [number, number];
  /** Inclusive [min, max] number of building blocks in the concept model. */
  buildingBlocks: [number, number];
  /** Most lines of a PR's Tier 1 summary (warning above). */
  tier1Lines: number;
  /** Target lines of a PR's Tier 1 summary (info above). */
  tier1InfoLines: number;
  /** A risk whose cost if wrong is at least this many PRs needs a gate naming a PR. */
  mandatoryValidationPRs: number;
}

/**
 * The risk register's columns that make validation mandatory: the prompt's Gate names the PR the
 * validation finishes before; the template asks for the validation and an abort plan instead.
 */
export interface CostlyRisks {
  /** The column holding the cost if wrong (in PRs). */
  cost: string;
  /** Columns a costly risk must fill. */
  filled: string[];
  /** Columns a costly risk must fill with a PR reference (`Before PR 3 merge`). */
  namingPr: string[];
}


/** A design species (design-guidelines.md §3.2): its name, the names authors also write, and its own structure. */
export interface SpeciesSpec {
  name: string;
  aliases: string[];
  /** Parts every numbered decision needs (a Decision Record's Problem / Decision / Rationale / Alternatives). */
  decisionParts?: string[];
  /** Most lines a Go snippet may have and still count as the brief snippet the species may hold (§3.4 exception). */
  snippetLines?: number;
}

/** What a design document declares and may not hold (MP301-MP306). */
export interface DesignSpec {
  /** Labels of the line that declares the species at the top (`**Species:** System Overview`). */
  speciesLabels: string[];
  species: SpeciesSpec[];
  /** Lines from the top in which the declaration is looked for. */
  declarationLines: number;
}

/** What a profile describes: a multi-PR macro plan, a single-PR micro plan, a design document, one document of a spec-kit feature folder, or a superpowers plan. Rules declare the kinds they run on. */
export type PlanKind = 'macro' | 'micro' | 'design' | SpecKitKind | 'superpowers';

export const PLAN_KINDS: readonly string[] = ['macro', 'micro', 'design', 'spec-kit-spec', 'spec-kit-plan', 'spec-kit-tasks', 'spec-kit-checklist', 'spec-kit-doc', 'superpowers'];

/** A spec-kit feature folder's documents; `spec-kit-doc` (research, data model, contracts, quickstart) gets citation rules only. */
export type SpecKitKind = 'spec-kit-spec' | 'spec-kit-plan' | 'spec-kit-tasks' | 'spec-kit-checklist' | 'spec-kit-doc';

/**
 * How a file is recognised as a document of this profile by where it lives and what it is titled,
 * instead of being scored by its sections (docs/profiles.md). Profiles with `detect` are never scored.
 */
export interface DetectSpec {
  /** Regular expressions over the workspace-relative path (`/` separators); one matching is enough. */
  paths: string[];
  /** A regular expression over the first `#` title: with `minSections` it recognises the document outside its folder. */
  title?: string;
  /** Sections (by title) a document titled so needs outside its folder. */
  minSections?: number;
  /** A template's placeholders: two of them make the file a template, not a document. */
  placeholders?: string[];
}

/** A heading that groups sections (`## Part 1: Design Validation`) and is no section itself. */
export interface PartSpec {
  /** The part's number as written (`Part 1`). */
  number: number;
  title: string;
  /** Target of non-blank lines in the whole part (info above, MP206). */
  maxLines?: number;
}

/** What a micro plan's contracts and tasks look like (MP201-MP205). */
export interface MicroSpec {
  /** Contract id prefixes: `BC` for `BC-1`; `NC` for negative contracts. */
  contractPrefixes: string[];
  /** Clauses every contract needs, e.g. GIVEN / WHEN / THEN. */
  clauses: string[];
  /** Parts every task needs, from files, test, impl, verify, commit. */
  taskParts: TaskPart[];
  /** Columns of the Test Strategy table (the first names the contract). */
  testStrategy: string[];
  /** Columns of the Deviation Log table. */
  deviationLog: string[];
  /** Categories a deviation's reason names. */
  deviationReasons: string[];
}

export type TaskPart = 'files' | 'test' | 'impl' | 'verify' | 'commit';

/** What a superpowers plan (the writing-plans skill) looks like (MP501-MP509, core/plan/superpowers.ts). */
export interface SuperpowersSpec {
  /** Globs of the conventional place of such plans. */
  paths: string[];
  /** How the title ends: `# <Feature> Implementation Plan`. */
  titleSuffix: string;
  /** The words of the line for agentic workers under the title. */
  agenticLine: string;
  /** Words any of which marks that line (older plans: "For Claude: REQUIRED SUB-SKILL: ..."). */
  agenticMarkers: string[];
  /** Bold header fields: Goal, Architecture, Tech Stack. */
  headerFields: string[];
  taskWord: string;
  stepWord: string;
  /** Labels of a task's Files list: Create, Modify, Test. */
  fileKinds: string[];
  runLabel: string;
  expectedLabel: string;
  /** A step whose title starts with one of these verbs changes code. */
  codeVerbs: string[];
  /** Words of a step's title that make it no code change. */
  notCode: string[];
  /** Placeholders wherever they stand in the prose. */
  placeholders: string[];
  /** Regular expressions (case-insensitive) of instructions that describe instead of showing. */
  vagueSteps: string[];
}

export interface Profile {
  name: string;
  description?: string;
  /** What the profile describes (default `macro`). */
  kind: PlanKind;
  /** Distinct sections a document needs to be taken for a plan of this profile without a glob. */
  minSections: number;
  /** Headings that group sections (micro plans: Part 1-3). */
  parts?: PartSpec[];
  micro?: MicroSpec;
  /** For a design document: its species and what they declare. */
  design?: DesignSpec;
  /** Recognised by path and title instead of scored by sections (spec-kit documents). */
  detect?: DetectSpec;
  superpowers?: SuperpowersSpec;
  /** Kinds that take a file first: a file that also fits a profile of one of them gets that profile. */
  yieldsTo?: PlanKind[];
  sections: SectionSpec[];
  /** The module contract fields, e.g. OBSERVES ... EXTENSION FRICTION. */
  contractFields: string[];
  /**
   * The fields of a PR card. `tiered: false` (macro-plan-template.md) has one list of fields, in
   * `tier1`, and no Tier 1 / Tier 2 summary; the prompt's cards are tiered.
   */
  prCard: { tier1: string[]; tier2: string[]; tiered?: boolean };
  /** What a risk whose cost if wrong reaches `limits.mandatoryValidationPRs` must carry (MP111). */
  costlyRisks?: CostlyRisks;
  extensionTypes: string[];
  /** Classes every event must carry, e.g. EXOGENOUS / ENDOGENOUS. */
  eventClasses: string[];
  /** Required column headers of the plan's tables. */
  tables: { scoping: string[]; risks: string[]; correspondence: string[] };
  limits: ProfileLimits;
}

export const BUILTIN_PROFILES: Record<string, Profile> = {
  prompt: freeze(promptJson as unknown as Profile),
  template: freeze(templateJson as unknown as Profile),
  micro: freeze(microJson as unknown as Profile),
  'micro-compact': freeze(microCompactJson as unknown as Profile),
  design: freeze(withMacroDefaults(designJson as unknown as Partial<Profile>)),
  'spec-kit-spec': freeze(specKitSpecJson as unknown as Profile),
  'spec-kit-plan': freeze(specKitPlanJson as unknown as Profile),
  'spec-kit-tasks': freeze(specKitTasksJson as unknown as Profile),
  'spec-kit-checklist': freeze(specKitChecklistJson as unknown as Profile),
  'spec-kit-research': freeze(specKitResearchJson as unknown as Profile),
  'spec-kit-data-model': freeze(specKitDataModelJson as unknown as Profile),
  'spec-kit-contract': freeze(specKitContractJson as unknown as Profile),
  'spec-kit-quickstart': freeze(specKitQuickstartJson as unknown as Profile),
  // A superpowers plan has no sections (it is read by its shape): the file lists none.
  superpowers: freeze({ sections: [], ...superpowersJson } as unknown as Profile),
};

/**
 * A profile that is no macro plan leaves out the macro plan's fields (PR cards, risk columns, limits):
 * they are filled empty here so code that reads any profile (authoring, hover) needs no special case.
 */
function withMacroDefaults(p: Partial<Profile>): Profile {
  return {
    contractFields: [],
    prCard: { tier1: [], tier2: [] },
    extensionTypes: [],
    eventClasses: [],
    tables: { scoping: [], risks: [], correspondence: [] },
    limits: { objectives: [0, 0], buildingBlocks: [0, 0], tier1Lines: 0, tier1InfoLines: 0, mandatoryValidationPRs: 0 },
    ...p,
  } as Profile;
}

/** The `profile` setting that prefers no profile: each file gets the one it fits best. */
export const AUTO_PROFILE = 'auto';
/** A profile name for globs pinned as "not a plan". */
export const NO_PROFILE = 'none';

export const DEFAULT_PROFILE_NAME = 'prompt';

export function defaultProfile(): Profile {
  return BUILTIN_PROFILES[DEFAULT_PROFILE_NAME];
}

export interface ResolvedProfile {
  profile: Profile;
  /** Human-readable problems with the profile setting; the profile returned is still usable. */
  problems: string[];
}

const byName = new Map<string, ResolvedProfile>();
const byObject = new WeakMap<object, ResolvedProfile>();

/**
 * Resolves `config.profile`: the name of a shipped profile, or an inline profile object.
 * An inline profile may name a base with `"extends"` (default `prompt`); fields it omits come from the base.
 * Never throws: unknown names and ill-typed fields are reported in `problems` and the default / base applies.
 * Results are cached per name and per object.
 */
export function resolveProfile(setting: string | Record<string, unknown> | undefined | null): ResolvedProfile {
  if (setting === undefined || setting === null || setting === '' || setting === AUTO_PROFILE) return { profile: defaultProfile(), problems: [] };
  if (typeof setting === 'string') {
    let r = byName.get(setting);
    if (!r) {
      const p = BUILTIN_PROFILES[setting];
      r = p
        ? { profile: p, problems: [] }
        : { profile: defaultProfile(), problems: [`unknown profile "${setting}" (known: ${Object.keys(BUILTIN_PROFILES).join(', ')}); using "${DEFAULT_PROFILE_NAME}"`] };
      byName.set(setting, r);
    }
    return r;
  }
  if (typeof setting !== 'object' || Array.isArray(setting)) {
    return { profile: defaultProfile(), problems: ['"profile" must be a profile name or a profile object; using the default'] };
  }
  let r = byObject.get(setting);
  if (!r) {
    const problems: string[] = [];
    const profile = freeze(validateProfile(setting, problems));
    r = { profile, problems };
    byObject.set(setting, r);
  }
  return r;
}

const GO_POLICIES = new Set(['forbidden', 'frozen-interfaces', 'allowed']);

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

function isRange(v: unknown): v is [number, number] {
  return Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'number' && x >= 0) && v[0] <= v[1];
}

/** Builds a profile from an inline object over its base, reporting every field it cannot use. The input is never modified (the result is frozen, not the input). */
export function validateProfile(raw: Record<string, unknown>, problems: string[]): Profile {
  let base = defaultProfile();
  if (raw.extends !== undefined) {
    if (typeof raw.extends === 'string' && BUILTIN_PROFILES[raw.extends]) base = BUILTIN_PROFILES[raw.extends];
    else problems.push(`profile.extends: unknown profile ${JSON.stringify(raw.extends)} (known: ${Object.keys(BUILTIN_PROFILES).join(', ')}); extending "${DEFAULT_PROFILE_NAME}"`);
  }
  const out: Profile = {
    ...base,
    name: typeof raw.name === 'string' && raw.name ? raw.name : 'custom',
    prCard: { ...base.prCard },
    costlyRisks: base.costlyRisks && { ...base.costlyRisks, filled: [...base.costlyRisks.filled], namingPr: [...base.costlyRisks.namingPr] },
    tables: { ...base.tables },
    limits: { ...base.limits },
  };
  if (raw.name !== undefined && typeof raw.name !== 'string') problems.push('profile.name must be a string');
  if (raw.kind !== undefined) {
    if (typeof raw.kind === 'string' && PLAN_KINDS.includes(raw.kind)) out.kind = raw.kind as PlanKind;
    else problems.push(`profile.kind must be one of ${PLAN_KINDS.map((k) => `"${k}"`).join(', ')}`);
  }
  if (raw.minSections !== undefined) {
    if (typeof raw.minSections === 'number' && raw.minSections >= 1) out.minSections = raw.minSections;
    else problems.push('profile.minSections must be a number of at least 1');
  }
  if (typeof raw.description === 'string') out.description = raw.description;
  if (raw.sections !== undefined) {
    if (!Array.isArray(raw.sections) || raw.sections.length === 0) problems.push('profile.sections must be a non-empty array of sections; using the base sections');
    else {
      const sections: SectionSpec[] = [];
      const letters = new Set<string>();
      raw.sections.forEach((s: unknown, i: number) => {
        const where = `profile.sections[${i}]`;
        if (!s || typeof s !== 'object' || Array.isArray(s)) {
          problems.push(`${where} must be an object`);
          return;
        }
        const o = s as Record<string, unknown>;
        if (typeof o.title !== 'string' || !o.title.trim()) {
          problems.push(`${where}.title must be a non-empty string; section skipped`);
          return;
        }
        const letter = typeof o.letter === 'string' ? o.letter.toUpperCase() : '';
        if (o.letter !== undefined && (typeof o.letter !== 'string' || !/^[A-Za-z]?$/.test(o.letter))) problems.push(`${where}.letter must be one letter (or "" for a section recognised by title only)`);
        if (letter && letters.has(letter)) problems.push(`${where}.letter "${letter}" is used by two sections`);
        if (letter) letters.add(letter);
        const spec: SectionSpec = {
          letter: /^[A-Z]$/.test(letter) ? letter : '',
          title: o.title.trim(),
          aliases: isStringArray(o.aliases) ? o.aliases.slice() : [],
          required: typeof o.required === 'boolean' ? o.required : true,
          go: typeof o.go === 'string' && GO_POLICIES.has(o.go) ? (o.go as GoPolicy) : 'forbidden',
        };
        if (o.aliases !== undefined && !isStringArray(o.aliases)) problems.push(`${where}.aliases must be an array of strings`);
        if (typeof o.description === 'string' && o.description) spec.description = o.description;
        if (o.required !== undefined && typeof o.required !== 'boolean') problems.push(`${where}.required must be true or false`);
        if (o.go !== undefined && !GO_POLICIES.has(o.go as string)) problems.push(`${where}.go must be one of forbidden, frozen-interfaces, allowed`);
        if (o.maxLines !== undefined) {
          if (typeof o.maxLines === 'number' && o.maxLines > 0) spec.maxLines = o.maxLines;
          else problems.push(`${where}.maxLines must be a positive number`);
        }
        if (o.role !== undefined) {
          if (typeof o.role === 'string' && o.role) spec.role = o.role;
          else problems.push(`${where}.role must be a string`);
        }
        sections.push(spec);
      });
      if (sections.length > 0) out.sections = sections;
    }
  }
  for (const key of ['contractFields', 'extensionTypes', 'eventClasses'] as const) {
    const v = raw[key];
    if (v === undefined) continue;
    if (isStringArray(v)) out[key] = v.slice();
    else problems.push(`profile.${key} must be an array of strings`);
  }
  if (raw.prCard !== undefined) {
    const pc = raw.prCard as Record<string, unknown>;
    if (!pc || typeof pc !== 'object' || Array.isArray(pc)) problems.push('profile.prCard must be an object with tier1 and tier2 arrays');
    else for (const tier of ['tier1', 'tier2'] as const) {
      if (pc[tier] === undefined) continue;
      if (isStringArray(pc[tier])) out.prCard[tier] = (pc[tier] as string[]).slice();
      else problems.push(`profile.prCard.${tier} must be an array of strings`);
    }
    if (pc && typeof pc === 'object' && pc.tiered !== undefined) {
      if (typeof pc.tiered === 'boolean') out.prCard.tiered = pc.tiered;
      else problems.push('profile.prCard.tiered must be true or false');
    }
  }
  if (raw.costlyRisks !== undefined) {
    const cr = raw.costlyRisks as Record<string, unknown>;
    if (!cr || typeof cr !== 'object' || Array.isArray(cr)) problems.push('profile.costlyRisks must be an object with cost, filled and namingPr');
    else {
      out.costlyRisks ??= { cost: '', filled: [], namingPr: [] };
      if (cr.cost !== undefined) {
        if (typeof cr.cost === 'string' && cr.cost) out.costlyRisks.cost = cr.cost;
        else problems.push('profile.costlyRisks.cost must be a column name');
      }
      for (const k of ['filled', 'namingPr'] as const) {
        if (cr[k] === undefined) continue;
        if (isStringArray(cr[k])) out.costlyRisks[k] = (cr[k] as string[]).slice();
        else problems.push(`profile.costlyRisks.${k} must be an array of strings`);
      }
    }
  }
  if (raw.tables !== undefined) {
    const t = raw.tables as Record<string, unknown>;
    if (!t || typeof t !== 'object' || Array.isArray(t)) problems.push('profile.tables must be an object');
    else for (const k of ['scoping', 'risks', 'correspondence'] as const) {
      if (t[k] === undefined) continue;
      if (isStringArray(t[k])) out.tables[k] = (t[k] as string[]).slice();
      else problems.push(`profile.tables.${k} must be an array of strings`);
    }
  }
  if (raw.limits !== undefined) {
    const l = raw.limits as Record<string, unknown>;
    if (!l || typeof l !== 'object' || Array.isArray(l)) problems.push('profile.limits must be an object');
    else {
      for (const k of ['objectives', 'buildingBlocks'] as const) {
        if (l[k] === undefined) continue;
        if (isRange(l[k])) out.limits[k] = (l[k] as number[]).slice() as [number, number];
        else problems.push(`profile.limits.${k} must be [min, max] with 0 <= min <= max`);
      }
      for (const k of ['tier1Lines', 'tier1InfoLines', 'mandatoryValidationPRs'] as const) {
        if (l[k] === undefined) continue;
        if (typeof l[k] === 'number' && (l[k] as number) > 0) out.limits[k] = l[k] as number;
        else problems.push(`profile.limits.${k} must be a positive number`);
      }
    }
  }
  if (raw.parts !== undefined) {
    const ok = Array.isArray(raw.parts) && raw.parts.every((x) => x && typeof x === 'object' && typeof (x as PartSpec).number === 'number' && typeof (x as PartSpec).title === 'string');
    if (ok) out.parts = (raw.parts as PartSpec[]).map((x) => ({ ...x }));
    else problems.push('profile.parts must be an array of { number, title, maxLines? }');
  }
  if (raw.micro !== undefined) {
    const m = raw.micro as Record<string, unknown>;
    if (!m || typeof m !== 'object' || Array.isArray(m)) problems.push('profile.micro must be an object');
    else {
      const micro: MicroSpec = { ...(base.micro ?? BUILTIN_PROFILES.micro.micro!) };
      for (const k of ['contractPrefixes', 'clauses', 'taskParts', 'testStrategy', 'deviationLog', 'deviationReasons'] as const) {
        if (m[k] === undefined) continue;
        if (isStringArray(m[k])) (micro as unknown as Record<string, string[]>)[k] = (m[k] as string[]).slice();
        else problems.push(`profile.micro.${k} must be an array of strings`);
      }
      out.micro = micro;
    }
  }
  if (raw.design !== undefined) {
    const d = raw.design as Record<string, unknown>;
    const speciesOk = Array.isArray(d?.species) && (d.species as unknown[]).every((x) => !!x && typeof (x as SpeciesSpec).name === 'string');
    if (!d || typeof d !== 'object' || !isStringArray(d.speciesLabels) || !speciesOk) problems.push('profile.design must be { speciesLabels: string[], species: [{ name, aliases, decisionParts?, snippetLines? }], declarationLines }');
    else {
      out.design = {
        speciesLabels: (d.speciesLabels as string[]).slice(),
        species: (d.species as SpeciesSpec[]).map((x) => ({ name: x.name, aliases: isStringArray(x.aliases) ? x.aliases.slice() : [], decisionParts: isStringArray(x.decisionParts) ? x.decisionParts.slice() : undefined, snippetLines: typeof x.snippetLines === 'number' ? x.snippetLines : undefined })),
        declarationLines: typeof d.declarationLines === 'number' && d.declarationLines > 0 ? d.declarationLines : 20,
      };
    }
  }
  // Only the shipped profiles are tried by their place (plan/place-detect.ts); an inline one is pinned or preferred.
  if (raw.detect !== undefined) problems.push('profile.detect is read from the shipped profiles only (ignored); pin an inline profile with "profiles" instead');
  if (raw.yieldsTo !== undefined) {
    if (isStringArray(raw.yieldsTo) && raw.yieldsTo.every((k) => PLAN_KINDS.includes(k))) out.yieldsTo = raw.yieldsTo.slice() as PlanKind[];
    else problems.push(`profile.yieldsTo must be an array of plan kinds (${PLAN_KINDS.join(', ')})`);
  }
  if (raw.superpowers !== undefined) {
    const sp = raw.superpowers as Record<string, unknown>;
    if (!sp || typeof sp !== 'object' || Array.isArray(sp)) problems.push('profile.superpowers must be an object');
    else {
      const spec: SuperpowersSpec = { ...(base.superpowers ?? BUILTIN_PROFILES.superpowers.superpowers!) };
      for (const [k, v] of Object.entries(sp)) {
        const current = (spec as unknown as Record<string, unknown>)[k];
        if (current === undefined) problems.push(`profile.superpowers.${k} is not a superpowers field (ignored)`);
        else if (Array.isArray(current) ? isStringArray(v) : typeof v === 'string') (spec as unknown as Record<string, unknown>)[k] = Array.isArray(v) ? v.slice() : v;
        else problems.push(`profile.superpowers.${k} must be ${Array.isArray(current) ? 'an array of strings' : 'a string'}`);
      }
      out.superpowers = spec;
    }
  }
  const known = new Set(['detect', 'design', 'name', 'description', 'kind', 'minSections', 'parts', 'micro', 'superpowers', 'yieldsTo', 'extends', 'sections', 'contractFields', 'prCard', 'costlyRisks', 'extensionTypes', 'eventClasses', 'tables', 'limits', '$schema']);
  for (const k of Object.keys(raw)) if (!known.has(k)) problems.push(`profile.${k} is not a profile field (ignored)`);
  return out;
}

function freeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o as object)) freeze(v);
  }
  return o;
}
