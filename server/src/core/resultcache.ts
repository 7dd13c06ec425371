import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CheckResult } from './engine';
import type { Config } from './config';
import type { FileSystem } from './fs';
import type { Diagnostic, Fix } from './types';
import { cacheDir } from './cachedir';
import { ENGINE_RULES } from './rules/registry';
import { gitDirOf } from './history/anchorfile';
import { discoverRepository } from './history/discover';
import { stillTrue, type Observations } from './recordfs';
import type { Dependencies } from './historykey';

/**
 * The persistent result cache (issue 23): a plan's last findings, kept outside the working tree
 * so that a new process (the editor's server after a restart, `macroplan check` in a hook) can
 * answer before it has parsed anything. One file per plan and configuration, in the repository's
 * git folder (`.git/macroplan/results/`) or, without one, in the user's cache folder.
 *
 * An entry is used only when everything the answer depends on says the same: the bundle that
 * made it (`BUILD`), the plan's path and text, the configuration, how history took part (`mode`,
 * `since`), the stat of every file and folder the workspace read (core/recordfs.ts), and with
 * history what git and the anchor store answered from (core/historykey.ts: HEAD, the index, the
 * plan's anchors, ...). Validation stats and reads a few small files of the git folder; it starts
 * no process. A stale entry is simply not used; one that is no entry (garbage, truncated, too
 * large, a link) is ignored with one message, and replaced at the next write.
 */

/** Changes when the entry's shape does. */
const FORMAT = 2;
/** The bundle's identity (a hash of the sources and the lock file, set by scripts/build.mjs). */
declare const __MACROPLAN_BUILD__: string | undefined;
export const BUILD = typeof __MACROPLAN_BUILD__ === 'string' ? __MACROPLAN_BUILD__ : 'dev';

export const CACHE_LIMITS = {
  /** An entry larger than this is no entry of ours (a plan's findings are a few hundred KB at most). */
  entryBytes: 8 * 1024 * 1024,
  /** Entries per folder; the oldest are removed past it. */
  entries: 256,
  /**
   * A file or folder changed this recently (ms) may change again within the same timestamp
   * tick (coarse on some file systems) without its stat showing it: such an answer is not kept.
   */
  racyMs: 2000,
};

/** What a cached answer holds: enough to publish or report it without the model. */
export interface CachedCheck {
  diagnostics: Diagnostic[];
  profile: string | null;
  kind: string | null;
  reason: string;
  /** The citations under findings: their resolution's candidates (related locations) and their path (the CLI's root hint). */
  citations: CachedCitation[];
  /** What history said when it could not answer, said again with the cached answer. */
  said?: string[];
  /** Anchors the check saw again (core/historykey.ts): seen again when the answer is used. */
  sightings?: string[];
}

export interface CachedCitation {
  start: number;
  end: number;
  path: string;
  resolution: { kind: string; candidates?: string[]; suggestions?: string[] };
}

/** What a check depended on besides the workspace's files. */
export interface CacheKey {
  root: string;
  path: string;
  config: Config;
  /**
   * How history took part: `no-history`, none (--no-history, the editor's first check before
   * history is remembered); `git-cannot-answer`, asked but git could not answer (not installed,
   * a repository it refuses); `git`, a repository's history and anchors; `folder`, a folder no
   * repository holds, followed from its anchors (history/folder.ts).
   */
  mode: CacheMode;
  /** The one baseline asked for (`--since`, `since` in the configuration), with history. */
  since?: string;
  /**
   * `server`: kept by the language server's check with history, which writes no anchors; the
   * command line's check would (anchors seen right), so it does not use such an answer. The
   * server uses both.
   */
  front?: 'server';
}

export type CacheMode = 'no-history' | 'git-cannot-answer' | 'git' | 'folder';

interface Entry {
  format: number;
  build: string;
  key: string;
  text: string;
  seen: Observations;
  /** What the answer rests on besides files (core/historykey.ts); absent without history. */
  deps?: Dependencies;
  result: CachedCheck;
}

/** What a check with history depended on, to keep with its answer. */
export interface Kept {
  deps: Dependencies;
  /** The latest modification time among the files the values stat'ed (an answer over a racy one is not kept). */
  newest: number;
  sightings: string[];
}

/** The results folder of a workspace root: its repository's git folder, else the user's cache folder. */
export function resultCacheDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const repo = discoverRepository(root);
  const gitDir = repo ? gitDirOf(repo.root) : undefined;
  if (gitDir) return path.join(gitDir, 'macroplan', 'results');
  return path.join(cacheDir(env), 'macroplan', `results-${hash(path.resolve(root)).slice(0, 16)}`);
}

