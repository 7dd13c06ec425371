import type { Root, RootContent } from 'mdast';
import { parseMarkdown } from './markdown';

/**
 * Parses a document as independent chunks, reusing the parse of every chunk whose text did not
 * change. A chunk starts at a column-0 ATX heading, or at a column-0 line after a blank line that
 * is not a list item: both close every block before them (a list, a quote, a paragraph, indented
 * code), so the merged tree equals a whole-document parse. Never inside fenced code, HTML comments
 * or raw <pre>/<script>/<style>/<textarea> blocks; and with link reference or footnote definitions,
 * which are document-wide, the whole document is parsed at once.
 */
export class ParseCache {
  /** The chunks of the latest version only: memory stays that of one version, however long the session. */
  private cache = new Map<string, ChunkEntry>();
  private readonly limit: number;
  /** The latest chunked version: its text and chunks, each with its text and entry. */
  private last?: { text: string; chunks: Chunk[] };

  constructor(limit = 2000) {
    this.limit = limit;
  }

  /**
   * The document's chunks, each with its own parse (positions counted from the chunk's start) and
   * where it sits; undefined when the document must be parsed whole (link reference or footnote
   * definitions) or is one chunk.
   */
  chunks(text: string): PlacedChunk[] | undefined {
    const split = this.split(text);
    if (!split) {
      this.last = undefined;
      return undefined;
    }
    // An edited chunk's old parse is dropped at once (an LRU of 2,000 chunks kept every stale
    // version of the chunk being typed in: memory grew with each keystroke up to that bound).
    const previous = this.cache;
    this.cache = new Map();
    const out: PlacedChunk[] = [];
    let line = 0;
    for (const c of split) {
      // A chunk the split carried over keeps its text and entry: no slice, no lookup by text.
      const t = c.text ?? text.slice(c.start, c.end);
      let entry = c.entry ?? this.cache.get(t) ?? previous.get(t);
      if (!entry) entry = { tree: parseMarkdown(t) };
      if (this.cache.size < this.limit) this.cache.set(t, entry);
      out.push({ entry, text: t, start: c.start, line });
      line += c.lines;
    }
    this.last = { text, chunks: out.map((c, i) => ({ start: c.start, end: c.start + c.text.length, lines: split[i].lines, text: c.text, entry: c.entry })) };
    return out;
  }

  /**
   * The chunks of a text: those of the previous version before and after the edit carried over
   * (moved by the edit's change of length), the text between them split again; undefined when the
   * text is parsed whole.
   */
  private split(text: string): Chunk[] | undefined {
    const last = this.last;
    if (!last) return wholeOrSplit(text);
    const old = last.chunks;
    const delta = text.length - last.text.length;
    // Old chunks wholly inside the text both versions begin with (before the edit), and wholly
    // inside the text both end with (after it, moved by delta).
    const before = commonPrefix(text, last.text);
    const after = commonSuffix(text, last.text, Math.min(text.length, last.text.length) - before);
    let k = 0;
    while (k < old.length && old[k].end <= before) k++;
    if (k === old.length && delta === 0) return old;
    let m = 0;
    while (m < old.length - k && old[old.length - 1 - m].start >= last.text.length - after) m++;
    // The last unchanged chunk before the edit is split again too: where it ends is decided by
    // the first line after it, which the edit may have changed. A chunk without a line break (the
    // last, when text was added after it) has its first line changed: the one before it too.
    let from = Math.max(0, k - 1);
    if (from > 0 && !/[\r\n]/.test(old[from].text!)) from--;
    const restart = old[from]?.start ?? 0;
    const firstSuffix = old.length - m;
    const stops = new Map<number, number>();
    for (let j = firstSuffix; j < old.length; j++) stops.set(old[j].start + delta, j);
    const again = splitFrom(text, restart, (pos) => stops.get(pos));
    // Link reference and footnote definitions are document-wide: the region split again holds
    // none, and the previous version (being chunked) held none anywhere.
    const regionEnd = again.resumeAt === undefined ? text.length : old[again.resumeAt].start + delta;
    if (REF_DEF.test(text.slice(restart, regionEnd))) return undefined;
    const chunks: Chunk[] = [...old.slice(0, from), ...again.chunks];
    if (again.resumeAt !== undefined) for (const c of old.slice(again.resumeAt)) chunks.push({ ...c, start: c.start + delta, end: c.end + delta });
    return chunks.length === 1 ? undefined : chunks;
  }

  parse(text: string): Root {
    const chunks = this.chunks(text);
    if (!chunks) return this.whole(text);
    return joinChunks(chunks, text);
  }

  /** A document parsed at once, reused while its text is unchanged. */
  private whole(text: string): Root {
    this.last = undefined;
    const entry = this.cache.get(text) ?? { tree: parseMarkdown(text) };
    this.cache = new Map([[text, entry]]);
    return entry.tree;
  }
}

/**
 * A chunk's parse, reused while the chunk's text is unchanged; a caller keeps what it derives from
 * the tree on the entry too (model.ts: the chunk's part of the model).
 */
