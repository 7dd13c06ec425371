import type { PlanModel, Span } from '../model';
import { inSpans } from '../spans';

// Offsets in sorted spans, below the model (which asks them too): re-exported for the plan readers.
export { inSpans, spanAt } from '../spans';

/**
 * Line-level helpers shared by the plan extractors (PR cards, DAG, contract ids). Everything here is
 * linear in the text it is given and memoised per model where it builds an index.
 */

export interface Line {
  /** 0-based line number. */
  line: number;
  start: number;
  end: number;
  text: string;
}

const hiddenCache = new WeakMap<PlanModel, Span[]>();

/** Code blocks and HTML comments, sorted: text the extractors do not read as prose. */
export function hiddenSpans(model: PlanModel): Span[] {
  let s = hiddenCache.get(model);
  if (!s) {
    s = [...model.codeBlocks, ...model.comments].map((b) => ({ start: b.start, end: b.end })).sort((a, b) => a.start - b.start);
    hiddenCache.set(model, s);
  }
  return s;
}

/** The prose lines between two offsets (lines starting inside a code block or comment are skipped). */
export function proseLines(model: PlanModel, from: number, to: number): Line[] {
  const hidden = hiddenSpans(model);
  const out: Line[] = [];
  const first = model.lines.positionAt(from).line;
  for (let l = first; l < model.lines.lineCount; l++) {
    const start = model.lines.starts[l];
    if (start >= to) break;
    if (inSpans(hidden, start) || inSpans(hidden, Math.max(start, from))) continue;
    const end = model.lines.lineEnd(l);
    out.push({ line: l, start, end, text: model.text.slice(start, end) });
  }
  return out;
}

/**
 * The prose lines of the whole text holding a match of `needle` (a global regex matching no line
 * break): `proseLines(model, 0, text.length)` filtered by it, without slicing the other lines.
 * An extractor that skips lines without its marker reads only these on each keystroke.
 */
export function proseLinesHolding(model: PlanModel, needle: RegExp): Line[] {
  const hidden = hiddenSpans(model);
  const out: Line[] = [];
  const text = model.text;
  needle.lastIndex = 0;
  for (let m = needle.exec(text); m; m = needle.exec(text)) {
    const l = model.lines.positionAt(m.index).line;
    const start = model.lines.starts[l];
    const end = model.lines.lineEnd(l);
    // The rest of the line holds nothing more to find.
    needle.lastIndex = Math.max(end, m.index + 1);
    if (m.index + m[0].length > end || inSpans(hidden, start)) continue;
    out.push({ line: l, start, end, text: text.slice(start, end) });
  }
  return out;
}

/** A thematic break (`---`, `***`, `___`, spaced or not): a divider, never prose. */
export const THEMATIC_BREAK = /^\s*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/** A reference to a PR by number: `PR 3`, `PR3`, `PR-3`. */
export const PR_REF = /\bPR[ \t]?-?[ \t]?(\d{1,4})(?![\d.]*\d)(?!-\d)/g;

export interface PrRef extends Span {
  number: number;
}

/** PR references in a piece of text, with offsets shifted by `base`. */
export function prRefs(text: string, base = 0): PrRef[] {
  const out: PrRef[] = [];
  PR_REF.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PR_REF.exec(text))) out.push({ start: base + m.index, end: base + m.index + m[0].length, number: Number(m[1]) });
  return out;
}

/** `BC-3`, `BC-17-1` (a PR-qualified contract), `INV-2`. */
export const ID_RE = /\b(BC|INV)-(\d{1,4}(?:[-.]\d{1,4})?)\b/g;

export interface IdMatch extends Span {
  kind: 'BC' | 'INV';
  /** The id as written, upper case: `BC-3`, `BC-17-1`. */
  id: string;
}

export function idMatches(text: string, base = 0): IdMatch[] {
  const out: IdMatch[] = [];
  ID_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ID_RE.exec(text))) out.push({ start: base + m.index, end: base + m.index + m[0].length, kind: m[1] as 'BC' | 'INV', id: `${m[1]}-${m[2]}` });
  return out;
}

/**
 * An id introduced at the start of a line: a list item `- BC-1: ...`, `- **BC-1** (name): ...`,
 * a table row `| INV-2 | ... |`, a heading `#### INV-2 — ...` or a paragraph `**BC-3**: ...`.
 * A range (`BC-1 through BC-25`) or a list (`BC-1, BC-2`) introduces nothing.
 */
const DEF_RE = /^\s*(?:>\s*)*(?:(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?|#{1,6}\s+|\|\s*)?(?:\*\*|__|`|\*|_)?(BC|INV)-(\d{1,4}(?:[-.]\d{1,4})?)\b(?:\*\*|__|`|\*|_)?(?:\s*\([^)]*\))?(?:\*\*|__)?\s*(:|\u2014|\u2013|\s-\s|\|)/;

export function idDefinitionAt(line: string): { kind: 'BC' | 'INV'; id: string; col: number; len: number } | undefined {
  const m = DEF_RE.exec(line);
  if (!m) return undefined;
  const id = `${m[1]}-${m[2]}`;
  const col = line.indexOf(id, 0);
  // `| BC-1 | ... |` is a definition only as the first cell of a row.
  if (m[3] === '|' && !/^\s*\|/.test(line)) return undefined;
  return { kind: m[1] as 'BC' | 'INV', id, col, len: id.length };
}

const STOP = new Set(['this', 'pr', 'is', 'it', 'the', 'a', 'an', 'of', 'introduces', 'does', 'that', 'be', 'its', 'for', 'and', 'per']);

/** A field label reduced to a comparison key: lower case words, parentheses, stop words and plural `s` dropped. */
export function labelKey(label: string): string {
  return label
    .replace(/\([^)]*\)/g, ' ')
    .toLowerCase()
    .replace(/behaviour/g, 'behavior')
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !STOP.has(w))
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w))
    .join(' ');
}

