/**
 * The citation scanner is linear: a megabyte on one line of text that almost, but not quite,
 * forms citations is scanned in well under a second (a quadratic scan would take minutes).
 */
import { strict as assert } from 'node:assert';
import { scanCitations } from '../../../server/src/core/citations';
import { limitNesting } from '../../../server/src/core/markdown';

const MB = 1_000_000;
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Near-citations: each fails late (no spec, bad spec, no `.go`, a path that never ends). */
const NEAR: Record<string, string> = {
  'path.go: with no line': 'a/b.go: ',
  'repeated path.go: without space': 'shop/basket.go:',
  'hash without L': 'x.go#',
  'hash L without digits': 'x.go#L-',
  'dangling comma list': 'a.go:1,',
  'dangling range': 'a.go:1-',
  'gox not go': 'a.gox.go',
  'one endless path run': 'a/',
  'dots and dashes': '-.-.go.',
  'percent escapes': '%2e%2e/',
  'backslashes': '..\\',
  'valid citations back to back': 'a.go:1 ',
  'digits after colon forever': 'a.go:' + '9'.repeat(50),
  'url-like': 'https://x.go:1/',
};

/** The best of three scans (garbage collection and a busy machine only ever add time). */
function timeScan(text: string): { ms: number; n: number } {
  let best = Infinity;
  let n = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    n = scanCitations(text).length;
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: best, n };
}

describe('reliability: the citation scanner is linear', function () {
  this.timeout(60000);

  before(() => {
    timeScan(fill('a.go:1 ', 100_000)); // warm the JIT
  });

  for (const [name, unit] of Object.entries(NEAR)) {
    it(`1 MB single line of "${name}" scans in well under a second`, () => {
      const big = timeScan(fill(unit, MB));
      // A quadratic scan of 1 MB takes minutes; linear takes tens to hundreds of ms.
      assert.ok(big.ms < 1000, `${big.ms.toFixed(0)} ms for 1 MB`);
    });
  }

  it('a 10,000-character path is one candidate, scanned at once', () => {
    const { ms, n } = timeScan('x'.repeat(10_000) + '.go:1 ' + 'a/'.repeat(5000) + 'b.go:2');
    assert.equal(n, 2);
    assert.ok(ms < 200, `${ms.toFixed(0)} ms`);
  });

  it('the nesting guard of the Markdown parser is linear too', () => {
    for (const unit of ['>', '> ', '- ', '1. ', ' ', '>\n', '  - x\n']) {
      const t0 = performance.now();
      const out = limitNesting(fill(unit, MB));
      const ms = performance.now() - t0;
      assert.equal(out.length, MB, 'offsets are kept');
      assert.ok(ms < 1000, `"${unit}": ${ms.toFixed(0)} ms`);
    }
  });
});
