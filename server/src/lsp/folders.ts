/**
 * One engine Workspace per workspace folder, with its configuration: `.macroplan.json` at the
 * folder root over the editor's `macroplan.*` settings (the file wins).
 */
import * as path from 'node:path';
import { CONFIG_FILE, defaultConfig, loadConfig, mergeConfig, type Config, type ConfigProblem } from '../core/config';
import { nodeFs, nodeSyncFs, type FileSystem } from '../core/fs';
import { FileWorkspace, type Workspace } from '../core/workspace';
import { RecordingFs } from '../core/recordfs';
import { ResultCache, resultCacheDir, type CacheKey } from '../core/resultcache';

/** The `macroplan` settings section as the client sends it. */
export interface Settings {
  profile?: unknown;
  rules?: unknown;
  files?: unknown;
  sourceRoots?: unknown;
  maxFileSize?: unknown;
  maxPlanSize?: unknown;
  debounce?: unknown;
  since?: unknown;
  history?: unknown;
  cache?: unknown;
  [key: string]: unknown;
}

const CONFIG_KEYS = ['profile', 'rules', 'files', 'sourceRoots', 'repositories', 'idSources', 'maxFileSize', 'maxPlanSize', 'since'] as const;

export class Folder {
  config: Config = defaultConfig();
  ws: Workspace;
  /** Settles once the configuration has been read (again). */
  ready: Promise<void> = Promise.resolve();
  /** Bumped each time the configuration or workspace is replaced. */
  generation = 0;
  /** `macroplan.history.enable` (default on); trust is the history service's to check. */
  historyEnabled = true;
  /** `macroplan.cache.enable` (default on): answers kept across restarts (core/resultcache.ts). */
  cacheEnabled = true;
  /** Whether the workspace is trusted: an untrusted one never reads nor writes the result cache. */
  trusted = true;
  /** What the workspace's reads observed: what a cached answer depends on. */
  recorder!: RecordingFs;
  private results?: ResultCache;

  constructor(
    readonly root: string,
    readonly uri: string | undefined,
    private readonly log: (m: string) => void,
    /** The client reports file changes, so cached Go parses are trusted until told otherwise. */
    private readonly watched: boolean,
    /** Every read of the folder (configuration, Go files, plans) goes through it. */
    readonly fs: FileSystem = nodeFs,
  ) {
    this.ws = this.makeWorkspace();
  }

  get configFile(): string {
    return path.join(this.root, CONFIG_FILE);
  }

  contains(abs: string): boolean {
    return abs === this.root || abs.startsWith(this.root.endsWith(path.sep) ? this.root : this.root + path.sep);
  }

  private makeWorkspace(): Workspace {
    // The editor's watchers cover the folder only: Go files in a source root beside it are
    // re-checked by mtime and size instead of trusted until an event arrives.
    const watched = this.watched && this.config.sourceRoots.every((r) => !escapes(this.root, r));
    // The workspace reads the disk synchronously, as the CLI does (core/fs.ts nodeSyncFs): each
    // fs/promises call is a round trip through libuv's pool while a check has nothing else to do
    // (a fresh server's first check of a plan citing 150 files sat idle for a third of its time).
    // Configuration, history and cached answers read through `fs`, asynchronously.
    this.recorder = new RecordingFs(this.fs === nodeFs ? nodeSyncFs : this.fs);
    return new FileWorkspace({ root: this.root, sourceRoots: this.config.sourceRoots, repositories: this.config.repositories, maxFileSize: this.config.maxFileSize, log: this.log, watched, fs: this.recorder });
  }

  /** The result cache of this folder; undefined when switched off or the workspace is untrusted. */
  resultCache(): ResultCache | undefined {
    // Answers about the disk only (an in-memory workspace is a test's).
    if (!this.trusted || !this.cacheEnabled || this.fs !== nodeFs) return undefined;
    // Its validation stats every file and folder the answer rests on (hundreds for a plan citing
    // many files): synchronously, as the workspace reads, not one thread-pool round trip each.
    this.results ??= new ResultCache(resultCacheDir(this.root), nodeSyncFs, this.log);
    return this.results;
  }

  /** The cache key of a plan of this folder checked without history. */
  cacheKey(abs: string): CacheKey {
    return { root: this.root, path: abs, config: this.config, mode: 'no-history' };
  }

  /**
   * Reads the configuration: settings first, `.macroplan.json` over them. Returns the
   * problems of the file (to publish on it) and whether the Workspace was replaced.
   */
  async reload(settings: Settings | undefined, trusted: boolean): Promise<{ fileProblems: ConfigProblem[]; replaced: boolean }> {
    const settingProblems: ConfigProblem[] = [];
    const picked: Record<string, unknown> = {};
    for (const key of CONFIG_KEYS) {
      if (settings?.[key] === undefined || settings[key] === null) continue;
      // In an untrusted workspace the settings may not widen what is read.
      if (key === 'sourceRoots' && !trusted) continue;
      // The setting's default is an empty string: no `since`.
      if (key === 'since' && settings[key] === '') continue;
      picked[key] = settings[key];
    }
    const history = settings?.history;
    this.historyEnabled = !(history && typeof history === 'object' && (history as { enable?: unknown }).enable === false);
    const cache = settings?.cache;
    this.cacheEnabled = !(cache && typeof cache === 'object' && (cache as { enable?: unknown }).enable === false);
    this.trusted = trusted;
    const base = mergeConfig(defaultConfig(), picked, settingProblems);
    for (const p of settingProblems) this.log(`settings (macroplan.*): ${p.message}; using the default`);
    const { config, problems } = await loadConfig(this.root, base, this.fs);
    if (!trusted) {
      // An untrusted workspace's own .macroplan.json may not point the server outside the folder either.
      // Nor through a folder link inside it that leads outside (a source root `vendored` -> /): compare real paths.
      const realRoot = await this.fs.realpath(this.root).catch(() => this.root);
      const inside: string[] = [];
      for (const r of config.sourceRoots) {
        if (escapes(this.root, r)) continue;
        const real = await this.fs.realpath(path.resolve(this.root, r)).catch(() => path.resolve(this.root, r));
        if (!escapes(realRoot, real)) inside.push(r);
      }
      if (inside.length !== config.sourceRoots.length) this.log(`untrusted workspace: ignoring sourceRoots outside ${this.root}`);
      config.sourceRoots = inside.length ? inside : ['.'];
      // Nor may it map a prefix to a checkout somewhere else: such citations are left unchecked.
      const mapped = Object.entries(config.repositories);
      if (mapped.some(([, dir]) => dir !== null)) this.log(`untrusted workspace: citations into other repositories are not checked`);
      config.repositories = Object.fromEntries(mapped.map(([prefix]) => [prefix, null]));
    }
    const old = this.config;
    this.config = config;
    this.generation++;
    const replaced = old.maxFileSize !== config.maxFileSize || old.sourceRoots.join('\0') !== config.sourceRoots.join('\0') || JSON.stringify(old.repositories) !== JSON.stringify(config.repositories);
    if (replaced) this.ws = this.makeWorkspace();
    return { fileProblems: problems, replaced };
  }
}

/** The settings' debounce, in ms, or the default. */
export function debounceOf(settings: Settings | undefined, fallback: number): number {
  const v = settings?.debounce;
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.min(v, 5000) : fallback;
}

/** Whether a source root (relative to the root) lies outside it. */
function escapes(root: string, rel: string): boolean {
  const r = path.relative(root, path.resolve(root, rel));
  return r === '..' || r.startsWith('..' + path.sep) || path.isAbsolute(r);
}
