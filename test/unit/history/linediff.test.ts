import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { diffLines, mapLine, mapRangeIntact, mapRangeLoose } from '../../../server/src/core/history/linediff';
import type { Hunk } from '../../../server/src/core/history/types';

/** Applies hunks to `a`, taking the new lines from `b`: must rebuild `b` exactly. */
function apply(a: string[], b: string[], hunks: Hunk[]): string[] {
  const out: string[] = [];
  let i = 0;
  for (const h of hunks) {
    while (i < h.oldStart - 1) out.push(a[i++]);
    out.push(...b.slice(h.newStart - 1, h.newStart - 1 + h.newCount));
    i += h.oldCount;
  }
  while (i < a.length) out.push(a[i++]);
  return out;
}

describe('history: line diff', () => {
  it('gives git -U0 hunks for an insertion, a deletion and an edit', () => {
    assert.deepEqual(diffLines(['a', 'b', 'c'], ['a', 'x', 'b', 'c']), [{ oldStart: 2, oldCount: 0, newStart: 2, newCount: 1 }]);
    assert.deepEqual(diffLines(['a', 'b', 'c'], ['a', 'c']), [{ oldStart: 2, oldCount: 1, newStart: 2, newCount: 0 }]);
    assert.deepEqual(diffLines(['a', 'b', 'c'], ['a', 'B', 'c']), [{ oldStart: 2, oldCount: 1, newStart: 2, newCount: 1 }]);
    assert.deepEqual(diffLines(['a'], ['a']), []);
  });

  it('maps lines and ranges through hunks', () => {
    const hunks = diffLines(['p', 'a', 'b', 'c', 'd'], ['p', 'new', 'new2', 'a', 'b', 'C', 'd']);
    assert.equal(mapLine(hunks, 2), 4);
    assert.equal(mapLine(hunks, 4), undefined);
    assert.deepEqual(mapRangeIntact(hunks, 2, 3), { start: 4, end: 5 });
    assert.equal(mapRangeIntact(hunks, 2, 4), undefined);
    assert.deepEqual(mapRangeLoose(hunks, 2, 4), { start: 4, end: 6 });
    // An insertion between two cited lines breaks the range.
    assert.equal(mapRangeIntact(diffLines(['a', 'b'], ['a', 'x', 'b']), 1, 2), undefined);
  });

  it('rebuilds the new text from the old one on random inputs (property)', () => {
    const lines = fc.array(fc.constantFrom('a', 'b', 'c', 'd', '}', ''), { maxLength: 40 });
    fc.assert(fc.property(lines, lines, (a, b) => {
      const hunks = diffLines(a, b);
      assert.deepEqual(apply(a, b, hunks), b);
      for (const h of hunks) assert.ok(h.oldCount > 0 || h.newCount > 0);
      // Every line mapped as unchanged holds the same text.
      for (let l = 1; l <= a.length; l++) {
        const m = mapLine(hunks, l);
        if (m !== undefined) assert.equal(b[m - 1], a[l - 1]);
      }
    }), { seed: 11, numRuns: 300 });
  });
});
