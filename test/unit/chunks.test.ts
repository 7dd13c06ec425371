import { strict as assert } from 'node:assert';
import { buildModel } from '../../server/src/core/model';
import { ParseCache, splitChunks } from '../../server/src/core/chunks';

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
});
