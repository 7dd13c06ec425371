import type { GoDecl } from './gofile';
import type { Workspace } from './workspace';
import { readFenced } from './fencedread';

/**
 * Finding a Go type by name across the workspace without parsing every file: a cheap text
 * pre-filter (`Name interface {` / `Name struct {` / `type Name ...` at the start of a line) builds
 * an index of candidate files once per file listing; candidates are then loaded (parsed, cached by
 * the workspace) to confirm the declaration. A name the index does not know starts a background
 * refresh of the files changed since (at most once every few seconds), so a type just added to an
 * existing file is found by the next check without any check waiting for a rescan.
 */

export interface TypeHit {
  rel: string;
  abs: string;
  decl: GoDecl;
}

interface FileEntry {
  mtimeMs: number;
  size: number;
  names: string[];
}

interface Index {
  listing: Promise<Map<string, string>>;
  ready: Promise<void>;
  files: Map<string, FileEntry>;
  names: Map<string, Set<string>>;
  refreshedAt: number;
  refreshing?: Promise<void>;
}

const indexes = new WeakMap<Workspace, Index>();
const TYPE_LINE = /^[ \t]*(?:type[ \t]+)?([A-Za-z_][A-Za-z0-9_]*)(?:[ \t]*\[[^\]\n]*\])?[ \t]+(?:interface|struct)[ \t]*\{|^[ \t]*type[ \t]+([A-Za-z_][A-Za-z0-9_]*)\b/gm;
const BATCH = 32;
/** Least time between two refreshes triggered by unknown names. */
export const REFRESH_INTERVAL_MS = 3000;

function typeNames(text: string): string[] {
  TYPE_LINE.lastIndex = 0;
  const seen = new Set<string>();
  let m: RegExpExecArray | null;
  while ((m = TYPE_LINE.exec(text))) seen.add(m[1] ?? m[2]);
  return [...seen];
}

function scan(ws: Workspace, abs: string, known?: FileEntry): Promise<FileEntry | undefined> {
  return readFenced(ws, abs, known, (text, stamp) => ({ ...stamp, names: typeNames(text) }));
}

function put(idx: Index, rel: string, entry: FileEntry | undefined): void {
  const old = idx.files.get(rel);
  if (old === entry) return;
  for (const n of old?.names ?? []) idx.names.get(n)?.delete(rel);
  if (!entry) {
    idx.files.delete(rel);
    return;
  }
  idx.files.set(rel, entry);
  for (const n of entry.names) {
    let s = idx.names.get(n);
    if (!s) idx.names.set(n, (s = new Set()));
    s.add(rel);
  }
}

async function scanAll(ws: Workspace, idx: Index): Promise<void> {
  const files = [...(await idx.listing).entries()];
  for (let i = 0; i < files.length; i += BATCH) {
    await Promise.all(files.slice(i, i + BATCH).map(async ([rel, abs]) => put(idx, rel, await scan(ws, abs, idx.files.get(rel)))));
  }
  idx.refreshedAt = Date.now();
}

function indexOf(ws: Workspace): Index {
  const listing = ws.goFiles();
  let idx = indexes.get(ws);
  if (!idx || idx.listing !== listing) {
    const fresh: Index = { listing, ready: Promise.resolve(), files: new Map(), names: new Map(), refreshedAt: 0 };
    fresh.ready = scanAll(ws, fresh);
    indexes.set(ws, (idx = fresh));
  }
  return idx;
}

/** Every top-level type declaration named `name` in the workspace's Go files, sorted by path. */
export async function findTypeDecls(ws: Workspace, name: string): Promise<TypeHit[]> {
  const idx = indexOf(ws);
  await idx.ready;
  const hits = await confirm(ws, idx, name);
  if (hits.length === 0 && !idx.refreshing && Date.now() - idx.refreshedAt >= REFRESH_INTERVAL_MS) {
    // In the background: a check never waits for a rescan; the next one sees its result.
    idx.refreshing = scanAll(ws, idx).catch(() => undefined).finally(() => { idx.refreshing = undefined; });
  }
  return hits;
}

/** Resolves when no background refresh of the type index is running (for tests and batch runs). */
export async function typeIndexIdle(ws: Workspace): Promise<void> {
  const idx = indexes.get(ws);
  if (!idx) return;
  await idx.ready;
  while (idx.refreshing) await idx.refreshing;
}

async function confirm(ws: Workspace, idx: Index, name: string): Promise<TypeHit[]> {
  const files = await idx.listing;
  const out: TypeHit[] = [];
  for (const rel of [...(idx.names.get(name) ?? [])].sort()) {
    const abs = files.get(rel);
    if (!abs) continue;
    const loaded = await ws.load(abs);
    if (loaded.kind !== 'ok') continue;
    for (const decl of loaded.file.decls) if (decl.kind === 'type' && decl.name === name) out.push({ rel, abs, decl });
  }
  return out;
}
