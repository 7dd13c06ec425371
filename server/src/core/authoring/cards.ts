/**
 * "Insert PR card": the next PR number, how the plan numbers its behavioural contracts, where the
 * card goes and its text (both tiers, as a snippet), all from the plan model and its profile.
 */
import type { PlanModel } from '../model';
import type { Profile } from '../plan/profile';
import type { PlanStructure } from '../plan/structure';
import { cardAt, nextPrNumber, prCards, type PrCard } from '../plan/prcards';
import { contractIds } from '../plan/ids';
import { buildingBlocks } from '../plan/blocks';
import { escapeChoice, escapeSnippetText } from './snippet';
import { atCursorLine, atRegionEnd, type Insertion } from './place';

export { nextPrNumber };

/** How the plan numbers BC ids, and the first id of a new card. */
export interface BcNumbering {
  /** `qualified`: BC-<PR>-<n> per card; `per-card`: each card restarts at BC-1; `continuous`: one series over the plan. */
  style: 'qualified' | 'per-card' | 'continuous';
  /** The id the new card's first contract gets. */
  first: string;
}

/**
 * The BC numbering a new card continues. Cards that write `BC-17-1` get `BC-<new PR>-1`; a plan whose
 * cards each start again at BC-1 gets BC-1; otherwise the series goes on from the highest BC-n
 * defined anywhere in the plan (BC-1 for a plan without contracts).
 */
