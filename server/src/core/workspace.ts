import * as path from 'node:path';
import { nodeFs, type FileSystem } from './fs';
import { memoryFs, type MemoryFileSystem } from './memfs';
import { isSourcePath, languageFamily, languageOf } from './lang';
import { indexBytes, parseSource, type IndexedAhead, type LoadedGoFile } from './sourceload';
import { closestPaths } from './suggest';
import { startMark } from './startmarks';

export type Resolution =
  /** `real`: `abs` with links resolved, as the fence check found it. */
  | { kind: 'ok'; abs: string; rel: string; viaSuffix: boolean; real?: string }
  /**
   * `notHere`: the path's first folder exists nowhere in the workspace (no guesses from unrelated folders).
   * `foreign`: the workspace holds source files but none in the cited file's language (vLLM's
   * `scheduler.py` cited from a Go project): code of another project, not checked (MP006 says so).
   */
  | { kind: 'missing'; suggestions: string[]; notHere?: string; checkout?: string; foreign?: string }
  /** Into another repository that `repositories` maps to nothing: not checked. */
  | { kind: 'external'; prefix: string }
  | { kind: 'ambiguous'; candidates: string[] }
  | { kind: 'outside'; reason: string };

export type { LoadedGoFile } from './sourceload';

export interface WorkspaceOptions {
  /** The workspace root: relative paths and source roots are resolved against it. */
  root: string;
  /** Folders under the root that citations resolve against, default ["."]. */
  sourceRoots?: string[];
  fs?: FileSystem;
  /** Go files larger than this are skipped with a diagnostic. */
  maxFileSize?: number;
  /** How many indexed Go files stay cached; the least recently used go first. */
  maxCachedFiles?: number;
  log?: (message: string) => void;
  /**
   * Path prefixes of citations into other repositories (`gateway-api-inference-extension/`) mapped to
   * a local checkout (relative to the root, or absolute), checked there and fenced like the
   * workspace, or to null: not checked.
   */
  repositories?: Record<string, string | null>;
  /**
   * The caller reports every change with invalidate()/invalidateListing() (a language server
   * with file watchers): cached parses and link checks are then trusted without a stat.
   */
  watched?: boolean;
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'vendor', 'testdata']);
// Parsing and indexing take about 0.3 s per MB on a loaded 2-core machine; beyond 2 MB a cited
// file is almost always generated code, and would hold up every check that cites it.
export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;
/** Indexed Go files kept in memory (a typical cited file costs tens of KB). */
export const DEFAULT_MAX_CACHED_FILES = 3000;
const MAX_LISTED_FILES = 200_000;
const MAX_PATH_LENGTH = 4096;

interface CacheEntry {
  mtimeMs: number;
  size: number;
  loaded: LoadedGoFile;
}

/**
 * The Go side of a workspace: which .go files exist, how citations resolve, their parsed index.
 * Everything above the hosts (engine, rules, history, queries, the front doors' features) is
 * written against this interface, never against a host.
 */
