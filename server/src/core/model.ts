import type { Root, Nodes, Parent, PhrasingContent } from 'mdast';
import { parseMarkdown } from './markdown';
import { joinChunks, type ChunkEntry, type ParseCache } from './chunks';
import { PART_KEYS, shiftPart, type ModelPart } from './model-splice';
import { LineIndex } from './text';
import { inSpans } from './spans';
import { scanCitations, type RawCitation } from './citations';
import { callee, claimedIdentifiers } from './claims/span-names';

import type { Span, Heading, CodeBlock, TableCell, Table, ListItem, InlineCode, Link, Comment, Citation, PlanModel } from './model-types';
export type { Span, Heading, CodeBlock, TableCell, Table, ListItem, InlineCode, Link, Comment, Citation, PlanModel } from './model-types';

/** A paragraph, heading or table cell; a cell knows the other cells of its row. */
type Block = { span: Span; phrasing: PhrasingContent[]; row?: Block[] };

/**
 * The chunks a model was spliced from, each with its own model (in the chunk's offsets) and where
 * it sits: per-chunk readings (chunk-readings.ts) are kept on them. Only for a model whose chunks
 * stand for its text (no byte-order mark replaced).
 */
const chunksOf = new WeakMap<PlanModel, ModelChunk[]>();

export interface ModelChunk {
  /** The chunk's cache entry: what is kept on it lives as long as the chunk's text is unchanged. */
  entry: ChunkEntry & { part?: PlanModel; readings?: Map<object, unknown> };
  start: number;
  line: number;
}

export function modelChunks(model: PlanModel): readonly ModelChunk[] | undefined {
  return chunksOf.get(model);
}

/** Builds the model; with a cache, only the chunks of the text that changed are parsed and read again. */
export function buildModel(text: string, cache?: ParseCache): PlanModel {
  // The parser drops a leading byte-order mark and counts offsets without it; a space in its
  // place keeps every node's offsets equal to the text's (editors usually strip the mark, but
  // not every client does).
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const chunks = cache?.chunks(source);
  if (!chunks) return modelOf(text, cache ? cache.parse(source) : parseMarkdown(source));
  const model = { text, lines: new LineIndex(text), root: undefined, ...emptyPart() } as unknown as PlanModel;
  // The joined tree is built when first read (no rule reads it; a keystroke would otherwise copy
  // every node after the edit): enumerable and in its place, so the model reads and serialises as before.
  let root: Root | undefined;
  Object.defineProperty(model, 'root', { enumerable: true, configurable: true, get: () => (root ??= joinChunks(chunks, source)) });
  const placed: ModelChunk[] = [];
  for (const c of chunks) {
    const e = c.entry as ChunkEntry & { part?: PlanModel; placedPart?: { start: number; line: number; part: ModelPart } };
    // A chunk's text stands for its part, but for the first chunk of a text with a byte-order mark
    // (parsed with a space in its place): that one is read from the text itself.
    const own = c.start === 0 && source !== text ? modelOf(text.slice(0, c.text.length), e.tree) : undefined;
    let part: ModelPart;
    if (own) part = own;
    else if (e.placedPart && e.placedPart.start === c.start && e.placedPart.line === c.line) part = e.placedPart.part;
    else {
      part = shiftPart((e.part ??= modelOf(c.text, e.tree)), c.start, c.line);
      e.placedPart = { start: c.start, line: c.line, part };
    }
    for (const k of PART_KEYS) (model[k] as unknown[]).push(...part[k]);
    placed.push({ entry: e, start: c.start, line: c.line });
  }
  if (source === text) chunksOf.set(model, placed);
  return model;
}

function emptyPart(): ModelPart {
  return { headings: [], codeBlocks: [], tables: [], listItems: [], inlineCodes: [], links: [], comments: [], citations: [] };
}

/** The model of a text from its parse. */
function modelOf(text: string, root: Root): PlanModel {
  const model: PlanModel = { text, lines: new LineIndex(text), root, ...emptyPart() };
  const excluded: Span[] = [];
  const blocks: Block[] = [];
  walk(root, 0, model, excluded, blocks);
  excluded.sort((a, b) => a.start - b.start);
  const isExcluded = (offset: number) => inSpans(excluded, offset);
  const raw = scanCitations(text, 0, isExcluded);
  attachClaims(raw, blocks, model);
  return model;
}

