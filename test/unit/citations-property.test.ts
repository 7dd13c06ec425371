/** Property tests of the citation scanner: what it reports is consistent with the text, and what is written is found. */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { scanCitations, formatSpec } from '../../server/src/core/citations';
import { fuzzParams } from '../helpers/reliability';

const segment = fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/);
const goPath = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/') + '.go');
const line = fc.integer({ min: 1, max: 99999 });
const spec = fc.oneof(
  line.map((a) => ({ text: `:${a}`, ranges: [[a, a]] })),
  fc.tuple(line, line).map(([a, b]) => ({ text: `:${a}-${b}`, ranges: [[a, b]] })),
  fc.array(line, { minLength: 2, maxLength: 5 }).map((ls) => ({ text: ':' + ls.join(','), ranges: ls.map((l) => [l, l]) })),
  fc.tuple(line, line).map(([a, b]) => ({ text: formatSpec('hash', a, b), ranges: [[a, b]] })),
  fc.tuple(line, line, line, line).map(([a, c1, b, c2]) => ({ text: `#L${a},${c1}-L${b},${c2}`, ranges: [[a, b]] })),
);
/** Text that can sit around a citation without joining it. */
const gap = fc.stringMatching(/^[ \t\n(),;!?'"*`[\]<>=]{1,3}$/);
/** Emphasis, strong and strikethrough marks that may wrap a citation. */
const wrap = fc.constantFrom('', '', '_', '__', '*', '**', '~', '~~');
const noise = fc.string({ unit: fc.constantFrom('a', '.', 'g', 'o', ':', '#', 'L', '1', '-', ',', '/', ' ', '\\', '%', '~', '\n', 'é'), maxLength: 80 });

describe('citation scanner properties', () => {
  it('everything it reports is consistent with the text', () => {
    fc.assert(fc.property(noise, (text) => {
      let last = -1;
      for (const c of scanCitations(text)) {
        assert.ok(last <= c.start && c.start <= c.pathStart && c.pathStart < c.pathEnd && c.pathEnd < c.end && c.end <= text.length);
        last = c.end;
        assert.equal(text.slice(c.pathStart, c.pathEnd), c.rawPath);
        assert.ok(c.rawPath.endsWith('.go') && c.rawPath.length > 3);
        assert.ok(':#'.includes(text[c.pathEnd]));
        assert.equal(c.form, text[c.pathEnd] === ':' ? 'colon' : 'hash');
        assert.ok(c.ranges.length >= 1);
        for (const r of c.ranges) {
          assert.ok(c.pathEnd < r.specStart && r.specStart < r.specEnd && r.specEnd <= c.end);
          const part = text.slice(r.specStart, r.specEnd);
          if (c.form === 'colon') assert.equal(part, r.start === r.end && !part.includes('-') ? `${r.start}` : `${r.start}-${r.end}`);
        }
      }
    }), fuzzParams(500));
  });

  it('finds every citation written between separators, with its path and ranges', () => {
    fc.assert(fc.property(fc.array(fc.tuple(gap, goPath, spec, wrap), { minLength: 1, maxLength: 6 }), gap, (parts, tail) => {
      const text = parts.map(([g, p, s, w]) => g + w + p + s.text + w).join('') + tail;
      const found = scanCitations(text);
      assert.deepEqual(found.map((c) => [c.rawPath, c.ranges.map((r) => [r.start, r.end])]), parts.map(([, p, s]) => [p, s.ranges]));
    }), fuzzParams(500));
  });
});
