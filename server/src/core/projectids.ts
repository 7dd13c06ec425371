/**
 * Ids defined once for the whole project, outside the plans: invariants (`INV-n`) and rules (`R-n`,
 * also written `Rn`) in the project's standards documents (docs/contributing/standards/invariants.md
 * and rules.md). Where to look is the `idSources` setting (globs over the Markdown files of the
 * listing). Files are read lazily, only inside the workspace, and cached by mtime and size; the
 * listing comes with the Go listing (no second walk).
 */
import * as path from 'node:path';
import picomatch from 'picomatch';
import type { Workspace } from './workspace';

export interface ProjectId {
  /** As written in the source, upper case: `INV-4`, `R18`. */
  id: string;
  kind: 'INV' | 'R';
  abs: string;
  rel: string;
  /** 0-based line of the definition. */
  line: number;
  text: string;
}

export interface ProjectIds {
  /** The definition of an id (`R-18` and `R18` are one id). */
  get(id: string): ProjectId | undefined;
  /** Root-relative paths of the id sources found. */
  files: string[];
}

/** An id in plan text: `INV-4`, `R18`, `R-18`. */
export const PROJECT_ID = /\b(INV-\d{1,4}|R-?\d{1,3})\b/g;

/** `R-18` and `R18` are one rule. */
export function canonicalId(id: string): string {
  const u = id.toUpperCase();
  return /^R-\d/.test(u) ? 'R' + u.slice(2) : u;
}

/** A line that introduces an id: a heading, a list item (checkbox too), a table row's first cell, a paragraph. */
const DEF = /^\s{0,3}(?:>\s*)*(?:#{1,6}\s+|(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?|\|\s*)?(?:\*\*|__|`|\*|_)?(INV-\d{1,4}|R-?\d{1,3})(?![\w-])/;
const MAX_SOURCE_SIZE = 2 * 1024 * 1024;
const MAX_SOURCES = 200;

interface FileEntry {
  mtimeMs: number;
  size: number;
  defs: ProjectId[];
}

interface State {
  files: Map<string, FileEntry>;
}

const states = new WeakMap<Workspace, State>();

/** The project's ids, from the Markdown files matching `globs`; files unchanged since the last call are not read again. */
export async function projectIds(ws: Workspace, globs: readonly string[]): Promise<ProjectIds> {
  let state = states.get(ws);
  if (!state) states.set(ws, (state = { files: new Map() }));
  const match = picomatch(globs.length ? [...globs] : ['!**'], { dot: false });
  const rels = (await ws.markdownFiles()).filter((r) => match(r)).sort().slice(0, MAX_SOURCES);
  const byId = new Map<string, ProjectId>();
  const seen = new Set<string>();
  for (const rel of rels) {
    const entry = await readSource(ws, state, rel);
    seen.add(rel);
    for (const d of entry?.defs ?? []) if (!byId.has(canonicalId(d.id))) byId.set(canonicalId(d.id), d);
  }
  for (const k of state.files.keys()) if (!seen.has(k)) state.files.delete(k);
  return { get: (id) => byId.get(canonicalId(id)), files: rels };
}

async function readSource(ws: Workspace, state: State, rel: string): Promise<FileEntry | undefined> {
  const abs = path.join(ws.root, rel);
  try {
    const real = await ws.fs.realpath(abs);
    if (!(await ws.isInside(real))) return undefined;
    const st = await ws.fs.stat(real);
    if (!st.isFile() || st.size > MAX_SOURCE_SIZE) return undefined;
    const hit = state.files.get(rel);
    if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit;
    const text = (await ws.fs.readFile(real)).toString('utf8');
    const entry = { mtimeMs: st.mtimeMs, size: st.size, defs: definitions(text, abs, rel) };
    state.files.set(rel, entry);
    return entry;
  } catch {
    return undefined;
  }
}

function definitions(text: string, abs: string, rel: string): ProjectId[] {
  const out: ProjectId[] = [];
  let fence = false;
  text.split(/\r?\n/).forEach((line, i) => {
    if (/^\s{0,3}(```|~~~)/.test(line)) fence = !fence;
    if (fence) return;
    const m = DEF.exec(line);
    if (m) out.push({ id: m[1].toUpperCase(), kind: m[1].startsWith('INV') ? 'INV' : 'R', abs, rel, line: i, text: line.trim() });
  });
  return out;
}

/** The project id (INV-n, R-n) written at `offset` of `text`, on its line. */
export function projectIdAt(text: string, offset: number): { id: string; start: number; end: number } | undefined {
  let a = offset;
  while (a > 0 && text.charCodeAt(a - 1) !== 10 && offset - a < 200) a--;
  let b = offset;
  while (b < text.length && text.charCodeAt(b) !== 10 && b - offset < 200) b++;
  const re = new RegExp(PROJECT_ID.source, 'g');
  const line = text.slice(a, b);
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) {
    const start = a + m.index;
    const end = start + m[0].length;
    if (start <= offset && offset <= end) return { id: m[1], start, end };
  }
  return undefined;
}
