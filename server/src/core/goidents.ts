import * as path from 'node:path';
import type { Workspace } from './workspace';
import { readFenced } from './fencedread';

/**
 * What the workspace's Go code names, read lexically (no parse): every identifier that occurs in
 * any Go file, the types it declares (and which of them are "closed": a struct or interface that
 * embeds nothing, so its members are the ones written in it and its methods), the folders and
 * package names of its packages, and the module path of go.mod. A plan's type-consistency check
 * (MP507) asks it only about names the plan itself does not declare; every occurrence counts as a
 * declaration there, so a name the workspace uses anywhere is never reported.
 */
export interface GoIdents {
  idents: Set<string>;
  /** Declared type name -> whether every declaration of it is closed. */
  types: Map<string, boolean>;
  /** Function name -> the type its first result names (`func NewStore() *Store` -> Store), when one declaration says so. */
  results: Map<string, string>;
  /** Folder base names and `package` names of the workspace's Go files. */
  packages: Set<string>;
  module?: string;
}

interface FileEntry {
  mtimeMs: number;
  size: number;
  idents: string[];
  types: [string, boolean][];
  results: [string, string][];
  pkg?: string;
}

interface Index {
  listing: Promise<Map<string, string>>;
  files: Map<string, FileEntry>;
  ready: Promise<GoIdents>;
  refreshedAt: number;
  refreshing?: Promise<void>;
}

const indexes = new WeakMap<Workspace, Index>();
const BATCH = 32;
const REFRESH_INTERVAL_MS = 3000;
const FUNC_RESULT = /^func[ \t]+([A-Za-z_]\w*)[ \t]*\([^)\n]*\)[ \t]*\(?[ \t]*\*?([A-Za-z_]\w*)[ \t]*[,{)]/gm;
const TYPE_HEAD = /^type[ \t]+([A-Za-z_]\w*)(?:\[[^\]\n]*\])?[ \t]+(=?)[ \t]*(struct|interface)?[ \t]*(\{)?/gm;

/** The workspace's Go names (scanned once per file listing; files re-read when their mtime or size changed). */
export function goIdents(ws: Workspace): Promise<GoIdents> {
  return indexOf(ws).ready;
}

/** A name the index does not know starts a background rescan (at most every few seconds): the next check sees a name just written. */
export function goIdentMissed(ws: Workspace): void {
  const idx = indexes.get(ws);
  if (!idx || idx.refreshing || Date.now() - idx.refreshedAt < REFRESH_INTERVAL_MS) return;
  idx.refreshing = scanAll(ws, idx).then((r) => { idx.ready = Promise.resolve(r); }).catch(() => undefined).finally(() => { idx.refreshing = undefined; });
}

function indexOf(ws: Workspace): Index {
  const listing = ws.goFiles();
  let idx = indexes.get(ws);
  if (!idx || idx.listing !== listing) {
    const fresh: Index = { listing, files: idx?.files ?? new Map(), ready: undefined as unknown as Promise<GoIdents>, refreshedAt: 0 };
    fresh.ready = scanAll(ws, fresh);
    indexes.set(ws, (idx = fresh));
  }
  return idx;
}

async function scanAll(ws: Workspace, idx: Index): Promise<GoIdents> {
  const files = [...(await idx.listing).entries()];
  const seen = new Set<string>();
  for (let i = 0; i < files.length; i += BATCH) {
    await Promise.all(files.slice(i, i + BATCH).map(async ([rel, abs]) => {
      seen.add(rel);
      const entry = await scan(ws, abs, idx.files.get(rel));
      if (entry) idx.files.set(rel, entry);
      else idx.files.delete(rel);
    }));
  }
  for (const rel of [...idx.files.keys()]) if (!seen.has(rel)) idx.files.delete(rel);
  idx.refreshedAt = Date.now();
  const out: GoIdents = { idents: new Set(), types: new Map(), results: new Map(), packages: new Set(), module: await modulePath(ws) };
  for (const [rel, e] of idx.files) {
    for (const n of e.idents) out.idents.add(n);
    for (const [n, closed] of e.types) out.types.set(n, (out.types.get(n) ?? true) && closed);
    // A name declared in two packages with different results tells nothing.
    for (const [n, t] of e.results) out.results.set(n, out.results.has(n) && out.results.get(n) !== t ? '' : t);
    const dir = path.posix.dirname(rel);
    if (dir !== '.') out.packages.add(path.posix.basename(dir));
    if (e.pkg) out.packages.add(e.pkg);
  }
  return out;
}

function scan(ws: Workspace, abs: string, known?: FileEntry): Promise<FileEntry | undefined> {
  return readFenced(ws, abs, known, (text, stamp) => ({ ...stamp, idents: [...new Set(text.match(/[A-Za-z_]\w*/g) ?? [])], types: typesIn(text), results: resultsIn(text), pkg: /^package[ \t]+(\w+)/m.exec(text)?.[1] }));
}

/** `type T struct {` / `type T interface {` at the start of a line; closed when its body embeds nothing. Any other type is open. */
export function typesIn(text: string): [string, boolean][] {
  const out: [string, boolean][] = [];
  TYPE_HEAD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TYPE_HEAD.exec(text))) {
    if (m[2] || !m[3] || !m[4]) {
      out.push([m[1], false]);
      continue;
    }
    const close = text.indexOf('\n}', m.index);
    const body = text.slice(m.index + m[0].length, close < 0 ? text.length : close);
    out.push([m[1], !body.split('\n').some(isEmbedded)]);
  }
  return out;
}

/** `func NewStore() *Store {` -> [NewStore, Store]: top-level functions whose first result is a named type. */
function resultsIn(text: string): [string, string][] {
  FUNC_RESULT.lastIndex = 0;
  return [...text.matchAll(FUNC_RESULT)].map((m) => [m[1], m[2]] as [string, string]);
}

/** A body line that is a type alone: `sync.Mutex`, `*Base`, `io.Reader` (a field or method has a name before its type). */
function isEmbedded(line: string): boolean {
  const code = line.replace(/\/\/.*$/, '').trim();
  return /^\*?[A-Za-z_][\w.]*(?:\[[^\]]*\])?$/.test(code);
}

async function modulePath(ws: Workspace): Promise<string | undefined> {
  for (const root of await ws.roots()) {
    try {
      const text = (await ws.fs.readFile(path.join(root, 'go.mod'))).toString('utf8');
      const m = /^module[ \t]+(\S+)/m.exec(text);
      if (m) return m[1];
    } catch {
      // no go.mod at this root
    }
  }
  return undefined;
}
