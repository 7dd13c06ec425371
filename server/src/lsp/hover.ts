/** Hover on a citation: where it points, the enclosing declaration and the cited code. */
import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver/node';
import type { RawCitation } from '../core/citations';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { citationProblems, declarationHead, inspectCitation, planReferenceAt, projectIdAtOffset, snippet, specKitIdAt, type CitationInfo, type FolderId } from '../core/queries';
import type { ProjectId } from '../core/projectids';
import type { PlanModel } from '../core/model';
import type { Config } from '../core/config';
import { resolveProfile } from '../core/plan/profile';
import { planStructure } from '../core/plan/structure';
import { fence, isMarkdown, lineUri, uriToPath } from './convert';
import type { Feature, ServerContext } from './context';
import { citationUnder } from './citationAt';
import { driftOf, renderDrift } from './driftHover';

/** At most this many lines of code in one hover. */
const MAX_LINES = 40;
const CONTEXT = 2;

export async function hover(ctx: ServerContext, params: HoverParams): Promise<Hover | null> {
  const doc = ctx.documents.get(params.textDocument.uri);
  if (!doc || !isMarkdown(doc.uri, doc.languageId)) return null;
  const c = citationUnder(ctx, doc, params.position);
  const folder = await ctx.folderForUri(doc.uri);
  if (!folder) return null;
  if (!c) {
    const offset = doc.offsetAt(params.position);
    // In a spec-kit document, US / FR / SC / T ids are the feature folder's (spec.md, tasks.md).
    const result = ctx.cachedResult(doc);
    if (result?.profile?.kind.startsWith('spec-kit')) {
      const id = await specKitIdAt(folder.ws, uriToPath(doc.uri), result.model, offset);
      if (id) return folderIdHover(doc, id);
    }
    const local = planReferenceHover(ctx, doc, offset, folder.config);
    if (local?.resolved) return local.hover;
    // An id the plan does not define may be the project's (INV-n, R-n in its standards documents).
    const project = await projectIdAtOffset(folder.ws, folder.config.idSources, doc.getText(), offset);
    if (project?.def) return projectIdHover(doc, project as Required<typeof project>);
    return local?.hover ?? null;
  }
  const info = await inspectCitation(folder.ws, c, uriToPath(doc.uri));
  const drift = driftOf(ctx.cachedResult(doc), c);
  return {
    contents: { kind: MarkupKind.Markdown, value: (drift ? renderDrift(drift, folder.ws.root) + '\n\n---\n\n' : '') + renderCitation(c, info) },
    range: { start: doc.positionAt(c.start), end: doc.positionAt(c.end) },
  };
}

function lines(start: number, end: number): string {
  return start === end ? `line ${start}` : `lines ${start}-${end}`;
}

