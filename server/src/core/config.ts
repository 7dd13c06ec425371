import * as path from 'node:path';
import type { FileSystem } from './fs';
import { nodeFs } from './fs';
import type { SeveritySetting } from './types';
import { DEFAULT_MAX_FILE_SIZE } from './workspace';
import { resolveProfile } from './plan/profile';

export interface Config {
  /** Name of a shipped profile, or an inline profile object. */
  profile: string | Record<string, unknown>;
  rules: Record<string, SeveritySetting>;
  /** Globs of Markdown files that are macro plans. */
  files: string[];
  sourceRoots: string[];
  maxFileSize: number;
  /** Plans larger than this are skipped with a diagnostic. */
  maxPlanSize: number;
  /** A git ref: one history baseline for every citation (instead of blame per line). */
  since?: string;
}

export const CONFIG_FILE = '.macroplan.json';

export function defaultConfig(): Config {
  return {
    profile: 'prompt',
    rules: {},
    files: ['**/docs/plans/**/*macro*plan*.md', '**/*macro-plan*.md'],
    sourceRoots: ['.'],
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
  if (r.rules !== undefined) {
    if (typeof r.rules === 'object' && r.rules && !Array.isArray(r.rules)) {
      for (const [id, sev] of Object.entries(r.rules)) {
        if (typeof sev === 'string' && SEVERITIES.has(sev)) out.rules[id] = sev as SeveritySetting;
        else problems.push({ message: `rule "${id}": severity must be one of off, info, warning, error` });
      }
    } else problems.push({ message: '"rules" must be an object of rule id to severity' });
  }
  for (const key of ['files', 'sourceRoots'] as const) {
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
