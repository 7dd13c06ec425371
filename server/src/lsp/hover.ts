/** Hover on a citation: where it points, the enclosing declaration and the cited code. */
import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver/node';
import type { RawCitation } from '../core/citations';
import { citationProblems, declarationHead, inspectCitation, snippet, type CitationInfo } from '../core/queries';
import { isMarkdown, lineUri } from './convert';
import type { ServerContext } from './context';
import { citationUnder } from './citationAt';

/** At most this many lines of code in one hover. */
const MAX_LINES = 40;
const CONTEXT = 2;

export async function hover(ctx: ServerContext, params: HoverParams): Promise<Hover | null> {
  const doc = ctx.documents.get(params.textDocument.uri);
  if (!doc || !isMarkdown(doc.uri, doc.languageId)) return null;
  const c = citationUnder(ctx, doc, params.position);
  if (!c) return null;
  const folder = await ctx.folderForUri(doc.uri);
  if (!folder) return null;
  const info = await inspectCitation(folder.ws, c);
  return {
    contents: { kind: MarkupKind.Markdown, value: renderCitation(c, info) },
    range: { start: doc.positionAt(c.start), end: doc.positionAt(c.end) },
  };
}

function fence(code: string, lang = ''): string {
  let ticks = '```';
  while (code.includes(ticks)) ticks += '`';
  return `${ticks}${lang}\n${code}\n${ticks}`;
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