function span(node: Nodes): Span {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}

export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

function walk(node: Nodes, listDepth: number, model: PlanModel, excluded: Span[], blocks: Block[]): void {
  switch (node.type) {
    case 'heading':
      model.headings.push({ ...span(node), depth: node.depth, text: plainText(node).trim(), line: node.position?.start.line ? node.position.start.line - 1 : 0 });
      blocks.push({ span: span(node), phrasing: node.children });
      break;
    case 'paragraph':
      blocks.push({ span: span(node), phrasing: node.children });
      break;
    case 'code': {
      const s = span(node);
      excluded.push(s);
      const fenced = /^\s{0,3}(`{3,}|~{3,})/.test(model.text.slice(s.start, s.start + 8));
      model.codeBlocks.push({ ...s, lang: node.lang ?? null, value: node.value, fenced, line: (node.position?.start.line ?? 1) - 1 });
      return;
    }
    case 'html': {
      const s = span(node);
      // Only HTML comments hide citations; other raw HTML is still prose to the author.
      const re = /<!--[\s\S]*?(?:-->|$)/g;
      let m: RegExpExecArray | null;
      while ((m = re.exec(node.value))) {
        const c = { start: s.start + m.index, end: s.start + m.index + m[0].length };
        excluded.push(c);
        model.comments.push({ ...c, value: m[0] });
        if (m[0].length === 0) break;
      }
      return;
    }
    case 'table': {
      const rows = node.children.map((row) => {
        const cells: Block[] = [];
        return row.children.map((cell) => {
          const block: Block = { span: span(cell), phrasing: cell.children, row: cells };
          cells.push(block);
          blocks.push(block);
          return { ...span(cell), text: plainText(cell).trim() };
        });
      });
      model.tables.push({ ...span(node), header: rows[0] ?? [], rows: rows.slice(1) });
      for (const row of node.children) for (const cell of row.children) collectInline(cell, model, excluded);
      return;
    }
    case 'list':
      for (const item of node.children) {
        const first = item.children[0];
        const textNode = first && first.type === 'paragraph' ? first : undefined;
        model.listItems.push({
          ...span(item),
          text: textNode ? plainText(textNode).trim() : '',
          textSpan: textNode ? span(textNode) : span(item),
          depth: listDepth,
          ordered: !!node.ordered,
        });
        for (const child of item.children) walk(child, listDepth + 1, model, excluded, blocks);
      }
      return;
    default:
      break;
  }
  if (node.type === 'heading' || node.type === 'paragraph') {
    collectInline(node, model, excluded);
    return;
  }
  if ('children' in node) for (const child of (node as Parent).children) walk(child as Nodes, listDepth, model, excluded, blocks);
}

function collectInline(node: Nodes, model: PlanModel, excluded: Span[]): void {
  if (node.type === 'inlineCode') model.inlineCodes.push({ ...span(node), value: node.value });
  else if (node.type === 'link') model.links.push({ ...span(node), url: node.url });
  else if (node.type === 'html') {
    const s = span(node);
    // An inline comment hides its citations just like a block one.
    if (node.value.startsWith('<!--')) {
      model.comments.push({ ...s, value: node.value });
      excluded.push(s);
    }
  }
  if ('children' in node) for (const child of (node as Parent).children) collectInline(child as Nodes, model, excluded);
}


/** A claim is a code span or bold text in the same sentence (and clause, when it holds several citations) as the citation. */
function attachClaims(raw: RawCitation[], blocks: Block[], model: PlanModel): void {
  if (raw.length === 0) return;
  blocks.sort((a, b) => a.span.start - b.span.start);
  const sentences = new Map<Block, Sentences>();
  let bi = 0;
  const placed: { c: RawCitation; block?: Block }[] = [];
  for (const c of raw) {
    while (bi < blocks.length && blocks[bi].span.end <= c.start) bi++;
    // Table cells sit inside no paragraph, list items hold paragraphs: the innermost block wins.
    let block: Block | undefined;
    for (let j = bi; j < blocks.length && blocks[j].span.start <= c.start; j++) {
      if (blocks[j].span.end >= c.end) block = blocks[j];
    }
    placed.push({ c, block });
    if (block && !sentences.has(block)) sentences.set(block, new Sentences(block, model.text));
    if (block) sentences.get(block)!.citations.push(c);
  }
  for (const { c, block } of placed) {
    const container = block?.span ?? { start: c.start, end: c.end };
    const s: ReturnType<Sentences['read']> = block ? sentences.get(block)!.read(c) : { claimed: [], quotes: [], sentence: container };
    // A cell holding only the citation (a File:Line column) cites what its row names in another
    // cell (`| rejectedRequests | cluster.go:32 |`); a cell with words of its own says what it cites.
    if (block?.row && s.claimed.length === 0 && !/[\p{L}\p{N}]/u.test(model.text.slice(block.span.start, c.start) + model.text.slice(c.end, block.span.end))) s.claimed = rowClaims(block, raw);
    model.citations.push({ ...c, ...s, container });
  }
}

/**
 * What the cells before a citation's cell in its table row name (the row's subject: `| Name |
 * File:Line | Notes |`), leaving out cells that hold a citation (their names are theirs). Cells
 * after it are notes about related code, often what is still to be written.
 */
function rowClaims(cell: Block, raw: RawCitation[]): string[] {
  const out = new Set<string>();
  for (const other of cell.row!) {
    if (other === cell) break;
    const i = firstAtLeast(raw, (c) => c.start, other.span.start);
    if (i < raw.length && raw[i].start < other.span.end) continue;
    const visit = (nodes: PhrasingContent[]) => {
      for (const n of nodes) {
        if (n.type === 'inlineCode') for (const id of claimedIdentifiers(n.value, 'code', false)) out.add(id);
        else if (n.type === 'strong') for (const id of claimedIdentifiers(plainText(n), 'strong', false)) out.add(id);
        else if ('children' in n) visit(n.children as PhrasingContent[]);
      }
    };
    visit(other.phrasing);
  }
  return [...out];
}

interface Piece {
  start: number;
  end: number;
  /** `quote`: a phrase in double quotes in the text. */
  kind: 'code' | 'strong' | 'quote';
  value: string;
  /** What the piece claims for a citation it does not hold; computed on first use. */
  claims?: string[];
  /** The index of its clause in the block; computed on first use. */
  clause?: number;
}

/**
 * The code spans, bold text and sentence ends of one block, computed once however many
 * citations the block holds, so a block with n citations costs O(n log n), not O(n^2).
 */
class Sentences {
  private readonly pieces: Piece[] = [];
  /** Offsets just after a sentence-ending `.`, `!`, `?` or `;` followed by whitespace. */
  private readonly ends: number[] = [];
  /** Offsets where a clause starts: after a comma or a dash, at `and`, `or`, `but`, `while`, `whereas`. */
  private readonly breaks: number[] = [];
  /** Offsets of `, so`, `, therefore`, `so that` ...: what follows is a consequence, not the cited code. */
  private readonly consequences: number[] = [];
  /** The citations of the block, in document order. */
  readonly citations: RawCitation[] = [];
  private citationClauses?: number[];

  constructor(private readonly block: Block, private readonly text: string) {
    const visit = (nodes: PhrasingContent[]) => {
      for (const n of nodes) {
        const s = span(n);
        if (n.type === 'inlineCode') this.pieces.push({ ...s, kind: 'code', value: n.value });
        else if (n.type === 'strong') this.pieces.push({ ...s, kind: 'strong', value: plainText(n) });
        else if (n.type === 'text') {
          const re = /[.!?;](?=\s)/g;
          const raw = text.slice(s.start, s.end);
          let m: RegExpExecArray | null;
          while ((m = re.exec(raw))) this.ends.push(s.start + m.index + 1);
          QUOTED.lastIndex = 0;
          while ((m = QUOTED.exec(raw))) {
            const q = (m[1] ?? m[2]).trim();
            if (q.length >= 8 && /\S\s+\S/.test(q)) this.pieces.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, kind: 'quote', value: q });
          }
          const br = /[,\u2014\u2013](?=\s)|\s-\s|\b(?:and|or|but|while|whereas)\b/g;
          while ((m = br.exec(raw))) this.breaks.push(s.start + m.index);
          CONSEQUENCE.lastIndex = 0;
          while ((m = CONSEQUENCE.exec(raw))) this.consequences.push(s.start + m.index);
        } else if ('children' in n) visit(n.children as PhrasingContent[]);
      }
    };
    visit(block.phrasing);
  }

  /**
   * Identifiers named in the citation's own code span and in the code spans and bold text of
   * its sentence, and the code and phrases it quotes. At most MAX_NEIGHBOURS pieces on each side
   * are read: a "sentence" with thousands of code spans is not prose, and reading all of it for
   * each citation is quadratic.
   */
  read(c: RawCitation): { claimed: string[]; quotes: string[]; sentence: Span; sentenceClaimed?: string[]; unborn?: string[] } {
    // The sentence: from the last end at or before the citation to the first end at or after it.
    const e = firstAtLeast(this.ends, (x) => x, c.end);
    const to = e < this.ends.length ? this.ends[e] : this.block.span.end;
    const b = firstAtLeast(this.ends, (x) => x, c.start + 1) - 1;
    const from = b >= 0 && this.ends[b] > this.block.span.start ? this.ends[b] : this.block.span.start;
    const at = firstAtLeast(this.pieces, (p) => p.end, c.start + 1);
    const others = this.hasOthers(c, from, to);
    const out = new Set<string>();
    const all = others && this.sharesClause(c) ? new Set<string>() : undefined;
    const quotes: string[] = [];
    const unborn = new Set<string>();
    const lo = Math.max(0, at - MAX_NEIGHBOURS);
    const hi = Math.min(this.pieces.length, at + MAX_NEIGHBOURS + 1);
    for (let i = lo; i < hi; i++) {
      const p = this.pieces[i];
      if (p.end <= from || p.start >= to) continue;
      const own = p.start <= c.start && p.end >= c.end;
      const another = !own && others && this.ownerOf(p) !== c;
      if (p.kind === 'quote') {
        if (!another) quotes.push(p.value);
        continue;
      }
      const skip = another || (!own && this.consequenceBetween(p, c));
      if (skip && !all) continue;
      const ids = own ? claimedIdentifiers(p.value, p.kind, true) : (p.claims ??= claimedIdentifiers(p.value, p.kind, false));
      if (ids.length && this.notYet(p, from, to)) {
        if (!skip) for (const id of ids) unborn.add(id);
        continue;
      }
      if (all) for (const id of ids) all.add(id);
      if (skip) continue;
      for (const id of ids) out.add(id);
      if (!own && p.kind === 'code' && (ids.length === 0 || callee(p.value) !== undefined) && isQuotedCode(p.value)) quotes.push(p.value);
    }
    for (const id of out) unborn.delete(id);
    return { claimed: [...out], quotes, sentence: { start: from, end: to }, ...(all ? { sentenceClaimed: [...all] } : {}), ...(unborn.size ? { unborn: [...unborn] } : {}) };
  }

  /**
   * Whether the sentence says the piece's name does not exist yet: "`x` does not exist yet", "`x`
   * (new)", "`x` will be added", before it "will add", "a new (field)". Only the words next to
   * the piece, within its sentence, are read.
   */
  private notYet(p: Piece, from: number, to: number): boolean {
    const after = this.text.slice(p.end, Math.min(to, p.end + 80));
    if (NOT_YET_AFTER.test(after)) return true;
    const before = this.text.slice(Math.max(from, p.start - 40), p.start);
    return NOT_YET_BEFORE.test(before);
  }

  /**
   * Whether a consequence starts between the citation and a piece after it: in "(`a.go:15`), so
   * tests call `CutPrefix`" the name is what follows from the cited code, not a name in it. Names
   * before the citation stay: a citation closing a sentence cites all of it.
   */
  private consequenceBetween(p: Piece, c: RawCitation): boolean {
    if (p.start < c.end) return false;
    const i = firstAtLeast(this.consequences, (x) => x, c.end);
    return i < this.consequences.length && this.consequences[i] < p.start;
  }

  /**
   * Whether another citation stands in the clause of `c`, or next to it in a list
   * ("(heap.go:53, heap.go:73)"): then which name is whose is a guess.
   */
  private sharesClause(c: RawCitation): boolean {
    const i = firstAtLeast(this.citations, (x) => x.start, c.start);
    const clauses = this.clausesOfCitations();
    const near = (j: number) => j >= 0 && j < this.citations.length && (clauses[j] === clauses[i] || CITATION_LIST_GAP.test(this.text.slice(Math.min(this.citations[i].end, this.citations[j].end), Math.max(this.citations[i].start, this.citations[j].start))));
    return near(i - 1) || near(i + 1);
  }

  private clausesOfCitations(): number[] {
    return (this.citationClauses ??= this.citations.map((c) => this.clauseOf(c.start)));
  }

  /** Whether the sentence [from, to) holds a citation besides `c`. */
  private hasOthers(c: RawCitation, from: number, to: number): boolean {
    const i = firstAtLeast(this.citations, (x) => x.start, from);
    const j = firstAtLeast(this.citations, (x) => x.start, to);
    return j - i > 1 || (j - i === 1 && this.citations[i] !== c);
  }

  /**
   * Which citation of its sentence a piece speaks of: the only one in its clause, else the
   * nearest one in its clause; none when its clause holds none (a name between two citations'
   * clauses is claimed by neither). Clauses are contiguous, so each question is two binary searches.
   */
  private ownerOf(p: Piece): RawCitation | undefined {
    const clauses = this.clausesOfCitations();
    const k = (p.clause ??= this.clauseOf(p.start));
    const a = firstAtLeast(clauses, (x) => x, k);
    const b = firstAtLeast(clauses, (x) => x, k + 1);
    if (a === b) return undefined;
    if (b - a === 1) return this.citations[a];
    // The nearest: the last citation starting before the piece, or the first one after it.
    const i = Math.min(Math.max(firstAtLeast(this.citations, (c) => c.start, p.start), a), b - 1);
    const after = this.citations[i];
    const before = i > a ? this.citations[i - 1] : undefined;
    const gap = (c: RawCitation) => (c.start >= p.end ? c.start - p.end : p.start >= c.end ? p.start - c.end : 0);
    return before && gap(before) <= gap(after) ? before : after;
  }

  /** The index of the clause holding an offset (clauses are counted across the whole block). */
  private clauseOf(offset: number): number {
    return firstAtLeast(this.breaks, (x) => x, offset + 1);
  }
}

const MAX_NEIGHBOURS = 64;

/** After a name: up to three words, then "does not exist (yet)", "is not yet", "is new", "will be added"; or "(new)". */
const NOT_YET_AFTER = /^[\s*_)]*(?:\((?:new|not yet \w+|to be (?:added|written|created))\)|(?:[^\s.;,!?]+\s+){0,3}?(?:(?:(?:does|do|did)\s+not|doesn't|don't|didn't)\s+(?:yet\s+)?exist|(?:is|are)\s+(?:not\s+yet|new)\b|(?:will|must|needs?\s+to|is\s+to|are\s+to)\s+be\s+(?:added|introduced|created|declared|defined|written)\b))/iu;

/** Before a name: "will add", "to add", "a new", "new field", "will introduce", right up to it. */
const NOT_YET_BEFORE = /\b(?:new|(?:will|to)\s+(?:add|introduce|create)(?:\s+an?)?(?:\s+new)?)\s+(?:(?:field|method|function|func|type|variable|var|const|constant|struct|interface|flag|option|parameter|helper)\s+)?[*_]*$/iu;

/** What stands between two citations of one list: punctuation, spaces, perhaps `and`. */
const CITATION_LIST_GAP = /^[\s,;`()[\]]*(?:and[\s`(]+)?$/;

/** Where a clause of consequence starts: after a comma (`, so`, `, therefore`, `, which means`), or at `so that`. */
const CONSEQUENCE = /,\s+(?:so|therefore|thus|hence|which means)\b|\bso that\b/gi;

/** A phrase in straight or curly double quotes, two words at least, on one line. */
const QUOTED = /"([^"\n]{3,200}\s[^"\n]{1,200}?)"|\u201c([^\u201d\n]{3,200}\s[^\u201d\n]{1,200}?)\u201d/g;

/** A code span that copies code rather than naming it: long enough, with a space or an operator, and no citation. */
function isQuotedCode(v: string): boolean {
  const t = v.trim();
  return t.length >= 6 && /[\s()=!<>+*\/-]/.test(t) && !/\.(?:go|[cm]?js|jsx|[cm]?ts|tsx|py|rs|sh|bash)(?:[:#]|$)/.test(t);
}

/** Index of the first element whose key is >= value, in an array sorted by that key. */
function firstAtLeast<T>(xs: T[], key: (x: T) => number, value: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(xs[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
