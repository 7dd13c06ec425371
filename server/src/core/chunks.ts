import type { Root, RootContent } from 'mdast';
import { parseMarkdown } from './markdown';

/**
 * Parses a document as independent chunks split before each column-0 ATX heading, reusing the
 * parse of every chunk whose text did not change. An ATX heading always closes the blocks before
 * it, so the merged tree equals a whole-document parse, except inside fenced code and HTML comments
 * (never split there) and with link reference definitions, which are document-wide (then the
 * whole document is parsed at once).
 */
export class ParseCache {
  /** The chunk parses of the latest version only: memory stays that of one version, however long the session. */
  private cache = new Map<string, Root>();
  private readonly limit: number;

  constructor(limit = 2000) {
    this.limit = limit;
  }

  parse(text: string): Root {
    if (REF_DEF.test(text)) return parseMarkdown(text);
    // An edited chunk's old parse is dropped at once (an LRU of 2,000 chunks kept every stale
    // version of the chunk being typed in: memory grew with each keystroke up to that bound).
    const previous = this.cache;
    this.cache = new Map();
    const chunk = (t: string): Root => {
      const tree = this.cache.get(t) ?? previous.get(t) ?? parseMarkdown(t);
      if (this.cache.size < this.limit) this.cache.set(t, tree);
      return tree;
    };
    const chunks = splitChunks(text);
    if (chunks.length === 1) return chunk(text);
    const children: RootContent[] = [];
    let line = 0;
    for (const c of chunks) {
      const tree = chunk(text.slice(c.start, c.end));
      for (const child of tree.children) children.push(shift(child, line, c.start));
      line += c.lines;
    }
    const end = endPoint(text);
    return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
  }
}

const REF_DEF = /^ {0,3}\[[^\]\n]+\]:\s/m;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

interface Chunk {
  start: number;
  end: number;
  lines: number;
}

export function splitChunks(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  let startLine = 0;
  let line = 0;
  let fence: string | undefined;
  let inComment = false;
  let pos = 0;
  while (pos <= text.length) {
    // Lines end at \n, \r\n or a lone \r, as remark counts them.
    LINE_BREAK.lastIndex = pos;
    const br = LINE_BREAK.exec(text);
    const nl = br ? br.index : text.length;
    const l = text.slice(pos, nl);
    if (fence) {
      const m = FENCE.exec(l);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && l.trim() === m[1].trim()) fence = undefined;
    } else if (inComment) {
      if (l.includes('-->')) inComment = false;
    } else {
      const m = FENCE.exec(l);
      if (m) fence = m[1];
      else if (/^ {0,3}<!--/.test(l) && !l.includes('-->')) inComment = true;
      else if (/^#{1,6}(\s|$)/.test(l) && pos > start) {
        chunks.push({ start, end: pos, lines: line - startLine });
        start = pos;
        startLine = line;
      }
    }
    line++;
    pos = br ? nl + br[0].length : text.length + 1;
  }
  chunks.push({ start, end: text.length, lines: line - startLine });
  return chunks;
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
