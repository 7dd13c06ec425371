import type { PlanModel, Span, Table, TableCell } from '../model';
import type { PlanStructure } from './structure';
import { cardAt, prCards, type PrCard } from './prcards';
import { hiddenSpans, inSpans, prRefs, type PrRef } from './scan';

/**
 * The PR dependency graph of a plan. An edge `a -> b` means PR b depends on PR a (a merges first).
 *
 * Edges come from:
 * - arrows between PR references, on one line: `PR 1 → PR 2`, `PR1 -> PR2 -> PR3` (a chain),
 *   `PR 1 (data) --> PR 2, PR 3` (a fan-out), `==>`, `──►`, `⇒`; in prose, lists, table cells and code
 *   blocks. Only bracketed labels may stand between a PR and its arrow, so prose like
 *   "PR 1 adds X → Y" is not read as an edge;
 * - vertical diagrams in code blocks: a PR line, lines of `│ ▼ ↓ |` only, then a PR line (columns
 *   decide which PRs connect when a line holds several), and branches `└──► PR 3` hanging under a PR;
 * - mermaid blocks: `PR1 --> PR2`, `A[PR 1: title] --> B[PR 2]`, `-.->`, `==>`, `-->|label|`, `&`;
 * - "depends on" phrases: in a PR heading (`### PR 3: Title (depends on PR 1, PR 2)`), in a
 *   Dependencies / Depends On field, and `PR 3 depends on PR 1` / `requires` / `is blocked by` /
 *   `must follow` / `comes after` (or `PR 2 depends on this` inside PR 1's card);
 * - tables with a PR column and a "Depends on" (Dependencies, Prerequisites, After) column.
 *
 * Arrows are read in the Dependency DAG and PR plan sections when the plan has them, otherwise in the
 * whole document. Nodes are the PRs the plan defines (its PR cards). An edge naming a PR that is not
 * defined is reported in `unknown` (unless its line says the PR is already merged / existing), but
 * only when the plan defines at least one PR.
 */

export interface DagNode {
  /** `PR 3`. */
  id: string;
  number: number;
  title: string;
  /** The card's heading. */
  span: Span;
}

export interface DagEdge {
  from: number;
  to: number;
  /** The text the edge was read from (arrow chain, mermaid statement, heading, field). */
  span: Span;
  fromSpan: Span;
  toSpan: Span;
  source: 'arrow' | 'diagram' | 'mermaid' | 'depends-on';
}

export interface DagCycle {
  /** PR numbers in dependency order, starting at the smallest: [2, 3, 4] for 2 → 3 → 4 → 2. */
  prs: number[];
  /** One edge per hop, the last closing the cycle. */
  edges: DagEdge[];
}

export interface DagUnknown {
  number: number;
  span: Span;
}

export interface DependencyGraph {
  nodes: DagNode[];
  /** Distinct edges (first occurrence of each from/to pair). */
  edges: DagEdge[];
  /** Every edge read, duplicates included, in document order. */
  allEdges: DagEdge[];
  cycles: DagCycle[];
  /** Each mention of an undefined PR in an edge. */
  unknown: DagUnknown[];
}

const cache = new WeakMap<PlanStructure, DependencyGraph>();

export function dependencyGraph(model: PlanModel, plan: PlanStructure): DependencyGraph {
  let g = cache.get(plan);
  if (!g) cache.set(plan, (g = build(model, plan)));
  return g;
}

const MERGED = /\b(?:merged|already|existing|prior|previous|earlier|external|upstream|outside this plan)\b/i;

