import { perModel } from './memo';
import type { Heading, PlanModel } from '../model';
import type { Profile, SectionRole, SectionSpec } from './profile';
import { isPlaceholder, spanAt, THEMATIC_BREAK } from './scan';

export type { Profile, SectionSpec, SectionRole } from './profile';

/** One top-level section of a plan, from its heading up to the next section heading. */
export interface PlanSection {
  /** The profile's letter for the section (or the letter as written when no spec matched). */
  letter: string;
  /** The heading's title as written, without the letter prefix. */
  title: string;
  heading: Heading;
  /** Offset of the heading's start. */
  start: number;
  /** Offset where the next section heading (or a shallower heading) starts, or the end of the document. */
  end: number;
  /** The profile section this heading stands for; undefined for a lettered heading that matches none. */
  spec?: SectionSpec;
  /** Non-blank lines of the body (heading excluded, thematic breaks excluded). */
  lineCount: number;
  /** The letter as written in the heading (`A` in `## A) ...`); undefined when the heading has none. */
  writtenLetter?: string;
  /** The number as written in a numbered heading (`3` in `## 3. Concept Model`); undefined when it has none. */
  writtenNumber?: number;
  /** The spec the title alone matches, if any (differs from the letter's spec in a mismatch). */
  titleSpec?: SectionSpec;
  /** Offset where the body starts (after the heading). */
  bodyStart: number;
  /**
   * The section is still to be written: its body is empty or holds only placeholders (`TODO`, `TBD`,
   * `<TBD>`, `...`, `(to be written)`; subsection headings allowed when a placeholder is among them),
   * comments and dividers. `placeholder` is the first one ('' for an empty body). Content rules skip
   * such a section; MP121 reports it once.
   */
  unwritten: false | { placeholder: string };
}

export interface PlanStructure {
  profile: Profile;
  /** Sections in document order. */
  sections: PlanSection[];
  /** The first section with this profile letter. */
  byLetter(letter: string): PlanSection | undefined;
  /** The first section whose spec has this role. */
  byRole(role: SectionRole): PlanSection | undefined;
  /** The section holding an offset, if any. */
  sectionAt(offset: number): PlanSection | undefined;
  /** Number of distinct profile sections present. */
  matchedCount: number;
}

interface Candidate {
  heading: Heading;
  writtenLetter?: string;
  writtenNumber?: number;
  title: string;
  titleSpec?: SectionSpec;
  letterSpec?: SectionSpec;
  /** How well the title matched: 3 exact title/alias, 1 containment, 0 none. */
  score: number;
}

/** The plan's sections per the profile. Memoised per model and profile. */
export const planStructure: (model: PlanModel, profile: Profile) => PlanStructure = perModel((model, profile: Profile) => build(model, profile));

// `A) Title`, `A. Title`, `A: Title`, `A - Title`, `A — Title`, `(A) Title`, `Section A — Title`, `Section A: Title`, `Section A`.
const LETTERED = /^[^\p{L}\p{N}(]*(?:(?:section|part)\s+([a-z])\b\s*(?:[).:\]\u2014\u2013-]+\s*)?|\(?([a-z])\s*(?:\)|\]|\.(?!\d)|:|\s[\u2014\u2013-]|[\u2014\u2013])\s*)(.*)$/iu;
// `3. Title`, `3) Title`, `3: Title`, `3 - Title`, `(3) Title`, `Section 3: Title`, `Section 3`: the number in place of a letter.
const NUMBERED = /^[^\p{L}\p{N}(]*(?:section\s+(\d{1,2})\b\s*(?:[).:\]\u2014\u2013-]+\s*)?|\(?(\d{1,2})\s*(?:\)|\]|\.(?!\d)|:|\s[\u2014\u2013-]|[\u2014\u2013])\s*)(.*)$/iu;
// `Part 3: Title`, `Part 3J — Title`: the part's number, a section letter glued to it, the title.
const PART_SECTION = /^[^\p{L}\p{N}]*part\s+(\d{1,2})([a-z])?\s*(?:[).:\u2014\u2013-]+\s*)(.+)$/iu;
const STOP = new Set(['and', 'the', 'of', 'a', 'an', 'with', 'for']);

