/**
 * The superpowers header's agentic line, found by one case-insensitive search of the whole text
 * (plan/superpowers.ts), is the line lower-casing each line finds: on ASCII text, on text with
 * letters whose lower case differs in length or lands in ASCII (İ, K), and with lines left out.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { firstLineHolding, readHeaderByLines, readHeaderBySearch, type Line } from '../../server/src/core/plan/superpowers';
import { buildModel } from '../../server/src/core/model';
import { resolveProfile } from '../../server/src/core/plan/profile';
import { fuzzParams } from '../helpers/reliability';

function linesOf(text: string, keep: (i: number) => boolean): Line[] {
  const out: Line[] = [];
  let start = 0;
  text.split('\n').forEach((t, i) => {
    if (keep(i)) out.push({ start, end: start + t.length, text: t });
    start += t.length + 1;
  });
  return out;
}

const naive = (lines: Line[], markers: string[]) => lines.find((l) => markers.some((m) => l.text.toLowerCase().includes(m)));

describe('the superpowers header finds its agentic line', () => {
  it('as lower-casing each line does', () => {
    const markers = ['for agentic workers', 'required sub-skill', 'superpowers:executing-plans'];
    const piece = fc.constantFrom('For Agentic Workers', 'for agentic', ' workers', 'REQUIRED SUB-SKILL', 'superpowers:', 'EXECUTING-PLANS', 'x', ' ', '\n', '\n', 'İ', 'K', '**Goal:**');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(), fc.boolean(), (parts, seed, dropSome) => {
        const text = parts.join('');
        const lines = linesOf(text, (i) => !dropSome || (i + seed) % 3 !== 0);
        assert.equal(firstLineHolding(text, lines, markers), naive(lines, markers));
      }),
      fuzzParams(500),
    );
  });
});

describe('the superpowers header read by searching the text', () => {
  it('is the header read line by line (fields, their values on the next line, the agentic line, the title)', () => {
    const spec = resolveProfile('superpowers').profile.superpowers!;
    const piece = fc.constantFrom(
      '# Basket Implementation Plan', '> **For agentic workers:** REQUIRED SUB-SKILL: use it', '**Goal:** ship', '**Goal:**', '**Architecture**: layers', '**Tech Stack:** Go',
      '**Tech Stack:**', 'Go and SQL', '## Next', '### Task 1: Wire it', '```', '```md', '<!--', '-->', '<!-- **Goal:** hidden -->', '', '', 'plain **bold** words', '    **Goal:** indented', 'İ', '\r',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.boolean(), (lines, crlf) => {
        const model = buildModel(lines.join(crlf ? '\r\n' : '\n'));
        const end = model.headings.find((h) => /^Task\s+\d/i.test(h.text) && h.depth >= 2)?.start ?? model.text.length;
        const found = readHeaderBySearch(model, spec, end);
        if (found) assert.deepEqual(found, readHeaderByLines(model, spec, end));
      }),
      fuzzParams(500),
    );
  });
});
