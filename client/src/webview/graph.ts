/// <reference lib="dom" />
/**
 * The PR dependency graph webview: lays the plan's PR DAG out with dagre and draws it as SVG.
 * Nodes are PRs (number, title, extension type), edges dependencies; cycles and unknown PRs are red;
 * each workstream (a connected part of the graph) sits in its own lane. Clicking a PR asks the
 * extension to reveal its card. Bundled to dist/graph.js (no network, strict CSP).
 */
import { graphlib, layout } from '@dagrejs/dagre';

// The data the language server sends (macroplan/dependencyGraph); types only, nothing of the core is bundled.
import type { GraphData as CoreGraphData, GraphNode } from '../../../server/src/core/authoring/graph';

type GraphData = CoreGraphData & { isPlan: boolean };

type Message = { type: 'graph'; data: GraphData; title: string } | { type: 'error'; message: string };

declare function acquireVsCodeApi(): { postMessage(m: unknown): void; setState(s: unknown): void; getState(): unknown };
const vscode = acquireVsCodeApi();
const SVG = 'http://www.w3.org/2000/svg';
const NODE_W = 200;
const NODE_H = 54;
const LANE_PAD = 16;

function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, parent?: Element): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  parent?.appendChild(e);
  return e;
}

function truncate(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

function render(data: GraphData, title: string): void {
  const header = document.getElementById('summary')!;
  header.textContent = `${title} — ${data.summary}`;
  const problems = document.getElementById('problems')!;
  problems.replaceChildren();
  for (const c of data.cycles) {
    const li = document.createElement('li');
    li.textContent = `Cycle: ${[...c, c[0]].join(' → ')}`;
    problems.appendChild(li);
  }
  for (const u of data.unknown) {
    const li = document.createElement('li');
    li.textContent = `${u} is named in a dependency but the plan defines no such PR`;
    problems.appendChild(li);
  }
  const host = document.getElementById('graph')!;
  host.replaceChildren();
  if (!data.nodes.length) {
    const p = document.createElement('p');
    p.className = 'empty';
    p.textContent = data.isPlan ? 'This plan defines no PR cards yet.' : 'This document has no PR cards.';
    host.appendChild(p);
    return;
  }

  // Lay each workstream out on its own, then place the lanes side by side.
  const lanes: { nodes: GraphNode[]; width: number; height: number; g: InstanceType<typeof graphlib.Graph> }[] = [];
  for (let w = 0; w < data.workstreams; w++) {
    const lg = new graphlib.Graph();
    lg.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 46, marginx: LANE_PAD, marginy: LANE_PAD + 18 });
    lg.setDefaultEdgeLabel(() => ({}));
    const nodes = data.nodes.filter((n) => n.workstream === w);
    for (const n of nodes) lg.setNode(n.id, { width: NODE_W, height: NODE_H });
    for (const e of data.edges) if (lg.hasNode(e.from) && lg.hasNode(e.to)) lg.setEdge(e.from, e.to, { inCycle: e.inCycle });
    layout(lg);
    const gr = lg.graph();
    lanes.push({ nodes, width: gr.width ?? NODE_W, height: gr.height ?? NODE_H, g: lg });
  }
  const GAP = 18;
  const totalW = lanes.reduce((s, l) => s + l.width, 0) + GAP * (lanes.length - 1);
  const totalH = Math.max(...lanes.map((l) => l.height));
  const svg = el('svg', { width: totalW, height: totalH, viewBox: `0 0 ${totalW} ${totalH}`, role: 'img', 'aria-label': `PR dependency graph: ${data.summary}` }, host);
  const defs = el('defs', {}, svg);
  for (const [id, cls] of [['arrow', 'edge-head'], ['arrow-bad', 'edge-head bad']]) {
    const m = el('marker', { id, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' }, defs);
    el('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: cls }, m);
  }
  let x0 = 0;
  lanes.forEach((lane, w) => {
    const group = el('g', { transform: `translate(${x0},0)`, class: 'lane', 'data-workstream': w + 1 }, svg);
    el('rect', { x: 2, y: 2, width: lane.width - 4, height: totalH - 4, rx: 8, class: 'lane-bg' }, group);
    const label = el('text', { x: 12, y: 20, class: 'lane-label' }, group);
    label.textContent = `Workstream ${w + 1}`;
    for (const e of lane.g.edges()) {
      const ed = lane.g.edge(e) as { points: { x: number; y: number }[]; inCycle?: boolean };
      const d = ed.points.map((p, i) => `${i ? 'L' : 'M'} ${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ');
      const bad = ed.inCycle || data.nodes.some((n) => (n.id === e.v || n.id === e.w) && n.unknown);
      el('path', { d, class: `edge${bad ? ' bad' : ''}`, 'marker-end': `url(#${bad ? 'arrow-bad' : 'arrow'})`, 'data-from': e.v, 'data-to': e.w }, group);
    }
    for (const n of lane.nodes) {
      const p = lane.g.node(n.id) as { x: number; y: number };
      const cls = ['node', n.inCycle ? 'cycle' : '', n.unknown ? 'unknown' : '', !n.defined && !n.unknown ? 'external' : ''].filter(Boolean).join(' ');
      const ng = el('g', { transform: `translate(${p.x - NODE_W / 2},${p.y - NODE_H / 2})`, class: cls, 'data-pr': n.id, tabindex: 0, role: 'button' }, group);
      const t = el('title', {}, ng);
      t.textContent = `${n.id}${n.title ? ': ' + n.title : ''}${n.extensionType ? `\n${n.extensionType}` : ''}${n.inCycle ? '\nin a dependency cycle' : ''}${n.unknown ? '\nnot defined in this plan' : ''}`;
      el('rect', { width: NODE_W, height: NODE_H, rx: 6 }, ng);
      const id = el('text', { x: 10, y: 20, class: 'pr-id' }, ng);
      id.textContent = n.id + (n.unknown ? ' (unknown)' : n.inCycle ? ' (cycle)' : '');
      const tt = el('text', { x: 10, y: 37, class: 'pr-title' }, ng);
      tt.textContent = truncate(n.title || (n.unknown ? 'not defined in this plan' : 'outside this plan'), 30);
      if (n.extensionType) {
        const et = el('text', { x: 10, y: 50, class: 'pr-ext' }, ng);
        et.textContent = truncate(n.extensionType, 34);
      }
      const reveal = () => vscode.postMessage({ type: 'reveal', line: n.line, id: n.id });
      ng.addEventListener('click', reveal);
      ng.addEventListener('keydown', (ev) => {
        if ((ev as KeyboardEvent).key === 'Enter' || (ev as KeyboardEvent).key === ' ') reveal();
      });
    }
    x0 += lane.width + GAP;
  });
  document.body.dataset.rendered = String(data.nodes.length);
}

window.addEventListener('message', (ev: MessageEvent<Message>) => {
  const m = ev.data;
  if (m.type === 'graph') {
    vscode.setState(m);
    render(m.data, m.title);
  } else if (m.type === 'error') {
    document.getElementById('summary')!.textContent = m.message;
  }
});

const saved = vscode.getState() as Message | undefined;
if (saved && saved.type === 'graph') render(saved.data, saved.title);
vscode.postMessage({ type: 'ready' });