export function bcNumbering(model: PlanModel, plan: PlanStructure, prNumber: number): BcNumbering {
  const cards = prCards(model, plan);
  const ids = contractIds(model, plan);
  const bcDefs = ids.defs.filter((d) => d.kind === 'BC');
  const qualified = cards.some((c) => c.contracts.some((k) => k.id.startsWith(`BC-${c.number}-`)));
  if (qualified) return { style: 'qualified', first: `BC-${prNumber}-1` };
  let max = 0;
  for (const d of bcDefs) {
    const m = /^BC-(\d+)$/.exec(d.id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  // Two cards that each define BC-1 (or any same id) restart their numbering per card.
  const withContracts = cards.filter((c) => c.contracts.some((k) => /^BC-\d+$/.test(k.id)));
  const starts = withContracts.map((c) => Math.min(...c.contracts.filter((k) => /^BC-\d+$/.test(k.id)).map((k) => Number(k.id.slice(3)))));
  if (withContracts.length >= 2 && starts.filter((s) => s === 1).length >= 2) return { style: 'per-card', first: 'BC-1' };
  return { style: 'continuous', first: `BC-${max + 1}` };
}

/** The first number of a BC id and its prefix: `BC-17-3` -> { prefix: 'BC-17-', n: 3 }. */
function splitBc(id: string): { prefix: string; n: number } {
  const m = /^(.*-)(\d+)$/.exec(id);
  return m ? { prefix: m[1], n: Number(m[2]) } : { prefix: 'BC-', n: 1 };
}

/** Placeholder text of the template's fields (the prompt's own questions, shortened). */
const HINTS: Record<string, string> = {
  'Motivation': 'Why this PR exists, in one or two sentences.',
  'Risks': 'Top risk and how it is mitigated.',
  'Cross-Cutting': 'Shared infrastructure this PR creates or consumes.',
  'Validation Gate': 'None (no risk register entry gates this PR)',
  'Architectural Impact': 'What changes structurally.',
  'API Surface Changes': 'New behaviour described in prose, no Go code.',
  'CLI Changes': 'None',
  'Test Categories': 'unit, integration, invariant',
  'Documentation Updates': 'CLAUDE.md, README',
  'Extension Friction': 'N files to add one more variant',
  'Parallel Development': 'What can proceed independently after this PR merges.',
  'Why independently reviewable': 'It ships a complete, exercisable change.',
  'Why no dead code': 'Everything it adds is exercised by its tests or the CLI.',
  'Dependencies': 'PRs that must merge before this one starts (or none).',
  'Interfaces': 'Frozen or flexible at this stage.',
};

export interface PrCardOptions {
  number: number;
  /** Heading depth of the card (`###` = 3). */
  depth: number;
  title?: string;
  extensionType?: string;
  buildingBlock?: string;
  /** The first BC id of the card. */
  firstBc: string;
  /** Tier marker lines to write (the plan's own style), else the template's. */
  tierMarkers?: { tier1: string; tier2: string };
}

/** Snippet text of a PR card with every field of the profile (in its two tiers when it has them). */
export function prCardSnippet(profile: Profile, o: PrCardOptions): string {
  let n = 1;
  const next = () => n++;
  const titleStop = next();
  const title = `\${${titleStop}:${escapeSnippetText(o.title ?? 'Short imperative title')}}`;
  const out: string[] = [`${'#'.repeat(o.depth)} PR ${o.number}: ${title}`, ''];
  const field = (name: string): string[] => {
    const key = name.toLowerCase();
    const label = `- **${escapeSnippetText(name)}:**`;
    if (key === 'title') return [`${label} \${${titleStop}}`];
    if (key === 'extension type') {
      const v = o.extensionType
        ? escapeSnippetText(o.extensionType)
        : `\${${next()}|${profile.extensionTypes.map(escapeChoice).join(',')}|}`;
      return [`${label} ${v}`];
    }
    if (key === 'building block change') {
      const verb = `\${${next()}|Modifies,Adds|}`;
      const block = o.buildingBlock ? escapeSnippetText(o.buildingBlock) : `\${${next()}:Building Block}`;
      return [`${label} ${verb} ${block}`];
    }
    if (key === 'scope' || key === 'scope and deliverables') return [label, `  - In: \${${next()}:what this PR delivers}`, `  - Out: \${${next()}:what it leaves to other PRs}`];
    if (key === 'behavioral guarantees' || key === 'module contract') {
      const { prefix, n: first } = splitBc(o.firstBc);
      return [label, `  - ${prefix}${first}: \${${next()}:what must hold after this PR merges}`, `  - ${prefix}${first + 1}: \${${next()}:another guarantee}`];
    }
    return [`${label} \${${next()}:${escapeSnippetText(HINTS[name] ?? name)}}`];
  };
  // The template's PR entry is one list of fields, without tier titles.
  const tiered = profile.prCard.tiered !== false;
  const t1 = o.tierMarkers?.tier1 ?? '--- Tier 1: Human Review Summary ---';
  const t2 = o.tierMarkers?.tier2 ?? '--- Tier 2: Implementation Guide ---';
  if (tiered) out.push(escapeSnippetText(t1), '');
  for (const f of profile.prCard.tier1) out.push(...field(f));
  if (!profile.prCard.tier1.some((f) => f.toLowerCase() === 'extension type') && !profile.prCard.tier2.some((f) => f.toLowerCase() === 'extension type')) out.push(...field('Extension Type'));
  if (tiered) out.push('', escapeSnippetText(t2), '');
  for (const f of profile.prCard.tier2) out.push(...field(f));
  return out.join('\n') + '$0';
}

export interface PrCardPlan {
  number: number;
  depth: number;
  bc: BcNumbering;
  insertion: Insertion;
  tierMarkers?: { tier1: string; tier2: string };
  /** Names of the plan's building blocks, for the client's quick pick. */
  blocks: string[];
  extensionTypes: string[];
}

/** The tier marker lines of the first card that has both, to write new cards the same way. */
function tierMarkerStyle(model: PlanModel, cards: PrCard[]): { tier1: string; tier2: string } | undefined {
  for (const c of cards) {
    const m1 = c.tierMarkers.find((t) => t.tier === 1);
    const m2 = c.tierMarkers.find((t) => t.tier === 2);
    if (m1 && m2) {
      const line = (s: { start: number; end: number }) => model.text.slice(s.start, s.end).replace(/\r?\n$/, '').trim();
      return { tier1: line(m1), tier2: line(m2) };
    }
  }
  return undefined;
}

/**
 * Everything "Insert PR card" needs. The card goes at the cursor when the cursor is in the PR plan
 * section (after the card holding the cursor, so that no card is split), else at the end of the PR
 * plan section; a plan without one gets it at the cursor.
 */
export function planPrCard(model: PlanModel, plan: PlanStructure, offset: number): PrCardPlan {
  const cards = prCards(model, plan);
  const number = nextPrNumber(cards);
  const section = plan.byRole('pr-plan');
  const depth = cards[0]?.heading.depth ?? (section ? Math.min(6, section.heading.depth + 1) : 3);
  let insertion: Insertion;
  const inSection = section && offset >= section.bodyStart && offset <= section.end;
  const holding = cardAt(cards, offset) ?? (offset === model.text.length ? cards.find((c) => c.end === offset) : undefined);
  if (section && inSection && holding) insertion = atRegionEnd(model.text, holding.start, holding.end, `after ${holding.id}`);
  else if (section && inSection) insertion = atCursorLine(model.text, offset, 'at the cursor');
  else if (section) insertion = atRegionEnd(model.text, section.bodyStart, section.end, `at the end of section ${section.letter || section.title}`);
  else insertion = atCursorLine(model.text, offset, 'at the cursor (the plan has no PR plan section)');
  return {
    number,
    depth,
    bc: bcNumbering(model, plan, number),
    insertion,
    tierMarkers: tierMarkerStyle(model, cards),
    blocks: buildingBlocks(model, plan).blocks.map((b) => b.name),
    extensionTypes: [...plan.profile.extensionTypes],
  };
}
