import { squashSpace } from '../text';
import { holdsNoCode } from './walkback';

export interface LostSpan {
  start: number;
  end: number;
}

/** A file the commit that lost the lines added or changed, at that commit. */
export interface LostCandidate {
  path: string;
  lines: readonly string[];
}

/** A declaration's first line: the one line of a moved block allowed to differ (a function renamed as it moved). */
const DECLARES = /^\s*(?:func|type)\b/;

/**
 * Where lines a commit removed went in the same commit (issue 20's misses: lines of a deleted
 * test file now in a file the commit added; a function moved into a new package, its name
 * changed): the one window of the same length, in the files the commit added or changed, that
 * holds the lost lines, whitespace aside. Every line must be there but, for a block of 4 lines
 * or more starting with a declaration, its first line when that declares too. Only a clear
 * answer: a block of no code, or two places holding it, gives none, as CodeMapper's text-search
 * candidates are taken only when unique.
 */
export function findLostLines(lost: readonly string[], candidates: readonly LostCandidate[]): { path: string; span: LostSpan } | undefined {
  if (lost.length === 0 || holdsNoCode(lost) || !lost.some((l) => /[\p{L}\p{N}_]{2}/u.test(l))) return undefined;
  const want = lost.map(squashSpace);
  const renamable = lost.length >= 4 && DECLARES.test(lost[0]);
  let best: { path: string; span: LostSpan; exact: boolean } | undefined;
  let tie = false;
  for (const f of candidates) {
    const have = f.lines.map(squashSpace);
    for (let i = 0; i + want.length <= have.length; i++) {
      let k = 1;
      while (k < want.length && have[i + k] === want[k]) k++;
      if (k < want.length) continue;
      const exact = have[i] === want[0];
      if (!exact && !(renamable && DECLARES.test(have[i]))) continue;
      if (!best || (exact && !best.exact)) {
        best = { path: f.path, span: { start: i + 1, end: i + want.length }, exact };
        tie = false;
      } else if (exact === best.exact) {
        tie = true;
      }
    }
  }
  return best && !tie ? { path: best.path, span: best.span } : undefined;
}