function build(model: PlanModel, plan: PlanStructure): DependencyGraph {
  const cards = prCards(model, plan);
  const nodes: DagNode[] = [];
  const defined = new Set<number>();
  for (const c of cards) {
    if (defined.has(c.number)) continue;
    defined.add(c.number);
    nodes.push({ id: c.id, number: c.number, title: c.title, span: { start: c.heading.start, end: c.heading.end } });
  }
  const regions: Span[] = [];
  for (const role of ['pr-plan', 'dag']) {
    const s = plan.byRole(role);
    if (s) regions.push({ start: s.start, end: s.end });
  }
  if (!regions.length) regions.push({ start: 0, end: model.text.length });
  regions.sort((a, b) => a.start - b.start);

  const all: DagEdge[] = [];
  const inRegion = (o: number) => regions.some((r) => r.start <= o && o < r.end);
  const hidden = hiddenSpans(model);
  // Prose lines (code blocks are read below, as diagrams).
  for (const r of regions) {
    const first = model.lines.positionAt(r.start).line;
    for (let l = first; l < model.lines.lineCount && model.lines.starts[l] < r.end; l++) {
      const start = model.lines.starts[l];
      if (inSpans(hidden, start)) continue;
      const text = model.lines.lineText(l);
      if (!text.includes('PR')) continue;
      arrowEdges(text, start, 'arrow', all);
      dependsPhrases(text, start, cardAt(cards, start), all);
    }
  }
  for (const t of model.tables) if (inRegion(t.start)) tableEdges(t, model.text, all);
  for (const cb of model.codeBlocks) {
    if (!inRegion(cb.start)) continue;
    const firstLine = cb.line + (cb.fenced ? 1 : 0);
    const lastLine = model.lines.positionAt(cb.end).line - (cb.fenced ? 1 : 0);
    const lines: { text: string; start: number }[] = [];
    for (let l = firstLine; l <= lastLine && l < model.lines.lineCount; l++) lines.push({ text: model.lines.lineText(l), start: model.lines.starts[l] });
    if ((cb.lang ?? '').toLowerCase() === 'mermaid') mermaidEdges(lines, all);
    else diagramEdges(lines, all);
  }
  for (const c of cards) for (const d of c.dependsOn) all.push({ from: d.number, to: c.number, span: { start: d.start, end: d.end }, fromSpan: d, toSpan: { start: c.heading.start, end: c.heading.end }, source: 'depends-on' });
  all.sort((a, b) => a.span.start - b.span.start || a.fromSpan.start - b.fromSpan.start);

  const edges: DagEdge[] = [];
  const seen = new Set<string>();
  for (const e of all) {
    const k = `${e.from}>${e.to}`;
    if (seen.has(k)) continue;
    seen.add(k);
    edges.push(e);
  }
  const unknown: DagUnknown[] = [];
  if (defined.size) {
    const reported = new Set<string>();
    for (const e of all) {
      for (const [n, s] of [[e.from, e.fromSpan], [e.to, e.toSpan]] as const) {
        if (defined.has(n)) continue;
        const key = `${n}@${s.start}`;
        if (reported.has(key)) continue;
        reported.add(key);
        const line = model.lines.lineText(model.lines.positionAt(s.start).line);
        if (MERGED.test(line)) continue;
        unknown.push({ number: n, span: { start: s.start, end: s.end } });
      }
    }
  }
  const cyc = findCycles(edges.map((e) => ({ from: e.from, to: e.to })));
  const edgeOf = new Map(edges.map((e) => [`${e.from}>${e.to}`, e]));
  const cycles = cyc.map((prs) => ({ prs, edges: prs.map((p, i) => edgeOf.get(`${p}>${prs[(i + 1) % prs.length]}`)!) }));
  return { nodes, edges, allEdges: all, cycles, unknown };
}

// ---------------------------------------------------------------------------------------------------
// Arrows on one line.