export interface Workspace {
  readonly root: string;
  /** The host every read goes through (tests record it; see core/fs.ts). */
  readonly fs: FileSystem;
  readonly maxFileSize: number;
  /** Real paths of the roots, links resolved: the fence nothing is read outside of. */
  roots(): Promise<string[]>;
  isInside(real: string): Promise<boolean>;
  /** Workspace-relative path (with /) -> absolute path of every listed .go file. */
  goFiles(): Promise<Map<string, string>>;
  /** Every listed source file a citation can name: Go and the other languages of core/lang/. */
  sourceFiles(): Promise<Map<string, string>>;
  /** Markdown files under the source roots (root-relative, links not followed), listed with the Go files. */
  markdownFiles(): Promise<readonly string[]>;
  /** Called when .go files appear or disappear: the listing is rebuilt on next use. */
  invalidateListing(): void;
  /**
   * For a watched workspace, how many changes were reported to it (invalidate, invalidateListing,
   * setOverlay): while it stands, a resolution or load answered before is still the answer.
   * Undefined when not watched (nothing reports changes, so nothing may be reused).
   */
  readonly changeCount: number | undefined;
  /** How a file is named in citations, messages and fixes. */
  relOf(abs: string): string;
  /** Resolves a citation as written in a document (a link target from the document's folder). */
  resolveCitation(c: { path: string; link?: boolean }, docAbs?: string): Promise<Resolution>;
  /** The root-relative path a citation names (see resolveCitation). */
  citationTarget(c: { path: string; link?: boolean }, docAbs?: string): string;
  /** A root-relative path as the citation would write it (for fixes and suggestions). */
  asCited(c: { path: string; link?: boolean }, rel: string, docAbs?: string): string;
  /** Resolves a root-relative citation path: exact relative path under a root first, then a unique suffix. */
  resolve(citedPath: string): Promise<Resolution>;
  /** Listed .go files closest to a path that does not exist. */
  suggest(cited: string, limit?: number): Promise<string[]>;
  /** Text of a Go file open in an editor; undefined text removes the overlay. */
  setOverlay(abs: string, version: number, text: string | undefined): void;
  /** Forget a cached parse (the file changed on disk). */
  invalidate(abs: string): void;
  /** Reads and indexes a resolved Go file. */
  load(abs: string): Promise<LoadedGoFile>;
  /** A file's index being made elsewhere (core/indexahead.ts), for `load` to take if it still holds. */
  prime(abs: string, ahead: Promise<IndexedAhead | undefined>): void;
}

/**
 * The workspace over a FileSystem host: the disk (`nodeFs`, the default) or memory
 * (`memoryWorkspace` below). One implementation of the fence and the resolution for both, so
 * what a test proves in memory holds on disk.
 */
export class FileWorkspace implements Workspace {
  readonly root: string;
  readonly fs: FileSystem;
  readonly maxFileSize: number;
  private readonly maxCachedFiles: number;
  private readonly sourceRoots: string[];
  /** Prefix (no trailing slash) -> absolute checkout or null, longest prefix first. */
  private readonly repositories: [string, string | null][];
  /** Every folder name of the listing, for "not in this workspace". */
  private dirNames = new Set<string>();
  /** Markdown files of the listing (root-relative), for project-wide id sources. */
  private markdown: string[] = [];
  private realRoots?: Promise<string[]>;
  private listing?: Promise<Map<string, string>>;
  private goListing?: { of: Promise<Map<string, string>>; go: Promise<Map<string, string>> };
  private byBase = new Map<string, string[]>();
  private suggestions?: { listing: Promise<Map<string, string>>; map: Map<string, string[]> };
  private cache = new Map<string, CacheEntry>();
  /** Text of Go files open in an editor, which wins over the disk. */
  private overlays = new Map<string, { version: number; loaded?: LoadedGoFile; text: string }>();
  /** Files being indexed by the index worker (indexahead.ts): taken by `load` when its stat agrees. */
  private ahead = new Map<string, Promise<IndexedAhead | undefined>>();
  private readonly log: (m: string) => void;
  private readonly watched: boolean;
  private changes = 0;
  /** abs -> result of the inside-the-roots check, kept while `watched`. */
  private insideChecks = new Map<string, Promise<string | Resolution>>();

  constructor(opts: WorkspaceOptions) {
    this.root = path.resolve(opts.root);
    this.fs = opts.fs ?? nodeFs;
    this.maxFileSize = opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    this.maxCachedFiles = opts.maxCachedFiles ?? DEFAULT_MAX_CACHED_FILES;
    this.sourceRoots = (opts.sourceRoots?.length ? opts.sourceRoots : ['.']).map((r) => path.resolve(this.root, r));
    this.repositories = Object.entries(opts.repositories ?? {})
      .map(([prefix, dir]): [string, string | null] => [path.posix.normalize(prefix.replace(/\\/g, '/')).replace(/^\.\/|\/+$/g, ''), typeof dir === 'string' ? path.resolve(this.root, dir) : null])
      .filter(([prefix]) => prefix !== '' && prefix !== '.' && !prefix.startsWith('..') && !prefix.startsWith('/'))
      .sort((a, b) => b[0].length - a[0].length);
    this.log = opts.log ?? (() => undefined);
    this.watched = !!opts.watched;
  }

