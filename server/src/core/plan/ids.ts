import type { PlanModel, Span } from '../model';
import type { PlanStructure } from './structure';
import { cardAt, prCards, type PrCard } from './prcards';
import { idDefinitionAt, idMatches, prRefs, proseLinesHolding, type IdMatch, type Line } from './scan';

/**
 * Behavioural contracts (`BC-n`) and invariants (`INV-n`): where each is defined and where it is used.
 *
 * Definition: an id that introduces a line: a list item (`- BC-1: ...`, `- **BC-1** (name): ...`), a
 * heading (`#### INV-2 — ...`) or a paragraph (`**BC-3**: ...`); inside a PR card also `BC-2: ...`
 * within a line (`**Behavioral Guarantees:** BC-1: ...; BC-2: ...`). A line that starts with a
 * definition and holds more (`- BC-1: x. BC-2: y`) defines them all, and is reported once as a
 * multi-definition line. A table row refers to the ids it names (`| BC-2 | Task 2 | Unit | ... |` in a
 * Test Strategy table), and a task heading too (`### Task 2: ... (BC-1, BC-3)`): the one exception is
 * an invariant table (`| INV-2 | ... |` as the first cell), which defines an INV that the plan defines
 * nowhere else. Every other mention is a use.
 *
 * Scopes, from the template: behavioural guarantees belong to a PR ("Behavioral Guarantees: What MUST
 * hold after this PR merges? (Use named contracts: BC-1, BC-2, etc.)"), so a `BC-n` is scoped to the
 * PR card defining it (two PRs may each have a BC-1); system invariants belong to the concept model,
 * so an `INV-n` is scoped to the whole plan. A BC defined outside every card is plan-wide.
 *
 * A use resolves to the PR it is qualified with (`BC-1 of PR 1`, `PR 1's BC-1`), then to its own
 * card, then to a card its line names (`BC-14 test in PR 1`, `BC-17-2`), then to any definition in
 * the plan. Ids that a line declares to live in another document
 * (`INV-1 through INV-7 as defined in the design document`, `BC-1 through BC-25 (see design doc
 * Section 11)`, a link to a `.md` file) are external: defined for the purpose of this check, the
 * whole range included. Code blocks and HTML comments are not read, except in a micro plan a fence
 * that is not Go inside its Behavioral Contracts: the template displays `BC-N: <Name>` / `- GIVEN` in
 * a fence, and plans that copy it define their contracts there (as micro.ts reads them).
 */

export type IdKind = 'BC' | 'INV';

export interface IdDef extends Span {
  kind: IdKind;
  id: string;
  /** `plan` or the card's id (`PR 3`). */
  scope: string;
  card?: PrCard;
}

export interface IdUse extends Span {
  kind: IdKind;
  id: string;
  card?: PrCard;
  /** The definition it resolves to; undefined for external ids and undefined references. */
  def?: IdDef;
  external: boolean;
}

export interface UndefinedId {
  kind: IdKind;
  id: string;
  /** Every use, in document order; the first is where the rule reports. */
  uses: IdUse[];
}

export interface DuplicateId {
  def: IdDef;
  /** The earlier definition in the same scope. */
  first: IdDef;
}

/** A line that defines several contracts (`- BC-1: x. BC-2: y`): one finding, a fix that splits it. */
export interface MultiDefinition extends Span {
  ids: string[];
  /** Where each later definition starts (its markup included), and the prefix a line of its own takes. */
  splits: number[];
  lead: string;
}

export interface IdIndex {
  defs: IdDef[];
  multi: MultiDefinition[];
  uses: IdUse[];
  /** Ids declared to be defined in another document. */
  external: Set<string>;
  duplicates: DuplicateId[];
  undefinedIds: UndefinedId[];
  /** The definition a mention at an offset stands for (the mention itself when it is one). */
  definitionAt(offset: number): IdDef | undefined;
}

