import type { Rule } from '../../rule';
import type { TextEdit } from '../../types';
import type { PlanModel } from '../../model';
import { buildingBlocks, type BuildingBlock } from '../../plan/blocks';

/** What each default field asks, from the prompt's module contract template. */
export const FIELD_HINTS: Record<string, string> = {
  OBSERVES: 'what state does this module read? (its inputs)',
  CONTROLS: 'what decisions does this module make? (its outputs)',
  OWNS: 'what mutable state does it exclusively manage?',
  INVARIANTS: 'what must always hold for this module?',
  EVENTS: 'what events does it produce or consume? (classify each as EXOGENOUS or ENDOGENOUS)',
  'EXTENSION FRICTION': 'how many files must change to add one more variant?',
};

export const rule: Rule = {
  meta: {
    id: 'MP106',
    name: 'module-contract-incomplete',
    severity: 'error',
    description: 'A building block of the concept model without all of the module contract fields (OBSERVES, CONTROLS, OWNS, INVARIANTS, EVENTS, EXTENSION FRICTION).',
    scope: 'plan',
    kinds: ['macro'],
    needs: ['plan-structure'],
  },
  check(ctx) {
    const plan = ctx.plan;
    if (!plan) return;
    const { blocks } = buildingBlocks(ctx.model, plan);
    const order = plan.profile.contractFields;
    for (const b of blocks) {
      const missing = b.missing;
      const empty = b.empty.filter((f) => !missing.includes(f));
      if (missing.length === 0 && empty.length === 0) continue;
      const parts: string[] = [];
      if (missing.length) parts.push(`lacks ${missing.join(', ')}`);
      if (empty.length) parts.push(`leaves ${empty.join(', ')} empty`);
      const edits = missing.length ? contractEdits(ctx.model, b, order) : [];
      ctx.report({
        start: b.titleSpan.start,
        end: b.titleSpan.end,
        message: `Building block "${b.name}" ${parts.join(' and ')}: every block needs the module contract (${order.join(', ')}).`,
        suggestions: edits.length ? [{ title: `Add the missing contract field${missing.length === 1 ? '' : 's'} to "${b.name}"`, edits }] : undefined,
      });
    }
  },
};

/**
 * Edits inserting a block's missing fields as a template, each after the field that precedes it in
 * the profile (or before the first field), in the style of the block's existing fields.
 */
export function contractEdits(model: PlanModel, b: BuildingBlock, order: string[]): TextEdit[] {
  if (b.titleForm === 'table-row') return [];
  const text = model.text;
  const nl = text.includes('\r\n') ? '\r\n' : '\n';
  const sample = b.fields.find((f) => f.form !== 'table-column');
  let render: (field: string) => string;
  if (sample) {
    const lineText = text.slice(sample.line.start, sample.line.end);
    const lead = text.slice(sample.line.start, sample.labelSpan.start);
    const bold = /(\*\*|__)$/.exec(lead)?.[1] ?? '';
    const leadNoBold = bold ? lead.slice(0, -bold.length) : lead;
    const afterLabel = text.slice(sample.labelSpan.end, sample.valueSpan.start);
    const upper = sample.label === sample.label.toUpperCase();
    const shown = (f: string) => (upper ? f : f.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase()));
    if (sample.form === 'table-row') {
      render = (f) => `${leadNoBold}${bold}${shown(f)}${bold} | TODO: ${FIELD_HINTS[f] ?? 'fill in'} |`;
    } else {
      // Keep the separator as written: `: `, `:** `, `** — `.
      const sep = afterLabel || ': ';
      void lineText;
      render = (f) => `${leadNoBold.replace(/\d{1,3}([.)])/, '1$1')}${bold}${shown(f)}${sep}TODO: ${FIELD_HINTS[f] ?? 'fill in'}`;
    }
  } else {
    // No field yet: a list under the title, indented under a list-item title.
    const titleLine = text.slice(model.lines.starts[model.lines.positionAt(b.titleSpan.start).line], b.titleSpan.start);
    const indent = /^\s*(?:[-*+]|\d{1,3}[.)])\s+/.test(titleLine) ? ' '.repeat(titleLine.length) : '';
    render = (f) => `${indent}- ${f}: TODO: ${FIELD_HINTS[f] ?? 'fill in'}`;
  }
  const lineEndOf = (o: number) => model.lines.lineEnd(model.lines.positionAt(o).line);
  const lineStartOf = (o: number) => model.lines.starts[model.lines.positionAt(o).line];
  const present = new Map(b.fields.map((f) => [f.name, f]));
  const groups = new Map<number, { before: boolean; lines: string[] }>();
  for (const f of b.missing) {
    const i = order.indexOf(f);
    let anchor: { at: number; before: boolean } | undefined;
    for (let k = i - 1; k >= 0 && !anchor; k--) {
      const p = present.get(order[k]);
      // Several fields on one paragraph line: insert after that line.
      if (p) anchor = { at: lineEndOf(p.valueSpan.end), before: false };
    }
    if (!anchor) {
      const first = b.fields.length ? b.fields.reduce((a, x) => (x.line.start < a.line.start ? x : a)) : undefined;
      anchor = first ? { at: lineStartOf(first.line.start), before: true } : { at: lineEndOf(b.titleSpan.end), before: false };
    }
    let g = groups.get(anchor.at);
    if (!g) groups.set(anchor.at, (g = { before: anchor.before, lines: [] }));
    g.lines.push(render(f));
  }
  const edits: TextEdit[] = [];
  for (const [at, g] of groups) {
    edits.push({ start: at, end: at, newText: g.before ? g.lines.map((l) => l + nl).join('') : g.lines.map((l) => nl + l).join('') });
  }
  return edits.sort((a, b) => a.start - b.start);
}
