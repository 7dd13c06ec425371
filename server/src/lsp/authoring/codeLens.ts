/** The "cited by N plans" code lens over Go declarations; the client's command shows the citing lines. */
import type { CodeLens, CodeLensParams, Connection, Location } from 'vscode-languageserver/node';
import { citedByTitle } from '../../core/authoring/citedby';
import type { Feature, ServerContext } from '../context';
import { isGo, isMarkdown, uriToPath } from '../convert';
import { SHOW_CITING_LINES } from '../protocol';
import type { CitedBy } from './citedBy';

export async function codeLenses(ctx: ServerContext, citedBy: CitedBy, p: CodeLensParams): Promise<CodeLens[] | null> {
  const uri = p.textDocument.uri;
  const doc = ctx.documents.get(uri);
  if (!isGo(uri, doc?.languageId)) return null;
  const abs = uriToPath(uri);
  const folder = await ctx.folderForUri(uri);
  if (!abs || !folder) return null;
  await citedBy.refresh(folder);
  await citedBy.indexOpen();
  const loaded = await folder.ws.load(abs);
  if (loaded.kind !== 'ok') return null;
  const lenses: CodeLens[] = [];
  for (const d of loaded.file.decls) {
    const cites = citedBy.index.citing(abs, d.startLine, d.endLine);
    if (!cites.length) continue;
    const position = { line: d.startLine - 1, character: 0 };
    const locations: Location[] = cites.map((c) => ({ uri: c.planUri, range: { start: { line: c.line, character: c.character }, end: { line: c.endLine, character: c.endCharacter } } }));
    lenses.push({
      range: { start: position, end: position },
      command: { title: citedByTitle(cites), command: SHOW_CITING_LINES, arguments: [uri, position, locations] },
    });
  }
  return lenses;
}

/** Asks the client to redraw its code lenses (when it can be asked). */
export function lensRefresher(connection: Connection, supported: () => boolean): () => void {
  return () => {
    if (supported()) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  };
}

export function codeLensFeature(citedBy: CitedBy): Feature {
  let refreshSupport = false;
  return {
    capabilities(client) {
      refreshSupport = !!client.workspace?.codeLens?.refreshSupport;
      return { codeLensProvider: { resolveProvider: false } };
    },
    register(c, ctx, guard) {
      const refresh = lensRefresher(c, () => refreshSupport);
      // Code lenses in Go editors count the open plans: ask the client to refresh them (debounced) as plans change.
      let timer: NodeJS.Timeout | undefined;
      ctx.onDocumentChanged((doc) => {
        if (!refreshSupport || !isMarkdown(doc.uri, doc.languageId)) return;
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => {
          timer = undefined;
          refresh();
        }, 1000);
      });
      c.onCodeLens(guard('codeLens', (p: CodeLensParams) => codeLenses(ctx, citedBy, p)));
    },
  };
}
