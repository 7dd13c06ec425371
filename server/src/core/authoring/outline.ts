/**
 * The plan's own outline items: its sections (A–K), the building blocks of the concept model and the
 * PR cards (extension type as detail). The LSP outline (lsp/symbols.ts) nests them with the headings.
 */
import type { PlanModel } from '../model';
import { BUILTIN_PROFILES, type Profile } from '../plan/profile';
import { planStructure, type PlanStructure } from '../plan/structure';
import { buildingBlocks } from '../plan/blocks';
import { prCards } from '../plan/prcards';

export type PlanOutlineKind = 'section' | 'block' | 'pr';

export interface PlanOutlineItem {
  kind: PlanOutlineKind;
  name: string;
  detail?: string;
  start: number;
  end: number;
  selectionStart: number;
  selectionEnd: number;
}

/** Sections needed before a document's outline shows plan items. */
const MIN_SECTIONS = 3;

/** The shipped profile the document follows best (the default on a tie). */
export function bestProfile(model: PlanModel, profiles: Profile[] = Object.values(BUILTIN_PROFILES)): PlanStructure {
  let best: PlanStructure | undefined;
  for (const p of profiles) {
    const s = planStructure(model, p);
    if (!best || s.matchedCount > best.matchedCount) best = s;
  }
  return best!;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

export function planOutline(model: PlanModel, plan: PlanStructure = bestProfile(model)): PlanOutlineItem[] {
  if (plan.matchedCount < MIN_SECTIONS) return [];
  const text = model.text;
  const items: PlanOutlineItem[] = [];
  for (const s of plan.sections) {
    const h = s.heading;
    const written = h.text || s.title;
    items.push({
      kind: 'section',
      name: written,
      detail: s.spec && !written.toLowerCase().includes(s.spec.title.toLowerCase()) ? `${s.spec.letter}) ${s.spec.title}` : undefined,
      start: s.start,
      end: Math.max(h.end, trimEnd(text, h.end, s.end)),
      selectionStart: h.start,
      selectionEnd: h.end,
    });
  }
  for (const b of buildingBlocks(model, plan).blocks) {
    items.push({
      kind: 'block',
      name: b.name,
      detail: b.missing.length ? `building block · lacks ${b.missing.join(', ')}` : 'building block',
      start: b.start,
      end: Math.max(b.titleSpan.end, trimEnd(text, b.start, b.end)),
      selectionStart: b.titleSpan.start,
      selectionEnd: b.titleSpan.end,
    });
  }
  for (const c of prCards(model, plan)) {
    items.push({
      kind: 'pr',
      name: c.title ? `${c.id}: ${c.title}` : c.id,
      detail: c.extensionType?.value || undefined,
      start: c.start,
      end: Math.max(c.heading.end, trimEnd(text, c.heading.end, c.end)),
      selectionStart: c.heading.start,
      selectionEnd: c.heading.end,
    });
  }
  return items;
}