export function renderCitation(c: RawCitation, info: CitationInfo): string {
  const problems = citationProblems(c, info);
  const res = info.resolution;
  const out: string[] = [];
  if (res.kind !== 'ok') {
    out.push(`**macroplan**: broken citation \`${c.rawPath}\``, '', ...problems.map((p) => `- ${p}`));
    return out.join('\n');
  }
  const spec = info.ranges.map((r) => lines(r.start, r.end)).join(', ');
  out.push(`**${res.rel}** ${spec}${res.viaSuffix ? ` (found by suffix \`${c.path}\`)` : ''}`);
  if (problems.length) out.push('', ...problems.map((p) => `- ⚠ ${p}`));
  let budget = MAX_LINES;
  for (const r of info.ranges) {
    if (r.problem || !info.file || budget <= 0) continue;
    if (r.decl) out.push('', fence(declarationHead(info.file, r.decl), 'go'));
    const s = snippet(info.file, r.start, r.end, CONTEXT, budget);
    budget -= s.lines.length;
    const label = `${lines(r.start, r.end)}, with context from line ${s.firstLine}${s.truncated ? ` (cut at ${MAX_LINES} lines)` : ''}`;
    out.push('', label, fence(s.lines.join('\n'), 'go'));
  }
  const first = info.ranges.find((r) => !r.problem) ?? info.ranges[0];
  const target = first && !first.problem ? lineUri(res.abs, first.start, first.end) : lineUri(res.abs, 1);
  out.push('', `[Open ${res.rel}${first && !first.problem ? ':' + first.start : ''}](${target})`);
  return out.join('\n');
}

/**
 * Hover on BC-n / INV-n / PR n in a plan: its definition. Only from the last check's model
 * of this version (never parses on the hover path).
 */
function projectIdHover(doc: TextDocument, p: { id: string; start: number; end: number; def: ProjectId }): Hover {
  const text = p.def.text.length > 400 ? p.def.text.slice(0, 400) + '…' : p.def.text;
  const value = [`**${p.def.id}**, defined for the whole project in ${p.def.rel}:${p.def.line + 1}:`, '', '> ' + text, '', `[Open ${p.def.rel}:${p.def.line + 1}](${lineUri(p.def.abs, p.def.line + 1)})`].join('\n');
  return { contents: { kind: MarkupKind.Markdown, value }, range: { start: doc.positionAt(p.start), end: doc.positionAt(p.end) } };
}

function folderIdHover(doc: TextDocument, p: FolderId): Hover {
  const range = { start: doc.positionAt(p.start), end: doc.positionAt(p.end) };
  if (!p.def) return { contents: { kind: MarkupKind.Markdown, value: `**${p.id}** is not defined in this feature's ${p.id.startsWith('T') ? 'tasks.md' : 'spec.md'}.` }, range };
  const text = p.def.text.length > 400 ? p.def.text.slice(0, 400) + '…' : p.def.text;
  const value = [`**${p.id}**, defined in ${p.def.file}:${p.def.line + 1}:`, '', '> ' + text, '', `[Open ${p.def.file}:${p.def.line + 1}](${lineUri(p.def.abs, p.def.line + 1)})`].join('\n');
  return { contents: { kind: MarkupKind.Markdown, value }, range };
}

/** `resolved`: the mention stands for a definition in this plan (or a PR). */
function planReferenceHover(ctx: ServerContext, doc: TextDocument, offset: number, config: Config): { hover: Hover; resolved: boolean } | null {
  const result = ctx.cachedResult(doc);
  if (!result?.isPlan || result.profile?.kind.startsWith('spec-kit')) return null;
  const model = result.model;
  const plan = planStructure(model, result.profile ?? resolveProfile(config.profile).profile);
  const ref = planReferenceAt(model, plan, offset);
  if (!ref) return null;
  const out: string[] = [];
  if (ref.kind === 'PR') {
    if (!ref.card) out.push(`**${ref.id}** is not defined in this plan.`);
    else {
      const card = ref.card;
      out.push(`**${card.id}**: ${card.title} (line ${card.heading.line + 1})`);
      const fields = [card.extensionType, card.buildingBlockChange].filter((f) => f && f.value);
      for (const f of fields) out.push(`- ${f!.name}: ${f!.value}`);
      if (card.dependsOn.length) out.push(`- Depends on: ${card.dependsOn.map((d) => `PR ${d.number}`).join(', ')}`);
    }
  } else if (ref.def) {
    const line = model.lines.positionAt(ref.def.start).line;
    out.push(`**${ref.id}**, defined at line ${line + 1}${ref.def.card ? ` in ${ref.def.card.id}` : ''}:`, '', '> ' + definitionText(model, line));
  } else {
    out.push(ref.external ? `**${ref.id}** is defined in another document.` : `**${ref.id}** is never defined in this plan.`);
  }
  const hover = { contents: { kind: MarkupKind.Markdown, value: out.join('\n') }, range: { start: doc.positionAt(ref.start), end: doc.positionAt(ref.end) } };
  return { hover, resolved: ref.kind === 'PR' || !!ref.def };
}

function definitionText(model: PlanModel, line: number): string {
  const text = model.lines.lineText(line).trim();
  return text.length > 400 ? text.slice(0, 400) + '…' : text;
}

export const hoverFeature: Feature = {
  capabilities: () => ({ hoverProvider: true }),
  register(c, ctx, guard) {
    c.onHover(guard('hover', (p: HoverParams) => hover(ctx, p)));
  },
};
