/** Find references: from a spec-kit folder id to its mentions across the folder, from a BC / INV / PR to its mentions in the plan. */
import type { Location, ReferenceParams } from 'vscode-languageserver/node';
import { planReferences, specKitReferences } from '../core/queries';
import { resolveProfile } from '../core/plan/profile';
import { planStructure } from '../core/plan/structure';
import { isMarkdown, pathToUri, uriToPath } from './convert';
import type { Feature, ServerContext } from './context';

export async function references(ctx: ServerContext, params: ReferenceParams): Promise<Location[] | null> {
  const doc = ctx.documents.get(params.textDocument.uri);
  if (!doc || !isMarkdown(doc.uri, doc.languageId)) return null;
  const folder = await ctx.folderForUri(doc.uri);
  const abs = uriToPath(doc.uri);
  const result = await ctx.ensureResult(doc);
  if (!folder || !abs || !result) return null;
  const offset = doc.offsetAt(params.position);
  const withDeclaration = params.context?.includeDeclaration !== false;
  if (result.profile?.kind.startsWith('spec-kit')) {
    // Another open document's text is what the user sees, saved or not.
    const open = (other: string) => {
      const d = ctx.documents.get(pathToUri(other));
      return d && isMarkdown(d.uri, d.languageId) ? ctx.modelFor(d) : undefined;
    };
    const refs = await specKitReferences(folder.ws, abs, result.model, offset, open);
    if (!refs) return null;
    return refs.occurrences.filter((o) => withDeclaration || !o.definition).map((o) => ({ uri: pathToUri(o.abs), range: o.range }));
  }
  if (!result.isPlan) return null;
  const plan = planStructure(result.model, result.profile ?? resolveProfile(folder.config.profile).profile);
  const refs = planReferences(result.model, plan, offset);
  if (!refs) return null;
  return refs.spans.filter((s) => withDeclaration || !s.definition).map((s) => ({ uri: doc.uri, range: { start: doc.positionAt(s.start), end: doc.positionAt(s.end) } }));
}

export const referencesFeature: Feature = {
  capabilities: () => ({ referencesProvider: true }),
  register(c, ctx, guard) {
    c.onReferences(guard('references', (p: ReferenceParams) => references(ctx, p)));
  },
};
