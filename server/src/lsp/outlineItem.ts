import type { SymbolKind } from 'vscode-languageserver/node';
import type { PlanModel } from '../core/model';

// Apart from symbols.ts so the contributors it assembles (authoringOutline.ts) need not import it back.
export interface OutlineItem {
  name: string;
  detail?: string;
  kind: SymbolKind;
  /** UTF-16 offsets: the whole extent of the item (a section runs to the next heading of its level). */
  start: number;
  end: number;
  /** The part to select and reveal, inside start..end (a heading's own line). */
  selectionStart: number;
  selectionEnd: number;
}

export type OutlineContributor = (model: PlanModel) => OutlineItem[];
