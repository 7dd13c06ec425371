import type { Heading, PlanModel, Span } from '../model';
import type { Profile } from './profile';
import type { PlanStructure } from './structure';
import { cellContentEnd, cellContentStart, idDefinitionAt, isPlaceholder, labelAt, labelKey, plain, prRefs, proseLines, spanAt, type PrRef } from './scan';

/**
 * PR cards: the `PR n` headings of the PR plan section and the Tier 1 / Tier 2 fields under them.
 *
 * A card starts at a heading `PR 3: Title`, `PR3 — Title`, `PR-3 Title` (optionally decorated, e.g.
 * `✅ PR 3: ...`) and runs to the next heading of the same or a shallower level (or the end of the PR
 * plan section). When the plan has a PR plan section only headings inside it are cards; otherwise
 * every such heading is. Fields are bold labels at the start of a line (`- **Extension Type:** ...`,
 * `**Motivation**: ...`), plain labels that name a known field (`- Extension Type: ...`), or table rows
 * whose first cell names a known field (`| **Scope** | ... |`).
 */

export interface PrField {
  /** The profile's name for the field, or the label as written for other fields. */
  name: string;
  /** The label as written. */
  label: string;
  /** 1 or 2 for the profile's Tier 1 / Tier 2 fields, 0 for others. */
  tier: 0 | 1 | 2;
  /** The whole line (list / paragraph form) or row (table form). */
  start: number;
  end: number;
  labelSpan: Span;
  /** The value on the label's line (or in the row's second cell), markup stripped. */
  value: string;
  valueSpan: Span;
  /** Whether anything follows the label: on its line or on the lines up to the next field. */
  hasContent: boolean;
  form: 'list' | 'paragraph' | 'table';
  /** Indentation and bullet of the line (`- `, `  - `, ``), to write sibling fields in the same style. */
  lead: string;
  bold: boolean;
}

export interface TierMarker extends Span {
  tier: 1 | 2;
}

export interface PrCard extends Span {
  number: number;
  /** `PR 3`. */
  id: string;
  /** The heading's title without the `PR n:` prefix and the `(depends on ...)` note. */
  title: string;
  heading: Heading;
  /** PRs named by a "depends on" phrase in the heading or a Dependencies field. */
  dependsOn: PrRef[];
  fields: PrField[];
  tierMarkers: TierMarker[];
  /** From a Tier marker to the next marker (or the card's end). */
  tier1?: Span;
  tier2?: Span;
  extensionType?: PrField;
  buildingBlockChange?: PrField;
  /** Profile fields the card lacks, per tier (the heading's title stands for `Title`). */
  missing: { tier1: string[]; tier2: string[] };
  /** Profile fields present with nothing after the label (or only a placeholder: TODO, TBD, `<TBD>`, `[fill in]`). */
  empty: PrField[];
  /** BC ids the card introduces, in order. */
  contracts: { id: string; start: number; end: number }[];
  /** Marked as merged / done in its heading (`✅`, `[MERGED]`) or a Status field. */
  merged: boolean;
}

