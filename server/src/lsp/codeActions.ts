/** Quick fixes (the fixes the engine attached to its diagnostics) and "Fix all citations in this file". */
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { chooseFixes } from '../core/fixes';
import { isCitationRule } from '../core/queries';
import { SOURCE, isMarkdown, toRange, type DiagnosticData, type LspFix } from './convert';
import type { Feature, ServerContext } from './context';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.macroplan`;

function workspaceEdit(ctx: ServerContext, uri: string, version: number, edits: LspTextEdit[]): WorkspaceEdit {
  if (ctx.clientSupports.documentChanges) return { documentChanges: [{ textDocument: { uri, version }, edits }] };
  return { changes: { [uri]: edits } };
}

function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(k + '.'));
}

export async function codeActions(ctx: ServerContext, params: CodeActionParams): Promise<CodeAction[] | null> {
  const doc = ctx.documents.get(params.textDocument.uri);
  if (!doc || !isMarkdown(doc.uri, doc.languageId)) return null;
  const version = doc.version;
  const only = params.context.only;
  const actions: CodeAction[] = [];

  if (wants(only, CodeActionKind.QuickFix)) {
    for (const d of params.context.diagnostics) {
      if (d.source !== SOURCE) continue;
      const data = d.data as DiagnosticData | undefined;
      // Fix ranges belong to the version they were computed for; a newer check brings new ones.
      if (!data || !Array.isArray(data.suggestions) || data.version !== version) continue;
      const offer = (fix: LspFix, preferred: boolean) => actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        // Only the fix is preferred: editors apply preferred quick fixes unasked (Auto Fix), and
        // a suggestion is the author's choice.
        isPreferred: preferred,
        edit: workspaceEdit(ctx, doc.uri, version, fix.edits),
      });
      if (data.fix) offer(data.fix, true);
      for (const s of data.suggestions) offer(s, false);
    }
  }

  if (wants(only, FIX_ALL_KIND)) {
    const result = await ctx.ensureResult(doc);
    if (result && doc.version === version) {
      const { edits, applied } = chooseFixes(result.diagnostics.filter((d) => isCitationRule(d.rule)));
      if (applied > 0) {
        const lspEdits = edits.map((e) => ({ range: toRange(result.model.lines, e.start, e.end), newText: e.newText }));
        actions.push({
          title: `Fix all citations in this file (${applied})`,
          kind: FIX_ALL_KIND,
          edit: workspaceEdit(ctx, doc.uri, version, lspEdits),
        });
      }
    }
  }
  return actions;
}

export const codeActionFeature: Feature = {
  capabilities: () => ({ codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] } }),
  register(c, ctx, guard) {
    c.onCodeAction(guard('codeAction', (p: CodeActionParams) => codeActions(ctx, p)));
  },
};