/** Lowercase words of a title, `+`/`&` and stop words dropped: "High-Level Objectives + Non-Goals" -> "high level objectives non goals". */
export function normaliseTitle(s: string): string {
  return s
    .toLowerCase()
    .replace(/[*_`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !STOP.has(w))
    .join(' ');
}

interface TitleIndex {
  exact: Map<string, SectionSpec>;
  all: { norm: string; spec: SectionSpec }[];
}

const titleIndexes = new WeakMap<Profile, TitleIndex>();

function titleIndex(profile: Profile): TitleIndex {
  let idx = titleIndexes.get(profile);
  if (idx) return idx;
  idx = { exact: new Map(), all: [] };
  for (const spec of profile.sections) {
    for (const t of [spec.title, ...spec.aliases]) {
      const norm = normaliseTitle(t);
      if (!norm) continue;
      if (!idx.exact.has(norm)) idx.exact.set(norm, spec);
      idx.all.push({ norm, spec });
    }
  }
  titleIndexes.set(profile, idx);
  return idx;
}

/** The spec a title stands for: exact title or alias (score 3), or containment either way (score 1). */
export function matchTitle(profile: Profile, title: string, preferLetter?: string): { spec?: SectionSpec; score: number } {
  const norm = normaliseTitle(title);
  if (!norm) return { score: 0 };
  const idx = titleIndex(profile);
  const exact = idx.exact.get(norm);
  if (exact) {
    // The same alias may belong to two sections in a custom profile: prefer the written letter.
    if (preferLetter && exact.letter !== preferLetter) {
      const same = idx.all.find((e) => e.norm === norm && e.spec.letter === preferLetter);
      if (same) return { spec: same.spec, score: 3 };
    }
    return { spec: exact, score: 3 };
  }
  const padded = ` ${norm} `;
  let best: { spec: SectionSpec; len: number } | undefined;
  for (const e of idx.all) {
    if (e.norm.length < 5) continue;
    const contains = padded.includes(` ${e.norm} `) || (norm.length >= 5 && ` ${e.norm} `.includes(padded));
    if (!contains) continue;
    // Longest matching alias wins; ties go to the written letter.
    if (!best || e.norm.length > best.len || (e.norm.length === best.len && e.spec.letter === preferLetter)) best = { spec: e.spec, len: e.norm.length };
  }
  return best ? { spec: best.spec, score: 1 } : { score: 0 };
}

/** Splits `A) Executive Summary` into letter and title; undefined when the heading has no letter prefix. */
export function parseLetteredHeading(text: string): { letter: string; title: string } | undefined {
  const m = LETTERED.exec(text.trim());
  if (!m) return undefined;
  const letter = (m[1] ?? m[2]).toUpperCase();
  const title = m[3].trim();
  // `B.1 Affected packages` is a subsection; `A` alone is no heading of ours unless written as `Section A`.
  if (/^\d/.test(title)) return undefined;
  if (!m[1] && !title) return undefined;
  return { letter, title };
}

/**
 * Splits `3. Concept Model` (or `Section 3: Concept Model`, `3) ...`) into number and title; undefined
 * when the heading has no number prefix. `3.1 Packages` is a subsection, `Part 1: ...` a part.
 */
export function parseNumberedHeading(text: string): { number: number; title: string } | undefined {
  const m = NUMBERED.exec(text.trim());
  if (!m) return undefined;
  const number = Number(m[1] ?? m[2]);
  const title = m[3].trim();
  if (/^\d/.test(title)) return undefined;
  if (!m[1] && !title) return undefined;
  return { number, title };
}

/** The letter a section number stands for: 1 = A, 2 = B, ...; undefined outside 1-26. */
function numberLetter(n: number): string | undefined {
  return n >= 1 && n <= 26 ? String.fromCharCode(64 + n) : undefined;
}

/**
 * What a heading's text says to a profile: its letter or number, its title and the section it
 * names; undefined when it names none. A pure function of the profile and the text, remembered:
 * a plan's headings are read by every profile's structure on each keystroke and rarely change.
 */
function readHeading(profile: Profile, text: string): Omit<Candidate, 'heading'> | undefined {
  let known = headingReadings.get(profile);
  if (!known) headingReadings.set(profile, (known = new Map()));
  if (known.has(text)) return known.get(text);
  // Bounded: a heading typed letter by letter leaves a reading per keystroke.
  if (known.size >= 4096) known.clear();
  const read = readHeadingText(profile, text);
  known.set(text, read);
  return read;
}

const headingReadings = new WeakMap<Profile, Map<string, Omit<Candidate, 'heading'> | undefined>>();
const lettersOf = new WeakMap<Profile, Map<string, SectionSpec>>();

function readHeadingText(profile: Profile, text: string): Omit<Candidate, 'heading'> | undefined {
  let byLetterSpec = lettersOf.get(profile);
  if (!byLetterSpec) {
    byLetterSpec = new Map();
    for (const s of profile.sections) if (s.letter && !byLetterSpec.has(s.letter)) byLetterSpec.set(s.letter, s);
    lettersOf.set(profile, byLetterSpec);
  }
  // `## Part 3: Sanity Checklist`, `## Part 3J — Sanity Checklist`: a part heading that is one
  // section (older micro layouts) stands for it when its title is the section's exactly.
  const part = PART_SECTION.exec(text.trim());
  if (part) {
    const t = matchTitle(profile, part[3], part[2]?.toUpperCase());
    if (t.spec && t.score === 3) {
      const letter = part[2]?.toUpperCase();
      return { writtenLetter: letter, title: part[3].trim(), titleSpec: t.spec, letterSpec: letter ? byLetterSpec.get(letter) : undefined, score: 3 };
    }
  }
  const lettered = parseLetteredHeading(text);
  if (lettered) {
    const t = matchTitle(profile, lettered.title, lettered.letter);
    // A lettered heading whose title matches no section still takes its letter's section when the
    // letter is known: `## D) Concept model and blocks`.
    const letterSpec = byLetterSpec.get(lettered.letter);
    return { writtenLetter: lettered.letter, title: lettered.title, titleSpec: t.spec, letterSpec, score: t.score };
  }
  const numbered = parseNumberedHeading(text);
  if (numbered) {
    // A numbered heading is recognised by its title as a lettered one is; its number is no letter
    // to check (numbering often skips an optional section), only a fallback (below).
    const t = matchTitle(profile, numbered.title);
    return { writtenNumber: numbered.number, title: numbered.title, titleSpec: t.spec, score: t.score };
  }
  const t = matchTitle(profile, text);
  if (t.spec && t.score === 3) return { title: text, titleSpec: t.spec, score: 3 };
  return undefined;
}

