/**
 * Non-blank lines of a section (plan/structure.ts countLines, read by MP103 and MP206 on each
 * keystroke) counted without slicing each line are those counted line by line: blank lines of
 * spaces, tabs, CR and other whitespace trim() drops, thematic breaks, long runs of blank lines,
 * ranges that start or end mid-line.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { countLines } from '../../server/src/core/plan/structure';
import { THEMATIC_BREAK } from '../../server/src/core/plan/scan';
import { fuzzParams } from '../helpers/reliability';

function byLine(text: string, from: number, to: number): number {
  let n = 0;
  let lineStart = from;
  for (let i = from; i <= to; i++) {
    if (i === to || text.charCodeAt(i) === 10) {
      const line = text.slice(lineStart, i).trim();
      if (line && !THEMATIC_BREAK.test(line)) n++;
      lineStart = i + 1;
    }
  }
  return n;
}

describe('countLines', () => {
  it('counts as a line-by-line count does', () => {
    const piece = fc.constantFrom('x', 'words here', ' ', '\t', '\n', '\n', '\r\n', '\r', '\u00a0', '\ufeff', '\u2028', '---', '* * *', '___', '- item', '-', '**', '_x_', '\n\n\n\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('');
        const from = a % (text.length + 1);
        const to = from + (b % (text.length - from + 1));
        assert.equal(countLines(text, from, to), byLine(text, from, to));
      }),
      fuzzParams(1000),
    );
  });
});
