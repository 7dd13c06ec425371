/**
 * The plan's outline contributor for lsp/symbols.ts: sections (A–K), building blocks and PR cards,
 * from core/authoring/outline.ts. A section, block or card heading shows once, as the plan item
 * (`withPlanItems`).
 */
import { SymbolKind } from 'vscode-languageserver/node';
import type { PlanModel } from '../core/model';
import { planOutline, type PlanOutlineKind } from '../core/authoring/outline';
import type { OutlineItem } from './outlineItem';

const KIND: Record<PlanOutlineKind, SymbolKind> = {
  section: SymbolKind.Namespace,
  block: SymbolKind.Class,
  pr: SymbolKind.Event,
};

export function planOutlineItems(model: PlanModel): OutlineItem[] {
  return planOutline(model).map((i) => ({ name: i.name, detail: i.detail, kind: KIND[i.kind], start: i.start, end: i.end, selectionStart: i.selectionStart, selectionEnd: i.selectionEnd }));
}

/**
 * The plan items followed by the other contributors' items, minus the headings that a plan item
 * stands for (a heading item starting the line where a section, block or card title is), so that
 * each shows once.
 */
export function withPlanItems(model: PlanModel, items: OutlineItem[]): OutlineItem[] {
  const plan = planOutlineItems(model);
  if (!plan.length) return items;
  const lineStarts = new Set(plan.map((p) => model.text.lastIndexOf('\n', p.selectionStart - 1) + 1));
  return [...plan, ...items.filter((i) => !(lineStarts.has(i.selectionStart) && model.headings.some((h) => h.start === i.selectionStart)))];
}