/** A bold label at the start of a line: `- **Extension Type:** value`, `**Title**: value`. */
const BOLD_LABEL = /^(\s*(?:>\s*)?(?:(?:[-*+]|\d{1,3}[.)])\s+)?)(\*\*|__)([^*_\n]{1,80}?)\s*(:?)\s*\2\s*(:?)[ \t]*/;
/** A plain label: `- Extension Type: value`; only taken when the label is a known field. */
const PLAIN_LABEL = /^(\s*(?:>\s*)?(?:(?:[-*+]|\d{1,3}[.)])\s+)?)([A-Z][A-Za-z /&'()-]{1,60}?):[ \t]+/;

export interface LabelAt {
  label: string;
  /** Offsets in the line. */
  labelStart: number;
  labelEnd: number;
  valueStart: number;
  /** The line's indentation and bullet, to write sibling fields in the same style. */
  lead: string;
  bold: boolean;
}

export function labelAt(line: string, known?: (label: string) => boolean): LabelAt | undefined {
  let m = BOLD_LABEL.exec(line);
  if (m && (m[4] || m[5])) {
    const labelStart = m[1].length + m[2].length;
    return { label: m[3].trim(), labelStart, labelEnd: labelStart + m[3].length, valueStart: m[0].length, lead: m[1], bold: true };
  }
  m = PLAIN_LABEL.exec(line);
  if (m && known?.(m[2])) {
    const labelStart = m[1].length;
    return { label: m[2].trim(), labelStart, labelEnd: labelStart + m[2].length, valueStart: m[0].length, lead: m[1], bold: false };
  }
  return undefined;
}

/** Words that hold the place of text still to be written. */
const PLACEHOLDER_WORDS = String.raw`(?:todo|tbd|tba|tbc|fixme|xxx|wip|placeholder|fill(?:[ -]?(?:in|me))?(?: later)?|to be (?:written|done|filled(?: in)?|added|decided|determined|defined|completed|confirmed)|coming soon|\.\.\.|\u2026)`;
const PLACEHOLDER_ONLY = new RegExp(String.raw`^(?:${PLACEHOLDER_WORDS}|<\s*${PLACEHOLDER_WORDS}\s*>|\[\s*${PLACEHOLDER_WORDS}\s*\]|\(\s*${PLACEHOLDER_WORDS}\s*\)|\{\s*${PLACEHOLDER_WORDS}\s*\})[.!]?$`, 'i');
/** `TODO: write the risks`, `TBD - after the spike`, `TODO(alice)`: a note standing in for the text. */
const PLACEHOLDER_NOTE = /^(?:todo|tbd|fixme)\b\s*(?:[:(\-\u2013\u2014]|$)/i;
/** Tag names of the HTML a plan may hold: `<details>` is markup, `<Name>` a placeholder. */
export const HTML_TAGS = new Set(['br', 'hr', 'p', 'b', 'i', 'u', 'em', 'strong', 'sub', 'sup', 'details', 'summary', 'div', 'span', 'img', 'a', 'code', 'pre', 'kbd', 'table', 'tr', 'td', 'th', 'ul', 'ol', 'li', 'small', 'mark', 'del', 'ins', 'abbr', 'center', 'picture', 'source']);

/** A template placeholder left in: `<extension type>`, `<one of: ...>` (not an autolink, a closing or an HTML tag). */
function anglePlaceholder(t: string): boolean {
  const m = /^<([^<>\n]{1,80})>$/.exec(t);
  if (!m || /^(?:\/|[a-z][\w+.-]*:)/i.test(m[1])) return false;
  const tag = /^([a-z][a-z0-9]*)(?:\s|\/|$)/i.exec(m[1]);
  return !(tag && HTML_TAGS.has(tag[1].toLowerCase()));
}

/**
 * Whether a short text (a field's value, a line of a section, markup stripped) only holds the place
 * of text still to be written: `TODO`, `TBD`, `<TBD>`, `...`, `(to be written)`, `[fill in]`,
 * `TODO: describe the risks`, a template's `<extension type>`. `None`, `N/A` are answers, not placeholders.
 */
export function isPlaceholder(text: string): boolean {
  const t = plain(text).trim();
  if (!t) return false;
  return PLACEHOLDER_ONLY.test(t) || PLACEHOLDER_NOTE.test(t) || anglePlaceholder(t);
}

/** Strips Markdown emphasis and code markers from a short value. */
export function plain(s: string): string {
  return s.replace(/\*\*|__|`/g, '').replace(/(^|\s)[*_](\S)/g, '$1$2').replace(/(\S)[*_](?=\s|$|[.,;:])/g, '$1').trim();
}

/** Offset of a table cell's content (after the pipe and the blanks). */
export function cellContentStart(text: string, cell: Span): number {
  let i = cell.start;
  if (text[i] === '|') i++;
  while (i < cell.end && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

/** Offset just after a table cell's content (before the blanks and the closing pipe). */
export function cellContentEnd(text: string, cell: Span): number {
  let i = cell.end;
  if (text[i - 1] === '|') i--;
  while (i > cell.start && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i;
}
