import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';

type SyntaxExtension = ReturnType<typeof gfm>;
type TreeExtension = ReturnType<typeof gfmFromMarkdown>[number];
type Construct = { name?: string };

/**
 * The GFM constructs, grouped by the text each needs before it can match. A construct that
 * cannot match leaves the tree as it was, yet micromark still tries it: the email autolink at the
 * start of every word, the table at every line. Most chunks of a plan hold no `@`, `|` or `~`, and
 * parsing them without those constructs is half the work (test/unit/markdown-parse.test.ts
 * compares every parse with the full GFM one).
 */
export const GFM_PARTS = {
  table: 1,
  strikethrough: 2,
  footnote: 4,
  task: 8,
  email: 16,
  www: 32,
  protocol: 64,
  /** mdast-util-gfm's autolink transform, which also reads text decoded from escapes and references. */
  autolinkTree: 128,
} as const;
const PARTS = GFM_PARTS;
const ALL = 255;

/** Which part each GFM construct belongs to, by the construct's name. */
const PART_OF: Record<string, number> = {
  table: PARTS.table,
  strikethrough: PARTS.strikethrough,
  gfmFootnoteDefinition: PARTS.footnote,
  gfmFootnoteCall: PARTS.footnote,
  gfmPotentialFootnoteCall: PARTS.footnote,
  tasklistCheck: PARTS.task,
  emailAutolink: PARTS.email,
  wwwAutolink: PARTS.www,
  protocolAutolink: PARTS.protocol,
};

/** What micromark would need for each construct to match, found in the text (a superset is fine). */
export function gfmPartsNeeded(text: string): number {
  let parts = 0;
  // A delimiter row is a table's only sign besides a pipe: a `:` next to a `-` (`a\n:-:` is a table).
  if (text.includes('|') || text.includes(':-') || text.includes('-:')) parts |= PARTS.table;
  if (text.includes('~')) parts |= PARTS.strikethrough;
  if (text.includes('[^')) parts |= PARTS.footnote;
  if (text.includes('[')) parts |= PARTS.task;
  if (text.includes('@')) parts |= PARTS.email;
  if (WWW.test(text)) parts |= PARTS.www;
  if (PROTOCOL.test(text)) parts |= PARTS.protocol;
  // The tree transform reads text nodes: `ww\w.` or `a&#64;b.c` decode to what it links.
  if (parts & (PARTS.email | PARTS.www | PARTS.protocol) || text.includes('&') || text.includes('\\')) parts |= PARTS.autolinkTree;
  return parts;
}

const WWW = /www\./i;
const PROTOCOL = /https?:/i;

export interface ParseOptions {
  extensions: SyntaxExtension[];
  mdastExtensions: TreeExtension[];
}

const full = gfm({});
const fullTree = gfmFromMarkdown();
const byParts = new Map<number, ParseOptions>();

/** fromMarkdown's options with only the given parts of GFM; built once per set of parts. */
export function gfmOptions(parts: number): ParseOptions {
  let options = byParts.get(parts);
  if (!options) {
    options = parts === ALL
      ? { extensions: [full], mdastExtensions: fullTree }
      : { extensions: [syntaxWith(parts)], mdastExtensions: fullTree.filter((e) => parts & PARTS.autolinkTree || !isAutolinkTree(e)) };
    byParts.set(parts, options);
  }
  return options;
}

/**
 * The full extension with the constructs of the other parts taken out, order kept. A construct
 * of no known part (a later micromark-extension-gfm) always stays.
 */
function syntaxWith(parts: number): SyntaxExtension {
  const keep = (c: Construct) => c.name === undefined || !(c.name in PART_OF) || (PART_OF[c.name] & parts) !== 0;
  const out: Record<string, Record<string, unknown>> = {};
  for (const [field, map] of Object.entries(full as Record<string, Record<string, unknown>>)) {
    const kept: Record<string, unknown> = {};
    for (const [code, value] of Object.entries(map)) {
      if (field === 'attentionMarkers') {
        // `~` takes part in emphasis' flanking only with strikethrough.
        const markers = (value as number[]).filter((m) => m !== 126 || parts & PARTS.strikethrough);
        if (markers.length) kept[code] = markers;
        continue;
      }
      const list = (Array.isArray(value) ? value : [value]) as Construct[];
      const left = list.filter(keep);
      if (left.length) kept[code] = left;
    }
    if (Object.keys(kept).length) out[field] = kept;
  }
  return out as SyntaxExtension;
}

function isAutolinkTree(e: TreeExtension): boolean {
  return e.enter != null && 'literalAutolink' in e.enter;
}

/** The constructs' names in micromark-extension-gfm, for the test that every one has its part. */
export function gfmConstructNames(): string[] {
  const names = new Set<string>();
  for (const [field, map] of Object.entries(full as Record<string, Record<string, unknown>>)) {
    if (field === 'attentionMarkers') continue;
    for (const value of Object.values(map)) for (const c of (Array.isArray(value) ? value : [value]) as Construct[]) names.add(c.name ?? '');
  }
  return [...names];
}

export const GFM_PART_OF = PART_OF;
