import { perModel } from './memo';
import type { Heading, PlanModel, Span, Table } from '../model';
import type { Profile } from './profile';
import type { PlanSection, PlanStructure } from './structure';
import { proseLines, type Line } from './scan';

/**
 * Building blocks of the concept model and their module contracts.
 *
 * A block is a title followed by contract fields (OBSERVES, CONTROLS, ... in the profile):
 *  - a bold line `**1. Scorer Pipeline** — orchestrates ...` or a list item `1. **Scorer Pipeline**`,
 *  - a heading `#### Scorer Pipeline`,
 *  - a list item `1. Scorer Pipeline — ...` whose nested items are fields,
 * with fields as list items (`- OBSERVES: ...`, `- **Observes:** ...`), paragraph lines
 * (`OBSERVES: ...`, also several `**OBSERVES:** a. **CONTROLS:** b.` on one line) or table rows
 * (`| OBSERVES | ... |`). A table whose header names three or more fields is one block per row.
 *
 * Where to look: the concept-model section's "Building Blocks" (or "Module Contracts",
 * "Components") subsection when it has one, where every title is a block; otherwise the whole
 * section, where a title needs at least two fields to count as a block (so that bold lead-ins of
 * the interaction model or the extension points are not taken for blocks).
 */

export interface ContractField {
  /** The profile's field name, e.g. `EXTENSION FRICTION`. */
  name: string;
  /** The label as written, e.g. `Friction`. */
  label: string;
  labelSpan: Span;
  /** The value: the rest of the label's line and its continuation lines up to the next field. */
  value: string;
  valueSpan: Span;
  /** The whole line (list / paragraph form) or row (table form); for table columns, the cell. */
  line: Span;
  form: 'list' | 'paragraph' | 'table-row' | 'table-column';
}

export interface BuildingBlock extends Span {
  /** The block's name: numbering, emphasis and a trailing parenthetical removed. */
  name: string;
  /** The title as written (markup stripped). */
  title: string;
  titleSpan: Span;
  titleForm: 'bold' | 'heading' | 'list-item' | 'table-row';
  fields: ContractField[];
  /** Profile contract fields the block lacks (or leaves empty, in a table), in profile order. */
  missing: string[];
  /** Fields present but with nothing after the label. */
  empty: string[];
}

export interface BlocksResult {
  section?: PlanSection;
  /** The subsection heading blocks were read under ("Building Blocks"), if any. */
  scopeHeading?: Heading;
  scope?: Span;
  blocks: BuildingBlock[];
}

/** `Building Blocks`, `1) Building Blocks (3-7 named components)`, `Module Contracts`, `Components`. */
const SCOPE_HEADING = /^\s*(?:\d{1,2}[.)]\s*)?(?:the\s+)?(?:building\s+blocks?|module\s+contracts?|components|blocks)\b/i;
/** The concept model's building blocks. Memoised per model and structure (planStructure gives one per profile). */
export const buildingBlocks: (model: PlanModel, plan: PlanStructure) => BlocksResult = perModel((model, plan: PlanStructure) => extract(model, plan));

/** A label reduced for comparison: lower case words, a plural `s` dropped. */
function key(label: string): string {
  return label
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean)
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w))
    .join(' ');
}

export interface FieldMatcher {
  /** The profile field a label stands for: the field itself or its last words (`Friction`). */
  field(label: string): string | undefined;
}

const matchers = new WeakMap<Profile, FieldMatcher>();

export function fieldMatcher(profile: Profile): FieldMatcher {
  let m = matchers.get(profile);
  if (m) return m;
  const keys = new Map<string, string>();
  for (const f of profile.contractFields) {
    const words = key(f).split(' ');
    // The full name wins over a suffix another field might share.
    keys.set(words.join(' '), f);
  }
  for (const f of profile.contractFields) {
    const words = key(f).split(' ');
    for (let i = 1; i < words.length; i++) {
      const suffix = words.slice(i).join(' ');
      if (!keys.has(suffix)) keys.set(suffix, f);
    }
  }
  m = { field: (label) => keys.get(key(label)) };
  matchers.set(profile, m);
  return m;
}