function build(model: PlanModel, profile: Profile): PlanStructure {
  const byLetterSpec = new Map<string, SectionSpec>();
  for (const s of profile.sections) if (s.letter && !byLetterSpec.has(s.letter)) byLetterSpec.set(s.letter, s);
  const candidates: Candidate[] = [];
  for (const h of model.headings) {
    const read = readHeading(profile, h.text);
    if (read) candidates.push({ heading: h, ...read });
  }
  // The number of a heading whose title matches no section stands for its letter (1 = A) only when
  // the plan's numbering follows the profile: two or more numbered headings with a known title, each at
  // its letter. One title at its number is a coincidence (a design document's `## 4. Concept Model` made
  // its `## 5. Module Contract` the risk register).
  const numberedTitled = candidates.filter((c) => c.writtenNumber !== undefined && c.titleSpec);
  if (numberedTitled.length >= 2 && numberedTitled.every((c) => numberLetter(c.writtenNumber!) === c.titleSpec!.letter)) {
    for (const c of candidates) if (c.writtenNumber !== undefined && !c.titleSpec) c.letterSpec = byLetterSpec.get(numberLetter(c.writtenNumber) ?? '');
  }
  // A letter stands for its section only when no heading names that section by title: with
  // `## G) Dependency DAG` elsewhere, `## J) Extension Friction` is an unknown section, not a second DAG.
  const titled = new Set(candidates.map((c) => c.titleSpec).filter(Boolean));
  for (const c of candidates) if (!c.titleSpec && c.letterSpec && titled.has(c.letterSpec)) c.letterSpec = undefined;
  // The section depth is the heading level most recognised headings use (ties: the shallower).
  const counts = new Map<number, number>();
  for (const c of candidates) {
    if (!c.titleSpec && !((c.writtenLetter || c.writtenNumber !== undefined) && c.letterSpec)) continue;
    counts.set(c.heading.depth, (counts.get(c.heading.depth) ?? 0) + (c.writtenLetter || c.writtenNumber !== undefined ? 2 : 1));
  }
  let depth = 0;
  let bestCount = 0;
  for (const [d, n] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (n > bestCount) {
      depth = d;
      bestCount = n;
    }
  }
  // Numbered headings at the section depth are all sections (known or not) when the plan numbers its
  // sections: two of them there name a section by title. Elsewhere `## 1. Router` is a subsection.
  const numberedSections = candidates.filter((c) => c.writtenNumber !== undefined && c.heading.depth === depth && c.titleSpec).length >= 2;
  const chosen: Candidate[] = [];
  for (const c of candidates) {
    if (!depth) break;
    const spec = c.titleSpec ?? c.letterSpec;
    const marked = !!c.writtenLetter || c.writtenNumber !== undefined;
    if (c.heading.depth === depth) {
      // Letterless headings need an exact title; lettered ones are sections at this depth even when unknown.
      if (c.writtenLetter || spec || (c.writtenNumber !== undefined && numberedSections)) chosen.push(c);
    } else if (c.heading.depth < depth && spec && (marked || c.score === 3)) {
      chosen.push(c);
    }
  }
  // A shallower heading directly followed by a section of the same spec groups it, as a `Part`
  // heading does: `## Appendix: File-Level Implementation Details` over `### K) Detailed specifications`.
  for (let i = chosen.length - 2; i >= 0; i--) {
    const c = chosen[i];
    const n = chosen[i + 1];
    if (c.heading.depth < n.heading.depth && (c.titleSpec ?? c.letterSpec) === (n.titleSpec ?? n.letterSpec)) chosen.splice(i, 1);
  }
  const sections: PlanSection[] = [];
  const text = model.text;
  const headings = model.headings;
  let hi = 0;
  for (let i = 0; i < chosen.length; i++) {
    const c = chosen[i];
    let end = i + 1 < chosen.length ? chosen[i + 1].heading.start : text.length;
    // A shallower heading that is no section (`# Appendix` after `## K) ...`) ends the section too.
    while (hi < headings.length && headings[hi].start <= c.heading.start) hi++;
    for (let k = hi; k < headings.length && headings[k].start < end; k++) {
      if (headings[k].depth < c.heading.depth) {
        end = headings[k].start;
        break;
      }
    }
    const spec = c.titleSpec ?? c.letterSpec;
    sections.push({
      letter: spec?.letter || c.writtenLetter || '',
      title: c.title,
      heading: c.heading,
      start: c.heading.start,
      end,
      bodyStart: c.heading.end,
      spec,
      // Counted on first read: detection builds a structure per profile and reads no line counts.
      get lineCount() {
        const n = countLines(text, this.bodyStart, this.end);
        Object.defineProperty(this, 'lineCount', { value: n, enumerable: true });
        return n;
      },
      get unwritten() {
        const u = unwrittenBody(model, this.bodyStart, this.end);
        Object.defineProperty(this, 'unwritten', { value: u, enumerable: true });
        return u;
      },
      writtenLetter: c.writtenLetter,
      writtenNumber: c.writtenNumber,
      titleSpec: c.titleSpec,
    });
  }
  const matched = new Set(sections.map((s) => s.spec).filter(Boolean));
  return {
    profile,
    sections,
    matchedCount: matched.size,
    byLetter: (letter) => {
      const up = letter.toUpperCase();
      return sections.find((s) => s.spec?.letter === up) ?? sections.find((s) => !s.spec && s.letter === up);
    },
    byRole: (role) => sections.find((s) => s.spec?.role === role),
    sectionAt: (offset) => spanAt(sections, offset),

  };
}

