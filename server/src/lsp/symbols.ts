/**
 * The outline (document symbols) of a Markdown document.
 *
 * Built from independent contributors: each turns the plan model into flat outline items with
 * a range, and `nest` places every item under the smallest item whose range holds it. To add
 * plan sections, building blocks or PRs, write a contributor and add it to `CONTRIBUTORS`
 * (items of a contributor listed earlier win a tie on equal ranges, so they become parents).
 */
import {
  SymbolKind,
  type DocumentSymbol,
  type DocumentSymbolParams,
  type SymbolInformation,
} from 'vscode-languageserver/node';
import type { PlanModel } from '../core/model';
import { isMarkdown, toRange } from './convert';
import type { Feature, ServerContext } from './context';
import { withPlanItems } from './authoringOutline';
import type { OutlineContributor, OutlineItem } from './outlineItem';

export type { OutlineContributor, OutlineItem } from './outlineItem';

/** Headings: a section extends to the next heading of the same or a higher level. */
export const headingItems: OutlineContributor = (model) => {
  const hs = model.headings;
  return hs.map((h, i) => {
    let end = model.text.length;
    for (let j = i + 1; j < hs.length; j++) {
      if (hs[j].depth <= h.depth) {
        end = hs[j].start;
        break;
      }
    }
    // Trim the line break before the next heading, so the range ends on the section's text.
    while (end > h.end && /\s/.test(model.text[end - 1])) end--;
    return { name: h.text || '(empty heading)', kind: h.depth <= 2 ? SymbolKind.Namespace : SymbolKind.Module, start: h.start, end: Math.max(end, h.end), selectionStart: h.start, selectionEnd: h.end };
  });
};

/** Citations, as references under the section they appear in. */
export const citationItems: OutlineContributor = (model) =>
  model.citations.map((c) => ({
    name: model.text.slice(c.start, c.end),
    detail: c.claimed.length ? c.claimed.join(', ') : undefined,
    kind: SymbolKind.File,
    start: c.start,
    end: c.end,
    selectionStart: c.start,
    selectionEnd: c.end,
  }));

export const CONTRIBUTORS: OutlineContributor[] = [headingItems, citationItems];

interface Node {
  item: OutlineItem;
  order: number;
  children: Node[];
}

/** Nests items by range containment: each goes under the smallest item that holds it. */
export function nest(items: OutlineItem[]): Node[] {
  const nodes = items.map((item, order) => ({ item, order, children: [] as Node[] }));
  // Parents first: earlier start, then longer extent, then earlier contributor.
  nodes.sort((a, b) => a.item.start - b.item.start || b.item.end - a.item.end || a.order - b.order);
  const roots: Node[] = [];
  const stack: Node[] = [];
  for (const n of nodes) {
    while (stack.length && !(stack[stack.length - 1].item.start <= n.item.start && n.item.end <= stack[stack.length - 1].item.end)) stack.pop();
    if (stack.length) stack[stack.length - 1].children.push(n);
    else roots.push(n);
    stack.push(n);
  }
  return roots;
}

export function buildOutline(model: PlanModel, contributors: OutlineContributor[] = CONTRIBUTORS): DocumentSymbol[] {
  const items = withPlanItems(model, contributors.flatMap((c) => c(model)));
  const toSymbol = (n: Node): DocumentSymbol => ({
    name: n.item.name,
    detail: n.item.detail,
    kind: n.item.kind,
    range: toRange(model.lines, n.item.start, n.item.end),
    selectionRange: toRange(model.lines, n.item.selectionStart, n.item.selectionEnd),
    children: n.children.map(toSymbol),
  });
  return nest(items).map(toSymbol);
}

function flatten(uri: string, symbols: DocumentSymbol[], container?: string, out: SymbolInformation[] = []): SymbolInformation[] {
  for (const s of symbols) {
    out.push({ name: s.name, kind: s.kind, location: { uri, range: s.range }, containerName: container });
    flatten(uri, s.children ?? [], s.name, out);
  }
  return out;
}

export function documentSymbols(ctx: ServerContext, params: DocumentSymbolParams): DocumentSymbol[] | SymbolInformation[] | null {
  const doc = ctx.documents.get(params.textDocument.uri);
  if (!doc || !isMarkdown(doc.uri, doc.languageId)) return null;
  const outline = buildOutline(ctx.modelFor(doc));
  return ctx.clientSupports.hierarchicalSymbols ? outline : flatten(doc.uri, outline);
}

export const documentSymbolFeature: Feature = {
  capabilities: () => ({ documentSymbolProvider: { label: 'Macro Plan' } }),
  register(c, ctx, guard) {
    c.onDocumentSymbol(guard('documentSymbol', (p: DocumentSymbolParams) => documentSymbols(ctx, p)));
  },
};
