import * as path from 'node:path';
import { buildModel, type PlanModel } from '../model';
import type { Workspace } from '../workspace';

/**
 * A spec-kit document's neighbours and the paths it names, read through the workspace's
 * FileSystem and inside its fence. A sibling is read only when it is a regular file under
 * MAX_SIBLING_SIZE, and kept per workspace by mtime and size, so a check per keystroke of
 * tasks.md parses spec.md once.
 */

const MAX_SIBLING_SIZE = 1024 * 1024;

interface Entry {
  mtimeMs: number;
  size: number;
  model: PlanModel;
}

const siblings = new WeakMap<Workspace, Map<string, Entry>>();

/** The model of `name` in the folder of `docAbs` (spec.md beside tasks.md), or undefined when it cannot be read. */
export async function readSibling(ws: Workspace, docAbs: string | undefined, name: string): Promise<{ model: PlanModel; abs: string } | undefined> {
  if (!docAbs) return undefined;
  return readInFolder(ws, path.dirname(path.resolve(docAbs)), name);
}

/**
 * The feature folder a document belongs to: its own folder, or the parent of `checklists/` and
 * `contracts/`, where spec-kit puts the documents that are not at the folder's top.
 */
export function featureRoot(docAbs: string): string {
  const dir = path.dirname(path.resolve(docAbs));
  return /^(?:checklists|contracts)$/i.test(path.basename(dir)) ? path.dirname(dir) : dir;
}

/** The model of `rel` (`spec.md`, `checklists/ux.md`) under `dir`, read as readSibling reads. */
export async function readInFolder(ws: Workspace, dir: string, rel: string): Promise<{ model: PlanModel; abs: string } | undefined> {
  const abs = path.join(dir, rel);
  let cache = siblings.get(ws);
  if (!cache) siblings.set(ws, (cache = new Map()));
  try {
    const real = await ws.fs.realpath(abs);
    if (!(await ws.isInside(real))) return undefined;
    const st = await ws.fs.stat(real);
    if (!st.isFile() || st.size > MAX_SIBLING_SIZE) return undefined;
    const hit = cache.get(abs);
    if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return { model: hit.model, abs };
    const model = buildModel((await ws.fs.readFile(real)).toString('utf8'));
    if (cache.size > 100) cache.clear();
    cache.set(abs, { mtimeMs: st.mtimeMs, size: st.size, model });
    return { model, abs };
  } catch {
    return undefined;
  }
}

export type PathKind = 'file' | 'dir' | undefined;

/**
 * Whether a repository-relative path names a file or folder under the workspace root (links
 * resolved, inside the fence). At most `limit` distinct paths are asked per call site's map.
 */
export async function pathKind(ws: Workspace, rel: string, memo: Map<string, Promise<PathKind>>, limit = 400): Promise<PathKind> {
  const clean = rel.replace(/\/+$/, '');
  let hit = memo.get(clean);
  if (hit) return hit;
  if (memo.size >= limit) return 'file';
  hit = (async (): Promise<PathKind> => {
    const abs = path.resolve(ws.root, clean);
    const up = path.relative(ws.root, abs);
    if (!clean || up.startsWith('..') || path.isAbsolute(up)) return undefined;
    try {
      const real = await ws.fs.realpath(abs);
      if (!(await ws.isInside(real))) return undefined;
      const st = await ws.fs.stat(real);
      return st.isDirectory() ? 'dir' : st.isFile() ? 'file' : undefined;
    } catch {
      return undefined;
    }
  })();
  memo.set(clean, hit);
  return hit;
}
