import type { Rule } from '../../rule';
import type { PlanModel, Span, Table } from '../../model';
import { cellContentStart } from '../../plan/scan';
import { planFor, quote, tablesIn } from './mp111-120-util';

/** A `file:line` reference in any language (citations proper are `.go` only), or `#L12`. */
const LINE_REF = /[\w./-]+\.[A-Za-z]{1,6}(?::\d+|#L\d+)/;
/** A whole-file reference: grounds a claim about the file as a whole (`sim/routing_test.go`: unit tests for ...). */
const FILE_REF = /(?:^|[\s`(["'])[\w./-]*[\w-]\.(?:go|mod|sum|json|ya?ml|toml|md|py|sh|txt|proto|sql|csv|ts|js)\b/;
/** A package / directory in a code span (`sim/cluster/`): grounds a summary of the package. */
const DIR_REF = /`\.?[\w-]+(?:\/[\w.-]+)*\/`/;
const MARKED = /\bUNVERIFIED\b|\binferred\b|\binference\b|\bassum(?:e|ed|ption)\b|\bunconfirmed\b/i;
/** Subsection headings and lead-ins whose items are not confirmed facts. */
const NOT_FACTS = /infer|uncertain|open question|questions|unknown|unverified|assumption|hypothes|non-goal|after this plan|proposed|to be built|plan(?:ned)? changes|risks?\b|this plan (?:will|adds|introduces|changes)|\bwill (?:add|be added|change|introduce)|strateg|approach\b|extraction targets?|next steps|to be (?:added|built|written|extracted)/i;
/**
 * An item about the plan's own work or strategy, not about the code as it is: the future ("will
 * change", "this plan"), or a label followed by what to do (`Interface extraction: pull ... into
 * pluggable interfaces`).
 */
const PLANNED = /\b(?:will|would|shall|going to|this plan|the plan|planned|to be (?:added|built|written|extracted))\b|^(?:[^:]{1,60}:\s+)?(?:add|pull|extract|introduce|replace|move|rename|remove|split|create|wire|expose|make|turn|convert|refactor|migrate|deprecate|delete)\s/i;
/** Absence cannot be cited: "No tight coupling beyond these", "None found". */
const NEGATIVE = /^(?:no|none|nothing|not any)\b/i;
/** Code names a claim makes: code spans, `Type.Method()` and call forms, CamelCase identifiers. */
const CODE_NAME = /`([^`\n]+)`|\b([A-Z][A-Za-z0-9]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+)\(?|\b([A-Za-z_][A-Za-z0-9_]*)\(\)/g;
/** A table header that says its rows point at code. */
const CITING_HEADER = /file|line|citation|location|source|evidence|reference|where|path/i;
/** A table header of planned changes (`Files Affected`, `Change Type`): an inventory of the plan, not facts. */
const PLANNED_HEADER = /affected|change|impact|planned|proposed|target|new\b|after/i;

interface Claim extends Span {
  text: string;
  /** Where the fix inserts the mark. */
  insertAt: number;
}

function grounded(model: PlanModel, s: Span, text: string): boolean {
  if (LINE_REF.test(text) || FILE_REF.test(text) || DIR_REF.test(text) || MARKED.test(text)) return true;
  return model.citations.some((c) => c.start >= s.start && c.end <= s.end);
}

export const rule: Rule = {
  meta: {
    id: 'MP118',
    name: 'uncited-claim',
    severity: 'warning',
    description: 'A confirmed-fact item in the recon section has no citation and no UNVERIFIED mark.',
    scope: 'plan',
    kinds: ['macro'],
    needs: ['plan-structure'],
  },
  check(ctx) {
    const { model } = ctx;
    const section = planFor(ctx).byRole('recon');
    if (!section || section.unwritten) return; // MP121: placeholders are no claims.
    // Context: the nearest subsection heading or bold lead-in paragraph before an item.
    const contexts: { at: number; text: string }[] = [];
    for (const h of model.headings) if (h.start > section.start && h.start < section.end) contexts.push({ at: h.start, text: h.text });
    for (let l = model.lines.positionAt(section.bodyStart).line; l < model.lines.lineCount && model.lines.starts[l] < section.end; l++) {
      const t = model.lines.lineText(l);
      if (/^\s*(?:\*\*|__)[^*_]+(?:\*\*|__)\s*:?\s*$|^\s*(?:\*\*|__)[^*_]+:(?:\*\*|__)|^\s*(?:\*\*|__)[^*_]+(?:\*\*|__).*:\s*$|^[^-*+|#\s].*:\s*$/.test(t)) contexts.push({ at: model.lines.starts[l], text: t });
    }
    contexts.sort((a, b) => a.at - b.at);
    const contextAt = (o: number) => {
      let c: string | undefined;
      for (const x of contexts) if (x.at < o) c = x.text;
      else break;
      return c ?? '';
    };

    // Names cited somewhere in the section: a claim about one of them is grounded by that citation
    // ("`NewRoutingPolicy` factory signature is coupled to ..." under an item citing `NewRoutingPolicy`).
    const citedNames = new Set<string>();
    for (let l = model.lines.positionAt(section.bodyStart).line; l < model.lines.lineCount && model.lines.starts[l] < section.end; l++) {
      const t = model.lines.lineText(l);
      if (LINE_REF.test(t)) for (const n of codeNames(t)) citedNames.add(n);
    }
    const claims: Claim[] = [];
    const items = model.listItems.filter((li) => li.start >= section.bodyStart && li.start < section.end);
    for (const li of items) {
      const text = li.text.trim();
      // A lead-in whose nested items hold the claims ("Construction sites:").
      if (!text || /:\s*$/.test(text)) continue;
      const parent = items.filter((p) => p !== li && p.start < li.start && li.end <= p.end).pop();
      const context = contextAt(li.start);
      if (NOT_FACTS.test(context) || (parent && NOT_FACTS.test(parent.text))) continue;
      if (parent && grounded(model, parent.textSpan, parent.text)) continue;
      // A lead line citing the code its list describes grounds the list ("Simulator.Run() (`sim/simulator.go:170-186`):").
      if (!parent && (LINE_REF.test(context) || FILE_REF.test(context)) && /:\s*$/.test(context)) continue;
      if (PLANNED.test(text) || NEGATIVE.test(text.replace(/^[*_`\s]+/, ''))) continue;
      if (codeNames(model.text.slice(li.textSpan.start, li.end)).some((n) => citedNames.has(n))) continue;
      // Citations in the item's nested lines ground it too.
      claims.push({ start: li.textSpan.start, end: li.end, text, insertAt: li.textSpan.start });
    }
    for (const t of tablesIn(model, { start: section.bodyStart, end: section.end })) {
      if (!isFactTable(model, t) || NOT_FACTS.test(contextAt(t.start)) || t.header.some((c) => NOT_FACTS.test(c.text) || PLANNED_HEADER.test(c.text))) continue;
      for (const row of t.rows) {
        if (!row.length) continue;
        const span = { start: row[0].start, end: row[row.length - 1].end };
        claims.push({ ...span, text: row.map((c) => c.text).join(' | '), insertAt: cellContentStart(model.text, row[0]) });
      }
    }
    for (const c of claims) {
      if (grounded(model, c, model.text.slice(c.start, c.end))) continue;
      ctx.report({
        start: c.start,
        end: Math.min(c.end, model.lines.lineEnd(model.lines.positionAt(c.start).line)),
        message: `Claim ${quote(c.text)} has no file:line citation. Cite the code it describes, or mark it UNVERIFIED (and do not rely on it later in the plan).`,
        suggestions: [{ title: 'Mark the claim UNVERIFIED', edits: [{ start: c.insertAt, end: c.insertAt, newText: 'UNVERIFIED: ' }] }],
      });
    }
  },
};

/** The code names a line makes (`EventQueue.Push`, `NewRoutingPolicy`, `Run()`), without call parentheses. */
function codeNames(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(CODE_NAME)) {
    const raw = (m[1] ?? m[2] ?? m[3] ?? '').replace(/\(.*$/, '').trim();
    // A code span holding a path or an expression names no symbol of its own.
    if (/^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(raw) && raw.length > 2) out.push(raw);
  }
  return out;
}

/** A table of facts: its header names a file / line / citation column, or most of its rows cite code. */
function isFactTable(model: PlanModel, t: Table): boolean {
  if (t.header.some((c) => CITING_HEADER.test(c.text))) return true;
  if (!t.rows.length) return false;
  const citing = t.rows.filter((r) => r.length && grounded(model, { start: r[0].start, end: r[r.length - 1].end }, r.map((c) => c.text).join(' '))).length;
  return citing * 2 >= t.rows.length;
}
