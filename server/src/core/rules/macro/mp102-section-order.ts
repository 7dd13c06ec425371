import type { Rule } from '../../rule';
import type { PlanSection, PlanStructure } from '../../plan/structure';
import type { PlanModel } from '../../model';
import { planStructure } from '../../plan/structure';
import { BUILTIN_PROFILES } from '../../plan/profile';
import { describeSpec, headingRange } from '../shared/structure-util';

export const rule: Rule = {
  meta: {
    id: 'MP102',
    name: 'section-order',
    severity: 'error',
    description: "Sections out of the profile's order, a section repeated, or a letter paired with another section's title.",
    scope: 'plan',
    kinds: ['macro', 'micro'],
    needs: ['plan-structure'],
  },
  check(ctx) {
    const plan = ctx.plan;
    if (!plan) return;
    const specs = plan.profile.sections;
    const text = ctx.model.text;

    // A letter paired with another section's title: `## B) Concept Model` when Concept Model is D.
    const mismatched = new Set<PlanSection>();
    const hint = otherProfileHint(ctx.model, plan);
    const relettered = plan.profile.kind === 'micro' ? shiftedLetters(plan) : new Set<PlanSection>();
    for (const s of plan.sections) {
      const t = s.titleSpec;
      if (!s.writtenLetter || !t || !t.letter || t.letter === s.writtenLetter) continue;
      mismatched.add(s);
      if (relettered.has(s)) continue;
      const letterSpec = specs.find((x) => x.letter === s.writtenLetter);
      const fix = letterFix(text, s, t.letter);
      ctx.report({
        ...headingRange(s),
        message: `Heading letter ${s.writtenLetter} is paired with the title of section ${describeSpec(t)}${letterSpec ? ` (${s.writtenLetter} is ${letterSpec.title})` : ''}.${hint}`,
        suggestions: fix ? [{ title: `Change the letter to ${t.letter}`, edits: [fix] }] : undefined,
      });
    }

    // Repeated sections, then order: the longest run already in order stays, the others are reported.
    const seen = new Map<unknown, PlanSection>();
    const ordered: { s: PlanSection; idx: number }[] = [];
    for (const s of plan.sections) {
      if (!s.spec) continue;
      const first = seen.get(s.spec);
      if (first) {
        ctx.report({ ...headingRange(s), message: `Section ${describeSpec(s.spec)} appears twice (first on line ${first.heading.line + 1}).` });
        continue;
      }
      seen.set(s.spec, s);
      ordered.push({ s, idx: specs.indexOf(s.spec) });
    }
    const keep = longestIncreasing(ordered.map((o) => o.idx));
    ordered.forEach((o, i) => {
      if (keep.has(i) || mismatched.has(o.s)) return;
      // Name the neighbours it belongs between, among the sections that are in order.
      let prev: PlanSection | undefined;
      let next: PlanSection | undefined;
      ordered.forEach((x, j) => {
        if (!keep.has(j) || j === i) return;
        if (x.idx < o.idx) prev = x.s;
        else if (x.idx > o.idx && !next) next = x.s;
      });
      const where = prev && next ? `after ${describeSpec(prev.spec!)} and before ${describeSpec(next.spec!)}` : prev ? `after ${describeSpec(prev.spec!)}` : next ? `before ${describeSpec(next.spec!)}` : 'elsewhere';
      ctx.report({ ...headingRange(o.s), message: `Section ${describeSpec(o.s.spec!)} is out of order: the "${plan.profile.name}" profile puts it ${where}.${hint}` });
    });
  },
};

/**
 * A micro plan that inserted a section of its own (`B) Root Cause Trace`) or left one out, and
 * lettered the rest in sequence: every section whose letter disagrees with its title is off by the
 * same amount, in the profile's order. Its titles say what each section is; the letters are the
 * plan's own sequence, not a section put in another's place. Two or more such sections are needed:
 * a single letter that disagrees is a section in the wrong place.
 */
function shiftedLetters(plan: PlanStructure): Set<PlanSection> {
  const off = plan.sections.filter((s) => s.writtenLetter && s.titleSpec?.letter && s.titleSpec.letter !== s.writtenLetter);
  if (off.length < 2) return new Set();
  const shift = (s: PlanSection) => s.writtenLetter!.charCodeAt(0) - s.titleSpec!.letter.charCodeAt(0);
  const k = shift(off[0]);
  if (!off.every((s) => shift(s) === k)) return new Set();
  const specs = plan.profile.sections;
  const order = off.map((s) => specs.indexOf(s.titleSpec!));
  if (!order.every((x, i) => i === 0 || x > order[i - 1])) return new Set();
  // Inserted sections (k > 0) are lettered headings of the plan's own before the first shifted one.
  if (k > 0 && plan.sections.filter((s) => s.writtenLetter && !s.spec && s.start < off[0].start).length < k) return new Set();
  return new Set(off);
}

/** When the plan follows another shipped profile exactly, a hint to switch to it. */
function otherProfileHint(model: PlanModel, plan: PlanStructure): string {
  for (const other of Object.values(BUILTIN_PROFILES)) {
    if (other === plan.profile || other.name === plan.profile.name || other.kind !== plan.profile.kind) continue;
    const s = planStructure(model, other);
    if (s.matchedCount < 5) continue;
    const clean = s.sections.every((x) => x.spec && (!x.writtenLetter || !x.titleSpec || x.titleSpec.letter === x.writtenLetter));
    const ordered = s.sections.every((x, i) => i === 0 || other.sections.indexOf(x.spec!) > other.sections.indexOf(s.sections[i - 1].spec!));
    if (clean && ordered) return ` The plan follows the "${other.name}" profile: set "profile": "${other.name}" in .macroplan.json to check it against that order.`;
  }
  return '';
}

/** Indices of one longest strictly increasing subsequence (O(n log n)). */
export function longestIncreasing(xs: number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array(xs.length).fill(-1);
  for (let i = 0; i < xs.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[tails[mid]] < xs[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const out = new Set<number>();
  for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = prev[k]) out.add(k);
  return out;
}

/** An edit replacing the written letter of a heading. */
function letterFix(text: string, s: PlanSection, letter: string): { start: number; end: number; newText: string } | undefined {
  const raw = text.slice(s.heading.start, s.heading.end);
  const m = /^(\s*#{1,6}\s+[^\p{L}\p{N}(]*(?:(?:section|part)\s+)?\(?)([A-Za-z])(?=[\s).:\]\u2014\u2013-])/iu.exec(raw);
  if (!m || m[2].toUpperCase() !== s.writtenLetter) return undefined;
  const at = s.heading.start + m[1].length;
  return { start: at, end: at + 1, newText: m[2] === m[2].toLowerCase() ? letter.toLowerCase() : letter };
}
