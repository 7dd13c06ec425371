import type { Hunk } from './types';

/** Beyond this many differing lines a diff gives up finding matches in the middle. */
const MAX_EDIT_DISTANCE = 4000;

/**
 * The hunks turning `a` into `b` (arrays of lines), as `git diff -U0` would give them: Myers'
 * shortest edit script after trimming the common head and tail.
 */
export function diffLines(a: readonly string[], b: readonly string[]): Hunk[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const n = a.length - head - tail;
  const m = b.length - head - tail;
  if (n === 0 && m === 0) return [];
  // Lines become small integers so the inner loop compares numbers.
  const ids = new Map<string, number>();
  const id = (s: string) => {
    let v = ids.get(s);
    if (v === undefined) ids.set(s, (v = ids.size));
    return v;
  };
  const x = Int32Array.from({ length: n }, (_, i) => id(a[head + i]));
  const y = Int32Array.from({ length: m }, (_, i) => id(b[head + i]));
  const matches = myers(x, y);
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  for (const [mi, mj] of [...matches, [n, m] as [number, number]]) {
    if (mi > i || mj > j) hunks.push({ oldStart: head + i + 1, oldCount: mi - i, newStart: head + j + 1, newCount: mj - j });
    i = mi + 1;
    j = mj + 1;
  }
  return hunks;
}

/** Matched index pairs of a shortest edit script; [] (all changed) past MAX_EDIT_DISTANCE. */
function myers(x: Int32Array, y: Int32Array): [number, number][] {
  const n = x.length;
  const m = y.length;
  const max = Math.min(n + m, MAX_EDIT_DISTANCE);
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice(off - d - 1, off + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let i = k === -d || (k !== d && v[off + k - 1] < v[off + k + 1]) ? v[off + k + 1] : v[off + k - 1] + 1;
      let j = i - k;
      while (i < n && j < m && x[i] === y[j]) { i++; j++; }
      v[off + k] = i;
      if (i >= n && j >= m) { found = d; break; }
    }
  }
  if (found < 0) return [];
  // Walk back through the saved frontiers, collecting the diagonal (matched) steps.
  const out: [number, number][] = [];
  let i = n;
  let j = m;
  for (let d = found; d >= 0; d--) {
    const t = trace[d];
    const at = (k: number) => t[k + d + 1];
    const k = i - j;
    let prevK: number;
    if (d === 0) prevK = 0;
    else prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevI = d === 0 ? 0 : at(prevK);
    const prevJ = prevI - prevK;
    const startI = d === 0 ? 0 : prevK === k + 1 ? prevI : prevI + 1;
    const startJ = startI - k;
    while (i > startI && j > startJ) { i--; j--; out.push([i, j]); }
    i = prevI;
    j = prevJ;
  }
  return out.reverse();
}

/** Where an old line went: its new line, or undefined when a hunk changed or removed it. */
export function mapLine(hunks: readonly Hunk[], line: number): number | undefined {
  let delta = 0;
  for (const h of hunks) {
    if (line < h.oldStart) break;
    if (line < h.oldStart + h.oldCount) return undefined;
    delta += h.newCount - h.oldCount;
  }
  return line + delta;
}

/**
 * Where an old range went when every one of its lines survived and nothing was inserted between
 * them; undefined otherwise.
 */
export function mapRangeIntact(hunks: readonly Hunk[], start: number, end: number): { start: number; end: number } | undefined {
  for (const h of hunks) {
    if (h.oldStart > end) break;
    if (h.oldCount > 0 ? h.oldStart + h.oldCount - 1 >= start : h.oldStart > start) return undefined;
  }
  const s = mapLine(hunks, start);
  const e = mapLine(hunks, end);
  return s === undefined || e === undefined ? undefined : { start: s, end: e };
}

/**
 * Where an old range went, approximately, when lines inside it changed: a boundary line that
 * survived maps exactly; one inside a changed hunk maps to the edge of the hunk's new side.
 * Undefined when nothing of the range is left.
 */
export function mapRangeLoose(hunks: readonly Hunk[], start: number, end: number): { start: number; end: number } | undefined {
  const s = edge(hunks, start, 'start');
  const e = edge(hunks, end, 'end');
  return s <= e ? { start: s, end: e } : undefined;
}

function edge(hunks: readonly Hunk[], line: number, side: 'start' | 'end'): number {
  let delta = 0;
  for (const h of hunks) {
    if (line < h.oldStart) break;
    if (line < h.oldStart + h.oldCount) {
      if (h.newCount > 0) return side === 'start' ? h.newStart : h.newStart + h.newCount - 1;
      return side === 'start' ? h.newStart : h.newStart - 1;
    }
    delta += h.newCount - h.oldCount;
  }
  return line + delta;
}

/** Splits text into lines the way git counts them (a final newline ends the last line). */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}