  /** Real paths of the roots, links resolved: the fence nothing is read outside of. */
  roots(): Promise<string[]> {
    const checkouts = this.repositories.flatMap(([, dir]) => (dir ? [dir] : []));
    this.realRoots ??= Promise.all(
      [this.root, ...this.sourceRoots, ...checkouts].map((r) => this.fs.realpath(r).catch(() => r)),
    ).then((rs) => [...new Set(rs)]);
    return this.realRoots;
  }

  async isInside(real: string): Promise<boolean> {
    for (const r of await this.roots()) {
      if (real === r || real.startsWith(r.endsWith(path.sep) ? r : r + path.sep)) return true;
    }
    return false;
  }

  private families?: { of: Map<string, string>; present: Set<string | undefined> };

  /** Workspace-relative path (with /) -> absolute path of every listed .go file. */
  goFiles(): Promise<Map<string, string>> {
    const all = this.sourceFiles();
    if (this.goListing?.of !== all) this.goListing = { of: all, go: all.then((m) => new Map([...m].filter(([rel]) => rel.endsWith('.go')))) };
    return this.goListing.go;
  }

  /** Every listed source file a citation can name: Go and the other languages of core/lang/. */
  sourceFiles(): Promise<Map<string, string>> {
    this.listing ??= this.list();
    return this.listing;
  }

  /** Markdown files under the source roots (root-relative, links not followed), listed with the Go files. */
  async markdownFiles(): Promise<readonly string[]> {
    await this.sourceFiles();
    return this.markdown;
  }

  /** Called when .go files appear or disappear: the listing is rebuilt on next use. */
  get changeCount(): number | undefined {
    return this.watched ? this.changes : undefined;
  }

  invalidateListing(): void {
    this.changes++;
    this.listing = undefined;
    this.insideChecks.clear();
  }

