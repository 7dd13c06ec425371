import { strict as assert } from 'node:assert';
import { applyFixes } from '../../../server/src/core/fixes';
import { makeRepo } from '../../helpers/gitrepo';
import { checkWithHistory } from '../../helpers/historyCheck';
import { makeFixture } from '../../helpers/fixture';
import { go } from '../../helpers/go';
import type { Diagnostic } from '../../../server/src/core/types';

// The cases of a user trial of MP009 (its repro scripts), each on a real repository.

const rules = (ds: Diagnostic[]) => ds.map((d) => `${d.rule} ${d.message}`);

describe('history: cases from a user trial', function () {
  this.timeout(30000);
  afterEach(() => makeFixture.cleanup());

  it('a citation by path suffix whose code moved in the same file: "moved", and the fix keeps the short path', async () => {
    const repo = makeRepo();
    repo.commit('init', { 'pkg/w.go': go('package pkg', '', 'func A() int {', '\treturn 1', '}'), 'docs/note.md': '# Note\n\n`A` is at `w.go:3-5`.\n' });
    repo.commit('add B', { 'pkg/w.go': go('package pkg', '', 'func B() int {', '\treturn 2', '}', '', 'func A() int {', '\treturn 1', '}') });
    const { diagnostics, text } = await checkWithHistory(repo, 'docs/note.md');
    assert.deepEqual(rules(diagnostics).map((m) => m.replace(/ \(since.*/, '')), ['MP009 the code cited here moved: w.go:3-5 is now 7-9']);
    assert.equal(applyFixes(text, diagnostics).text, '# Note\n\n`A` is at `w.go:7-9`.\n');
  });
});
