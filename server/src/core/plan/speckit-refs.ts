import * as path from 'node:path';
import type { PlanModel } from '../model';
import type { Position } from '../text';
import type { Workspace } from '../workspace';
import { hiddenSpans, inSpans } from './scan';
import { featureRoot, readInFolder } from './speckit-folder';
import { definingDocument, definitionSpan, folderIdMatches, specKitIdAt } from './speckit-ids';

/**
 * Find references for the ids of a spec-kit feature folder (US / `User Story N`, FR-###, SC-###,
 * T###): every place the folder's Markdown documents write the id, the definition marked. The
 * documents are the folder's `*.md` and those one folder down (`checklists/`, `contracts/`), read
 * through the workspace inside its fence, at most MAX_DOCS of them; code blocks and HTML comments
 * are not read, as the rules do not read them (the templates' guidance comments name stories).
 */

const MAX_DOCS = 200;

export interface IdOccurrence {
  abs: string;
  start: number;
  end: number;
  range: { start: Position; end: Position };
  /** The occurrence is where the folder defines the id. */
  definition: boolean;
}

export interface IdReferences {
  id: string;
  occurrences: IdOccurrence[];
}

/**
 * The references of the folder id at an offset of a spec-kit document. `open` gives the model of
 * a document the editor holds (its unsaved text wins over the file).
 */
export async function specKitReferences(
  ws: Workspace,
  docAbs: string,
  model: PlanModel,
  offset: number,
  open: (abs: string) => PlanModel | undefined = () => undefined,
): Promise<IdReferences | undefined> {
  const at = await specKitIdAt(ws, docAbs, model, offset);
  if (!at) return undefined;
  const self = path.resolve(docAbs);
  const defDoc = await definingDocument(ws, self, model, at.id);
  const root = featureRoot(self);
  const occurrences: IdOccurrence[] = [];
  for (const rel of await folderDocuments(ws, root)) {
    const abs = path.join(root, rel);
    const doc = abs === self ? model : (open(abs) ?? (await readInFolder(ws, root, rel))?.model);
    if (!doc) continue;
    const def = defDoc && defDoc.abs === abs ? definitionSpan(doc, at.id) : undefined;
    const hidden = hiddenSpans(doc);
    for (const m of folderIdMatches(doc.text)) {
      if (m.id !== at.id || inSpans(hidden, m.start)) continue;
      occurrences.push({
        abs,
        start: m.start,
        end: m.end,
        range: { start: doc.lines.positionAt(m.start), end: doc.lines.positionAt(m.end) },
        definition: !!def && def.start <= m.start && m.end <= def.end,
      });
    }
  }
  return { id: at.id, occurrences };
}

/** The folder's Markdown documents, root-relative and sorted: its own and one folder down. */
async function folderDocuments(ws: Workspace, root: string): Promise<string[]> {
  const out: string[] = [];
  const list = async (rel: string, depth: number): Promise<void> => {
    const dir = path.join(root, rel);
    try {
      if (!(await ws.isInside(await ws.fs.realpath(dir)))) return;
      const entries = (await ws.fs.readdir(dir)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const e of entries) {
        if (out.length >= MAX_DOCS) return;
        const child = rel ? `${rel}/${e.name}` : e.name;
        if (e.isFile() && /\.md$/i.test(e.name)) out.push(child);
        else if (e.isDirectory() && depth === 0 && !e.name.startsWith('.')) await list(child, 1);
      }
    } catch {
      // A folder that cannot be read adds nothing.
    }
  };
  await list('', 0);
  return out;
}
