/**
 * The citation scanner is linear: a megabyte on one line of text that almost, but not quite,
 * forms citations is scanned in one pass. These are hang guards, not measurements (npm run bench
 * measures): a linear scan takes well under a second, a quadratic one minutes, past mocha's
 * timeout. Each also checks how many citations the scan found.
 */
import { strict as assert } from 'node:assert';
import { scanCitations } from '../../../server/src/core/citations';
import { MAX_MARKERS_PER_LINE, limitNesting } from '../../../server/src/core/markdown';

const MB = 1_000_000;
const HANG_GUARD_MS = 20_000;
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
/** Whole copies of `unit` in MB characters. */
const whole = (unit: string) => Math.floor(MB / unit.length);

/** Near-citations: each fails late (no spec, bad spec, no `.go`, a path that never ends). With the citations the megabyte holds. */
const NEAR: Record<string, [unit: string, citations: number]> = {
  'path.go: with no line': ['a/b.go: ', 0],
  'repeated path.go: without space': ['shop/basket.go:', 0],
  'hash without L': ['x.go#', 0],
  'hash L without digits': ['x.go#L-', 0],
  'dangling comma list': ['a.go:1,', whole('a.go:1,')],
  'dangling range': ['a.go:1-', whole('a.go:1-')],
  'gox not go': ['a.gox.go', 0],
  'one endless path run': ['a/', 0],
  'dots and dashes': ['-.-.go.', 0],
  'percent escapes': ['%2e%2e/', 0],
  'backslashes': ['..\\', 0],
  'valid citations back to back': ['a.go:1 ', whole('a.go:1 ')],
  // The cut-off last copy still ends in digits: one more.
  'digits after colon forever': ['a.go:' + '9'.repeat(50), whole('a.go:' + '9'.repeat(50)) + 1],
  'url-like': ['https://x.go:1/', 0],
};

describe('reliability: the citation scanner is linear', function () {
  this.timeout(HANG_GUARD_MS);

  for (const [name, [unit, citations]] of Object.entries(NEAR)) {
    it(`1 MB single line of "${name}" is scanned in one pass`, () => {
      assert.equal(scanCitations(fill(unit, MB)).length, citations);
    });
  }

  it('a path of a million characters is one candidate, scanned in one pass', () => {
    const text = 'x'.repeat(MB) + '.go:1 ' + 'a/'.repeat(MB / 2) + 'b.go:2';
    assert.deepEqual(scanCitations(text).map((c) => [c.start, c.end, c.path.length]), [[0, MB + 5, MB + 3], [MB + 6, 2 * MB + 12, MB + 4]]);
  });

  it('the nesting guard of the Markdown parser is linear too', () => {
    // Markers past MAX_MARKERS_PER_LINE on one line become spaces ('1. ' keeps its digit and
    // dot, and the cut-off last copy its digit); one marker per line is left alone.
    const kept = MAX_MARKERS_PER_LINE;
    const cases: [string, number | 'unchanged'][] = [['>', kept], ['> ', kept], ['- ', kept], ['1. ', 2 * kept + 1], [' ', 'unchanged'], ['>\n', 'unchanged'], ['  - x\n', 'unchanged']];
    for (const [unit, expected] of cases) {
      const text = fill(unit, MB);
      const out = limitNesting(text);
      assert.equal(out.length, MB, 'offsets are kept');
      if (expected === 'unchanged') assert.equal(out, text, JSON.stringify(unit));
      else assert.equal(out.replace(/\s/g, '').length, expected, JSON.stringify(unit));
    }
  });
});