/** A heading that starts a PR card: `PR 3: Title`. */
const CARD_HEADING = /^[^A-Za-z0-9]*PR[ \t]?-?[ \t]?(\d{1,4})\b(?![.-]\d)(.*)$/;
const DEPENDS = /\(?\s*(?:[,;\u2014\u2013-]\s*)?\b(?:depends on|depends upon|after|requires|blocked by|builds on)\b[^)\n]*\)?/i;
const TIER = /^\s*(?:#{1,6}\s*)?(?:[-\u2014\u2013=*_]+\s*)?(?:\*\*|__|\*|_)?\s*Tier[ \t-]*([12])\b/i;
const DEP_FIELDS = new Set(['depends on', 'depend on', 'dependencie', 'dependency', 'prerequisite', 'requires', 'blocked by', 'depend']);
const MERGED = /\u2705|\u2714|\bmerged\b|\bdone\b|\bcompleted?\b|\bshipped\b|\blanded\b/i;
const STATUS_KEY = labelKey('Status');
const EMPTY_SHORT = /^(?:|-|\?)$/;
/** A value that says nothing: blank, a dash, a question mark, or a placeholder (`TODO`, `<TBD>`, `[fill in]`). */
const EMPTY_VALUE = { test: (v: string) => EMPTY_SHORT.test(v.trim()) || isPlaceholder(v) };

/** Other names authors use for the template's fields (compared by `labelKey`). */
const ALIASES: Record<string, string[]> = {
  'Title': ['PR title', 'Name'],
  'Building Block Change': ['Building Block', 'Building Blocks', 'Block Change', 'Building Block Changes', 'Concept Model Change'],
  'Extension Type': ['Extension Types', 'Extension Kind'],
  'Motivation': ['Why', 'Rationale'],
  'Scope': ['In/Out', 'Scope In/Out', 'In / Out', 'Scope and Deliverables', 'Deliverables'],
  'Behavioral Guarantees': ['Guarantees', 'Behavioral Contracts', 'Contracts', 'Behavior Guarantees', 'Module Contract'],
  'Risks': ['Top Risks', 'Risks and Mitigations', 'Risk', 'Risks / Mitigations'],
  'Cross-Cutting': ['Cross-Cutting Infrastructure', 'Shared Infrastructure', 'Cross-Cutting Infra', 'Cross Cutting Concerns'],
  'Validation Gate': ['Gate', 'Validation Gates', 'Risk Gate'],
  'Architectural Impact': ['Architecture Impact', 'Structural Impact', 'Architectural Changes'],
  'API Surface Changes': ['API Changes', 'API Surface', 'API'],
  'CLI Changes': ['CLI', 'CLI Flags', 'Flag Changes', 'CLI Surface'],
  'Test Categories': ['Tests', 'Test Plan', 'Testing', 'Test Strategy'],
  'Documentation Updates': ['Docs', 'Documentation', 'Doc Updates', 'Docs Updates', 'Documentation Changes'],
  'Extension Friction': ['Friction'],
  'Parallel Development': ['Parallelism', 'Parallel Work', 'Parallel Workstreams'],
  'Why independently reviewable': ['Independently Reviewable', 'Why this PR is independently reviewable', 'Reviewability', 'Why Reviewable'],
  'Why no dead code': ['No Dead Code', 'Why it introduces no dead code', 'Dead Code'],
  // macro-plan-template.md's PR entry.
  'Scope and Deliverables': ['Scope', 'Deliverables', 'In/Out', 'Scope In/Out'],
  'Module Contract': ['Contract', 'Behavioral Guarantees', 'Guarantees', 'Behavioral Contracts'],
  'Dependencies': ['Depends On', 'Dependency', 'Prerequisites', 'Requires', 'Blocked By'],
  'Interfaces': ['Interface Status', 'Interface Stability', 'Interfaces Frozen or Flexible', 'Frozen or Flexible', 'Interface Freeze', 'Frozen Interfaces'],
};

/** Maps label keys to field names for a profile's PR card. */
export interface FieldIndex {
  byKey: Map<string, { name: string; tier: 0 | 1 | 2 }>;
  tier1: string[];
  tier2: string[];
}

const fieldIndexes = new WeakMap<Profile, FieldIndex>();

export function fieldIndex(profile: Profile): FieldIndex {
  let idx = fieldIndexes.get(profile);
  if (idx) return idx;
  const byKey = new Map<string, { name: string; tier: 0 | 1 | 2 }>();
  const add = (name: string, tier: 0 | 1 | 2) => {
    for (const label of [name, ...(ALIASES[name] ?? aliasesByKey.get(labelKey(name)) ?? [])]) {
      const k = labelKey(label);
      if (k && !byKey.has(k)) byKey.set(k, { name, tier });
    }
  };
  // Exact names first, so that an alias never shadows another field's own name.
  for (const n of profile.prCard.tier1) byKey.set(labelKey(n), { name: n, tier: 1 });
  for (const n of profile.prCard.tier2) if (!byKey.has(labelKey(n))) byKey.set(labelKey(n), { name: n, tier: 2 });
  for (const n of profile.prCard.tier1) add(n, 1);
  for (const n of profile.prCard.tier2) add(n, 2);
  // The two fields the rules read are known even to a profile that does not require them.
  for (const n of ['Extension Type', 'Building Block Change']) add(n, 0);
  idx = { byKey, tier1: profile.prCard.tier1, tier2: profile.prCard.tier2 };
  fieldIndexes.set(profile, idx);
  return idx;
}

const aliasesByKey = new Map(Object.entries(ALIASES).map(([k, v]) => [labelKey(k), v]));

const cache = new WeakMap<PlanStructure, PrCard[]>();

/** The plan's PR cards in document order. Memoised per plan structure (itself memoised per model and profile). */
export function prCards(model: PlanModel, plan: PlanStructure): PrCard[] {
  let cards = cache.get(plan);
  if (!cards) cache.set(plan, (cards = build(model, plan)));
  return cards;
}

function build(model: PlanModel, plan: PlanStructure): PrCard[] {
  const idx = fieldIndex(plan.profile);
  const section = plan.byRole('pr-plan');
  const from = section?.start ?? 0;
  const to = section?.end ?? model.text.length;
  const heads: { h: Heading; m: RegExpExecArray }[] = [];
  for (const h of model.headings) {
    if (h.start < from || h.start >= to) continue;
    if (section && h === section.heading) continue;
    const m = CARD_HEADING.exec(h.text);
    if (m) heads.push({ h, m });
  }
  const cards: PrCard[] = [];
  for (let i = 0; i < heads.length; i++) {
    const { h, m } = heads[i];
    let end = to;
    for (const other of model.headings) {
      if (other.start > h.start && other.start < end && other.depth <= h.depth) {
        end = other.start;
        break;
      }
    }
    cards.push(buildCard(model, idx, h, m, end));
  }
  return cards;
}

function buildCard(model: PlanModel, idx: FieldIndex, h: Heading, m: RegExpExecArray, end: number): PrCard {
  const number = Number(m[1]);
  const headSrc = model.text.slice(h.start, h.end);
  const dependsOn: PrRef[] = [];
  const dep = DEPENDS.exec(headSrc);
  const depRefs = dep ? prRefs(dep[0], h.start + dep.index) : [];
  for (const r of depRefs) if (r.number !== number) dependsOn.push(r);
  // "after eviction" is part of a title; "(after PR 2)" is a dependency note.
  let title = (depRefs.length ? m[2].replace(DEPENDS, '') : m[2]).replace(/^[\s:.)\]\u2014\u2013-]+/, '').trim();
  title = title.replace(/[\s:\u2014\u2013-]+$/, '');

  const known = (label: string) => idx.byKey.has(labelKey(label)) || DEP_FIELDS.has(labelKey(label));
  const fields: PrField[] = [];
  const tierMarkers: TierMarker[] = [];
  const contracts: PrCard['contracts'] = [];
  const lines = proseLines(model, h.end, end);
  const tableRows = new Set<number>();
  for (const t of model.tables) if (t.start >= h.end && t.end <= end) for (let l = model.lines.positionAt(t.start).line; l <= model.lines.positionAt(t.end).line; l++) tableRows.add(l);
  let open: PrField | undefined;
  for (const ln of lines) {
    const def = idDefinitionAt(ln.text);
    if (def && def.kind === 'BC') contracts.push({ id: def.id, start: ln.start + def.col, end: ln.start + def.col + def.len });
    if (tableRows.has(ln.line)) continue;
    const tm = TIER.exec(ln.text);
    if (tm && !/^\s*(?:[-*+]|\d+[.)])\s/.test(ln.text)) {
      tierMarkers.push({ start: ln.start, end: ln.end, tier: Number(tm[1]) as 1 | 2 });
      open = undefined;
      continue;
    }
    const la = labelAt(ln.text, known);
    // A bold lead-in nested under a field (`  - **BC-1 (bounds):** ...`) is the field's content.
    if (la && open && open.form !== 'table' && indentOf(la.lead) > indentOf(open.lead) && !known(la.label)) {
      open.hasContent = true;
      continue;
    }
    if (la) {
      const k = labelKey(la.label);
      const f = idx.byKey.get(k);
      const valueRaw = ln.text.slice(la.valueStart);
      open = {
        name: f?.name ?? (DEP_FIELDS.has(k) ? 'Depends On' : la.label),
        label: la.label,
        tier: f?.tier ?? 0,
        start: ln.start,
        end: ln.end,
        labelSpan: { start: ln.start + la.labelStart, end: ln.start + la.labelEnd },
        value: plain(valueRaw),
        valueSpan: { start: ln.start + la.valueStart, end: ln.end },
        hasContent: !EMPTY_VALUE.test(plain(valueRaw)),
        form: /^\s*(?:>\s*)?(?:[-*+]|\d{1,3}[.)])\s/.test(la.lead) ? 'list' : 'paragraph',
        lead: la.lead,
        bold: la.bold,
      };
      fields.push(open);
      continue;
    }
    // Lines under a field (nested bullets, continuation) give it content.
    if (open && !open.hasContent && ln.text.trim() && !/^\s*([-*_])(\s*\1){2,}\s*$/.test(ln.text)) {
      if (!EMPTY_VALUE.test(plain(ln.text.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')))) open.hasContent = true;
    }
  }
  for (const t of model.tables) {
    if (t.start < h.end || t.end > end) continue;
    for (const row of [t.header, ...t.rows]) {
      const first = row[0];
      if (!first) continue;
      const label = first.text.replace(/:\s*$/, '').trim();
      const k = labelKey(label);
      const f = idx.byKey.get(k);
      if (!f && !DEP_FIELDS.has(k)) continue;
      const second = row[1];
      const value = second ? second.text : '';
      const ls = cellContentStart(model.text, first);
      fields.push({
        name: f?.name ?? 'Depends On',
        label,
        tier: f?.tier ?? 0,
        start: first.start,
        end: row[row.length - 1].end,
        labelSpan: { start: ls, end: cellContentEnd(model.text, first) },
        value,
        valueSpan: second ? { start: cellContentStart(model.text, second), end: cellContentEnd(model.text, second) } : { start: first.end, end: first.end },
        hasContent: !EMPTY_VALUE.test(value),
        form: 'table',
        lead: '',
        bold: /^\*\*|^__/.test(model.text.slice(ls, ls + 2)),
      });
    }
  }
  fields.sort((a, b) => a.start - b.start);
  // A profile may list the dependencies field itself (the template's "Dependencies"): read it by its key.
  for (const f of fields) if (DEP_FIELDS.has(labelKey(f.name))) for (const r of prRefs(model.text.slice(f.valueSpan.start, f.valueSpan.end), f.valueSpan.start)) if (r.number !== number) dependsOn.push(r);

  const tiers: { tier1?: Span; tier2?: Span } = {};
  tierMarkers.forEach((t, i) => {
    const key = t.tier === 1 ? 'tier1' : 'tier2';
    if (!tiers[key]) tiers[key] = { start: t.start, end: i + 1 < tierMarkers.length ? tierMarkers[i + 1].start : end };
  });
  const present = new Set(fields.map((f) => f.name));
  if (title) present.add(idx.tier1.find((n) => labelKey(n) === 'title') ?? 'Title');
  const empty = fields.filter((f) => f.tier !== 0 && !f.hasContent && !(labelKey(f.name) === 'title' && title));
  return {
    start: h.start,
    end,
    number,
    id: `PR ${number}`,
    title,
    heading: h,
    dependsOn,
    fields,
    tierMarkers,
    ...tiers,
    extensionType: fields.find((f) => labelKey(f.name) === 'extension type'),
    buildingBlockChange: fields.find((f) => labelKey(f.name) === 'building block change'),
    missing: {
      tier1: idx.tier1.filter((n) => !present.has(n)),
      tier2: idx.tier2.filter((n) => !present.has(n)),
    },
    empty,
    contracts,
    merged: MERGED.test(h.text) || fields.some((f) => labelKey(f.label) === STATUS_KEY && MERGED.test(f.value) && !/\bnot\b|\bpending\b|\bin review\b/i.test(f.value)),
  };
}

function indentOf(lead: string): number {
  return /^\s*/.exec(lead)![0].length;
}

/** The number for a new PR card: one more than the highest card (1 for a plan without cards). */
export function nextPrNumber(cards: readonly PrCard[]): number {
  let max = 0;
  for (const c of cards) max = Math.max(max, c.number);
  return cards.length ? max + 1 : 1;
}

/**
 * The number for a new behavioural contract in a card: one more than the highest `BC-n` it defines.
 * For a card that numbers its contracts per PR (`BC-17-1`), the number after the PR's prefix.
 */
export function nextBcNumber(card: PrCard): number {
  let max = 0;
  const prefix = `BC-${card.number}-`;
  const qualified = card.contracts.some((c) => c.id.startsWith(prefix));
  for (const c of card.contracts) {
    if (qualified) {
      if (c.id.startsWith(prefix)) max = Math.max(max, Number(c.id.slice(prefix.length)) || 0);
    } else if (/^BC-\d+$/.test(c.id)) max = Math.max(max, Number(c.id.slice(3)));
  }
  return max + 1;
}

/** The id for a new contract in a card, in the card's own style: `BC-4` or `BC-17-6`. */
export function nextBcId(card: PrCard): string {
  const qualified = card.contracts.some((c) => c.id.startsWith(`BC-${card.number}-`));
  return qualified ? `BC-${card.number}-${nextBcNumber(card)}` : `BC-${nextBcNumber(card)}`;
}

/** The card holding an offset. */
export function cardAt(cards: readonly PrCard[], offset: number): PrCard | undefined {
  // Cards are in document order and do not overlap.
  return spanAt(cards, offset);
}