const ARROW = /-\.+->|--[ \t][^\n]{1,40}?[ \t]-->|==[ \t][^\n]{1,40}?[ \t]==>|(?:-|─|━|=){1,}[>►▶]|[→⟶⇒➜➝➔⟹►▶]/g;
/** What may stand between a PR and its arrow: blanks and bracketed labels. */
const LABELS = /^(?:\s|\[[^\]]*\]|\([^)]*\)|\{[^}]*\}|"[^"]*"|:::[\w-]+|\*\*|`|:(?=\s*$))*$/;
/** What may stand after an arrow before the next PR: blanks and a mermaid edge label. */
const AFTER = /^\s*(?:\|[^|]*\|)?\s*[{(\[]?\s*(?:\*\*|`)?\s*$/;
/** What joins PRs of one group: `PR 2, PR 3`, `PR 2 & PR 3`, `PR 2 and PR 3`. */
const JOIN = /^(?:\s|\[[^\]]*\]|\([^)]*\)|\*\*|`)*(?:,|&|\+|\/|\band\b)(?:\s|\*\*|`)*$/;
const BRANCH = /^[\s│├└╰┌┬┴┼─━|`\\+'-]*$/;

interface Tok extends Span {
  kind: 'pr' | 'arrow';
  number?: number;
}

/** Reads arrow chains on a line; returns the arrows whose left side holds no PR (branches). */
function arrowEdges(text: string, base: number, source: DagEdge['source'], out: DagEdge[], refs?: PrRef[]): Tok[] {
  const toks: Tok[] = [];
  for (const r of refs ?? prRefs(text, 0)) toks.push({ kind: 'pr', start: r.start, end: r.end, number: r.number });
  if (!toks.length) return [];
  ARROW.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ARROW.exec(text))) {
    if (m.index > 0 && text[m.index - 1] === '<') continue;
    toks.push({ kind: 'arrow', start: m.index, end: m.index + m[0].length });
  }
  toks.sort((a, b) => a.start - b.start);
  // Groups of PRs joined by commas / and, separated by arrows.
  type Group = { refs: Tok[]; start: number; end: number };
  const orphans: Tok[] = [];
  let prev: Group | undefined;
  let pendingArrow: Tok | undefined;
  let chainStart = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind === 'arrow') {
      const gap = prev ? text.slice(prev.end, t.start) : undefined;
      if (prev && LABELS.test(gap!) && !pendingArrow) pendingArrow = t;
      else {
        if (!prev && BRANCH.test(text.slice(0, t.start))) orphans.push(t);
        prev = undefined;
        pendingArrow = undefined;
      }
      continue;
    }
    // A PR: start a group, extend the current one, or close an arrow.
    const group: Group = { refs: [t], start: t.start, end: t.end };
    let j = i + 1;
    while (j < toks.length && toks[j].kind === 'pr' && JOIN.test(text.slice(toks[j - 1].end, toks[j].start))) {
      group.refs.push(toks[j]);
      group.end = toks[j].end;
      j++;
    }
    i = j - 1;
    if (pendingArrow && prev && AFTER.test(text.slice(pendingArrow.end, group.start))) {
      for (const a of prev.refs) for (const b of group.refs) {
        out.push({ from: a.number!, to: b.number!, span: { start: base + Math.min(chainStart, a.start), end: base + group.end }, fromSpan: { start: base + a.start, end: base + a.end }, toSpan: { start: base + b.start, end: base + b.end }, source });
      }
    } else {
      chainStart = group.start;
      const orphan = orphans.length && orphans[orphans.length - 1].end <= group.start && AFTER.test(text.slice(orphans[orphans.length - 1].end, group.start)) ? orphans[orphans.length - 1] : undefined;
      if (orphan) (orphan as Tok & { target?: Group }).target = group;
    }
    prev = group;
    pendingArrow = undefined;
  }
  return orphans;
}

const DEP_COLUMN = /depend|prereq|requires|blocked by|^\s*after\b|upstream|predecessor/i;

/** A table with a PR column and a "Depends on" column: `| PR 3 | PR 1, PR 2 |`. */
function tableEdges(t: Table, text: string, out: DagEdge[]): void {
  const dep = t.header.findIndex((c) => DEP_COLUMN.test(c.text));
  if (dep < 0) return;
  // PR references with document offsets (a cell's text has its markup stripped, the source does not).
  const refs = (c: TableCell) => prRefs(text.slice(c.start, c.end), c.start);
  for (const row of t.rows) {
    const own = row.findIndex((c, i) => i !== dep && prRefs(c.text).length > 0);
    const cell = row[dep];
    if (own < 0 || !cell || own > dep) continue;
    const src = row[own];
    // The row's own PR: the first PR named in its first PR cell.
    const to = refs(src)[0];
    if (!to) continue;
    for (const r of refs(cell)) if (r.number !== to.number) out.push({ from: r.number, to: to.number, span: { start: src.start, end: cell.end }, fromSpan: r, toSpan: to, source: 'arrow' });
  }
}

const DEPENDS_PHRASE = /\bPR[ \t]?-?[ \t]?(\d{1,4})\s+(?:also\s+|only\s+)?(?:(?:depends|builds)\s+(?:on|upon)|requires|is blocked by|must follow|comes after)\s+((?:PR[ \t]?-?[ \t]?\d{1,4}(?:\s*(?:,|&|and)\s*)?)+|this(?:\s+PR)?\b)/g;

function dependsPhrases(text: string, base: number, card: PrCard | undefined, out: DagEdge[]): void {
  DEPENDS_PHRASE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DEPENDS_PHRASE.exec(text))) {
    const to = Number(m[1]);
    const toSpan = { start: base + m.index, end: base + m.index + m[0].indexOf(m[1]) + m[1].length };
    const span = { start: base + m.index, end: base + m.index + m[0].length };
    if (/^this/.test(m[2])) {
      if (card && card.number !== to) out.push({ from: card.number, to, span, fromSpan: { start: base + m.index + m[0].length - m[2].length, end: span.end }, toSpan, source: 'depends-on' });
      continue;
    }
    const off = m.index + m[0].length - m[2].length;
    for (const r of prRefs(m[2], base + off)) out.push({ from: r.number, to, span, fromSpan: r, toSpan, source: 'depends-on' });
  }
}

// ---------------------------------------------------------------------------------------------------
// Code block diagrams.

