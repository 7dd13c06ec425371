import * as path from 'node:path';
import type { PlanModel } from '../model';
import type { Workspace } from '../workspace';
import { specDoc, specTasks } from './speckit';
import { featureRoot, readInFolder } from './speckit-folder';

/** An id of a spec-kit feature folder under the cursor and where the folder defines it. */
export interface FolderId {
  /** As the folder defines it: `US3`, `FR-004`, `SC-001`, `T012a`. */
  id: string;
  start: number;
  end: number;
  def?: { abs: string; file: string; line: number; text: string };
}

// `User Story 3` is US3 too.
const FOLDER_ID = /\b(?:(US)(\d{1,3})|User Story (\d{1,3})|(FR|SC)-(\d{1,4}[a-z]?)|(T)(\d{1,4}[a-z]?))\b/g;

/**
 * The user story (`US3`, `User Story 3`), requirement (`FR-004`), success criterion (`SC-001`)
 * or task (`T012`) at an offset of a spec-kit document, and its definition: stories and ids in
 * the folder's spec.md, tasks in its tasks.md. The document's own text stands for its file; the
 * other is read through the workspace (cached by mtime and size).
 */
export async function specKitIdAt(ws: Workspace, docAbs: string | undefined, model: PlanModel, offset: number): Promise<FolderId | undefined> {
  const { line } = model.lines.positionAt(offset);
  const lineStart = model.lines.starts[line];
  const text = model.text.slice(lineStart, model.lines.lineEnd(line));
  for (const m of folderIdMatches(text, lineStart)) {
    if (offset < m.start || offset > m.end) continue;
    const source = await definingDocument(ws, docAbs, model, m.id);
    return { ...m, def: source && definition(source.model, source.abs, definingFile(m.id), m.id) };
  }
  return undefined;
}

/** Every folder id written in a text (the id as the folder defines it, with where it is written). */
export function folderIdMatches(text: string, base = 0): { id: string; start: number; end: number }[] {
  return [...text.matchAll(FOLDER_ID)].map((m) => ({
    id: m[1] ? `US${m[2]}` : m[3] ? `US${m[3]}` : m[4] ? `${m[4]}-${m[5]}` : `T${m[7]}`,
    start: base + m.index!,
    end: base + m.index! + m[0].length,
  }));
}

/** tasks.md defines the tasks, spec.md the rest. */
export function definingFile(id: string): string {
  return id.startsWith('T') ? 'tasks.md' : 'spec.md';
}

/** The document defining an id: the one at hand when it is that file at the folder's top, else read from the folder. */
export async function definingDocument(ws: Workspace, docAbs: string | undefined, model: PlanModel, id: string): Promise<{ model: PlanModel; abs: string } | undefined> {
  const file = definingFile(id);
  if (!docAbs) return undefined;
  const root = featureRoot(docAbs);
  if (path.dirname(path.resolve(docAbs)) === root && path.basename(docAbs) === file) return { model, abs: path.resolve(docAbs) };
  return readInFolder(ws, root, file);
}

/** Where a document defines an id: the story's heading, the task's id, the requirement's id. */
export function definitionSpan(model: PlanModel, id: string): { start: number; end: number } | undefined {
  if (id.startsWith('US')) return specDoc(model).stories.find((s) => s.number === Number(id.slice(2)))?.heading;
  if (id.startsWith('T')) return specTasks(model).find((t) => t.id === id)?.idSpan;
  return specDoc(model).ids.find((d) => d.id === id);
}

function definition(model: PlanModel, abs: string, file: string, id: string): FolderId['def'] {
  let at: number | undefined;
  if (id.startsWith('US')) at = specDoc(model).stories.find((s) => s.number === Number(id.slice(2)))?.heading.start;
  else if (id.startsWith('T')) at = specTasks(model).find((t) => t.id === id)?.start;
  else at = specDoc(model).ids.find((d) => d.id === id)?.start;
  if (at === undefined) return undefined;
  const line = model.lines.positionAt(at).line;
  return { abs, file, line, text: model.text.slice(model.lines.starts[line], model.lines.lineEnd(line)).trim() };
}
