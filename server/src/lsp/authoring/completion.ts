/** Completion in PR cards (extension types, building blocks, PR and contract ids), from core/authoring/complete.ts. */
import { CompletionItemKind, type CompletionList, type CompletionParams } from 'vscode-languageserver/node';
import { profileFor } from '../../core/plan/recognise';
import { resolveProfile } from '../../core/plan/profile';
import { planStructure } from '../../core/plan/structure';
import { authoringCompletions, mayComplete, type AuthoringItemKind } from '../../core/authoring/complete';
import type { ServerContext } from '../context';
import { isMarkdown, uriToPath } from '../convert';

/** Characters after which PR-card completion is offered, besides the citation completion's own. */
export const AUTHORING_TRIGGERS = [' ', '-'];

export async function authoringCompletion(ctx: ServerContext, p: CompletionParams): Promise<CompletionList | null> {
  const doc = ctx.documents.get(p.textDocument.uri);
  if (!doc || !isMarkdown(doc.uri, doc.languageId)) return null;
  const line = doc.getText({ start: { line: p.position.line, character: 0 }, end: p.position });
  if (!mayComplete(line)) return null;
  const folder = await ctx.folderForUri(doc.uri);
  const model = ctx.modelFor(doc);
  const abs = uriToPath(doc.uri);
  const profile = folder ? profileFor(model, folder.config, folder.root, abs ?? undefined) : resolveProfile(undefined).profile;
  const items = authoringCompletions(model, planStructure(model, profile), doc.offsetAt(p.position));
  if (!items) return null;
  return {
    isIncomplete: false,
    items: items.map((it) => ({
      label: it.label,
      kind: KINDS[it.kind],
      detail: it.detail,
      sortText: it.sortText,
      filterText: it.newText,
      textEdit: { range: { start: doc.positionAt(it.start), end: doc.positionAt(it.end) }, newText: it.newText },
    })),
  };
}

const KINDS: Record<AuthoringItemKind, CompletionItemKind> = {
  'extension-type': CompletionItemKind.EnumMember,
  'building-block': CompletionItemKind.Module,
  pr: CompletionItemKind.Reference,
  contract: CompletionItemKind.Constant,
  invariant: CompletionItemKind.Constant,
};
