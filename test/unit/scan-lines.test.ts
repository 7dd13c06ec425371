/**
 * The prose lines holding a marker (plan/scan.ts proseLinesHolding, read by the contract-id index
 * on each keystroke) are the prose lines filtered by it: code blocks, comments, CRLF and lone CR
 * line ends, markers at a line's start and end, several on a line.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { buildModel } from '../../server/src/core/model';
import { proseLines, proseLinesHolding } from '../../server/src/core/plan/scan';
import { fuzzParams } from '../helpers/reliability';

describe('prose lines holding a marker', () => {
  it('are the prose lines filtered by the marker', () => {
    const piece = fc.constantFrom('BC-1', 'INV-2', 'BC', '-', 'x', ' ', '\n', '\r\n', '\r', '\n```\n', '\n<!--\n', '-->', '\n\n', '| BC-3 |', '# H');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const model = buildModel(parts.join(''));
        const want = proseLines(model, 0, model.text.length).filter((l) => /BC-|INV-/.test(l.text));
        assert.deepEqual(proseLinesHolding(model, /BC-|INV-/g), want);
      }),
      fuzzParams(400),
    );
  });
});
