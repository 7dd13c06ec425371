import * as path from 'node:path';

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/**
 * Levenshtein distance, bounded: anything over `max` is reported as `max + 1`. Only the band of
 * cells within `max` of the diagonal is computed, and rows are reused, so comparing a path with
 * every file of a large workspace stays cheap.
 */
export function editDistance(a: string, b: string, max = 64): number {
  const la = a.length;
  const lb = b.length;
  const big = max + 1;
  if (Math.abs(la - lb) > max) return big;
  if (la === 0 || lb === 0) return Math.max(la, lb);
  if (rowA.length <= lb + 1) {
    rowA = new Int32Array(lb * 2 + 2);
    rowB = new Int32Array(lb * 2 + 2);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= lb; j++) prev[j] = j <= max ? j : big;
  for (let i = 1; i <= la; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(lb, i + max);
    cur[0] = i <= max ? i : big;
    cur[lo - 1] = lo === 1 ? cur[0] : big;
    let rowMin = lo === 1 ? cur[0] : big;
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      let v = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      if (prev[j] + 1 < v) v = prev[j] + 1;
      if (cur[j - 1] + 1 < v) v = cur[j - 1] + 1;
      if (v > big) v = big;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < lb) cur[hi + 1] = big;
    if (rowMin > max) return big;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return Math.min(prev[lb], big);
}

/**
 * Closest existing paths: files with the same basename, and files of the cited folder with a
 * close name (`csv/read_test.go` for `csv/reader_test.go`), nearest first; then by edit distance.
 */
export function closestPaths(cited: string, all: string[], byBase: Map<string, string[]>, limit: number): string[] {
  const base = path.posix.basename(cited);
  const dir = path.posix.dirname(cited);
  const budget = Math.max(2, Math.floor(cited.length / 4));
  const siblings = dir === '.' ? [] : all.filter((rel) => path.posix.dirname(rel) === dir && path.posix.basename(rel) !== base && editDistance(base, path.posix.basename(rel), budget) <= budget);
  const same = [...(byBase.get(base) ?? []), ...siblings].sort((a, b) => editDistance(cited, a) - editDistance(cited, b));
  if (same.length >= limit) return same.slice(0, limit);
  const scored: [number, string][] = [];
  for (const rel of all) {
    if (same.includes(rel)) continue;
    const d = Math.min(editDistance(cited, rel, budget), editDistance(base, path.posix.basename(rel), budget) + 1);
    if (d <= budget) scored.push([d, rel]);
  }
  scored.sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
  return [...same, ...scored.map((s) => s[1])].slice(0, limit);
}