export class ResultCache {
  private said = false;

  constructor(
    readonly dir: string,
    /** Stats the workspace's files for validation (the same host the workspace reads through). */
    private readonly fs: FileSystem,
    private readonly say: (message: string) => void,
  ) {}

  /**
   * The cached answer for this text, when it still holds; undefined otherwise. `now` gives each
   * dependency's value now (core/historykey.ts currentDependency); without it an entry with any is stale.
   */
  async get(key: CacheKey, text: string, now?: (name: string) => string | undefined): Promise<CachedCheck | undefined> {
    const file = this.fileOf(key);
    const entry = this.read(file);
    if (!entry || entry.build !== BUILD || entry.key !== keyHash(key) || entry.text !== hash(text)) return undefined;
    if (!validResult(entry.result, text.length)) return this.ignore(file, 'holds findings that do not fit the plan');
    // The history's first: a moved HEAD is one read, not a stat of every cited file.
    for (const [name, value] of Object.entries(entry.deps ?? {})) if (now?.(name) !== value) return undefined;
    if (!(await stillTrue(this.fs, entry.seen))) return undefined;
    return entry.result;
  }

  /** Keeps a check's answer; `seen` is what the workspace's reads observed before and during it. */
  put(key: CacheKey, text: string, result: CheckResult, seen: Observations, said: string[] = [], kept?: Kept): void {
    // A failure of the engine may be passing (a file that could not be read just now): asked again next time.
    if (result.diagnostics.some((d) => d.rule === ENGINE_RULES.internalError.id)) return;
    const cutoff = Date.now() - CACHE_LIMITS.racyMs;
    for (const v of Object.values(seen.stats)) if (Number(v.slice(v.indexOf(':') + 1)) > cutoff) return;
    if (kept && kept.newest > cutoff) return;
    const sightings = kept?.sightings.length ? { sightings: kept.sightings } : {};
    const entry: Entry = { format: FORMAT, build: BUILD, key: keyHash(key), text: hash(text), seen, ...(kept ? { deps: kept.deps } : {}), result: { ...slim(result), ...(said.length ? { said } : {}), ...sightings } };
    const json = JSON.stringify(entry);
    if (json.length > CACHE_LIMITS.entryBytes) return;
    try {
      if (!this.folderReady()) return;
      const file = this.fileOf(key);
      const old = lstat(file);
      // Never write through a link: the cache's place is the git folder's or the user's cache.
      if (old && !old.isFile()) return;
      const tmp = path.join(this.dir, `.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
      fs.writeFileSync(tmp, json, { flag: 'wx', mode: 0o600 });
      fs.renameSync(tmp, file);
      if (!old) this.prune(path.basename(file));
    } catch {
      // A read-only git folder or a full disk: the cache is an aid, the check stands without it.
    }
  }

  private fileOf(key: CacheKey): string {
    return path.join(this.dir, `${keyHash(key)}.json`);
  }

  private read(file: string): Entry | undefined {
    const st = lstat(file);
    if (!st) return undefined;
    if (!st.isFile() || st.size > CACHE_LIMITS.entryBytes) return this.ignore(file, 'is not a regular file of a bounded size');
    if (!this.folderReady(false)) return this.ignore(file, 'is reached through a link');
    let data: unknown;
    try {
      data = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch {
      return this.ignore(file, 'cannot be read as a cache entry');
    }
    return isEntry(data) ? data : this.ignore(file, 'is not a cache entry');
  }

  /** The folder and its parent are real folders (made when `create`), never links: nothing is made through one either. */
  private folderReady(create = true): boolean {
    const parent = lstat(path.dirname(this.dir));
    if (parent && !parent.isDirectory()) return false;
    if (create) fs.mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    return [this.dir, path.dirname(this.dir)].every((d) => lstat(d)?.isDirectory());
  }

  /** Past the bound, the entries least recently written go (never the one just written). */
  private prune(written: string): void {
    const names = fs.readdirSync(this.dir).filter((n) => n.endsWith('.json') && n !== written);
    if (names.length < CACHE_LIMITS.entries) return;
    const aged = names.map((n) => ({ n, t: lstat(path.join(this.dir, n))?.mtimeMs ?? 0 })).sort((a, b) => a.t - b.t);
    for (const { n } of aged.slice(0, names.length + 1 - Math.floor(CACHE_LIMITS.entries * 0.75))) fs.rmSync(path.join(this.dir, n), { force: true });
  }

  private ignore(file: string, why: string): undefined {
    if (!this.said) this.say(`the result cache ${file} ${why}; it is ignored (the plan is checked as without a cache)`);
    this.said = true;
    return undefined;
  }
}

/** The part of a result a cached answer needs. */
export function slim(result: CheckResult): CachedCheck {
  const under = (c: { start: number; end: number }) => result.diagnostics.some((d) => (d.start === c.start && d.end === c.end) || (d.rule === 'MP001' && c.start <= d.start && d.end <= c.end));
  const citations = result.citations.filter(under).map((c) => {
    const r = c.resolution;
    const resolution = r.kind === 'ambiguous' ? { kind: r.kind, candidates: r.candidates } : r.kind === 'missing' ? { kind: r.kind, suggestions: r.suggestions } : { kind: r.kind };
    return { start: c.start, end: c.end, path: c.path, resolution };
  });
  return { diagnostics: result.diagnostics, profile: result.profile?.name ?? null, kind: result.profile?.kind ?? null, reason: result.choice.reason, citations };
}

function keyHash(key: CacheKey): string {
  return hash(JSON.stringify([FORMAT, BUILD, key.mode, key.since ?? null, key.front ?? null, path.resolve(key.root), path.resolve(key.path), key.config]));
}

/**
 * A 106-bit hash of a string (the cyrb53 mix over its UTF-16 units, two seeds in one pass): plenty
 * against an accidental match, and no node:crypto for the command line to load (its load was
 * slower than this whole pass over a 160 KB plan, measured in a fresh process).
 */
function hash(s: string): string {
  let a1 = 0xdeadbeef ^ 0x9e3779b9;
  let a2 = 0x41c6ce57 ^ 0x9e3779b9;
  let b1 = 0xdeadbeef ^ 0x85ebca6b;
  let b2 = 0x41c6ce57 ^ 0x85ebca6b;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a1 = Math.imul(a1 ^ c, 2654435761);
    a2 = Math.imul(a2 ^ c, 1597334677);
    b1 = Math.imul(b1 ^ c, 2246822519);
    b2 = Math.imul(b2 ^ c, 3266489917);
  }
  return finish(a1, a2) + finish(b1, b2);
}

function finish(h1: number, h2: number): string {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

function lstat(p: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(p);
  } catch {
    return undefined;
  }
}

const isObject = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');
const isStringMap = (x: unknown) => isObject(x) && Object.values(x).every((v) => typeof v === 'string');

function isEntry(x: unknown): x is Entry {
  return isObject(x) && x.format === FORMAT && typeof x.build === 'string' && typeof x.key === 'string' && typeof x.text === 'string'
    && isObject(x.seen) && isStringMap(x.seen.stats) && isStringMap(x.seen.reals) && (x.deps === undefined || isStringMap(x.deps)) && isObject(x.result);
}

/** A planted or damaged entry must not put a range outside the plan or a non-string in a message. */
function validResult(r: CachedCheck, length: number): boolean {
  const span = (s: { start: unknown; end: unknown }) => Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= (s.start as number) && (s.start as number) <= (s.end as number) && (s.end as number) <= length;
  const fix = (f: Fix) => isObject(f) && typeof f.title === 'string' && Array.isArray(f.edits) && f.edits.every((e) => isObject(e) && span(e) && typeof e.newText === 'string');
  const diagnostic = (d: Diagnostic) => isObject(d) && typeof d.rule === 'string' && typeof d.name === 'string' && ['error', 'warning', 'info'].includes(d.severity) && span(d)
    && typeof d.message === 'string' && (d.fix === undefined || fix(d.fix)) && (d.suggestions === undefined || (Array.isArray(d.suggestions) && d.suggestions.every(fix)));
  const citation = (c: CachedCitation) => isObject(c) && span(c) && typeof c.path === 'string' && isObject(c.resolution) && typeof c.resolution.kind === 'string'
    && (c.resolution.candidates === undefined || isStrings(c.resolution.candidates)) && (c.resolution.suggestions === undefined || isStrings(c.resolution.suggestions));
  return Array.isArray(r.diagnostics) && r.diagnostics.every(diagnostic) && Array.isArray(r.citations) && r.citations.every(citation)
    && (r.said === undefined || isStrings(r.said)) && (r.sightings === undefined || isStrings(r.sightings)) && (r.profile === null || typeof r.profile === 'string') && (r.kind === null || typeof r.kind === 'string') && typeof r.reason === 'string';
}
