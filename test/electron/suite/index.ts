// Entry point that VS Code loads inside the extension host (extensionTestsPath): runs the
// compiled *.test.js files next to it with mocha. Used by @vscode/test-electron (desktop) and
// by the code-server e2e run (test/e2e/exthost.test.ts), which reads the outcome from the file
// named by MACROPLAN_TEST_RESULT since it cannot see the extension host's exit code.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

interface Outcome {
  passed: string[];
  failed: { title: string; error: string }[];
  done: boolean;
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  for (const f of fs.readdirSync(__dirname)) {
    if (f.endsWith('.test.js')) mocha.addFile(path.join(__dirname, f));
  }
  const resultFile = process.env.MACROPLAN_TEST_RESULT;
  const outcome: Outcome = { passed: [], failed: [], done: false };
  const save = () => {
    if (resultFile) fs.writeFileSync(resultFile, JSON.stringify(outcome, null, 2));
  };
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      outcome.done = true;
      save();
      if (failures) reject(new Error(`${failures} tests failed`));
      else resolve();
    });
    runner.on('pass', (t) => { outcome.passed.push(t.fullTitle()); save(); });
    runner.on('fail', (t, err) => { outcome.failed.push({ title: t.fullTitle(), error: String(err?.stack ?? err) }); save(); });
  });
}
