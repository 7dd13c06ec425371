import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

const repo = path.resolve(__dirname, '..', '..');

describe('the example workspace', () => {
  it('shows each citation rule, and one structure rule, firing once through the built CLI', () => {
    let out = '';
    try {
      execFileSync(process.execPath, ['bin/macroplan.js', 'check', '--format', 'json', '--root', 'examples/workspace', 'examples/workspace'], { cwd: repo, encoding: 'utf8' });
      assert.fail('expected exit code 1');
    } catch (e) {
      const err = e as { status: number; stdout: string };
      assert.equal(err.status, 1);
      out = err.stdout;
    }
    const report = JSON.parse(out);
    const rules = report.files.flatMap((f: { diagnostics: { rule: string }[] }) => f.diagnostics.map((d) => d.rule)).sort();
    assert.deepEqual(rules, ['MP001', 'MP002', 'MP003', 'MP004', 'MP005', 'MP006', 'MP113']);
  });
});