const LEAD = /^(\s*(?:>\s*)*(?:(?:[-*+]|\d{1,3}[.)])\s+)?)/;
/** `OBSERVES:`, `**OBSERVES:**`, `**Observes**:`, `| OBSERVES |`, `*Events* —`. */
const FIELD_AT_START = /^(\s*(?:>\s*)*(?:(?:[-*+]|\d{1,3}[.)])\s+)?)(\|\s*)?(\*\*|__|\*|_)?([A-Za-z][A-Za-z /-]{0,40}?)\s*(?::\s*(?:\*\*|__|\*|_)?|(?:\*\*|__|\*|_)\s*(?::|\||\u2014|\u2013|-\s)|(?:\||\u2014|\u2013|-\s))[ \t]*/;
/** A bold label inside a line: `... **CONTROLS:** b`. */
const FIELD_INLINE_BOLD = /(\*\*|__)([A-Za-z][A-Za-z /-]{1,40}?)\s*:\s*\1|(\*\*|__)([A-Za-z][A-Za-z /-]{1,40}?)\3\s*:/g;
/** An upper-case label inside a line: `... CONTROLS: b`. */
const FIELD_INLINE_UPPER = /(?:^|[\s.;(])([A-Z][A-Z /-]{2,40}?):/g;
/** A bold title at the start of a line, possibly as a list item: `**1. Name** — ...`, `2. **Name**`. */
const BOLD_TITLE = /^(\s{0,3}(?:(?:[-*+]|\d{1,3}[.)])\s+)?)(\*\*|__)(.+?)\2/;

interface FieldHit {
  name: string;
  label: string;
  labelStart: number;
  labelEnd: number;
  valueStart: number;
  form: ContractField['form'];
}

function fieldsOnLine(line: Line, fm: FieldMatcher): FieldHit[] {
  const out: FieldHit[] = [];
  const t = line.text;
  const m = FIELD_AT_START.exec(t);
  let from = 0;
  if (m) {
    const name = fm.field(m[4]);
    if (name) {
      const labelStart = m[1].length + (m[2]?.length ?? 0) + (m[3]?.length ?? 0);
      const form: FieldHit['form'] = m[2] ? 'table-row' : /[-*+]|\d[.)]/.test(m[1]) ? 'list' : 'paragraph';
      out.push({ name, label: m[4].trim(), labelStart: line.start + labelStart, labelEnd: line.start + labelStart + m[4].length, valueStart: line.start + m[0].length, form });
      from = m[0].length;
    }
  }
  const rest = t.slice(from);
  // Both patterns may find the same label: keep the first.
  const taken = new Set<number>();
  for (const re of [FIELD_INLINE_BOLD, FIELD_INLINE_UPPER]) {
    re.lastIndex = 0;
    let x: RegExpExecArray | null;
    while ((x = re.exec(rest))) {
      const label = x[2] ?? x[4] ?? x[1];
      const name = fm.field(label);
      if (!name) continue;
      const at = from + x.index + x[0].indexOf(label);
      if (taken.has(at)) continue;
      taken.add(at);
      out.push({ name, label: label.trim(), labelStart: line.start + at, labelEnd: line.start + at + label.length, valueStart: line.start + from + x.index + x[0].length, form: 'paragraph' });
    }
  }
  return out.sort((a, b) => a.labelStart - b.labelStart);
}

