import type { GoDecl } from './gofile';
import type { Workspace } from './workspace';

/**
 * Finding a Go type by name across the workspace without parsing every file: a cheap text
 * pre-filter (`Name interface {` / `Name struct {` / `type Name ...` at the start of a line) builds
 * an index of candidate files once per file listing; candidates are then loaded (parsed, cached by
 * the workspace) to confirm the declaration.
 */

export interface TypeHit {
  rel: string;
  abs: string;
  decl: GoDecl;
}

interface Index {
  listing: Promise<Map<string, string>>;
  names: Promise<Map<string, string[]>>;
}

const indexes = new WeakMap<Workspace, Index>();
const TYPE_LINE = /^[ \t]*(?:type[ \t]+)?([A-Za-z_][A-Za-z0-9_]*)(?:[ \t]*\[[^\]\n]*\])?[ \t]+(?:interface|struct)[ \t]*\{|^[ \t]*type[ \t]+([A-Za-z_][A-Za-z0-9_]*)\b/gm;
const BATCH = 32;

async function buildIndex(ws: Workspace, listing: Promise<Map<string, string>>): Promise<Map<string, string[]>> {
  const files = [...(await listing).entries()];
  const names = new Map<string, string[]>();
  for (let i = 0; i < files.length; i += BATCH) {
    await Promise.all(files.slice(i, i + BATCH).map(async ([rel, abs]) => {
      let text: string;
      try {
        // The same fences as Workspace.load: inside the roots, a regular file, not too large.
        const real = await ws.fs.realpath(abs);
        if (!(await ws.isInside(real))) return;
        const st = await ws.fs.stat(real);
        if (!st.isFile() || st.size > ws.maxFileSize) return;
        text = (await ws.fs.readFile(real)).toString('utf8');
      } catch {
        return;
      }
      TYPE_LINE.lastIndex = 0;
      const seen = new Set<string>();
      let m: RegExpExecArray | null;
      while ((m = TYPE_LINE.exec(text))) {
        const name = m[1] ?? m[2];
        if (seen.has(name)) continue;
        seen.add(name);
        const list = names.get(name);
        if (list) list.push(rel);
        else names.set(name, [rel]);
      }
    }));
  }
  for (const list of names.values()) list.sort();
  return names;
}

/** Every top-level type declaration named `name` in the workspace's Go files, sorted by path. */
export async function findTypeDecls(ws: Workspace, name: string): Promise<TypeHit[]> {
  const listing = ws.goFiles();
  let idx = indexes.get(ws);
  if (!idx || idx.listing !== listing) {
    idx = { listing, names: buildIndex(ws, listing) };
    indexes.set(ws, idx);
  }
  const candidates = (await idx.names).get(name) ?? [];
  const files = await listing;
  const out: TypeHit[] = [];
  for (const rel of candidates) {
    const abs = files.get(rel);
    if (!abs) continue;
    const loaded = await ws.load(abs);
    if (loaded.kind !== 'ok') continue;
    for (const decl of loaded.file.decls) if (decl.kind === 'type' && decl.name === name) out.push({ rel, abs, decl });
  }
  return out;
}