/** Non-blank lines between two offsets, thematic breaks (`---`) not counted. */
export function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let lineStart = from; lineStart <= to; ) {
    const nl = text.indexOf('\n', lineStart);
    const end = nl < 0 || nl > to ? to : nl;
    // The line's first character that trim() keeps (\s is the set trim() drops): none before the
    // line's end is a blank line. Only a line starting with -, * or _ can be a thematic break.
    NON_BLANK.lastIndex = lineStart;
    const first = NON_BLANK.exec(text);
    // Nothing but blank lines up to `to`.
    if (!first || first.index >= to) break;
    if (first.index >= end) {
      // Blank lines up to the one holding it: go there at once (a run of blank lines stays linear).
      lineStart = text.lastIndexOf('\n', first.index) + 1;
      continue;
    }
    const c = text.charCodeAt(first.index);
    if ((c !== 45 && c !== 42 && c !== 95) || !THEMATIC_BREAK.test(text.slice(lineStart, end).trim())) n++;
    lineStart = end + 1;
  }
  return n;
}

const NON_BLANK = /\S/g;

/** Whether a section body (between two offsets) is still to be written, and its first placeholder. */
export function unwrittenBody(model: PlanModel, from: number, to: number): false | { placeholder: string } {
  // A code block or a table is content, whatever it holds.
  for (const b of model.codeBlocks) if (b.start < to && b.end > from) return false;
  for (const t of model.tables) if (t.start < to && t.end > from) return false;
  let body = model.text.slice(from, to);
  for (const c of model.comments) {
    if (c.end <= from || c.start >= to) continue;
    const a = Math.max(c.start, from) - from;
    const b = Math.min(c.end, to) - from;
    body = body.slice(0, a) + body.slice(a, b).replace(/[^\n]/g, ' ') + body.slice(b);
  }
  let placeholder: string | undefined;
  let headings = false;
  // Line by line without splitting the body first: a written section is told at its first line of prose.
  for (let at = 0; at <= body.length; ) {
    const nl = body.indexOf('\n', at);
    const raw = body.slice(at, nl < 0 ? body.length : nl);
    at = nl < 0 ? body.length + 1 : nl + 1;
    const line = raw.trim();
    if (!line || THEMATIC_BREAK.test(line)) continue;
    if (/^#{1,6}(?:\s|$)/.test(line)) {
      headings = true;
      continue;
    }
    const item = line.replace(/^(?:>\s*)+/, '').replace(/^(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?/, '');
    if (!item || /^(?:[-*+]|\d{1,3}[.)])$/.test(item)) continue;
    if (!isPlaceholder(item)) return false;
    placeholder ??= item;
  }
  // Subsection headings alone are an outline someone wrote; with a placeholder among them, a skeleton.
  if (headings && placeholder === undefined) return false;
  return { placeholder: placeholder ?? '' };
}