function strip(s: string): string {
  return s.replace(/\*\*|__|`/g, '').replace(/\s+/g, ' ').trim();
}

export function blockName(title: string): string {
  return strip(title)
    .replace(/^\d{1,3}[.)]\s*/, '')
    .replace(/^(?:(?:building\s+)?block|module|component)\s*\d*\s*[:\u2014\u2013-]\s*/i, '')
    .replace(/\s*[\u2014\u2013:]\s*$/, '')
    .replace(/\s*\([^)]*\)\s*$/, '')
    .trim();
}

interface TitleHit {
  start: number;
  end: number;
  title: string;
  form: BuildingBlock['titleForm'];
  /** Nesting of the title line (indent), to tell its fields from sibling items. */
  indent: number;
}

function extract(model: PlanModel, plan: PlanStructure): BlocksResult {
  const section = plan.byRole('concept-model');
  if (!section) return { blocks: [] };
  const fm = fieldMatcher(plan.profile);
  const inSection = model.headings.filter((h) => h.start > section.start && h.start < section.end);
  const scopeHeading = inSection.find((h) => SCOPE_HEADING.test(h.text));
  let scope: Span;
  if (scopeHeading) {
    const next = inSection.find((h) => h.start > scopeHeading.start && h.depth <= scopeHeading.depth);
    scope = { start: scopeHeading.end, end: next ? next.start : section.end };
  } else scope = { start: section.bodyStart, end: section.end };
  const strict = !!scopeHeading;

  // Tables naming three or more fields in their header: one block per row.
  const blocks: BuildingBlock[] = [];
  const fieldTables: Table[] = [];
  for (const t of model.tables) {
    if (t.start < scope.start || t.start >= scope.end) continue;
    const cols = t.header.map((c) => fm.field(strip(c.text)));
    if (cols.filter(Boolean).length < 3) continue;
    fieldTables.push(t);
    for (const row of t.rows) {
      const first = row[0];
      if (!first) continue;
      const fields: ContractField[] = [];
      const empty: string[] = [];
      cols.forEach((name, i) => {
        const cell = row[i];
        if (!name || !cell) return;
        if (!cell.text.trim()) {
          empty.push(name);
          return;
        }
        fields.push({ name, label: strip(t.header[i].text), labelSpan: { start: t.header[i].start, end: t.header[i].end }, value: cell.text, valueSpan: { start: cell.start, end: cell.end }, line: { start: cell.start, end: cell.end }, form: 'table-column' });
      });
      const have = new Set(fields.map((f) => f.name));
      blocks.push({
        start: row[0].start, end: row[row.length - 1].end,
        name: blockName(first.text), title: strip(first.text), titleSpan: trimCell(model.text, first), titleForm: 'table-row',
        fields, missing: plan.profile.contractFields.filter((f) => !have.has(f)), empty,
      });
    }
  }
  const inFieldTable = (o: number) => fieldTables.some((t) => t.start <= o && o < t.end);

  const lines = proseLines(model, scope.start, scope.end).filter((l) => !inFieldTable(l.start));
  const headingAt = new Map<number, Heading>();
  for (const h of inSection) if (h.start >= scope.start && h.start < scope.end) headingAt.set(model.lines.positionAt(h.start).line, h);

  // Pass 1: fields and titles per line.
  const hits: (FieldHit[] | undefined)[] = [];
  const titles: TitleHit[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const f = fieldsOnLine(l, fm);
    hits.push(f.length ? f : undefined);
    if (f.length && f[0].labelStart - l.start <= leadLength(l.text) + 2) continue; // a field line is no title
    const h = headingAt.get(l.line);
    if (h) {
      titles.push({ start: l.start, end: l.end, title: h.text, form: 'heading', indent: -1 });
      continue;
    }
    const b = BOLD_TITLE.exec(l.text);
    // A bold label (`**Responsibility:** ...`, `**Key milestones**:`) and a nested item are no titles.
    const isLabel = b && (/:\s*$/.test(b[3]) || /^\s*:/.test(l.text.slice(b[0].length)));
    if (b && !isLabel && indentOf(l.text) <= 1) {
      titles.push({ start: l.start, end: l.end, title: b[3], form: 'bold', indent: b[1].length });
      continue;
    }
    // `1. Scorer Pipeline — ...` whose next line is a more indented field.
    const lead = LEAD.exec(l.text)![1];
    if (/[-*+]|\d[.)]/.test(lead) && i + 1 < lines.length) {
      const next = lines[i + 1];
      const nf = fieldsOnLine(next, fm);
      if (nf.length && nf[0].form === 'list' && indentOf(next.text) > indentOf(l.text)) {
        titles.push({ start: l.start, end: l.end, title: l.text.slice(lead.length).split(/\s[\u2014\u2013-]\s|:\s/)[0], form: 'list-item', indent: indentOf(l.text) });
      }
    }
  }
  const fieldLineIdx = (o: number) => {
    // Lines are sorted by offset: the last line starting at or before o.
    let lo = 0;
    let hi = lines.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (lines[mid].start <= o) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && o <= lines[found].end ? found : -1;
  };

  // Pass 2: fields between a title and the next title belong to it.
  const pendingEmpty: number[] = [];
  for (let ti = 0; ti < titles.length; ti++) {
    const t = titles[ti];
    const end = ti + 1 < titles.length ? titles[ti + 1].start : scope.end;
    const fields: ContractField[] = [];
    const empty: string[] = [];
    // Fields on the title line itself (`**Name** — OBSERVES: ...`) count too.
    const firstLine = fieldLineIdx(t.start);
    const flat: { hit: FieldHit; lineIdx: number }[] = [];
    for (let li = firstLine; li < lines.length && lines[li].start < end; li++) {
      for (const hit of hits[li] ?? []) flat.push({ hit, lineIdx: li });
    }
    flat.forEach(({ hit, lineIdx }, k) => {
      const nextHit = flat[k + 1];
      const l = lines[lineIdx];
      // The value runs to the next field on this line, else to the next field line (or the block end).
      let valueEnd: number;
      if (nextHit && nextHit.lineIdx === lineIdx) valueEnd = nextHit.hit.labelStart;
      else {
        let lastLine = lineIdx;
        const stop = nextHit ? nextHit.lineIdx : lines.length;
        for (let li = lineIdx + 1; li < stop && lines[li].start < end; li++) {
          if (lines[li].text.trim()) lastLine = li;
        }
        valueEnd = lines[lastLine].end;
        if (lastLine === lineIdx) valueEnd = l.end;
      }
      if (hit.form === 'table-row') {
        const close = model.text.lastIndexOf('|', valueEnd);
        if (close > hit.valueStart) valueEnd = close;
      }
      const value = strip(model.text.slice(hit.valueStart, Math.max(hit.valueStart, valueEnd)).replace(/^\s*(?:\*\*|__)?\s*[:|]?/, ''));
      if (!value) empty.push(hit.name);
      fields.push({
        name: hit.name, label: hit.label,
        labelSpan: { start: hit.labelStart, end: hit.labelEnd },
        value, valueSpan: { start: hit.valueStart, end: Math.max(hit.valueStart, valueEnd) },
        line: { start: l.start, end: l.end }, form: hit.form,
      });
    });
    const distinct = new Set(fields.map((f) => f.name));
    if (!strict && distinct.size < 2) continue;
    if (strict && fields.length === 0) {
      // A title without any field is a block only when it looks like its siblings (same form, and
      // some sibling has a contract) and not like a remark: `**Why these blocks?**`, `**Note:**`.
      if (/[:?.!]\s*$/.test(strip(t.title))) continue;
      pendingEmpty.push(blocks.length);
    }
    let blockEnd = t.end;
    for (const f of fields) blockEnd = Math.max(blockEnd, f.valueSpan.end, f.line.end);
    blocks.push({
      start: t.start, end: blockEnd,
      name: blockName(t.title), title: strip(t.title), titleSpan: titleSpan(model, t), titleForm: t.form,
      fields, missing: plan.profile.contractFields.filter((f) => !distinct.has(f)), empty: [...new Set(empty)],
    });
  }
  const withFields = new Set(blocks.filter((b) => b.fields.length > 0).map((b) => b.titleForm));
  const drop = new Set(pendingEmpty.filter((i) => !withFields.has(blocks[i].titleForm) && withFields.size > 0));
  const kept = blocks.filter((_, i) => !drop.has(i));
  kept.sort((a, b) => a.start - b.start);
  return { section, scopeHeading, scope, blocks: kept };
}

function titleSpan(model: PlanModel, t: TitleHit): Span {
  const text = model.text.slice(t.start, t.end);
  const lead = t.form === 'heading' ? (/^\s*#{1,6}\s*/.exec(text)?.[0].length ?? 0) : LEAD.exec(text)![1].length;
  let end = t.end;
  if (t.form === 'bold') {
    const b = BOLD_TITLE.exec(text);
    if (b) end = t.start + b[0].length;
  }
  return { start: t.start + lead, end };
}

/** A table cell's content, without the pipes and blanks around it. */
function trimCell(text: string, cell: Span): Span {
  let start = cell.start;
  let end = cell.end;
  if (text[start] === '|') start++;
  while (start < end && /\s/.test(text[start])) start++;
  if (end > start && text[end - 1] === '|') end--;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

function indentOf(s: string): number {
  return /^\s*/.exec(s)![0].length;
}

function leadLength(s: string): number {
  return LEAD.exec(s)![1].length + (/^\s*(?:>\s*)*(?:(?:[-*+]|\d{1,3}[.)])\s+)?\|/.test(s) ? 1 : 0);
}

/** The field of a block holding an offset. */
export function blockAt(result: BlocksResult, offset: number): BuildingBlock | undefined {
  return result.blocks.find((b) => b.start <= offset && offset <= b.end);
}
