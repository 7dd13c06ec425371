/**
 * Readings taken per chunk and combined (core/chunk-readings.ts) are the readings of the whole
 * text: profile detection's placeholders and `$ARGUMENTS`, the superpowers header, the ASCII test,
 * on random documents of blocks, code in several languages, comments, lone carriage returns and
 * CRLF, each read whole and as a chunked model (fresh, and carried over from a previous version).
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { buildModel, modelChunks } from '../../server/src/core/model';
import { ParseCache } from '../../server/src/core/chunks';
import { isAscii, linesHolding, matchesOf } from '../../server/src/core/chunk-readings';
import { placeholders, writtenToCopy } from '../../server/src/core/plan/detect';
import { readHeaderBySearch } from '../../server/src/core/plan/superpowers';
import { resolveProfile } from '../../server/src/core/plan/profile';
import { fuzzParams } from '../helpers/reliability';

const piece = fc.constantFrom(
  '# Basket Implementation Plan', '## Next', '### Task 1: Wire it', '', '', 'plain words', 'Fill in <Component Name> here', '[Title of the PR]', '[Repeat for each block',
  ' continued]', 'see path/to/file.go', 'BC-N and Task X', '$ARGUMENTS', '```go', '```', '```text', 'func f() <T> {}', '<!-- a comment', '-->', '> **For agentic workers:** use it',
  '**Goal:** ship', '**Tech Stack:**', 'Go and SQL', '- item <Name>', '| a | [Title] |', '|---|---|', 'İ', 'x\ry', '\r', '<div>', 'BC-N',
);

/** A document, its model read whole and its model read by chunks after a previous version. */
const docs = fc.tuple(fc.array(piece, { minLength: 1, maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r'), fc.nat()).map(([lines, eol, cut]) => {
  const text = lines.join(eol);
  const cache = new ParseCache();
  // A previous version (a line fewer) leaves chunks to carry over.
  const k = cut % lines.length;
  buildModel([...lines.slice(0, k), ...lines.slice(k + 1)].join(eol), cache);
  return { text, whole: buildModel(text), chunked: buildModel(text, cache) };
});

describe('readings per chunk equal readings of the whole text', () => {
  it('placeholders, $ARGUMENTS, the ASCII test and line searches', () => {
    let chunkedSeen = 0;
    fc.assert(
      fc.property(docs, ({ whole, chunked }) => {
        if (modelChunks(chunked)) chunkedSeen++;
        assert.deepEqual(placeholders(chunked), placeholders(whole));
        assert.deepEqual(writtenToCopy(chunked, 'docs/plan.md'), writtenToCopy(whole, 'docs/plan.md'));
        assert.equal(isAscii(chunked), isAscii(whole));
        assert.deepEqual([...matchesOf(chunked, /\*\*/g)], [...matchesOf(whole, /\*\*/g)]);
        const field = (t: string) => /Goal|Tech/.test(t);
        assert.deepEqual([...linesHolding(chunked, 'test field', /\*\*/g, field)], [...linesHolding(whole, 'test field', /\*\*/g, field)]);
      }),
      fuzzParams(300),
    );
    assert.ok(chunkedSeen > 50, `most documents are read by chunks (${chunkedSeen})`);
  });

  it('the superpowers header', () => {
    const spec = resolveProfile('superpowers').profile.superpowers!;
    fc.assert(
      fc.property(docs, ({ whole, chunked }) => {
        const end = whole.headings.find((h) => /^Task\s+\d/i.test(h.text) && h.depth >= 2)?.start ?? whole.text.length;
        assert.deepEqual(readHeaderBySearch(chunked, spec, end), readHeaderBySearch(whole, spec, end));
      }),
      fuzzParams(300),
    );
  });
});
