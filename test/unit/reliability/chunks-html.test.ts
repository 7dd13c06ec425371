/**
 * The chunked parse (ParseCache) must equal a whole parse. These are shapes found by the
 * property tests (fuzz-plans.test.ts) around the places where chunks may split: fences and HTML
 * blocks, at the top level and inside lists and quotes, followed by a heading or a blank line.
 * The second list once differed (an HTML block or fence left open inside a list at a chunk's end:
 * micromark closed it at the end of the chunk, with the line ending, instead of where the list
 * ends); splitChunks now declines split points while such a block is open.
 */
import { strict as assert } from 'node:assert';
import { buildModel, type PlanModel } from '../../../server/src/core/model';
import { ParseCache } from '../../../server/src/core/chunks';

function same(text: string): void {
  const strip = (m: PlanModel) => {
    const { lines: _l, text: _t, ...rest } = m;
    return JSON.stringify(rest);
  };
  assert.equal(strip(buildModel(text, new ParseCache())), strip(buildModel(text)));
}

const EQUAL = [
  '# A\n\ntext\n# B\n',
  '> <!--\n# T',
  '- ```\ncode\n# T',
  '> ```\n# T',
  '-     code\n# T',
  '> - <!-- x\n# T',
  '- | a |\n  |---|\n# T',
  '- a\n\n      code\n# T',
  '- <!-- a -->\n# T',
  '> <?php\n# T',
  '<div>\n\n# T',
  '    <!--\n# T',
  '- a\n  <!--\n# T',
  '```\n# not a heading\n```\n# T',
  '<!--\n# not a heading\n-->\n# T',
  '\r# A\r\rtext\r# B\r',
  '# A\r\n\r\n> quote\r\n# B',
  '</div>\n## A. Executive Summary',
  '1. <div>\n```\n\n| a | b |',
  '1. ```\n   code\n2. next\n\n# T',
  '- a\n\n  <!--\n\n# x\n-->\n\ntext',
  '```go```\n```\n\n.',
];

const OPEN_IN_CONTAINER = [
  '1. <!--\n# T',
  '1. <!--\n\n# T',
  '- ```\n\n# T',
  '- <script>\n# T',
  '- <![CDATA[\n# T',
  '- <!X\n# T',
  '1. <!--\n\n\n|---|---|',
  '2) <![CDATA[\n\n```',
];

describe('reliability: chunked parse around fences and HTML blocks', () => {
  for (const text of EQUAL) it(`equals a whole parse: ${JSON.stringify(text)}`, () => same(text));
  for (const text of OPEN_IN_CONTAINER) it(`equals a whole parse with an HTML block or fence open inside a list at a would-be split: ${JSON.stringify(text)}`, () => same(text));
});
