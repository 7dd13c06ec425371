import type { Rule } from '../../rule';
import type { PlanModel, Span } from '../../model';
import type { Fix } from '../../types';
import { proseLines, THEMATIC_BREAK } from '../../plan/scan';
import { planFor, quote } from './mp111-120-util';

const REVISION_HEADING = /\b(?:revision|revisions|changelog|change\s*log|history|what changed|amendments?)\b/i;
/** A line that opens a revision note: `**Revision (2026-02-19):** ...`, `> Revised ...`, `- Update: ...`. */
const NOTE_START = /^\s*(?:>\s*)*(?:(?:[-*+]|\d{1,3}[.)])\s+)?(?:\*\*|__|\*|_)?\s*(?:revision(?:\s+notes?)?|revised|rev\.|updated?|changelog|change\s*log|amended|amendment)\b/i;
/** `**Revision:** v1.1` is a version label, not a note. */
const VERSION_ONLY = /^\s*(?:>\s*)*(?:(?:[-*+]|\d{1,3}[.)])\s+)?(?:\*\*|__|\*|_)?\s*(?:revision|rev\.?|version)\s*(?:\*\*|__|\*|_)?\s*:?\s*(?:\*\*|__|\*|_)?\s*v?\d+(?:\.\d+)*\s*(?:\*\*|__|\*|_)?\s*$/i;
/** `Revision notes:`, `**Revision history (newest first):**`: a label over the notes, no note itself. */
const LEAD_IN = /^\s*(?:>\s*)*(?:\*\*|__|\*|_)?\s*(?:revision\s+(?:notes?|history|log)|revisions|changelog|change\s*log|history)\s*(?:\([^)\n]*\))?\s*:?\s*(?:\*\*|__|\*|_)?\s*:?\s*$/i;

const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const OTHER_DATES: { re: RegExp; ymd: (m: RegExpExecArray) => [number, number, number] | undefined }[] = [
  { re: /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/, ymd: (m) => [+m[1], +m[2], +m[3]] },
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'), ymd: (m) => [+m[3], MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1, +m[2]] },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i'), ymd: (m) => [+m[3], MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1, +m[1]] },
  // 19/02/2026 or 02/19/2026: only unambiguous when one part is above 12.
  { re: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/, ymd: (m) => (+m[1] > 12 && +m[2] <= 12 ? [+m[3], +m[2], +m[1]] : +m[2] > 12 && +m[1] <= 12 ? [+m[3], +m[1], +m[2]] : undefined) },
];

function validIso(m: RegExpExecArray): boolean {
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A revision note: a unit of text at the top of the plan. */
interface Note extends Span {
  text: string;
}

function notesAtTop(model: PlanModel, top: Span): Note[] {
  const notes: Note[] = [];
  const taken = new Set<number>();
  const add = (s: Span) => {
    if (taken.has(s.start)) return;
    taken.add(s.start);
    const text = model.text.slice(s.start, s.end);
    if (!VERSION_ONLY.test(text) && !LEAD_IN.test(text)) notes.push({ ...s, text });
  };
  const heads = model.headings.filter((h) => h.start >= top.start && h.start < top.end);
  for (const h of heads) {
    if (!REVISION_HEADING.test(h.text)) continue;
    const next = heads.find((o) => o.start > h.start && o.depth <= h.depth);
    const region = { start: h.end, end: next ? next.start : top.end };
    const subs = heads.filter((o) => o.start > h.start && o.start < region.end);
    if (subs.length) {
      for (const s of subs) add({ start: s.start, end: s.end });
      continue;
    }
    for (const li of model.listItems) if (li.depth === 0 && li.start >= region.start && li.start < region.end) add(li.textSpan);
    for (const t of model.tables) if (t.start >= region.start && t.start < region.end) for (const r of t.rows) if (r.length) add({ start: r[0].start, end: r[r.length - 1].end });
    // Paragraphs (not list items or table rows): their first lines.
    let prevBlank = true;
    for (const ln of proseLines(model, region.start, region.end)) {
      const blank = !ln.text.trim();
      // A thematic break (`---` before the first section) divides; it is no note.
      if (!blank && prevBlank && !THEMATIC_BREAK.test(ln.text) && !/^\s*(?:[-*+]|\d{1,3}[.)])\s|^\s*\||^\s*#/.test(ln.text)) add(paragraphAt(model, ln.line));
      prevBlank = blank;
    }
  }
  for (const ln of proseLines(model, top.start, top.end)) {
    if (!NOTE_START.test(ln.text) || VERSION_ONLY.test(ln.text)) continue;
    if (heads.some((h) => h.start === ln.start)) continue;
    const item = model.listItems.find((li) => li.textSpan.start <= ln.start + ln.text.length && ln.start <= li.textSpan.start && li.textSpan.start < ln.end);
    add(item ? item.textSpan : paragraphAt(model, ln.line));
  }
  return notes.sort((a, b) => a.start - b.start);
}

function paragraphAt(model: PlanModel, line: number): Span {
  let last = line;
  const ends = (text: string) => !text.trim() || THEMATIC_BREAK.test(text) || /^\s*(?:[-*+]|\d{1,3}[.)])\s|^\s*#/.test(text);
  while (last + 1 < model.lines.lineCount && !ends(model.lines.lineText(last + 1))) last++;
  return { start: model.lines.starts[line], end: model.lines.lineEnd(last) };
}

export const rule: Rule = {
  meta: {
    id: 'MP117',
    name: 'revision-note',
    severity: 'info',
    description: 'A revision note at the top of the plan is not dated YYYY-MM-DD.',
    scope: 'plan',
    kinds: ['macro'],
    needs: ['plan-structure'],
  },
  check(ctx) {
    const { model } = ctx;
    const plan = planFor(ctx);
    const firstSection = plan.sections[0]?.start ?? model.headings.find((h) => h.depth <= 2 && h.start > 0)?.start;
    if (firstSection === undefined) return;
    for (const note of notesAtTop(model, { start: 0, end: firstSection })) {
      const iso = ISO.exec(note.text);
      if (iso && validIso(iso)) continue;
      let fixes: Fix[] | undefined;
      let found = '';
      for (const d of OTHER_DATES) {
        const m = d.re.exec(note.text);
        if (!m) continue;
        const ymd = d.ymd(m);
        found = m[0];
        if (ymd && ymd[1] >= 1 && ymd[1] <= 12 && ymd[2] >= 1 && ymd[2] <= 31) {
          const isoText = `${ymd[0]}-${pad(ymd[1])}-${pad(ymd[2])}`;
          fixes = [{ title: `Write the date as ${isoText}`, edits: [{ start: note.start + m.index, end: note.start + m.index + m[0].length, newText: isoText }] }];
        }
        break;
      }
      const firstLineEnd = model.lines.lineEnd(model.lines.positionAt(note.start).line);
      ctx.report({
        start: note.start,
        end: Math.min(note.end, firstLineEnd),
        message: found
          ? `Revision note dated ${quote(found, 30)}: write the date as YYYY-MM-DD so notes sort and compare.`
          : `Revision note ${quote(note.text, 50)} has no date: start it with the date it was written (YYYY-MM-DD), then what changed and why.`,
        suggestions: fixes,
      });
    }
  },
};
