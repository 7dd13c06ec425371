import type { Rule } from '../../rule';
import type { PlanModel } from '../../model';
import type { TextEdit } from '../../types';
import { prCards, type PrCard, type PrField } from '../../plan/prcards';
import { list, planFor } from './mp111-120-util';

const PLACEHOLDER = 'TODO';

/** Where a group of new fields goes: after the block of the last field of the tier, else after the tier's marker, else at the card's end. */
function anchor(model: PlanModel, card: PrCard, tier: 1 | 2, tiered: boolean): { at: number; like?: PrField; header: boolean } {
  const own = card.fields.filter((f) => f.tier === tier);
  const last = own[own.length - 1];
  if (last) return { at: blockEnd(model, card, last), like: last, header: false };
  const marker = card.tierMarkers.find((m) => m.tier === tier);
  const like = card.fields.find((f) => f.tier !== 0) ?? card.fields[0];
  if (marker) return { at: marker.end, like, header: false };
  // Tier 1 goes before the first Tier 2 field or marker; Tier 2 at the end.
  if (tier === 1) {
    const next = card.tierMarkers.find((m) => m.tier === 2)?.start ?? card.fields.find((f) => f.tier === 2)?.start;
    if (next !== undefined) return { at: trimBack(model, next), like, header: true };
  }
  // A card without tiers (the template's PR entry) gets its fields at its end, under no tier title.
  return { at: trimBack(model, card.end), like, header: tiered };
}

/** The end of a field's lines: up to the next field, tier marker or the card's end. */
function blockEnd(model: PlanModel, card: PrCard, f: PrField): number {
  let next = card.end;
  for (const o of card.fields) if (o.start > f.start && o.start < next) next = o.start;
  for (const m of card.tierMarkers) if (m.start > f.start && m.start < next) next = m.start;
  if (f.form === 'table') return f.end;
  return trimBack(model, next);
}

/** The end of the last non-blank, non-rule line before an offset. */
function trimBack(model: PlanModel, offset: number): number {
  let l = model.lines.positionAt(offset).line;
  if (model.lines.starts[l] === offset) l--;
  while (l > 0) {
    const t = model.lines.lineText(l).trim();
    if (t === '' || /^([-*_])(\s*\1){2,}$/.test(t)) l--;
    else break;
  }
  return model.lines.lineEnd(Math.max(l, 0));
}

function fieldLine(name: string, like: PrField | undefined): string {
  if (like?.form === 'table') return `| **${name}** | ${PLACEHOLDER} |`;
  const lead = like ? like.lead : '- ';
  return like && !like.bold ? `${lead}${name}: ${PLACEHOLDER}` : `${lead}**${name}:** ${PLACEHOLDER}`;
}

function insertion(model: PlanModel, card: PrCard, tier: 1 | 2, names: string[], tiered: boolean): TextEdit {
  const a = anchor(model, card, tier, tiered);
  const lines = names.map((n) => fieldLine(n, a.like));
  let text = `\n${lines.join('\n')}`;
  if (a.header) {
    const title = tier === 1 ? 'Tier 1: Human Review Summary' : 'Tier 2: Implementation Guide';
    // A table-form card gets a table of its own for the new tier.
    text = `\n\n**${title}**\n\n${a.like?.form === 'table' ? '| Field | Value |\n|---|---|\n' : ''}${lines.join('\n')}`;
  } else if (a.like && a.like.form !== 'table' && card.tierMarkers.some((m) => m.end === a.at)) {
    text = `\n\n${lines.join('\n')}`;
  }
  return { start: a.at, end: a.at, newText: text };
}

export const rule: Rule = {
  meta: {
    id: 'MP112',
    name: 'pr-card-incomplete',
    severity: 'error',
    description: "A PR card lacks a field of the profile's PR card (Tier 1 or Tier 2 for the prompt), or leaves one empty.",
    scope: 'plan',
    kinds: ['macro'],
    needs: ['plan-structure'],
  },
  check(ctx) {
    const plan = planFor(ctx);
    const tiered = ctx.profile.prCard.tiered !== false;
    const fields = (tier: string, names: string[]) => `${tiered ? `${tier} ` : 'the '}field${names.length > 1 ? 's' : ''} ${list(names)}`;
    for (const card of prCards(ctx.model, plan)) {
      const { tier1, tier2 } = card.missing;
      if (tier1.length || tier2.length) {
        const parts: string[] = [];
        if (tier1.length) parts.push(fields('Tier 1', tier1));
        if (tier2.length) parts.push(fields('Tier 2', tier2));
        const edits: TextEdit[] = [];
        if (tier1.length) edits.push(insertion(ctx.model, card, 1, tier1, tiered));
        if (tier2.length) edits.push(insertion(ctx.model, card, 2, tier2, tiered));
        // Two insertions at one offset would be applied in an undefined order: keep Tier 1 first.
        if (edits.length === 2 && edits[0].start === edits[1].start) edits.splice(0, 2, { ...edits[0], newText: edits[0].newText + edits[1].newText });
        ctx.report({
          start: card.heading.start,
          end: card.heading.end,
          message: `${card.id} lacks ${parts.join(' and ')}.${card.merged ? ' (The PR is marked merged: reported as info.)' : ''}`,
          suggestions: [{ title: `Add the missing fields to ${card.id}`, edits }],
          // A merged PR's card is history: a gap there is worth knowing, not blocking.
          severity: card.merged ? 'info' : undefined,
        });
      }
      for (const f of card.empty) {
        ctx.report({ start: f.labelSpan.start, end: f.labelSpan.end, message: `${card.id}: the field ${f.name} is empty. Fill it in (the template asks for it in every PR card).`, severity: card.merged ? 'info' : undefined });
      }
    }
  },
};