  private async list(): Promise<Map<string, string>> {
    startMark('listing started');
    const files = new Map<string, string>();
    const byBase = new Map<string, string[]>();
    // A source root's own first folder counts too (`server/x.go` with the source root `server`).
    const dirNames = new Set<string>(this.sourceRoots.map((r) => toRel(this.root, r).split('/')[0]).filter((n) => n && n !== '..'));
    const markdown: string[] = [];
    const queue = [...new Set(this.sourceRoots)];
    const seen = new Set<string>();
    while (queue.length > 0 && files.size < MAX_LISTED_FILES) {
      const dir = queue.shift()!;
      if (seen.has(dir)) continue;
      seen.add(dir);
      let entries;
      try {
        entries = await this.fs.readdir(dir);
      } catch (e) {
        this.log(`cannot list ${dir}: ${(e as Error).message}`);
        continue;
      }
      for (const e of entries) {
        const abs = path.join(dir, e.name);
        // Directory links are not followed: they may lead outside the workspace.
        if (e.isDirectory()) {
          if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) {
            queue.push(abs);
            dirNames.add(e.name);
          }
        } else if (e.isFile() && e.name.endsWith('.md')) {
          if (markdown.length < MAX_LISTED_FILES) markdown.push(this.relOf(abs));
        } else if ((e.isFile() || e.isSymbolicLink()) && isSourcePath(e.name)) {
          const rel = this.relOf(abs);
          if (files.has(rel)) continue; // the same name under an earlier source root wins
          files.set(rel, abs);
          const list = byBase.get(e.name);
          if (list) list.push(rel);
          else byBase.set(e.name, [rel]);
        }
      }
    }
    this.byBase = byBase;
    this.dirNames = dirNames;
    this.markdown = markdown;
    startMark('listing done');
    return files;
  }

  /**
   * How a file is named in citations, messages and fixes: relative to the workspace root, or,
   * under a source root outside it (`../shared`), relative to that source root, since a cited
   * path never climbs out with `..`.
   */
  relOf(abs: string): string {
    const rel = toRel(this.root, abs);
    if (rel !== '..' && !rel.startsWith('../')) return rel;
    for (const r of this.sourceRoots) {
      const up = path.relative(r, abs);
      if (up !== '' && up !== '..' && !up.startsWith('..' + path.sep) && !path.isAbsolute(up)) return up.split(path.sep).join('/');
    }
    return rel;
  }

  /**
   * Resolves a citation as written in a document: a link target relative to the document's folder
   * (a leading `/` from the root), like Markdown and GitHub; prose and code spans from the root.
   */
  resolveCitation(c: { path: string; link?: boolean }, docAbs?: string): Promise<Resolution> {
    return this.resolve(this.citationTarget(c, docAbs));
  }

  /** The root-relative path a citation names (see resolveCitation). */
  citationTarget(c: { path: string; link?: boolean }, docAbs?: string): string {
    if (!c.link) return c.path;
    if (c.path.startsWith('/') && !c.path.startsWith('//')) return c.path.replace(/^\/+/, '');
    const base = this.documentFolder(docAbs);
    return base === undefined || path.posix.isAbsolute(c.path) || /^[A-Za-z]:\//.test(c.path) ? c.path : path.posix.join(base, c.path);
  }

  /** A root-relative path as the citation would write it (for fixes and suggestions). */
  asCited(c: { path: string; link?: boolean }, rel: string, docAbs?: string): string {
    if (!c.link) return rel;
    if (c.path.startsWith('/')) return '/' + rel;
    const base = this.documentFolder(docAbs);
    return base ? path.posix.relative(base, rel) : rel;
  }

  /** The document's folder relative to the root ('' at the root); undefined when unknown or outside. */
  private documentFolder(docAbs?: string): string | undefined {
    if (!docAbs) return undefined;
    const rel = toRel(this.root, path.dirname(path.resolve(docAbs)));
    if (rel === '..' || rel.startsWith('../') || path.isAbsolute(rel)) return undefined;
    return rel;
  }

  /** Resolves a citation path: exact relative path under a root first, then a unique suffix. */
  async resolve(citedPath: string): Promise<Resolution> {
    const p = citedPath;
    if (p.length > MAX_PATH_LENGTH) return { kind: 'outside', reason: `the path is longer than ${MAX_PATH_LENGTH} characters` };
    if (p.includes('\0')) return { kind: 'outside', reason: 'the path contains a NUL character' };
    if (p.startsWith('~')) return { kind: 'outside', reason: 'a home-directory path (~) is outside the workspace' };
    if (path.posix.isAbsolute(p) || /^[A-Za-z]:\//.test(p) || p.startsWith('//')) {
      return { kind: 'outside', reason: 'an absolute path; cite paths relative to the workspace root' };
    }
    const norm = path.posix.normalize(p);
    if (norm === '..' || norm.startsWith('../')) return { kind: 'outside', reason: 'it climbs out of the workspace with ".."' };
    for (const [prefix, dir] of this.repositories) {
      if (!norm.startsWith(prefix + '/')) continue;
      if (!dir) return { kind: 'external', prefix };
      return this.resolveInCheckout(norm, prefix, dir);
    }
    const files = await this.sourceFiles();
    for (const root of this.sourceRoots) {
      const abs = path.resolve(root, norm);
      // A source root may lie beside the workspace root (`../shared`): it is inside the fence,
      // and its files are named relative to it. Only climbing out of the source root is out.
      const up = path.relative(root, abs);
      if (up === '..' || up.startsWith('..' + path.sep) || path.isAbsolute(up)) return { kind: 'outside', reason: 'it climbs out of the workspace with ".."' };
      const rel = this.relOf(abs);
      if (files.get(rel) === abs || (await this.existsAsFile(abs))) {
        const inside = await this.checkInside(abs);
        if (typeof inside !== 'string') return inside;
        return { kind: 'ok', abs, rel, viaSuffix: false, real: inside };
      }
    }
    if (norm.includes('/..') || norm.startsWith('./')) return { kind: 'missing', suggestions: await this.suggest(norm) };
    const base = path.posix.basename(norm);
    const candidates = (this.byBase.get(base) ?? []).filter((rel) => rel === norm || rel.endsWith('/' + norm));
    if (candidates.length === 1) {
      const abs = files.get(candidates[0])!;
      const inside = await this.checkInside(abs);
      if (typeof inside !== 'string') return inside;
      return { kind: 'ok', abs, rel: candidates[0], viaSuffix: true, real: inside };
    }
    if (candidates.length > 1) return { kind: 'ambiguous', candidates: candidates.sort() };
    const foreign = this.foreignLanguage(norm, files);
    if (foreign) return { kind: 'missing', suggestions: [], foreign };
    // A first folder that exists nowhere here is most likely another repository: no guesses from unrelated folders.
    const first = norm.includes('/') ? norm.slice(0, norm.indexOf('/')) : undefined;
    if (first && first !== '.' && !this.dirNames.has(first)) return { kind: 'missing', suggestions: [], notHere: first };
    return { kind: 'missing', suggestions: await this.suggest(norm) };
  }

  /**
   * The language family of a cited path when the workspace lists source files but none of that
   * family. An empty listing says nothing (a root set wrong should not silence every citation).
   */
  private foreignLanguage(norm: string, files: Map<string, string>): string | undefined {
    const family = languageFamily(norm);
    if (!family || files.size === 0) return undefined;
    if (this.families?.of !== files) this.families = { of: files, present: new Set([...files.keys()].map(languageFamily)) };
    return this.families.present.has(family) ? undefined : family;
  }

  /** A citation into a mapped checkout: the exact path there, fenced like the workspace. */
  private async resolveInCheckout(norm: string, prefix: string, dir: string): Promise<Resolution> {
    const abs = path.resolve(dir, norm.slice(prefix.length + 1));
    const up = path.relative(dir, abs);
    if (up === '..' || up.startsWith('..' + path.sep) || path.isAbsolute(up)) return { kind: 'outside', reason: 'it climbs out of the mapped checkout with ".."' };
    if (!(await this.existsAsFile(abs))) return { kind: 'missing', suggestions: [], checkout: dir };
    const inside = await this.checkInside(abs);
    if (typeof inside !== 'string') return inside;
    return { kind: 'ok', abs, rel: norm, viaSuffix: false, real: inside };
  }

  private async existsAsFile(abs: string): Promise<boolean> {
    // Only a path that is not in the listing (a link into a skipped folder, say) gets here.
    try {
      await this.fs.realpath(abs);
      return true;
    } catch {
      return false;
    }
  }

  /** The real path of a file inside the fence, or why it is not. */
  private checkInside(abs: string): Promise<string | Resolution> {
    if (!this.watched) return this.checkInsideNow(abs);
    let check = this.insideChecks.get(abs);
    if (!check) this.insideChecks.set(abs, (check = this.checkInsideNow(abs)));
    return check;
  }

  private async checkInsideNow(abs: string): Promise<string | Resolution> {
    let real: string;
    try {
      real = await this.fs.realpath(abs);
    } catch {
      return { kind: 'missing', suggestions: [] };
    }
    if (!(await this.isInside(real))) return { kind: 'outside', reason: `it is a link that resolves outside the workspace (${real})` };
    return real;
  }

  async suggest(cited: string, limit = 3): Promise<string[]> {
    const listing = this.sourceFiles();
    const files = await listing;
    // Comparing with every file is the costly part of a missing path: remember the answer for
    // as long as the listing stands (a re-check on every keystroke asks again and again).
    if (this.suggestions?.listing !== listing || this.suggestions.map.size > 1000) this.suggestions = { listing, map: new Map() };
    const key = `${limit}\0${cited}`;
    let found = this.suggestions.map.get(key);
    // Only files of the cited extension: a missing `routing.go` is no `routing.py`.
    const ext = path.posix.extname(cited);
    if (!found) this.suggestions.map.set(key, (found = closestPaths(cited, [...files.keys()].filter((rel) => rel.endsWith(ext)), this.byBase, limit)));
    return found.slice();
  }

  /** Text of a Go file open in an editor; undefined text removes the overlay. */
  setOverlay(abs: string, version: number, text: string | undefined): void {
    this.changes++;
    if (text === undefined) this.overlays.delete(abs);
    else this.overlays.set(abs, { version, text });
  }

  /** Forget a cached parse (the file changed on disk). */
  invalidate(abs: string): void {
    this.changes++;
    this.cache.delete(abs);
    this.ahead.delete(abs);
    this.insideChecks.delete(abs);
  }

  /** Reads and indexes a resolved Go file, cached by path + mtime + size. */
  async load(abs: string): Promise<LoadedGoFile> {
    const overlay = this.overlays.get(abs);
    if (overlay) {
      // The editor's text of a huge file is skipped like the file on disk would be.
      const bytes = overlay.text.length > this.maxFileSize / 3 ? Buffer.byteLength(overlay.text) : 0;
      if (bytes > this.maxFileSize) return { kind: 'problem', reason: `skipped: file too large (${bytes} bytes, limit ${this.maxFileSize}; see macroplan.maxFileSize)` };
      overlay.loaded ??= await parseSource(abs, overlay.text, 'utf-8');
      return overlay.loaded;
    }
    const trusted = this.watched ? this.cached(abs) : undefined;
    if (trusted) return trusted.loaded;
    let real: string;
    try {
      real = await this.fs.realpath(abs);
    } catch {
      return { kind: 'problem', reason: 'the file no longer exists' };
    }
    if (!(await this.isInside(real))) return { kind: 'problem', reason: 'the file resolves outside the workspace' };
    let st;
    try {
      st = await this.fs.stat(real);
    } catch (e) {
      return { kind: 'problem', reason: `the file cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
    }
    // A FIFO or device would block or never end: only regular files are opened.
    if (!st.isFile()) return { kind: 'problem', reason: 'not a regular file' };
    if (st.size > this.maxFileSize) {
      return { kind: 'problem', reason: `skipped: file too large (${st.size} bytes, limit ${this.maxFileSize}; see macroplan.maxFileSize)` };
    }
    const hit = this.cached(abs);
    if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.loaded;
    const ahead = this.ahead.get(abs);
    if (ahead) {
      this.ahead.delete(abs);
      const got = await ahead;
      if (got && got.real === real && got.mtimeMs === st.mtimeMs && got.size === st.size) return this.keep(abs, st, got.loaded);
    }
    let buf: Buffer;
    try {
      buf = await this.fs.readFile(real);
    } catch (e) {
      return { kind: 'problem', reason: `the file cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
    }
    return this.keep(abs, st, await indexBytes(abs, buf));
  }

  /**
   * Hands this workspace a file's index being made elsewhere (the index worker): `load` takes it
   * when its own checks pass and its stat of the real path says what the maker's did.
   */
  prime(abs: string, ahead: Promise<IndexedAhead | undefined>): void {
    this.ahead.set(abs, ahead);
  }

  private keep(abs: string, st: { mtimeMs: number; size: number }, loaded: LoadedGoFile): LoadedGoFile {
    this.cache.delete(abs);
    this.cache.set(abs, { mtimeMs: st.mtimeMs, size: st.size, loaded });
    // Map order is insertion order, refreshed on each hit: the first key is the least recently used.
    while (this.cache.size > this.maxCachedFiles) this.cache.delete(this.cache.keys().next().value as string);
    return loaded;
  }

  /** A cached entry, marked as most recently used. */
  private cached(abs: string): CacheEntry | undefined {
    const hit = this.cache.get(abs);
    if (hit) {
      this.cache.delete(abs);
      this.cache.set(abs, hit);
    }
    return hit;
  }
}

/**
 * A workspace over files held in memory (path, absolute or relative to the root -> content), for
 * in-process tests of features; `ws.fs` is the MemoryFileSystem, whose `set` changes a file.
 */
export function memoryWorkspace(opts: Omit<WorkspaceOptions, 'fs'> & { files: Record<string, string | Uint8Array> }): FileWorkspace & { fs: MemoryFileSystem } {
  const { files, ...rest } = opts;
  const root = path.resolve(opts.root);
  const fs = memoryFs(Object.fromEntries(Object.entries(files).map(([p, content]) => [path.resolve(root, p), content])));
  return Object.assign(new FileWorkspace({ ...rest, fs }), { fs });
}

export function toRel(root: string, abs: string): string {
  return path.relative(root, abs).split(path.sep).join('/');
}
