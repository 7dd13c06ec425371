import { AUTO_PROFILE, BUILTIN_PROFILES } from '../core/plan/profile';

export interface CheckArgs {
  paths: string[];
  root?: string;
  format: Format;
  profile?: string;
  maxWarnings?: number;
  fix: boolean;
  /** A git ref every citation is followed from (MP009), instead of blame per plan line. */
  since?: string;
  /** Run no git at all (MP009 then never fires). */
  noHistory?: boolean;
  /** Also write the findings as SARIF to this file, whatever --format prints (one run, two reports). */
  sarifFile?: string;
  /** Neither read nor write the result cache (core/resultcache.ts). */
  noCache?: boolean;
  /** Worker threads to check the files in (1: in process); undefined: chosen from the cores and the file count. */
  jobs?: number;
}

export const FORMATS = ['text', 'json', 'sarif', 'github', 'codequality'] as const;
export type Format = (typeof FORMATS)[number];

export class UsageError extends Error {}

export const USAGE = `Usage: macroplan check [FILES or folders...] [--root DIR] [--format FORMAT]
                       [--profile NAME] [--max-warnings N] [--fix] [--since REF] [--no-history]
                       [--sarif-file FILE] [--jobs N] [--no-cache]
       macroplan impact [FILES or folders...] [--base REF] [--root DIR] [--format text|json|sarif]
                        [--fail-on-impact]
       macroplan lsp --stdio | --node-ipc
       macroplan rules [--format text|json]  list the rules
       macroplan COMMAND --help the command's options
FORMAT: ${FORMATS.join(', ')}`;

/**
 * Walks the arguments: each `--flag value` or `--flag=value` goes to `take`, which answers
 * false for a flag it does not know; the other arguments are the paths, returned.
 */
export function walkArgs(argv: string[], take: (flag: string, value: () => string) => boolean): string[] {
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (take(flag, value)) continue;
    if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    paths.push(a);
  }
  return paths;
}

/** A git ref given on the command line: never an option, never a newline. */
export function gitRef(flag: string, v: string): string {
  if (/[\0\n\r]/.test(v) || v.startsWith('-')) throw new UsageError(`${flag} needs a git ref, not "${v}"`);
  return v;
}

export function parseCheckArgs(argv: string[]): CheckArgs {
  const out: CheckArgs = { paths: [], format: 'text', fix: false };
  out.paths = walkArgs(argv, (flag, value) => {
    switch (flag) {
      case '--root': out.root = value(); return true;
      case '--format': {
        const f = value();
        if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${f}"`);
        out.format = f as Format;
        return true;
      }
      case '--profile': {
        const p = value();
        if (!BUILTIN_PROFILES[p] && p !== AUTO_PROFILE) throw new UsageError(`--profile must be one of ${[AUTO_PROFILE, ...Object.keys(BUILTIN_PROFILES)].join(', ')}, not "${p}" (a custom profile goes in .macroplan.json)`);
        out.profile = p;
        return true;
      }
      case '--max-warnings': {
        const v = value();
        if (!/^\d+$/.test(v)) throw new UsageError(`--max-warnings needs a whole number, not "${v}"`);
        out.maxWarnings = Number(v);
        return true;
      }
      case '--fix': out.fix = true; return true;
      case '--since': out.since = gitRef(flag, value()); return true;
      case '--no-history': out.noHistory = true; return true;
      case '--no-cache': out.noCache = true; return true;
      // ESLint's flag: the cache is on already.
      case '--cache': out.noCache = false; return true;
      case '--sarif-file': out.sarifFile = value(); return true;
      case '--jobs': {
        const v = value();
        if (!/^[1-9]\d{0,2}$/.test(v)) throw new UsageError(`--jobs needs a whole number from 1 to 999, not "${v}"`);
        out.jobs = Number(v);
        return true;
      }
      default: return false;
    }
  });
  return out;
}