const EXTERNAL = /design[- ]doc|design document|defined in\b|(?:^|[\s(])see\s+(?:the\s+)?(?:\[|`|\S+\s+(?:section|§|doc))|\]\([^)]*\.md\b|\bper the\b.*\b(?:doc|document|spec)\b/i;
const RANGE = /\b(BC|INV)-(\d{1,4})\s*(?:through|thru|to|until|\u2013|\u2014|-|\.\.\.?|\u2026)\s*(?:\1-)?(\d{1,4})\b/g;

const ID_NEEDLE = /BC-|INV-/g;
const ID_NEEDLE_ONE = /BC-|INV-/;
const INLINE_DEF = /^(?:\*\*|__|`)?(?:\s*\([^)]*\))?(?:\*\*|__)?:(?:\*\*|__)?\s/;
const cache = new WeakMap<PlanStructure, IdIndex>();

export function contractIds(model: PlanModel, plan: PlanStructure): IdIndex {
  let idx = cache.get(plan);
  if (!idx) cache.set(plan, (idx = build(model, plan)));
  return idx;
}

function build(model: PlanModel, plan: PlanStructure): IdIndex {
  const cards = prCards(model, plan);
  const byNumber = new Map<number, PrCard>();
  for (const c of cards) if (!byNumber.has(c.number)) byNumber.set(c.number, c);
  const defs: IdDef[] = [];
  const rawUses: { m: IdUse; lineNames: number[]; qualified?: number }[] = [];
  const external = new Set<string>();
  const duplicates: DuplicateId[] = [];
  const seen = new Map<string, IdDef>();
  const anyDef = new Map<string, IdDef>();

  const multi: MultiDefinition[] = [];
  /** INV ids the first cell of a table row introduces: definitions only where nothing else defines them. */
  const tableDefs = new Map<string, IdDef>();
  const fenced = fencedContractLines(model, plan);
  // A micro plan defines its contracts in its Behavioral Contracts section: elsewhere an id opening a
  // line (a test list's `- BC-3: Cold request ...`, a Test Strategy `- **BC-4:** TestX extended`, a
  // Review Guide item, a checklist's `**INV-1:**`) refers to it.
  const section = plan.profile.kind === 'micro' ? plan.byRole('contracts') : undefined;
  const contractsSection = section ? { start: section.bodyStart, end: section.end } : undefined;
  // Only a line holding `BC-` or `INV-` has an id (ID_RE): the others are skipped below anyway.
  const prose = proseLinesHolding(model, ID_NEEDLE);
  const lines = fenced.length ? [...prose, ...fenced.filter((l) => ID_NEEDLE_ONE.test(l.text))].sort((a, b) => a.start - b.start) : prose;
  for (const ln of lines) {
    const matches = idMatches(ln.text, ln.start);
    if (!matches.length) continue;
    const card = cardAt(cards, ln.start);
    if (EXTERNAL.test(ln.text)) {
      for (const m of matches) external.add(m.id);
      RANGE.lastIndex = 0;
      let r: RegExpExecArray | null;
      while ((r = RANGE.exec(ln.text))) {
        const a = Number(r[2]);
        const b = Number(r[3]);
        if (b >= a && b - a <= 500) for (let n = a; n <= b; n++) external.add(`${r[1]}-${n}`);
      }
    }
    const tableRow = /^\s*\|/.test(ln.text);
    let found = idDefinitionAt(ln.text);
    if (found && !tableRow && contractsSection && !definesContract(model, contractsSection, ln)) found = undefined;
    // A table row or a heading mentioning a BC refers to it (Test Strategy rows, `### Task 2: ... (BC-1)`).
    const def = found && tableRow && found.kind === 'BC' ? undefined : found;
    const lineNames = prRefs(ln.text).map((r) => r.number);
    const later: IdMatch[] = [];
    for (const m of matches) {
      const first = !!def && m.start === ln.start + def.col;
      // `BC-2: ...` inside a line introduces BC-2 too: in a card (`**Behavioral Guarantees:** BC-1: x; BC-2: y`),
      // and on a line that starts with a definition (`- BC-1: x. BC-2: y`, reported as one finding).
      const inline = !first && m.kind === 'BC' && !tableRow && (!!card || !!def) && INLINE_DEF.test(ln.text.slice(m.end - ln.start));
      if (inline && def && m.start > ln.start + def.col) later.push(m);
      if (first && tableRow) {
        if (!tableDefs.has(m.id)) tableDefs.set(m.id, { kind: m.kind, id: m.id, start: m.start, end: m.end, scope: 'plan' });
        continue;
      }
      if (first || inline) {
        const scope = m.kind === 'BC' && card ? card.id : 'plan';
        const d: IdDef = { kind: m.kind, id: m.id, start: m.start, end: m.end, scope, card: m.kind === 'BC' ? card : undefined };
        const key = `${scope}\0${m.id}`;
        const first = seen.get(key);
        if (first) duplicates.push({ def: d, first });
        else seen.set(key, d);
        if (!anyDef.has(m.id)) anyDef.set(m.id, d);
        defs.push(d);
        continue;
      }
      // `BC-1 of PR 1`, `PR 1's BC-1`: an explicit qualification wins over the card the use sits in.
      const after = /^\s*(?:of|in|from)\s+PR[ \t]?-?[ \t]?(\d{1,4})/.exec(ln.text.slice(m.end - ln.start));
      const before = /PR[ \t]?-?[ \t]?(\d{1,4})(?:'s|\u2019s)?\s*$/.exec(ln.text.slice(0, m.start - ln.start));
      const qualified = after ? Number(after[1]) : before ? Number(before[1]) : undefined;
      rawUses.push({ m: { kind: m.kind, id: m.id, start: m.start, end: m.end, card, external: false }, lineNames, qualified });
    }
    if (def && later.length) {
      const lead = ln.text.slice(0, def.col).replace(/(?:\*\*|__|`|\*|_)+$/, '');
      const splits = later.map((m) => {
        let at = m.start;
        while (at > ln.start && /[*_`]/.test(model.text[at - 1])) at--;
        return at;
      });
      multi.push({ start: ln.start, end: ln.end, ids: [def.id, ...later.map((m) => m.id)], splits, lead });
    }
  }
  // An invariant table defines what the plan does not define otherwise.
  for (const d of tableDefs.values()) {
    if (seen.has(`plan\0${d.id}`)) continue;
    seen.set(`plan\0${d.id}`, d);
    if (!anyDef.has(d.id)) anyDef.set(d.id, d);
    defs.push(d);
  }
  defs.sort((a, b) => a.start - b.start);

  const uses: IdUse[] = [];
  const undef = new Map<string, UndefinedId>();
  for (const { m, lineNames, qualified } of rawUses) {
    let d: IdDef | undefined;
    if (m.kind === 'INV') d = seen.get(`plan\0${m.id}`);
    else {
      if (qualified !== undefined && byNumber.has(qualified)) d = seen.get(`${byNumber.get(qualified)!.id}\0${m.id}`);
      if (!d && m.card) d = seen.get(`${m.card.id}\0${m.id}`);
      const q = /^BC-(\d+)-\d+$/.exec(m.id);
      const named = q ? [Number(q[1]), ...lineNames] : lineNames;
      for (const n of named) {
        if (d) break;
        const c = byNumber.get(n);
        if (c) d = seen.get(`${c.id}\0${m.id}`);
      }
      if (!d) d = seen.get(`plan\0${m.id}`) ?? anyDef.get(m.id);
    }
    m.def = d;
    m.external = !d && external.has(m.id);
    uses.push(m);
    if (!d && !m.external) {
      const key = m.id;
      let u = undef.get(key);
      if (!u) undef.set(key, (u = { kind: m.kind, id: m.id, uses: [] }));
      u.uses.push(m);
    }
  }

  const all = [...defs.map((d) => ({ start: d.start, end: d.end, def: d })), ...uses.map((u) => ({ start: u.start, end: u.end, def: u.def }))].sort((a, b) => a.start - b.start);
  return {
    defs,
    multi,
    uses,
    external,
    duplicates,
    undefinedIds: [...undef.values()],
    definitionAt(offset) {
      let lo = 0;
      let hi = all.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (all[mid].end < offset) lo = mid + 1;
        else if (all[mid].start > offset) hi = mid - 1;
        else return all[mid].def;
      }
      return undefined;
    },
  };
}

