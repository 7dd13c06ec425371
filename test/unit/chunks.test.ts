import { strict as assert } from 'node:assert';
import { buildModel } from '../../server/src/core/model';
import { commonPrefix, commonSuffix, ParseCache, splitChunks } from '../../server/src/core/chunks';
import fc from 'fast-check';
import { fuzzParams } from '../helpers/reliability';

const doc = [
  '# Plan',
  '',
  'Intro with `a/b.go:3` and **Thing**.',
  '',
  '## A) Summary',
  '- item one (`x.go:1-2`)',
  '  - nested `y.go#L4`',
  '',
  '```go',
  '# not a heading inside a fence',
  'type X interface{}',
  '```',
  '',
  '<!--',
  '# not a heading inside a comment z.go:9',
  '-->',
  '',
  '| Component | Modeled |',
  '|---|---|',
  '| `q.go:7` **EventQueue** | yes |',
  '### PR 1: first',
  'text right after a heading',
  '> quote `w.go:2`',
  '# Last',
  '',
].join('\n');

function comparable(m: ReturnType<typeof buildModel>) {
  return JSON.parse(JSON.stringify({ ...m, lines: undefined, text: undefined }));
}

describe('incremental Markdown parsing by chunks', () => {
  it('splits before column-0 headings and blocks after a blank line, never inside fences or comments', () => {
    const chunks = splitChunks(doc).map((c) => doc.slice(c.start, c.end).split('\n')[0]);
    assert.deepEqual(chunks, ['# Plan', 'Intro with `a/b.go:3` and **Thing**.', '## A) Summary', '```go', '<!--', '| Component | Modeled |', '### PR 1: first', '# Last']);
  });

  it('keeps a loose list, indented continuations and raw <pre> blocks in one chunk', () => {
    const text = ['- one', '', '- two', '', '  more of two', '', '1. first', '', '2. second', '', '<pre>', '', 'x.go:1', '</pre>', '', 'after'].join('\n');
    const chunks = splitChunks(text).map((c) => text.slice(c.start, c.end).split('\n')[0]);
    assert.deepEqual(chunks, ['- one', '<pre>', 'after']);
    assert.deepEqual(comparable(buildModel(text, new ParseCache())), comparable(buildModel(text)));
  });

  it('builds the same model as a whole-document parse', () => {
    assert.deepEqual(comparable(buildModel(doc, new ParseCache())), comparable(buildModel(doc)));
  });

  it('stays equal after edits that reuse cached chunks', () => {
    const cache = new ParseCache();
    buildModel(doc, cache);
    for (const edited of [doc.replace('Intro', 'Intro text'), doc.replace('# Last', '# Last\n\nmore `v.go:1`'), doc.replace('```go', '```go\n## inside')]) {
      assert.deepEqual(comparable(buildModel(edited, cache)), comparable(buildModel(edited)));
    }
  });

  it('parses the whole document at once when it has link reference definitions', () => {
    const text = '# A\n\nsee [x]\n\n# B\n\n[x]: a.go\n';
    assert.deepEqual(comparable(buildModel(text, new ParseCache())), comparable(buildModel(text)));
    assert.ok(JSON.stringify(buildModel(text, new ParseCache()).root).includes('"linkReference"'));
  });

  // A keystroke splits again only around the edit and carries the other chunks over, moved: each
  // version's chunks and model must be those of a fresh split and a whole parse.
  it('splits an edited version as a fresh split does, version after version (random edits, one cache)', () => {
    const pieces = ['# H', '## A) Two', 'text `a.go:1`', '', '', '- item', '  - nested', '1. first', '```go', '```', '~~~', '<!--', '-->', '<pre>', '</pre>', '<div>', '> quote', '| a | b |', '|---|---|', '    indented', '[x]: y.go', '\r', 'plain words', '#', '---'];
    const edits = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 6 }), fc.oneof(fc.constantFrom('', 'x', '\n', '\n\n', '\r', '\r\n', '# ', '```', '<!--', '-->', '- ', '| c |', '[r]: z.go', '\n## B) New\n'), fc.constantFrom(...pieces))), { minLength: 1, maxLength: 8 });
    const start = fc.array(fc.constantFrom(...pieces), { minLength: 4, maxLength: 40 }).map((ls) => ls.join('\n'));
    fc.assert(
      fc.property(start, edits, (text, steps) => {
        const cache = new ParseCache();
        let version = text;
        for (let i = 0; i <= steps.length; i++) {
          if (i > 0) {
            const [at, del, ins] = steps[i - 1];
            const p = at % (version.length + 1);
            version = version.slice(0, p) + ins + version.slice(p + del);
          }
          const placed = cache.chunks(version);
          if (placed) {
            assert.deepEqual(placed.map((c) => [c.start, c.text]), splitChunks(version).map((c) => [c.start, version.slice(c.start, c.end)]), `version ${i}: ${JSON.stringify(version)}`);
            let line = 0;
            for (const c of placed) {
              assert.equal(c.line, line, `version ${i}: the line of the chunk at ${c.start}`);
              line += version.slice(c.start, c.start + c.text.length).split(/\r\n?|\n/).length - 1;
            }
          }
          assert.deepEqual(comparable(buildModel(version, cache)), comparable(buildModel(version)), `version ${i}: ${JSON.stringify(version)}`);
        }
      }),
      fuzzParams(300),
    );
  });

  it('measures the common start and end of two texts as a loop over characters does', () => {
    const naive = (a: string, b: string) => {
      let i = 0;
      while (i < a.length && i < b.length && a[i] === b[i]) i++;
      return i;
    };
    const rev = (s: string) => [...s].reverse().join('');
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '\n'), maxLength: 400 });
    fc.assert(
      fc.property(text, text, text, (shared, x, y) => {
        const a = shared + x + shared;
        const b = shared + y + shared;
        const before = commonPrefix(a, b);
        assert.equal(before, naive(a, b));
        const max = Math.min(a.length, b.length) - before;
        assert.equal(commonSuffix(a, b, max), Math.min(max, naive(rev(a), rev(b))));
      }),
      fuzzParams(300),
    );
  });
});
