/**
 * Completion: in PR cards (authoring/completion.ts) first, else inside citations: workspace `.go`
 * paths, then a file's declarations as line ranges.
 */
import {
  CompletionItemKind,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type CompletionParams,
} from 'vscode-languageserver/node';
import type { GoDecl } from '../core/gofile';
import { completionContextAt, declarationsOf, matchPaths } from '../core/queries';
import { isMarkdown, uriToPath } from './convert';
import type { Feature, ServerContext } from './context';
import { AUTHORING_TRIGGERS, authoringCompletion } from './authoring/completion';

/** Characters after which citation completion is offered. */
export const CITATION_TRIGGERS = ['/', ':', '.'];
const MAX_PATHS = 50;

export async function completion(ctx: ServerContext, params: CompletionParams): Promise<CompletionList | null> {
  const doc = ctx.documents.get(params.textDocument.uri);
  if (!doc || !isMarkdown(doc.uri, doc.languageId)) return null;
  const authored = await authoringCompletion(ctx, params);
  if (authored) return authored;
  const text = doc.getText();
  const offset = doc.offsetAt(params.position);
  const at = completionContextAt(text, offset);
  if (!at) return null;
  // Not inside a fenced code block or comment, when the model says so.
  const model = ctx.cachedModel(doc);
  if (model && [...model.codeBlocks, ...model.comments].some((b) => b.start < offset && offset < b.end)) return null;
  const folder = await ctx.folderForUri(doc.uri);
  if (!folder) return null;
  const range = { start: doc.positionAt(at.start), end: doc.positionAt(at.end) };

  if (at.kind === 'path') {
    const files = await folder.ws.goFiles();
    // In a link target the path is relative to the document's folder: match from the root, offer it as written there.
    const docAbs = uriToPath(doc.uri);
    const typed = at.link && at.typed ? folder.ws.citationTarget({ path: at.typed, link: true }, docAbs) : at.typed;
    const found = matchPaths(files.keys(), typed, MAX_PATHS).map((rel) => (at.link ? folder.ws.asCited({ path: at.typed, link: true }, rel, docAbs) : rel));
    const items: CompletionItem[] = found.map((rel, i) => ({
      label: rel,
      kind: CompletionItemKind.File,
      textEdit: { range, newText: rel },
      // The server ranks; the client should not filter our ranking away.
      filterText: at.typed + rel,
      sortText: String(i).padStart(4, '0'),
    }));
    return { isIncomplete: true, items };
  }

  const found = await declarationsOf(folder.ws, at, uriToPath(doc.uri));
  if (!found) return null;
  const items = found.decls.map((d, i): CompletionItem => {
    const spec = d.startLine === d.endLine ? `${d.startLine}` : at.form === 'hash' ? `${d.startLine}-L${d.endLine}` : `${d.startLine}-${d.endLine}`;
    const newText = at.prefix + spec;
    const label = declLabel(d);
    return {
      label,
      kind: declKind(d),
      detail: `${found.rel}:${d.startLine === d.endLine ? d.startLine : `${d.startLine}-${d.endLine}`}`,
      labelDetails: { description: spec },
      documentation: { kind: MarkupKind.Markdown, value: '```go\n' + d.signature + '\n```' },
      textEdit: { range, newText },
      filterText: `${newText} ${d.receiver ? d.receiver + '.' : ''}${d.name}`,
      sortText: String(i).padStart(5, '0'),
    };
  });
  return { isIncomplete: false, items };
}

export function declLabel(d: GoDecl): string {
  if (d.kind === 'method') return `method ${d.receiver ? d.receiver + '.' : ''}${d.name}`;
  return `${d.kind} ${d.name}`;
}

function declKind(d: GoDecl): CompletionItemKind {
  switch (d.kind) {
    case 'func':
      return CompletionItemKind.Function;
    case 'method':
      return CompletionItemKind.Method;
    case 'const':
      return CompletionItemKind.Constant;
    case 'var':
      return CompletionItemKind.Variable;
    case 'type':
      return d.typeKind === 'interface' ? CompletionItemKind.Interface : d.typeKind === 'struct' ? CompletionItemKind.Struct : CompletionItemKind.Class;
  }
}

export const completionFeature: Feature = {
  capabilities: () => ({ completionProvider: { triggerCharacters: [...CITATION_TRIGGERS, ...AUTHORING_TRIGGERS], resolveProvider: false } }),
  register(c, ctx, guard) {
    c.onCompletion(guard('completion', (p: CompletionParams) => completion(ctx, p)));
  },
};
