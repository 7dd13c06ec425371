import { strict as assert } from 'node:assert';
import { memoryWorkspace } from '../../server/src/core/workspace';
import { checkDocument } from '../../server/src/core/engine';
import { defaultConfig } from '../../server/src/core/config';
import { CART_GO } from '../helpers/go';

// A Go project's plan compares its code with another project's (vLLM's scheduler.py): those
// citations are not this workspace's and must not read as missing files.
const PLAN = [
  '# Preemption',
  '',
  'The victim is the last arrival, as in vLLM `scheduler.py:827-829`; the index steps back after',
  'each eviction (vLLM `scheduler.py:853`). Ours lives in `shop/cart.go:3`.',
  '',
].join('\n');

async function findings(files: Record<string, string>, text = PLAN) {
  const ws = memoryWorkspace({ root: '/w', files });
  const r = await checkDocument(ws, text, { config: defaultConfig() });
  return r.diagnostics.map((d) => ({ rule: d.rule, severity: d.severity, message: d.message }));
}

describe('citations of a language the workspace has no file of', () => {
  it('a Go workspace: no MP001 for another project\'s Python, one MP006 info for all of them', async () => {
    const got = await findings({ 'shop/cart.go': CART_GO });
    assert.deepEqual(got.filter((d) => d.rule === 'MP001'), []);
    const info = got.filter((d) => d.rule === 'MP006');
    assert.equal(info.length, 1);
    assert.equal(info[0].severity, 'info');
    assert.match(info[0].message, /^2 citations of Python files \(scheduler\.py, \.\.\.\) are not checked: this workspace has no Python file/);
  });

  it('a workspace with Python: a missing .py is MP001 as ever', async () => {
    const got = await findings({ 'shop/cart.go': CART_GO, 'tools/gen.py': 'def main():\n    pass\n' });
    assert.deepEqual(got.filter((d) => d.rule === 'MP001').length, 2);
    assert.deepEqual(got.filter((d) => d.rule === 'MP006'), []);
  });

  it('an empty workspace says nothing of languages: a root set wrong must not silence citations', async () => {
    const got = await findings({});
    assert.deepEqual(got.filter((d) => d.rule === 'MP001').length, 3);
  });

  it('JavaScript and TypeScript are one family: a TypeScript project citing a missing .js gets MP001', async () => {
    const got = await findings({ 'src/app.ts': 'export const a = 1;\n' }, 'See `src/legacy.js:4`.\n');
    assert.deepEqual(got.map((d) => d.rule), ['MP001']);
  });
});