const CONNECTOR = /^[\s│|┃║╎┆┊⋮︙:▼↓⬇vV]*$/;
const DOWN = /[▼↓⬇vV]/g;

function diagramEdges(lines: { text: string; start: number }[], out: DagEdge[]): void {
  const refs = lines.map((l) => prRefs(l.text, 0));
  const isConnector = lines.map((l, i) => !refs[i].length && l.text.trim() !== '' && CONNECTOR.test(l.text) && /[▼↓⬇│|┃║vV]/.test(l.text));
  const nearest = (rs: PrRef[], col: number, leftOnly = false): PrRef | undefined => {
    let best: PrRef | undefined;
    let bestD = Infinity;
    for (const r of rs) {
      if (leftOnly && r.start > col) continue;
      const d = col < r.start ? r.start - col : col >= r.end ? col - r.end + 1 : 0;
      if (d < bestD || (leftOnly && d === bestD)) {
        best = r;
        bestD = d;
      }
    }
    return best;
  };
  const abs = (i: number, r: PrRef): Span => ({ start: lines[i].start + r.start, end: lines[i].start + r.end });
  for (let i = 0; i < lines.length; i++) {
    if (refs[i].length) {
      const orphans = arrowEdges(lines[i].text, lines[i].start, 'diagram', out, refs[i]);
      // `└──► PR 3`: the source is the nearest PR above at or left of the branch.
      for (const o of orphans) {
        const target = (o as Tok & { target?: { refs: Tok[] } }).target;
        if (!target) continue;
        const col = lines[i].text.search(/\S/);
        for (let k = i - 1; k >= 0; k--) {
          if (!refs[k].length) continue;
          const src = nearest(refs[k], Math.max(col, 0), true) ?? refs[k][0];
          for (const t of target.refs) out.push({ from: src.number, to: t.number!, span: { start: lines[k].start + src.start, end: lines[i].start + t.end }, fromSpan: abs(k, src), toSpan: { start: lines[i].start + t.start, end: lines[i].start + t.end }, source: 'diagram' });
          break;
        }
      }
      continue;
    }
    if (!isConnector[i]) continue;
    DOWN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DOWN.exec(lines[i].text))) {
      const col = m.index;
      let up = i - 1;
      while (up >= 0 && isConnector[up]) up--;
      let down = i + 1;
      while (down < lines.length && isConnector[down]) down++;
      if (up < 0 || down >= lines.length || !refs[up].length || !refs[down].length) continue;
      const a = nearest(refs[up], col)!;
      const b = nearest(refs[down], col)!;
      out.push({ from: a.number, to: b.number, span: { start: lines[up].start + a.start, end: lines[down].start + b.end }, fromSpan: abs(up, a), toSpan: abs(down, b), source: 'diagram' });
    }
  }
}

const MERMAID_SKIP = /^\s*(?:graph|flowchart|subgraph|end\b|classDef|class\s|style\s|linkStyle|click\s|direction\s|%%)/;
const M_NODE = /([A-Za-z_][\w-]*)\s*(\[\[[^\]]*\]\]|\[\([^\]]*\)\]|\[[^\]]*\]|\(\([^)]*\)\)|\([^)]*\)|\{\{[^}]*\}\}|\{[^}]*\}|>[^\]]*\])?(?::::[\w-]+)?/y;
const M_ARROW = /\s*(?:-\.+->|--[^\n>-][^\n>]*?-->|==[^\n>=][^\n>]*?==>|-{2,}>|={2,}>|-{2,}[ox]|<-{2,}>)\s*(?:\|[^|]*\|)?\s*/y;
const M_AMP = /\s*&\s*/y;

