import * as path from 'node:path';
import type { FileSystem } from './fs';
import { nodeFs } from './fs';
import type { SeveritySetting } from './types';
import { DEFAULT_MAX_FILE_SIZE } from './workspace';
import { AUTO_PROFILE, BUILTIN_PROFILES, NO_PROFILE, resolveProfile } from './plan/profile';

/** A glob list pinned to a profile: `{ "files": ["docs/plans/pr-*.md"], "profile": "micro" }`; `"none"` pins "not a plan". */
export interface ProfilePin {
  files: string[];
  profile: string | Record<string, unknown>;
}

export interface Config {
  /** The preferred profile (a shipped name or an inline object), or "auto" to prefer none: each file gets the profile it fits best. */
  profile: string | Record<string, unknown>;
  /** Profiles pinned by glob, first match wins (docs/profiles.md). */
  profiles: ProfilePin[];
  rules: Record<string, SeveritySetting>;
  /** Globs of Markdown files that are macro plans. */
  files: string[];
  sourceRoots: string[];
  /**
   * Citations into other repositories: a path prefix (`gateway-api-inference-extension/`) mapped to a
   * local checkout (relative to the root, or absolute), or to null: not checked.
   */
  repositories: Record<string, string | null>;
  /** Globs of Markdown files outside the plan that define project-wide ids (INV-n, R-n). */
  idSources: string[];
  maxFileSize: number;
  /** Plans larger than this are skipped with a diagnostic. */
  maxPlanSize: number;
  /** A git ref: one history baseline for every citation (instead of blame per line). */
  since?: string;
}

export const CONFIG_FILE = '.macroplan.json';

/** Where projects keep their standards (docs/contributing/standards/invariants.md, rules.md). */
export const DEFAULT_ID_SOURCES = ['**/standards/**/*.md', '**/invariants.md'];

export function defaultConfig(): Config {
  return {
    profile: 'auto',
    profiles: [],
    rules: {},
    files: ['**/docs/plans/**/*macro*plan*.md', '**/*macro-plan*.md'],
    sourceRoots: ['.'],
    repositories: {},
    idSources: DEFAULT_ID_SOURCES,
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    maxPlanSize: 8 * 1024 * 1024,
  };
}

export interface ConfigProblem {
  message: string;
  /** 1-based line in the config file, when known. */
  line?: number;
}

const SEVERITIES = new Set(['off', 'info', 'warning', 'error']);

/** Merges a partial config (settings or file) over a base; unknown or ill-typed values are reported, not thrown. */
export function mergeConfig(base: Config, raw: unknown, problems: ConfigProblem[]): Config {
  const out: Config = { ...base, rules: { ...base.rules } };
  if (raw === undefined || raw === null) return out;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ message: 'the configuration must be a JSON object' });
    return out;
  }
  const r = raw as Record<string, unknown>;
  if (r.profile !== undefined) {
    if (typeof r.profile === 'string' || (typeof r.profile === 'object' && r.profile && !Array.isArray(r.profile))) {
      out.profile = r.profile as Config['profile'];
      // Unknown names and ill-typed profile fields are reported here; the engine falls back to the default / base.
      for (const message of resolveProfile(out.profile).problems) problems.push({ message });
    } else problems.push({ message: '"profile" must be a profile name or a profile object' });
  }
  if (r.profiles !== undefined) {
    if (Array.isArray(r.profiles)) {
      const pins: ProfilePin[] = [];
      r.profiles.forEach((x: unknown, i: number) => {
        const o = x as Record<string, unknown>;
        const files = o && typeof o === 'object' ? (typeof o.files === 'string' ? [o.files] : o.files) : undefined;
        const okFiles = Array.isArray(files) && files.length > 0 && files.every((f) => typeof f === 'string');
        const okProfile = o && (typeof o.profile === 'string' || (typeof o.profile === 'object' && o.profile && !Array.isArray(o.profile)));
        if (!okFiles || !okProfile) {
          problems.push({ message: `"profiles"[${i}] must be { "files": [globs], "profile": name or profile object }` });
          return;
        }
        if (typeof o.profile === 'string' && o.profile !== NO_PROFILE && o.profile !== AUTO_PROFILE && !BUILTIN_PROFILES[o.profile]) {
          problems.push({ message: `"profiles"[${i}]: unknown profile "${o.profile}" (known: ${[...Object.keys(BUILTIN_PROFILES), AUTO_PROFILE, NO_PROFILE].join(', ')})` });
          return;
        }
        if (typeof o.profile === 'object') for (const message of resolveProfile(o.profile as Record<string, unknown>).problems) problems.push({ message: `"profiles"[${i}]: ${message}` });
        pins.push({ files: files as string[], profile: o.profile as ProfilePin['profile'] });
      });
      out.profiles = pins;
    } else problems.push({ message: '"profiles" must be an array of { "files": [globs], "profile": name }' });
  }
  if (r.rules !== undefined) {
    if (typeof r.rules === 'object' && r.rules && !Array.isArray(r.rules)) {
      for (const [id, sev] of Object.entries(r.rules)) {
        if (typeof sev === 'string' && SEVERITIES.has(sev)) out.rules[id] = sev as SeveritySetting;
        else problems.push({ message: `rule "${id}": severity must be one of off, info, warning, error` });
      }
    } else problems.push({ message: '"rules" must be an object of rule id to severity' });
  }
  if (r.repositories !== undefined) {
    const v = r.repositories;
    if (v && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => x === null || typeof x === 'string')) out.repositories = { ...(v as Record<string, string | null>) };
    else problems.push({ message: '"repositories" must map path prefixes to a checkout folder (a string) or to null' });
  }
  for (const key of ['files', 'sourceRoots', 'idSources'] as const) {
    const v = r[key];
    if (v === undefined) continue;
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) out[key] = v as string[];
    else problems.push({ message: `"${key}" must be an array of strings` });
  }
  if (r.since !== undefined) {
    if (typeof r.since === 'string' && r.since.trim() !== '' && !/[\0\n\r]/.test(r.since) && !r.since.startsWith('-')) out.since = r.since.trim();
    else problems.push({ message: '"since" must be a git ref (a tag, branch or commit id)' });
  }
  for (const key of ['maxFileSize', 'maxPlanSize'] as const) {
    const v = r[key];
    if (v === undefined) continue;
    if (typeof v === 'number' && v > 0) out[key] = v;
    else problems.push({ message: `"${key}" must be a positive number of bytes` });
  }
  return out;
}

/** Reads `.macroplan.json` at the root. A missing file is no problem; a broken one is reported and defaults apply. */
export async function loadConfig(root: string, base: Config = defaultConfig(), fs: FileSystem = nodeFs): Promise<{ config: Config; problems: ConfigProblem[]; file?: string }> {
  const file = path.join(root, CONFIG_FILE);
  let text: string;
  try {
    text = (await fs.readFile(file)).toString('utf8');
  } catch {
    return { config: base, problems: [] };
  }
  const problems: ConfigProblem[] = [];
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const m = /position (\d+)/.exec((e as Error).message);
    const line = m ? text.slice(0, Number(m[1])).split('\n').length : undefined;
    problems.push({ message: `${CONFIG_FILE} is not valid JSON: ${(e as Error).message}`, line });
    return { config: base, problems, file };
  }
  return { config: mergeConfig(base, raw, problems), problems, file };
}
