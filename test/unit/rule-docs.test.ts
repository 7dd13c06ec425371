import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FileWorkspace } from '../../server/src/core/workspace';
import { checkDocument } from '../../server/src/core/engine';
import { defaultConfig } from '../../server/src/core/config';

const repo = path.resolve(__dirname, '..', '..');
const page = (id: string) => fs.readFileSync(path.join(repo, 'docs', 'rules', `${id}.md`), 'utf8');

/** The first ```markdown block after a heading of the page. */
function example(doc: string, heading: string): string {
  const at = doc.indexOf(`## ${heading}`);
  assert.ok(at >= 0, heading);
  const m = /```markdown\n([\s\S]*?)```/.exec(doc.slice(at));
  assert.ok(m, `no markdown example under ${heading}`);
  return m[1];
}

describe('rule pages of the citation rules: their examples (the pages themselves: rule-registry.test.ts)', () => {
  // The examples cite the example workspace: they must do what the pages say.
  const ws = new FileWorkspace({ root: path.join(repo, 'examples', 'workspace') });
  for (const id of ['MP001', 'MP002', 'MP003', 'MP004', 'MP005', 'MP006']) {
    it(`${id}: the failing example fails with the message shown, the passing one passes`, async () => {
      const doc = page(id);
      const config = defaultConfig();
      const fails = await checkDocument(ws, example(doc, 'Fails'), { config });
      assert.deepEqual(fails.diagnostics.map((d) => d.rule), [id]);
      const d = fails.diagnostics[0];
      const pos = fails.model.lines.positionAt(d.start);
      const shown = /```text\n(.*)\n```/.exec(doc)![1];
      assert.equal(shown, `${pos.line + 1}:${pos.character + 1}  ${d.severity}  ${d.message}  ${id}`);
      const passes = await checkDocument(ws, example(doc, 'Passes'), { config });
      assert.deepEqual(passes.diagnostics.map((x) => `${x.rule} ${x.message}`), []);
    });
  }
});
