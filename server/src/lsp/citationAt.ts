import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver/node';
import type { RawCitation } from '../core/citations';
import { citationAt, citationsOnLine } from '../core/queries';
import type { ServerContext } from './context';

/**
 * The citation under the cursor. Uses the model of the current version when it is built;
 * otherwise scans only the cursor's line, so a request never waits for a full parse.
 */
export function citationUnder(ctx: ServerContext, doc: TextDocument, pos: Position): RawCitation | undefined {
  const offset = doc.offsetAt(pos);
  const model = ctx.cachedModel(doc);
  if (model) return citationAt(model.citations, offset);
  const lineStart = doc.offsetAt({ line: pos.line, character: 0 });
  const lineEnd = doc.offsetAt({ line: pos.line + 1, character: 0 });
  return citationAt(citationsOnLine(doc.getText(), lineStart, lineEnd), offset);
}