/** Whether a micro plan's line opening with an id defines it: in the contracts section, or with GIVEN / WHEN / THEN on it or after it. */
function definesContract(model: PlanModel, section: Span, ln: Line): boolean {
  if (ln.start >= section.start && ln.start < section.end) return true;
  if (/\bGIVEN\b/.test(ln.text)) return true;
  const next = /^\n?\s*\n?([^\n]*)/.exec(model.text.slice(ln.end, ln.end + 400));
  return !!next && /^\s*(?:[-*+]\s+)?(?:\*\*|__)?(?:GIVEN|Given)\b/.test(next[1]);
}

/** The lines of the fences (not Go) inside a micro plan's Behavioral Contracts section, opening fence excluded. */
function fencedContractLines(model: PlanModel, plan: PlanStructure): Line[] {
  if (plan.profile.kind !== 'micro') return [];
  const section = plan.byRole('contracts');
  if (!section) return [];
  const out: Line[] = [];
  for (const b of model.codeBlocks) {
    if (!b.fenced || b.start < section.bodyStart || b.start >= section.end || /^go(?:lang)?$/i.test(b.lang ?? '')) continue;
    for (let l = model.lines.positionAt(b.start).line + 1; l < model.lines.lineCount; l++) {
      const start = model.lines.starts[l];
      if (start >= b.end) break;
      const end = model.lines.lineEnd(l);
      out.push({ line: l, start, end, text: model.text.slice(start, end) });
    }
  }
  return out;
}
