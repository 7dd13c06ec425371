/** `macroplan/checkFile`: the diagnostics of a Markdown file, open (its editor text) or on disk inside a workspace folder. */
import { ErrorCodes, ResponseError, type Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import { checkDocument } from '../core/engine';
import type { Feature, ServerContext } from './context';
import { isMarkdown, toLspDiagnostics, uriToPath } from './convert';
import { readPlanFile } from './planRead';
import { REQUESTS } from './protocol';

export async function checkFile(ctx: ServerContext, uri: string): Promise<LspDiagnostic[]> {
  if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'expected { uri: string }');
  const doc = ctx.documents.get(uri);
  if (doc && isMarkdown(doc.uri, doc.languageId)) {
    const result = await ctx.ensureResult(doc);
    if (result) {
      const folder = await ctx.folderForUri(doc.uri);
      if (folder) return toLspDiagnostics(result, doc.version, folder.ws.root);
    }
  }
  const abs = uriToPath(uri);
  if (!abs) throw new ResponseError(ErrorCodes.InvalidParams, `not a file URI: ${uri}`);
  // The innermost workspace folder holding it.
  const folder = ctx.workspaceFolders().filter((f) => f.contains(abs)).sort((a, b) => b.root.length - a.root.length)[0];
  if (!folder) throw new ResponseError(ErrorCodes.InvalidParams, `${abs} is outside the workspace folders`);
  await folder.ready;
  const text = await readPlanFile(folder, abs);
  const result = await checkDocument(folder.ws, text, { config: folder.config, path: abs, log: ctx.log });
  return toLspDiagnostics(result, -1, folder.ws.root);
}

export const checkFileFeature: Feature = {
  register(c, ctx, guard) {
    c.onRequest(REQUESTS.checkFile, guard('checkFile', (p: { uri: string }) => checkFile(ctx, p.uri)));
  },
};
