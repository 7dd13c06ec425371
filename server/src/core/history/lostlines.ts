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

/** Share of a block's code lines a window must hold (whitespace aside) to be where it went, for blocks of 4 lines or more. */
const MIN_KEPT = 0.75;

/**
 * Where lines a commit removed went in the same commit (issue 20's misses: lines of a deleted
 * test file now in a file the commit added; a function moved into a new package, its signature
 * reworded): the one window of the same length, in the files the commit added or changed, that
 * holds the lost lines, whitespace aside. A block of up to 3 lines must be there whole; a longer
 * one may have a quarter of its code lines changed (a renamed function's first line). Only a
 * clear answer: a block of no code, two equally good places, or one place holding the lines
 * twice gives none, as CodeMapper's text-search candidates are taken only when unique.
 */
export function findLostLines(lost: readonly string[], candidates: readonly LostCandidate[]): { path: string; span: LostSpan } | undefined {
  if (lost.length === 0 || holdsNoCode(lost) || !lost.some((l) => /[\p{L}\p{N}_]{2}/u.test(l))) return undefined;
  const want = lost.map(squashSpace);
  const code = want.map((l) => !/^[\s{}()[\];,]*$/.test(l));
  const codeCount = code.filter(Boolean).length;
  const need = lost.length <= 3 ? codeCount : Math.ceil(codeCount * MIN_KEPT);
  let best: { path: string; span: LostSpan; kept: number } | undefined;
  let tie = false;
  for (const f of candidates) {
    const have = f.lines.map(squashSpace);
    for (let i = 0; i + want.length <= have.length; i++) {
      let kept = 0;
      let mismatchedShape = false;
      for (let k = 0; k < want.length; k++) {
        if (have[i + k] === want[k]) {
          if (code[k]) kept++;
        } else if (!code[k]) {
          // Punctuation lines keep their place: a window off by one is no match.
          mismatchedShape = true;
          break;
        }
      }
      if (mismatchedShape || kept < need) continue;
      if (!best || kept > best.kept) {
        best = { path: f.path, span: { start: i + 1, end: i + want.length }, kept };
        tie = false;
      } else if (kept === best.kept) {
        tie = true;
      }
    }
  }
  return best && !tie ? { path: best.path, span: best.span } : undefined;
}
