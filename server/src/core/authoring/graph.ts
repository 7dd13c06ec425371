/**
 * The data the "PR dependency graph" view draws: the plan's PR DAG (from plan/dag.ts) with cycles and
 * unknown PRs marked, each PR's workstream (the weakly connected part of the graph it belongs to) and
 * rank (its longest chain of dependencies), and the line to reveal when a node is clicked.
 */
import type { PlanModel } from '../model';
import type { PlanStructure } from '../plan/structure';
import { dependencyGraph } from '../plan/dag';
import { prCards } from '../plan/prcards';

export interface GraphNode {
  /** `PR 3`. */
  id: string;
  number: number;
  title: string;
  /** Whether the plan defines the PR (false: named in an edge only). */
  defined: boolean;
  /** Named in an edge, not defined, and not said to be merged already: an error in the plan. */
  unknown: boolean;
  inCycle: boolean;
  /** 0-based line of the card heading (of the first mention, for an unknown PR). */
  line: number;
  extensionType?: string;
  buildingBlock?: string;
  /** Index of the node's workstream, 0-based, in order of the smallest PR number in each. */
  workstream: number;
  /** Longest chain of dependencies before this PR (0 for a PR depending on nothing); cycles broken. */
  rank: number;
}

export interface GraphEdge {
  from: string;
  to: string;
  inCycle: boolean;
  /** 0-based line the edge was read from. */
  line: number;
}

export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Each cycle as PR ids in dependency order. */
  cycles: string[][];
  /** PR ids named in edges but not defined. */
  unknown: string[];
  workstreams: number;
  /** A short summary for the view's header. */
  summary: string;
}

export function graphData(model: PlanModel, plan: PlanStructure): GraphData {
  const g = dependencyGraph(model, plan);
  const cards = prCards(model, plan);
  const id = (n: number) => `PR ${n}`;
  const lineOf = (offset: number) => model.lines.positionAt(offset).line;
  const nodes = new Map<number, GraphNode>();
  for (const n of g.nodes) {
    const card = cards.find((c) => c.number === n.number);
    nodes.set(n.number, {
      id: id(n.number), number: n.number, title: n.title, defined: true, unknown: false, inCycle: false, line: lineOf(n.span.start),
      extensionType: card?.extensionType?.value || undefined, buildingBlock: card?.buildingBlockChange?.value || undefined,
      workstream: 0, rank: 0,
    });
  }
  const unknown: number[] = [];
  for (const u of g.unknown) {
    if (nodes.has(u.number)) continue;
    nodes.set(u.number, { id: id(u.number), number: u.number, title: '', defined: false, unknown: true, inCycle: false, line: lineOf(u.span.start), workstream: 0, rank: 0 });
    unknown.push(u.number);
  }
  const cycleEdges = new Set<string>();
  for (const c of g.cycles) {
    for (const n of c.prs) { const node = nodes.get(n); if (node) node.inCycle = true; }
    for (const e of c.edges) cycleEdges.add(`${e.from}>${e.to}`);
    // Hops of the cycle also count when the cycle lists only PR numbers.
    c.prs.forEach((p, i) => cycleEdges.add(`${p}>${c.prs[(i + 1) % c.prs.length]}`));
  }
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  for (const e of g.edges) {
    const key = `${e.from}>${e.to}`;
    if (seen.has(key) || e.from === e.to && !cycleEdges.has(key)) continue;
    seen.add(key);
    for (const n of [e.from, e.to]) if (!nodes.has(n)) nodes.set(n, { id: id(n), number: n, title: '', defined: false, unknown: false, inCycle: false, line: lineOf(e.span.start), workstream: 0, rank: 0 });
    edges.push({ from: id(e.from), to: id(e.to), inCycle: cycleEdges.has(key), line: lineOf(e.span.start) });
  }

  const list = [...nodes.values()].sort((a, b) => a.number - b.number);
  // Workstreams: weakly connected components, numbered by their smallest PR.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const n of list) parent.set(n.id, n.id);
  for (const e of edges) {
    const a = find(e.from);
    const b = find(e.to);
    if (a !== b) parent.set(b, a);
  }
  const streamOf = new Map<string, number>();
  for (const n of list) {
    const r = find(n.id);
    if (!streamOf.has(r)) streamOf.set(r, streamOf.size);
    n.workstream = streamOf.get(r)!;
  }
  // Rank: longest path over the edges that close no cycle (Kahn's order; cycle members keep the rank reached).
  const incoming = new Map<string, GraphEdge[]>();
  for (const e of edges) if (!e.inCycle) (incoming.get(e.to) ?? incoming.set(e.to, []).get(e.to)!).push(e);
  const byId = new Map(list.map((n) => [n.id, n]));
  const memo = new Map<string, number>();
  const rank = (nid: string, stack: Set<string>): number => {
    const m = memo.get(nid);
    if (m !== undefined) return m;
    if (stack.has(nid)) return 0;
    stack.add(nid);
    let r = 0;
    for (const e of incoming.get(nid) ?? []) r = Math.max(r, rank(e.from, stack) + 1);
    stack.delete(nid);
    memo.set(nid, r);
    return r;
  };
  for (const n of list) byId.get(n.id)!.rank = rank(n.id, new Set());

  const cycles = g.cycles.map((c) => c.prs.map(id));
  const parts = [`${list.filter((n) => n.defined).length} PRs`, `${edges.length} dependencies`, `${streamOf.size} workstream${streamOf.size === 1 ? '' : 's'}`];
  if (cycles.length) parts.push(`${cycles.length} cycle${cycles.length === 1 ? '' : 's'}`);
  if (unknown.length) parts.push(`${unknown.length} unknown PR${unknown.length === 1 ? '' : 's'}`);
  return { nodes: list, edges, cycles, unknown: unknown.sort((a, b) => a - b).map(id), workstreams: streamOf.size, summary: parts.join(' · ') };
}
