/**
 * Completion in PR cards: the profile's extension types after `Extension Type:`, the plan's building
 * blocks after `Building Block Change:`, the plan's PRs after `PR `, and the BC / INV ids the plan
 * defines after `BC-` / `INV-`. Plain data: the LSP layer turns it into CompletionItems.
 */
import type { PlanModel } from '../model';
import type { PlanStructure } from '../plan/structure';
import { nextPrNumber, prCards } from '../plan/prcards';
import { contractIds } from '../plan/ids';
import { buildingBlocks } from '../plan/blocks';
import { hiddenSpans, inSpans } from '../plan/scan';

export type AuthoringItemKind = 'extension-type' | 'building-block' | 'pr' | 'contract' | 'invariant';

export interface AuthoringItem {
  label: string;
  detail?: string;
  kind: AuthoringItemKind;
  /** The text replacing start..end. */
  newText: string;
  start: number;
  end: number;
  sortText: string;
}

const EXT_LABEL = /^(\s*(?:>\s*)?(?:[-*+]|\d+[.)])?\s*(?:\*\*|__)?\s*Extension\s+Types?\s*(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:|:))[ \t]*/i;
const BLOCK_LABEL = /^(\s*(?:>\s*)?(?:[-*+]|\d+[.)])?\s*(?:\*\*|__)?\s*Building\s+Blocks?(?:\s+Changes?)?\s*(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:|:))[ \t]*((?:adds?|modif(?:y|ies)|extends?|replaces?|new)\b[ \t]*)?/i;
const TABLE_LABEL = /^\s*\|\s*(?:\*\*|__)?\s*(Extension\s+Types?|Building\s+Blocks?(?:\s+Changes?)?)\s*(?:\*\*|__)?\s*:?\s*\|[ \t]*/i;
const PR_REF = /(?<![\w-])PR[ \t]?-?(\d{0,4})$/;
const ID_REF = /(?<![\w-])(BC|INV)-([\d-]*)$/;

/**
 * Whether the text of the line before the cursor may complete at all: a cheap test on the line
 * alone, so that a trigger character typed in prose costs no model.
 */
export function mayComplete(before: string): boolean {
  return EXT_LABEL.test(before) || BLOCK_LABEL.test(before) || TABLE_LABEL.test(before) || (PR_REF.exec(before)?.[0].length ?? 0) > 2 || ID_REF.test(before);
}

/** Completion items at an offset, or undefined when the offset is in no such context. */
export function authoringCompletions(model: PlanModel, plan: PlanStructure, offset: number): AuthoringItem[] | undefined {
  const text = model.text;
  if (inSpans(hiddenSpans(model), offset)) return undefined;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  if (text[lineEnd - 1] === '\r') lineEnd--;

  // Field values: replace what follows the label up to the end of the line (or the table cell).
  const field = (kind: 'ext' | 'block'): { start: number; end: number } | undefined => {
    const m = (kind === 'ext' ? EXT_LABEL : BLOCK_LABEL).exec(before) ?? tableLabel(before, kind);
    if (!m) return undefined;
    const start = lineStart + m[0].length;
    const cellEnd = text.slice(offset, lineEnd).indexOf('|');
    return { start, end: cellEnd >= 0 ? offset + cellEnd - (text[offset + cellEnd - 1] === ' ' ? 1 : 0) : lineEnd };
  };
  const ext = field('ext');
  if (ext && /^[\w -]*$/.test(text.slice(ext.start, offset))) {
    return plan.profile.extensionTypes.map((t, i) => ({ label: t, kind: 'extension-type', detail: 'extension type', newText: t, start: ext.start, end: Math.max(offset, ext.end), sortText: pad(i) }));
  }
  const blk = field('block');
  if (blk && /^[^|]*$/.test(text.slice(blk.start, offset))) {
    return buildingBlocks(model, plan).blocks.map((b, i) => ({ label: b.name, kind: 'building-block', detail: 'building block', newText: b.name, start: blk.start, end: Math.max(offset, blk.end), sortText: pad(i) }));
  }

  const id = ID_REF.exec(before);
  if (id) {
    const kind = id[1] as 'BC' | 'INV';
    const start = offset - id[0].length;
    const seen = new Set<string>();
    const items: AuthoringItem[] = [];
    for (const d of contractIds(model, plan).defs) {
      if (d.kind !== kind || seen.has(d.id)) continue;
      seen.add(d.id);
      items.push({
        label: d.id,
        kind: kind === 'BC' ? 'contract' : 'invariant',
        detail: definitionLine(text, d.start) + (d.card ? ` (${d.card.id})` : ''),
        newText: d.id,
        start,
        end: offset,
        sortText: pad(items.length),
      });
    }
    return items.length ? items : undefined;
  }

  const pr = PR_REF.exec(before);
  // `PR` alone completes only after a space (`PR `) or a digit: a word starting with PR is prose.
  if (pr && pr[0].length > 2) {
    const start = offset - pr[0].length;
    const cards = prCards(model, plan);
    const sep = pr[0].slice(2).match(/^[ \t]?-?/)![0] || ' ';
    // A new card's heading: the next free number.
    if (/^\s{0,3}#{1,6}[ \t]+[^A-Za-z0-9]*$/.test(before.slice(0, before.length - pr[0].length))) {
      const n = nextPrNumber(cards);
      return [{ label: `PR ${n}`, kind: 'pr', detail: 'next free PR number', newText: `PR${sep}${n}`, start, end: offset, sortText: pad(0) }];
    }
    const seen = new Set<number>();
    const items: AuthoringItem[] = [];
    for (const c of cards) {
      if (seen.has(c.number)) continue;
      seen.add(c.number);
      items.push({ label: `PR ${c.number}`, kind: 'pr', detail: c.title || undefined, newText: `PR${sep}${c.number}`, start, end: offset, sortText: pad(c.number) });
    }
    return items.length ? items : undefined;
  }
  return undefined;
}

function tableLabel(before: string, kind: 'ext' | 'block'): RegExpExecArray | null {
  const m = TABLE_LABEL.exec(before);
  if (!m) return null;
  const isExt = /^extension/i.test(m[1]);
  return isExt === (kind === 'ext') ? m : null;
}

/** The definition's line, markup stripped and shortened, as the item's detail. */
function definitionLine(text: string, at: number): string {
  const s = text.lastIndexOf('\n', at - 1) + 1;
  let e = text.indexOf('\n', at);
  if (e < 0) e = text.length;
  const line = text.slice(s, e).replace(/^[\s>*+|-]*/, '').replace(/[*_`]/g, '').trim();
  return line.length > 80 ? line.slice(0, 79) + '…' : line;
}

function pad(n: number): string {
  return String(n).padStart(4, '0');
}
