import { perModel } from './memo';
import type { CodeBlock, Heading, PlanModel, Span } from '../model';
import type { SuperpowersSpec } from './profile';
import { escapeRegExp as escapeRe } from '../text';
import { inSpans, spanAt } from '../spans';
import { isAscii, linesHolding, matchesOf } from '../chunk-readings';

/**
 * A superpowers plan as the writing-plans skill lays it out: a header (title, the line for agentic
 * workers, bold Goal / Architecture / Tech Stack), then `### Task N: ...` headings, each with a
 * **Files:** list (Create / Modify / Test) and checkbox steps `- [ ] **Step N: ...**` holding code
 * blocks and `Run:` / `Expected:` lines. Read line by line outside code blocks: the skill's own
 * example of the format sits inside a fence and is no plan.
 */
export interface SuperpowersPlan {
  header: SpHeader;
  tasks: SpTask[];
}

export interface SpHeader {
  /** The first `#` heading before the tasks. */
  title?: Heading;
  agentic?: Span;
  fields: SpField[];
  /** Where the header ends: the first task, or the end of the text. */
  end: number;
}

export interface SpField extends Span {
  name: string;
  /** What follows the label on its line (or the next line when the label stands alone). */
  value: string;
}

export interface SpFile extends Span {
  kind: string;
  /** The path without its line range. */
  path: string;
  /** `123-145` when written as `path:123-145`. */
  range?: string;
}

export interface SpRun extends Span {
  command: string;
  /** The `Expected:` line that answers it, if any. */
  expected?: Span;
}

export interface SpStep extends Span {
  number: number;
  title: string;
  /** The step's own line. */
  head: Span;
  /** `' '` unticked, `'x'` ticked, undefined when the step is no checkbox. */
  checkbox?: ' ' | 'x';
  codeBlocks: CodeBlock[];
  runs: SpRun[];
  /** `Expected:` lines of the step. */
  expected: Span[];
}

export interface SpTask extends Span {
  number: number;
  title: string;
  heading: Heading;
  /** The `**Files:**` label, when the task has one. */
  filesLabel?: Span;
  /** Words under (or after) the label that name no file: "No code changes expected", "None". */
  filesNote: boolean;
  files: SpFile[];
  steps: SpStep[];
  /** Some step is ticked: what the task creates may already exist. */
  started: boolean;
}

export const superpowersPlan: (model: PlanModel, spec: SuperpowersSpec) => SuperpowersPlan = perModel((model, spec: SuperpowersSpec) => read(model, spec));

export interface Line extends Span {
  text: string;
}

function read(model: PlanModel, spec: SuperpowersSpec): SuperpowersPlan {
  let all: Line[] | undefined;
  const lines = () => (all ??= proseLines(model));
  const taskRe = new RegExp(`^${escapeRe(spec.taskWord)}\\s+(\\d+)\\s*[:.)\\u2013\\u2014-]?\\s*(.*)$`, 'i');
  const taskHeadings = model.headings.filter((h) => h.depth >= 2 && h.depth <= 4 && taskRe.test(h.text));
  const headerEnd = taskHeadings[0]?.start ?? model.text.length;
  const tasks: SpTask[] = [];
  taskHeadings.forEach((h) => {
    const m = taskRe.exec(h.text)!;
    const next = model.headings.find((o) => o.start > h.start && o.depth <= h.depth);
    const end = next ? next.start : model.text.length;
    tasks.push(readTask(model, spec, lines().filter((l) => l.start > h.start && l.start < end), h, Number(m[1]), m[2].trim(), end));
  });
  // Without tasks the header is the whole document: read only the lines a search lands on.
  const header = readHeaderBySearch(model, spec, headerEnd) ?? readHeader(model, spec, lines().filter((l) => l.start < headerEnd), headerEnd);
  return { header, tasks };
}

/** The document's lines outside code blocks (and outside HTML comments). */
function proseLines(model: PlanModel): Line[] {
  const hidden: Span[] = [...model.codeBlocks, ...model.comments].sort((a, b) => a.start - b.start);
  const out: Line[] = [];
  let h = 0;
  for (let i = 0; i < model.lines.lineCount; i++) {
    const start = model.lines.starts[i];
    const end = model.lines.lineEnd(i);
    while (h < hidden.length && hidden[h].end <= start) h++;
    if (h < hidden.length && hidden[h].start <= start && start < hidden[h].end) continue;
    out.push({ start, end, text: model.text.slice(start, end) });
  }
  return out;
}

