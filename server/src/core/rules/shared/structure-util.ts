import type { PlanSection } from '../../plan/structure';
import type { SectionSpec } from '../../plan/profile';


/** `C (High-Level Objectives + Non-Goals)`, or just the title for a letterless section. */
export function describeSpec(spec: SectionSpec): string {
  return spec.letter ? `${spec.letter}) ${spec.title}` : spec.title;
}

/** The heading line of a section, without the trailing newline. */
export function headingRange(s: PlanSection): { start: number; end: number } {
  return { start: s.heading.start, end: s.heading.end };
}

/** A table cell that says nothing: empty, a dash, N/A, none. */
export function isBlankCell(text: string): boolean {
  return /^\s*(?:|[-\u2013\u2014]+|n\/?a|none|no|nothing|\.\.\.|\u2026|tbd)\s*$/i.test(text.replace(/[*_`]/g, ''));
}

/** Lower-case words of a column header, for comparison. */
export function headerKey(s: string): string {
  return s.toLowerCase().replace(/[*_`]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
}

export function plural(n: number, one: string, many = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`;
}
