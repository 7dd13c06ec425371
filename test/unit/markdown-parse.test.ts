/**
 * parseMarkdown gives micromark only the GFM constructs the text can match (core/gfm-parts.ts).
 * The bar is the tree of the whole of GFM, positions included: these tests compare both on the
 * corpus (when present), every Markdown fixture (also with CRLF and lone CR line ends), the
 * bench's generated plan, and random Markdown built from the characters each part looks for.
 */
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { limitNesting, parseMarkdown } from '../../server/src/core/markdown';
import { GFM_PARTS, GFM_PART_OF, gfmConstructNames, gfmOptions, gfmPartsNeeded } from '../../server/src/core/gfm-parts';
import { makePlan, writeGoModule } from '../../scripts/bench/generate.mjs';

// The shared folder beside the checkout (as CI lays it out); its corpus is read when present.
const CORPUS = join(__dirname, '..', '..', '..', 'shared', 'corpus');
const FULL = { extensions: [gfm({})], mdastExtensions: [gfmFromMarkdown()] };
const fullParse = (text: string) => fromMarkdown(limitNesting(text), FULL);
const same = (text: string, label: string) => assert.deepStrictEqual(parseMarkdown(text), fullParse(text), label);

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

describe('parseMarkdown: only the GFM parts a text can match, the same tree', function () {
  // Every corpus plan is parsed twice, the slower way included: on a loaded machine, past mocha's default.
  this.timeout(180_000);

  it('every corpus plan, and every Markdown fixture with LF, CRLF and CR line ends, parses as with the whole of GFM', () => {
    const corpus = markdownFiles(CORPUS);
    if (corpus.length === 0) console.log(`      (skipped the corpus: ${CORPUS} is absent)`);
    for (const file of corpus) same(readFileSync(file, 'utf8'), file);
    const fixtures = markdownFiles(join(__dirname, '..', 'fixtures'));
    assert.ok(fixtures.length >= 20, `found ${fixtures.length} fixtures`);
    for (const file of fixtures) {
      const text = readFileSync(file, 'utf8');
      same(text, file);
      same(text.replace(/\r?\n/g, '\r\n'), `${file} (CRLF)`);
      same(text.replace(/\r?\n/g, '\r'), `${file} (CR)`);
    }
  });

  it("the bench's generated 2,000-line plan parses the same, whole and line by line", () => {
    const dir = mkdtempSync(join(tmpdir(), 'macroplan-parse-'));
    let text: string;
    try {
      text = makePlan(2000, writeGoModule(dir, 40), 7).text;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    same(text, 'whole plan');
    // Chunk-sized pieces: a few lines at a time, as core/chunks.ts parses them.
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i += 7) same(lines.slice(i, i + 7).join('\n'), `lines ${i + 1}-${i + 7}`);
  });

  it('each part is needed where its text appears: left out, the tree changes', () => {
    const all = 255;
    const samples: Record<keyof typeof GFM_PARTS, string> = {
      table: 'a\n:-:',
      strikethrough: 'x ~~gone~~ y',
      footnote: 'a[^1]\n\n[^1]: note',
      task: '- [x] done',
      email: 'write to ana@example.com',
      www: 'see www.example.com',
      protocol: 'see http://example.com',
      autolinkTree: 'a&#64;example.com and ww\\w.example.com',
    };
    for (const [part, text] of Object.entries(samples) as [keyof typeof GFM_PARTS, string][]) {
      const bit = GFM_PARTS[part];
      assert.ok(gfmPartsNeeded(text) & bit, `${part} found in ${JSON.stringify(text)}`);
      assert.deepStrictEqual(fromMarkdown(text, gfmOptions(all)), fullParse(text));
      assert.notDeepStrictEqual(fromMarkdown(text, gfmOptions(all & ~bit)), fullParse(text), `${part} changes the tree`);
    }
  });

  it('every construct of micromark-extension-gfm belongs to a part', () => {
    // A construct of no part is always given to micromark (correct, never faster): an upgrade
    // that adds one should be classified here.
    assert.deepStrictEqual(gfmConstructNames().filter((n) => !(n in GFM_PART_OF)), []);
  });

  it('random Markdown from the characters each part looks for parses the same', () => {
    const pieces = [
      'a', 'b c', 'word', ' ', '  ', '\t', '\n', '\n\n', '\r\n', '\r',
      '|', ' | ', '|---|', ':-', '-:', ':-:', '---', '-', '- ', '* ', '1. ', '2) ', '> ', '#', '## ',
      '~', '~~', '~~~', '[', ']', '[^', '[^1]', '[^1]: ', '[ ] ', '[x] ', '(', ')', '![', '[r]: u',
      '@', 'a@b.co', 'x.y@z-q.org', 'mailto:', 'xmpp:', 'www.', 'WWW.', 'www.a.com', 'http://', 'https://x.y/z', 'HTTP:',
      '&', '&#64;', '&amp;', '&#x40;', '\\', '\\@', 'ww\\w.', '*', '_', '**', '`', '```', '    ', '<', '>', '<div>', '<!--', '-->', '.', ',',
    ];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((p) => p.join(''));
    fc.assert(fc.property(text, (t) => assert.deepStrictEqual(parseMarkdown(t), fullParse(t))), { numRuns: 3000 });
  });
});