/** The header's bold field labels: `**Goal:** ...`, `> **Tech Stack**: ...`. */
function fieldPattern(spec: SuperpowersSpec): RegExp {
  return new RegExp(`^\\s*(?:>\\s*)?\\*\\*(${spec.headerFields.map(escapeRe).join('|')})\\s*(?::\\*\\*|\\*\\*\\s*:)\\s*(.*)$`, 'i');
}

/** What a field's line says: its name, and its value (on the line, or the next prose line when the label stands alone). */
function readField(spec: SuperpowersSpec, fieldRe: RegExp, l: Line, after: Line | undefined): SpField | undefined {
  const m = fieldRe.exec(l.text);
  if (!m) return undefined;
  const name = spec.headerFields.find((f) => f.toLowerCase() === m[1].toLowerCase())!;
  let value = m[2].trim();
  if (!value && after && after.text.trim() && !fieldRe.test(after.text) && !/^\s*#/.test(after.text)) value = after.text.trim();
  return { name, value, start: l.start, end: l.end };
}

/**
 * The header read as readHeader reads it, from the lines a search of the text lands on (a marker
 * of the agentic line, a field's `**`) and the prose line after each field: profile detection
 * reads every plan's header on each keystroke, and slicing every line was most of it. Undefined
 * where the search would not find the same lines: text or markers beyond ASCII (lower-casing),
 * code blocks and comments that overlap.
 */
export function readHeaderBySearch(model: PlanModel, spec: SuperpowersSpec, end: number): SpHeader | undefined {
  const markers = [spec.agenticLine, ...(spec.agenticMarkers ?? [])].map((m) => m.toLowerCase());
  if (!markers.every((m) => ASCII_ONLY.test(m) && m !== '' && !/[\r\n]/.test(m)) || !isAscii(model)) return undefined;
  const hidden: Span[] = [...model.codeBlocks, ...model.comments].sort((a, b) => a.start - b.start);
  if (hidden.some((h, i) => i > 0 && hidden[i - 1].end > h.start)) return undefined;
  const { text, lines: index } = model;
  /** Line i when it is prose before `end` (its start in no code block or comment). */
  const prose = (i: number): Line | undefined => {
    if (i >= index.lineCount) return undefined;
    const start = index.starts[i];
    if (start >= end || inSpans(hidden, start)) return undefined;
    return { start, end: index.lineEnd(i), text: text.slice(start, index.lineEnd(i)) };
  };
  /**
   * The lines holding a match of `re`, each once, in order. The matches are read per chunk and
   * kept (chunk-readings.ts): a match holds no line break, so the first one at or after a line's
   * end is the one a search restarted there would find.
   */
  const holding = function* (re: RegExp): Generator<[number, Line]> {
    let from = 0;
    for (const m of matchesOf(model, re)) {
      if (m.index < from) continue;
      const i = index.positionAt(m.index).line;
      if (index.starts[i] >= end) return;
      from = Math.max(index.lineEnd(i), m.index + 1);
      const l = prose(i);
      if (l && m.end <= l.end) yield [i, l];
    }
  };
  const title = model.headings.find((x) => x.depth === 1 && x.start < end);
  let agentic: Line | undefined;
  for (const [, l] of holding(new RegExp(markers.map(escapeRe).join('|'), 'gi'))) {
    agentic = l;
    break;
  }
  const fieldRe = fieldPattern(spec);
  const fields: SpField[] = [];
  // A field's line holds `**`; lines whose text is no field are passed over (read per chunk and kept).
  for (const i of linesHolding(model, `field ${fieldRe.source}/${fieldRe.flags}`, /\*\*/g, (t) => fieldRe.test(t))) {
    if (index.starts[i] >= end) break;
    const l = prose(i);
    if (!l) continue;
    // The next prose line before the header's end, past code blocks and comments.
    let after: Line | undefined;
    for (let j = i + 1; j < index.lineCount && index.starts[j] < end; j++) if ((after = prose(j))) break;
    const f = readField(spec, fieldRe, l, after);
    if (f && !fields.some((x) => x.name === f.name)) fields.push(f);
  }
  return { title, agentic: agentic && { start: agentic.start, end: agentic.end }, fields, end };
}

/** The header from every prose line before `end`, read one by one (what readHeaderBySearch must equal). */
export function readHeaderByLines(model: PlanModel, spec: SuperpowersSpec, end: number): SpHeader {
  return readHeader(model, spec, proseLines(model).filter((l) => l.start < end), end);
}

/** The header from its prose lines, read one by one. */
function readHeader(model: PlanModel, spec: SuperpowersSpec, lines: Line[], end: number): SpHeader {
  const title = model.headings.find((x) => x.depth === 1 && x.start < end);
  const markers = [spec.agenticLine, ...(spec.agenticMarkers ?? [])].map((m) => m.toLowerCase());
  const agentic = firstLineHolding(model.text, lines, markers);
  const fieldRe = fieldPattern(spec);
  const fields: SpField[] = [];
  lines.forEach((l, i) => {
    // A field's label is bold: a line without `**` is none.
    if (!l.text.includes('**')) return;
    const f = readField(spec, fieldRe, l, lines[i + 1]);
    if (f && !fields.some((x) => x.name === f.name)) fields.push(f);
  });
  return { title, agentic: agentic && { start: agentic.start, end: agentic.end }, fields, end };
}

/**
 * The first of `lines` whose lower-cased text holds one of `markers` (in lower case). Every plan's
 * profile detection asks this on each keystroke: on ASCII text, where lower-casing changes only
 * the letters A-Z, one case-insensitive search of the whole text finds the lines holding a marker
 * without lower-casing each line (a marker holds no line break, so each match lies in one line).
 */
export function firstLineHolding(text: string, lines: Line[], markers: string[]): Line | undefined {
  if (!ASCII_ONLY.test(text) || !markers.every((m) => ASCII_ONLY.test(m) && m !== '')) {
    return lines.find((l) => {
      const lower = l.text.toLowerCase();
      return markers.some((m) => lower.includes(m));
    });
  }
  const re = new RegExp(markers.map(escapeRe).join('|'), 'gi');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const line = spanAt(lines, m.index);
    if (line && m.index + m[0].length <= line.end) return line;
  }
  return undefined;
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;

const CHECKBOX_STEP = (word: string) => new RegExp(`^\\s*[-*+]\\s+\\[([ xX])\\]\\s+(?:\\*\\*)?${escapeRe(word)}\\s+(\\d+)[a-z]?\\b\\s*[:.)\\u2013\\u2014-]?\\s*(.*)$`, 'i');
const BOLD_STEP = (word: string) => new RegExp(`^\\s*(?:[-*+]\\s+|\\d+[.)]\\s+)?\\*\\*${escapeRe(word)}\\s+(\\d+)[a-z]?\\b\\s*[:.)\\u2013\\u2014-]?\\s*(.*)$`, 'i');
const HEADING_STEP = (word: string) => new RegExp(`^#{2,6}\\s+${escapeRe(word)}\\s+(\\d+)[a-z]?\\b\\s*[:.)\\u2013\\u2014-]?\\s*(.*)$`, 'i');

function readTask(model: PlanModel, spec: SuperpowersSpec, lines: Line[], heading: Heading, number: number, title: string, end: number): SpTask {
  const checkbox = CHECKBOX_STEP(spec.stepWord);
  const bold = BOLD_STEP(spec.stepWord);
  const headingStep = HEADING_STEP(spec.stepWord);
  const heads: { line: Line; number: number; title: string; checkbox?: ' ' | 'x' }[] = [];
  for (const l of lines) {
    let m = checkbox.exec(l.text);
    if (m) {
      heads.push({ line: l, number: Number(m[2]), title: cleanTitle(m[3]), checkbox: m[1] === ' ' ? ' ' : 'x' });
      continue;
    }
    m = bold.exec(l.text) ?? headingStep.exec(l.text);
    if (m) heads.push({ line: l, number: Number(m[1]), title: cleanTitle(m[2]) });
  }
  const steps: SpStep[] = heads.map((s, i) => {
    const stepEnd = heads[i + 1]?.line.start ?? end;
    const mine = lines.filter((l) => l.start >= s.line.start && l.start < stepEnd);
    const { runs, expected } = readRuns(spec, mine, s.line);
    return {
      number: s.number,
      title: s.title,
      start: s.line.start,
      end: stepEnd,
      head: { start: s.line.start, end: s.line.end },
      checkbox: s.checkbox,
      codeBlocks: model.codeBlocks.filter((c) => c.start >= s.line.start && c.start < stepEnd),
      runs,
      expected,
    };
  });
  const firstStep = heads[0]?.line.start ?? end;
  const before = lines.filter((l) => l.start < firstStep);
  const filesLabel = before.find((l) => /^\s*\*\*Files?\s*(?::\*\*|\*\*\s*:)/i.test(l.text));
  const files = readFiles(spec, filesLabel ? before.filter((l) => l.start >= filesLabel.start) : before);
  const noteRe = /^\s*\*\*Files?\s*(?::\*\*|\*\*\s*:)\s*\S|^\s*[-*+]\s+\S/i;
  const filesNote = !!filesLabel && !files.length && before.filter((l) => l.start >= filesLabel.start).some((l) => noteRe.test(l.text));
  return {
    number,
    title,
    heading,
    start: heading.start,
    end,
    filesLabel: filesLabel && { start: filesLabel.start, end: filesLabel.end },
    filesNote,
    files,
    steps,
    started: steps.some((s) => s.checkbox === 'x'),
  };
}

function cleanTitle(s: string): string {
  return s.replace(/\*\*\s*$/, '').replace(/\*\*/g, '').replace(/[:.]\s*$/, '').trim();
}

/** `Run: ...` lines and the `Expected:` line that answers each: the next one, for every run since the last. */
function readRuns(spec: SuperpowersSpec, lines: Line[], head: Line): { runs: SpRun[]; expected: Span[] } {
  const runRe = new RegExp(`^\\s*(?:[-*+]\\s+)?(?:\\*\\*)?${escapeRe(spec.runLabel)}(?:\\*\\*)?\\s*:(?:\\*\\*)?\\s*(.*)$`);
  const expRe = new RegExp(`^\\s*(?:[-*+]\\s+)?(?:\\*\\*)?${escapeRe(spec.expectedLabel)}(?:\\s+[A-Za-z]+)?(?:\\*\\*)?\\s*:`);
  const runs: SpRun[] = [];
  const expected: Span[] = [];
  for (const l of lines) {
    if (l === head) continue;
    const r = runRe.exec(l.text);
    if (r) {
      runs.push({ start: l.start, end: l.end, command: r[1].replace(/`/g, '').trim() });
      continue;
    }
    if (expRe.test(l.text)) {
      const span = { start: l.start, end: l.end };
      expected.push(span);
      // `Run: go build` and `Run: go test` over one `Expected: PASS`: the result answers both.
      for (let i = runs.length - 1; i >= 0 && !runs[i].expected; i--) runs[i].expected = span;
    }
  }
  return { runs, expected };
}

/** Create / Modify / Test entries: `- Modify: \`path:123-145\``, several paths on one line allowed. */
function readFiles(spec: SuperpowersSpec, lines: Line[]): SpFile[] {
  const entryRe = new RegExp(`^(\\s*(?:[-*+]\\s+)?(?:\\*\\*)?(${spec.fileKinds.map(escapeRe).join('|')})s?(?:\\*\\*)?\\s*:(?:\\*\\*)?\\s*)(.*)$`, 'i');
  const out: SpFile[] = [];
  for (const l of lines) {
    const m = entryRe.exec(l.text);
    if (!m) continue;
    const kind = spec.fileKinds.find((k) => k.toLowerCase() === m[2].toLowerCase())!;
    const restStart = l.start + m[1].length;
    const rest = m[3];
    const spans: { text: string; at: number }[] = [];
    for (const c of rest.matchAll(/`([^`]+)`/g)) spans.push({ text: c[1], at: restStart + c.index! + 1 });
    if (!spans.length) {
      const word = /^\S+/.exec(rest);
      if (word) spans.push({ text: word[0].replace(/[,;]$/, ''), at: restStart });
    }
    // The first code span is the entry's path; later ones are paths only when they look like one (`a/b.go`, not `Store`).
    for (const [i, s] of spans.entries()) {
      const p = /^(.*?)(?::(\d+(?:\s*[-\u2013]\s*\d+)?))?$/.exec(s.text.trim())!;
      if (!p[1] || /\s/.test(p[1]) || (i > 0 && !/[/.]/.test(p[1]))) continue;
      out.push({ kind, path: p[1], range: p[2], start: s.at, end: s.at + s.text.length });
    }
  }
  return out;
}

/** What detection needs: how much of the shape a file has. */
export interface SuperpowersShape {
  /** Title suffix, agentic line and header fields present. */
  header: number;
  tasks: number;
  steps: number;
}

export function superpowersShape(model: PlanModel, spec: SuperpowersSpec): SuperpowersShape {
  const plan = superpowersPlan(model, spec);
  const h = plan.header;
  const titled = !!h.title && h.title.text.toLowerCase().endsWith(spec.titleSuffix.toLowerCase());
  return {
    header: (titled ? 1 : 0) + (h.agentic ? 1 : 0) + h.fields.filter((f) => f.value).length,
    tasks: plan.tasks.filter((t) => t.steps.length > 0).length,
    steps: plan.tasks.reduce((n, t) => n + t.steps.length, 0),
  };
}