export interface ChunkEntry {
  tree: Root;
  /** The top-level nodes moved to where the chunk last sat. */
  placed?: { start: number; line: number; children: RootContent[] };
}

export interface PlacedChunk {
  entry: ChunkEntry;
  text: string;
  /** Offset and 0-based line of the chunk's first character in the document. */
  start: number;
  line: number;
}

/** The document's tree: every chunk's top-level nodes at their places. */
export function joinChunks(chunks: PlacedChunk[], text: string): Root {
  const children: RootContent[] = [];
  for (const c of chunks) for (const child of placedChildren(c)) children.push(child);
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(text) } };
}

/** A chunk's top-level nodes at its place in the document (the last placement reused: chunks before an edit do not move). */
export function placedChildren(c: PlacedChunk): RootContent[] {
  const p = c.entry.placed;
  if (p && p.start === c.start && p.line === c.line) return p.children;
  const children = c.entry.tree.children.map((child) => shift(child, c.line, c.start));
  c.entry.placed = { start: c.start, line: c.line, children };
  return children;
}

const REF_DEF = /^ {0,3}\[[^\]\n]+\]:\s/m;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/**
 * Where an HTML block opened on this line ends, if it does not end on the line itself: raw
 * <pre>/<script>/<style>/<textarea>, comments, <?...?>, <!X...> and CDATA run to their end marker
 * across blank lines; any other line starting with a tag is taken (conservatively) to run to
 * the next blank line, as block-level HTML does. No chunk starts inside either.
 */
