/**
 * The model of a document checked by chunks: each chunk's part (its headings, tables, citations
 * ...) is built once from the chunk alone, in the chunk's own offsets, and moved to where the chunk
 * sits. A chunk ends where every block ends (chunks.ts), so no part reads across chunks.
 */
import type { Span, PlanModel } from './model-types';

export type ModelPart = Pick<PlanModel, 'headings' | 'codeBlocks' | 'tables' | 'listItems' | 'inlineCodes' | 'links' | 'comments' | 'citations'>;

export const PART_KEYS = ['headings', 'codeBlocks', 'tables', 'listItems', 'inlineCodes', 'links', 'comments', 'citations'] as const;

/** A part moved by `d` characters and `dl` lines: copies, the part itself when it does not move. */
export function shiftPart(p: ModelPart, d: number, dl: number): ModelPart {
  if (d === 0 && dl === 0) return p;
  const s = <T extends Span>(x: T): T => ({ ...x, start: x.start + d, end: x.end + d });
  return {
    headings: p.headings.map((h) => ({ ...s(h), line: h.line + dl })),
    codeBlocks: p.codeBlocks.map((b) => ({ ...s(b), line: b.line + dl })),
    tables: p.tables.map((t) => ({ ...s(t), header: t.header.map(s), rows: t.rows.map((r) => r.map(s)) })),
    listItems: p.listItems.map((i) => ({ ...s(i), textSpan: s(i.textSpan) })),
    inlineCodes: p.inlineCodes.map(s),
    links: p.links.map(s),
    comments: p.comments.map(s),
    citations: p.citations.map((c) => ({
      ...s(c),
      pathStart: c.pathStart + d,
      pathEnd: c.pathEnd + d,
      ranges: c.ranges.map((r) => ({ ...r, specStart: r.specStart + d, specEnd: r.specEnd + d })),
      container: s(c.container),
      sentence: s(c.sentence),
    })),
  };
}