function mermaidEdges(lines: { text: string; start: number }[], out: DagEdge[]): void {
  // Node ids that stand for PRs: `PR3`, or any id whose label names one (`A[PR 3: title]`).
  const idToPr = new Map<string, number>();
  const nodeDef = /([A-Za-z_][\w-]*)\s*(?:\[\[?|\(\(?|\{\{?|>)([^\]\)\}\n]*)/g;
  for (const l of lines) {
    if (MERMAID_SKIP.test(l.text)) continue;
    nodeDef.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = nodeDef.exec(l.text))) {
      const r = prRefs(m[2])[0];
      if (r && !idToPr.has(m[1])) idToPr.set(m[1], r.number);
    }
  }
  const prOf = (id: string): number | undefined => {
    const own = /^PR[-_]?(\d{1,4})$/i.exec(id);
    return own ? Number(own[1]) : idToPr.get(id);
  };
  for (const l of lines) {
    if (MERMAID_SKIP.test(l.text)) continue;
    let offset = 0;
    for (const stmt of l.text.split(';')) {
      const base = l.start + offset;
      offset += stmt.length + 1;
      let pos = stmt.search(/\S/);
      if (pos < 0) continue;
      type N = { pr?: number; span: Span };
      const groups: { nodes: N[]; arrowAfter: boolean }[] = [];
      let cur: N[] = [];
      while (pos < stmt.length) {
        M_NODE.lastIndex = pos;
        const n = M_NODE.exec(stmt);
        if (!n) break;
        cur.push({ pr: prOf(n[1]), span: { start: base + pos, end: base + pos + n[1].length } });
        pos = M_NODE.lastIndex;
        M_AMP.lastIndex = pos;
        if (M_AMP.exec(stmt)) {
          pos = M_AMP.lastIndex;
          continue;
        }
        M_ARROW.lastIndex = pos;
        const a = M_ARROW.exec(stmt);
        const directed = !!a && !/-{2,}[ox]\s*$|^\s*<-/.test(a[0]);
        groups.push({ nodes: cur, arrowAfter: directed });
        cur = [];
        if (!a) break;
        pos = M_ARROW.lastIndex;
      }
      if (cur.length) groups.push({ nodes: cur, arrowAfter: false });
      for (let g = 0; g + 1 < groups.length; g++) {
        if (!groups[g].arrowAfter) continue;
        for (const a of groups[g].nodes) for (const b of groups[g + 1].nodes) {
          if (a.pr === undefined || b.pr === undefined) continue;
          out.push({ from: a.pr, to: b.pr, span: { start: a.span.start, end: b.span.end }, fromSpan: a.span, toSpan: b.span, source: 'mermaid' });
        }
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Cycles.

/**
 * Every elementary cycle once, rotated to start at its smallest PR, sorted. Bounded: at most
 * `maxCycles` cycles and a fixed search budget, so a pathological graph cannot hang the check.
 */
export function findCycles(edges: { from: number; to: number }[], maxCycles = 100): number[][] {
  const adj = new Map<number, number[]>();
  for (const e of edges) {
    let a = adj.get(e.from);
    if (!a) adj.set(e.from, (a = []));
    if (!a.includes(e.to)) a.push(e.to);
  }
  for (const a of adj.values()) a.sort((x, y) => x - y);
  const scc = sccIds(adj);
  const nodes = [...new Set(edges.flatMap((e) => [e.from, e.to]))].sort((a, b) => a - b);
  const out: number[][] = [];
  let budget = 200_000;
  for (const s of nodes) {
    if (out.length >= maxCycles || budget <= 0) break;
    const comp = scc.get(s);
    // Johnson-style: cycles through s using only nodes greater than s in s's component.
    const path: number[] = [s];
    const onPath = new Set<number>([s]);
    const iters: number[] = [0];
    while (path.length && budget-- > 0 && out.length < maxCycles) {
      const v = path[path.length - 1];
      const next = adj.get(v) ?? [];
      const i = iters[iters.length - 1];
      if (i >= next.length) {
        path.pop();
        iters.pop();
        onPath.delete(v);
        continue;
      }
      iters[iters.length - 1]++;
      const w = next[i];
      if (w === s) {
        out.push(path.slice());
        continue;
      }
      if (w < s || onPath.has(w) || scc.get(w) !== comp) continue;
      path.push(w);
      onPath.add(w);
      iters.push(0);
    }
  }
  return out;
}

/** Tarjan's strongly connected components (iterative): node -> component id. */
function sccIds(adj: Map<number, number[]>): Map<number, number> {
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const comp = new Map<number, number>();
  const stack: number[] = [];
  const on = new Set<number>();
  let counter = 0;
  let compId = 0;
  const all = new Set<number>();
  for (const [k, vs] of adj) {
    all.add(k);
    for (const v of vs) all.add(v);
  }
  for (const root of all) {
    if (index.has(root)) continue;
    const work: { v: number; i: number }[] = [{ v: root, i: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    on.add(root);
    while (work.length) {
      const top = work[work.length - 1];
      const next = adj.get(top.v) ?? [];
      if (top.i < next.length) {
        const w = next[top.i++];
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          on.add(w);
          work.push({ v: w, i: 0 });
        } else if (on.has(w)) low.set(top.v, Math.min(low.get(top.v)!, index.get(w)!));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1].v;
        low.set(parent, Math.min(low.get(parent)!, low.get(top.v)!));
      }
      if (low.get(top.v) === index.get(top.v)) {
        let w: number;
        do {
          w = stack.pop()!;
          on.delete(w);
          comp.set(w, compId);
        } while (w !== top.v);
        compId++;
      }
    }
  }
  return comp;
}
