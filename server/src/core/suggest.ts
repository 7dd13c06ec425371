import * as path from 'node:path';

/** Levenshtein distance, bounded: stops counting past `max`. */
export function editDistance(a: string, b: string, max = 64): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, cur[j]);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** Closest existing paths: files with the same basename first, then by edit distance. */
export function closestPaths(cited: string, all: string[], byBase: Map<string, string[]>, limit: number): string[] {
  const base = path.posix.basename(cited);
  const same = (byBase.get(base) ?? []).slice().sort((a, b) => editDistance(cited, a) - editDistance(cited, b));
  if (same.length >= limit) return same.slice(0, limit);
  const scored: [number, string][] = [];
  const budget = Math.max(2, Math.floor(cited.length / 4));
  for (const rel of all) {
    if (same.includes(rel)) continue;
    const d = Math.min(editDistance(cited, rel, budget), editDistance(base, path.posix.basename(rel), budget) + 1);
    if (d <= budget) scored.push([d, rel]);
  }
  scored.sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
  return [...same, ...scored.map((s) => s[1])].slice(0, limit);
}