function htmlBlockEnd(l: string): RegExp | 'blank' | undefined {
  const open = /^ {0,3}<(?:(pre|script|style|textarea)(?=[\s>]|$)|(!--)|(\?)|(!\[CDATA\[)|(![A-Za-z])|([A-Za-z/]))/i.exec(l);
  if (!open) return undefined;
  const end = open[1] ? new RegExp(`</${open[1]}>`, 'i') : open[2] ? /-->/ : open[3] ? /\?>/ : open[4] ? /\]\]>/ : open[5] ? />/ : undefined;
  if (!end) return 'blank';
  // The end marker may close the block on its own opening line; a comment's may share the
  // opening's dashes (`<!-->` and `<!--->` are whole comments).
  const rest = l.slice(open.index + open[0].length - (open[2] ? 2 : 0));
  return end.test(rest) ? undefined : end;
}
const CONTAINERS = /^(?:[ \t]{0,3}(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?)+/;

/** The line without its leading block-quote and list markers (and the indentation before them). */
function stripContainers(l: string): string {
  const m = CONTAINERS.exec(l);
  return m ? l.slice(m[0].length) : l;
}

/** A line after a blank one that starts a new top-level block: column 0, not a list item. */
const BLOCK_START = /^(?![-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))[^ \t\uFEFF]/;

/** A block no chunk may start inside: a fence, or an HTML block with how it ends. */
type OpenBlock = { kind: 'fence'; marker: string; inContainer: boolean } | { kind: 'html'; end: RegExp | 'blank'; inContainer: boolean };

/** Matches nothing: a block that never ends. */
const NEVER = /(?!)/;

interface Chunk {
  start: number;
  end: number;
  lines: number;
  /** For a chunk carried over from the previous version: its text and parse. */
  text?: string;
  entry?: ChunkEntry;
}

/**
 * How many characters two texts begin with alike. Found by halving with whole-slice comparisons,
 * which the engine runs as a block compare: far faster on a long text than a loop over characters.
 */
export function commonPrefix(a: string, b: string): number {
  let lo = 0;
  let hi = Math.min(a.length, b.length);
  if (a.slice(0, hi) === b.slice(0, hi)) return hi;
  // a[0, lo) equals b[0, lo); a[0, hi) does not equal b[0, hi).
  while (hi - lo > 64) {
    const mid = (lo + hi) >>> 1;
    if (a.slice(lo, mid) === b.slice(lo, mid)) lo = mid;
    else hi = mid;
  }
  while (lo < hi && a.charCodeAt(lo) === b.charCodeAt(lo)) lo++;
  return lo;
}

/** How many characters two texts end with alike, at most `max`. */
export function commonSuffix(a: string, b: string, max: number): number {
  let lo = 0;
  let hi = max;
  if (a.slice(a.length - hi) === b.slice(b.length - hi)) return hi;
  while (hi - lo > 64) {
    const mid = (lo + hi) >>> 1;
    if (a.slice(a.length - mid, a.length - lo) === b.slice(b.length - mid, b.length - lo)) lo = mid;
    else hi = mid;
  }
  while (lo < hi && a.charCodeAt(a.length - 1 - lo) === b.charCodeAt(b.length - 1 - lo)) lo++;
  return lo;
}

/** The chunks of a whole text; undefined when it is parsed at once (one chunk, or definitions). */
function wholeOrSplit(text: string): Chunk[] | undefined {
  if (REF_DEF.test(text)) return undefined;
  const split = splitChunks(text);
  return split.length === 1 ? undefined : split;
}

export function splitChunks(text: string): Chunk[] {
  return splitFrom(text, 0).chunks;
}

/**
 * Splits the text from `from`, a chunk's start. Where a chunk starts at a place `stop` knows (a
 * chunk of the previous version whose text from there on is unchanged), splitting stops: from a
 * chunk's start on, the split depends on the text from there only, so the rest is as before.
 */
function splitFrom(text: string, from: number, stop?: (pos: number) => number | undefined): { chunks: Chunk[]; resumeAt?: number } {
  const chunks: Chunk[] = [];
  let start = from;
  let startLine = 0;
  let line = 0;
  let open: OpenBlock | undefined;
  let prevBlank = false;
  let pos = from;
  while (pos <= text.length) {
    // Lines end at \n, \r\n or a lone \r, as remark counts them.
    LINE_BREAK.lastIndex = pos;
    const br = LINE_BREAK.exec(text);
    const nl = br ? br.index : text.length;
    const l = text.slice(pos, nl);
    let fresh = !open;
    if (open) {
      const inner = open.inContainer ? stripContainers(l) : l;
      if (open.inContainer && /^[^ \t>]/.test(l)) {
        // A line at column 0 (not a quote) ends the list item holding the block; it may open
        // another block itself, but no chunk starts here (the item's end position depends on it).
        open = undefined;
        fresh = true;
      } else if (open.kind === 'fence') {
        const m = FENCE.exec(inner);
        if (m && m[1][0] === open.marker[0] && m[1].length >= open.marker.length && inner.trim() === m[1].trim()) open = undefined;
      } else if (open.end === 'blank' ? /^[ \t]*$/.test(inner) : open.end.test(l)) {
        // Raw HTML runs to its end marker, other HTML blocks to a blank line.
        open = undefined;
      } else if (open.kind === 'html' && open.end === 'blank') {
        // A line taken for an HTML block's start may be a paragraph (`<text ...>` is no tag), which a
        // fence or a comment would interrupt and run on past the blank line; or a real HTML block
        // holding the fence's line as text. Either may be true: no chunk starts after such a line.
        const inner2 = stripContainers(l);
        if (FENCE.test(inner2) || (htmlBlockEnd(inner2) ?? 'blank') !== 'blank') open = { kind: 'html', end: NEVER, inContainer: false };
      }
    } else if (pos > start && (/^#{1,6}(\s|$)/.test(l) || (prevBlank && BLOCK_START.test(l)))) {
      chunks.push({ start, end: pos, lines: line - startLine });
      const resumeAt = stop?.(pos);
      if (resumeAt !== undefined) return { chunks, resumeAt };
      start = pos;
      startLine = line;
    }
    if (fresh) {
      // Fences and HTML blocks opened inside a list item or quote count too: a chunk that ends
      // while one is open would close it at the chunk's end, not where the container ends.
      const inner = stripContainers(l);
      let m = FENCE.exec(inner);
      // A backtick fence's info string holds no backtick: "```go```" is inline code, not a fence.
      if (m && m[1][0] === '`' && inner.slice(m[0].length).includes('`')) m = null;
      const end = m ? undefined : htmlBlockEnd(inner);
      if (m) open = { kind: 'fence', marker: m[1], inContainer: inner !== l };
      else if (end) open = { kind: 'html', end, inContainer: inner !== l };
    }
    // Blank as Markdown sees it: spaces and tabs only (JS trim() would also drop U+FEFF, U+00A0).
    prevBlank = /^[ \t]*$/.test(l);
    line++;
    pos = br ? nl + br[0].length : text.length + 1;
  }
  chunks.push({ start, end: text.length, lines: line - startLine });
  return { chunks };
}

const LINE_BREAK = /\r\n?|\n/g;

function endPoint(text: string) {
  let lines = 1;
  let lastLineStart = 0;
  const re = new RegExp(LINE_BREAK.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines++;
    lastLineStart = m.index + m[0].length;
  }
  return { line: lines, column: text.length - lastLineStart + 1, offset: text.length };
}

/** A copy of a node with its positions moved by whole lines and an offset. */
function shift<T extends object>(node: T, dLine: number, dOffset: number): T {
  const out: Record<string, unknown> = { ...(node as Record<string, unknown>) };
  const pos = (node as { position?: { start: Point; end: Point } }).position;
  if (pos) out.position = { start: movePoint(pos.start, dLine, dOffset), end: movePoint(pos.end, dLine, dOffset) };
  const children = (node as { children?: object[] }).children;
  if (children) out.children = children.map((c) => shift(c, dLine, dOffset));
  return out as T;
}

interface Point {
  line: number;
  column: number;
  offset?: number;
}

function movePoint(p: Point, dLine: number, dOffset: number): Point {
  return { line: p.line + dLine, column: p.column, offset: (p.offset ?? 0) + dOffset };
}
