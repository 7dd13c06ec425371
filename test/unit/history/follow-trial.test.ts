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

  it('a citation by path suffix whose code moved in the same file: "moved", naming the file it found, and the fix keeps the short path', async () => {
    const repo = makeRepo();
    repo.commit('init', { 'pkg/w.go': go('package pkg', '', 'func A() int {', '\treturn 1', '}'), 'docs/note.md': '# Note\n\n`A` is at `w.go:3-5`.\n' });
    repo.commit('add B', { 'pkg/w.go': go('package pkg', '', 'func B() int {', '\treturn 2', '}', '', 'func A() int {', '\treturn 1', '}') });
    const { diagnostics, text } = await checkWithHistory(repo, 'docs/note.md');
    assert.deepEqual(rules(diagnostics).map((m) => m.replace(/ \(since.*/, '')), ['MP009 the code cited here moved: pkg/w.go:3-5 is now 7-9']);
    assert.equal(applyFixes(text, diagnostics).text, '# Note\n\n`A` is at `w.go:7-9`.\n');
  });

  it('two citations sharing a sentence, both moved by code inserted above: both followed, both fixed right', async () => {
    const repo = makeRepo();
    const h = go('package h', '', 'func Push(x int) {', '\t_ = x', '}', '', 'func Pop() int {', '\treturn 0', '}');
    repo.commit('init', { 'h.go': h, 'docs/note.md': '# Note\n\n`Push` and `Pop` are at `h.go:3-5` and `h.go:7-9`.\n' });
    repo.commit('add Verify above', { 'h.go': h.replace('package h\n', 'package h\n\nfunc Verify() bool {\n\treturn true\n}\n') });
    const { diagnostics, text } = await checkWithHistory(repo, 'docs/note.md');
    assert.deepEqual(rules(diagnostics).map((m) => m.replace(/ \(since.*/, '')), ['MP009 the code cited here moved: h.go:3-5 is now 7-9', 'MP009 the code cited here moved: h.go:7-9 is now 11-13']);
    assert.equal(applyFixes(text, diagnostics).text, '# Note\n\n`Push` and `Pop` are at `h.go:7-9` and `h.go:11-13`.\n');
  });

  it('a struct cited in a sentence that also names its method: followed, not moved onto the method', async () => {
    const repo = makeRepo();
    const w = go('package w', '', 'type Writer struct {', '\tn int', '}', '', 'func (w *Writer) Write(p []byte) int {', '\treturn len(p)', '}');
    repo.commit('init', { 'w.go': w, 'docs/plan.md': '# Plan\n\n- modify `w.go`: add the field to the struct (`w.go:3-5`) and the branch in `Write`.\n' });
    repo.commit('add logging', { 'w.go': w.replace('package w\n', 'package w\n\nimport "fmt"\n').replace('\treturn len(p)', '\tfmt.Println(len(p))\n\treturn len(p)') });
    const { diagnostics, text } = await checkWithHistory(repo, 'docs/plan.md');
    assert.deepEqual(rules(diagnostics).map((m) => m.replace(/ \(since.*/, '')), ['MP009 the code cited here moved: w.go:3-5 is now 5-7']);
    assert.ok(applyFixes(text, diagnostics).text.includes('(`w.go:5-7`)'));
  });

  it('one of two citations of a line fixed by hand to what the other read: new, not the other one moved again', async () => {
    const repo = makeRepo();
    const h = go('package h', '', 'func Push(x int) {', '\t_ = x', '}', '', 'func Pop() int {', '\treturn 0', '}');
    repo.commit('init', { 'h.go': h, 'docs/note.md': '# Note\n\n`Push` and `Pop` are at `h.go:3-5` and `h.go:7-9`.\n' });
    repo.commit('add Verify above', { 'h.go': h.replace('package h\n', 'package h\n\nfunc Verify() bool {\n\treturn true\n}\n') });
    // The quick fix of the first citation, not committed: `h.go:7-9` now reads as the second did.
    repo.write('docs/note.md', '# Note\n\n`Push` and `Pop` are at `h.go:7-9` and `h.go:7-9`.\n');
    const { diagnostics } = await checkWithHistory(repo, 'docs/note.md');
    assert.deepEqual(rules(diagnostics).map((m) => m.replace(/ \(since.*/, '')), ['MP009 the code cited here moved: h.go:7-9 is now 11-13']);
    assert.equal(diagnostics[0].start, '# Note\n\n`Push` and `Pop` are at `h.go:7-9` and `'.length);
  });

  it('a cited line in a block re-indented (wrapped in a closure): moved one to one, not widened to the block', async () => {
    const repo = makeRepo();
    repo.commit('init', { 'a.go': go('package a', '', 'func F() {', '\tfor true {', '\t\tprintln(1)', '\t}', '}'), 'docs/plan.md': '# Plan\n\nF prints at `a.go:5`.\n' });
    repo.commit('wrap loop in a closure', { 'a.go': go('package a', '', 'func F() {', '\tfunc() {', '\t\tfor true {', '\t\t\tprintln(1)', '\t\t}', '\t}()', '}') });
    const { diagnostics } = await checkWithHistory(repo, 'docs/plan.md');
    assert.deepEqual(rules(diagnostics).map((m) => m.replace(/ \(since.*/, '')), ['MP009 the code cited here moved: a.go:5 is now 6']);
  });

  it('a cited field whose column gofmt realigned, in place: nothing to say', async () => {
    const repo = makeRepo();
    repo.commit('init', { 'a.go': go('package a', '', 'type T struct {', '\tn int', '\tsize int', '}'), 'docs/plan.md': '# Plan\n\nThe size is `a.go:5`.\n' });
    repo.commit('realign', { 'a.go': go('package a', '', 'type T struct {', '\tn    int', '\tsize int', '\tname string', '}') });
    assert.deepEqual((await checkWithHistory(repo, 'docs/plan.md')).diagnostics, []);
  });

  it('a citation by path suffix of a file renamed since: followed into the renamed file, as a full path is', async () => {
    const repo = makeRepo();
    repo.commit('init', { 'pkg/scan.go': go('package pkg', '', 'func Scan() bool {', '\treturn true', '}'), 'docs/note.md': '# Note\n\n`Scan` is at `pkg/scan.go:3-5` (short: `scan.go:3-5`).\n' });
    repo.git('mv', 'pkg/scan.go', 'pkg/scanner.go');
    repo.commit('rename');
    const { diagnostics, text } = await checkWithHistory(repo, 'docs/note.md');
    assert.deepEqual(rules(diagnostics).map((m) => m.replace(/ \(since.*/, '')), [
      'MP009 the file cited here was renamed: pkg/scan.go:3-5 is now pkg/scanner.go:3-5',
      'MP009 the file cited here was renamed: scan.go:3-5 is now pkg/scanner.go:3-5',
    ]);
    assert.equal(applyFixes(text, diagnostics).text, '# Note\n\n`Scan` is at `pkg/scanner.go:3-5` (short: `pkg/scanner.go:3-5`).\n');
  });

  it('a short path that two files renamed since ended with: not guessed', async () => {
    const repo = makeRepo();
    const scan = go('package pkg', '', 'func Scan() bool {', '\treturn true', '}');
    repo.commit('init', { 'a/scan.go': scan, 'b/scan.go': scan.replace('package pkg', 'package b'), 'docs/note.md': '# Note\n\nScanning: `scan.go:3-5`.\n' });
    repo.git('mv', 'a/scan.go', 'a/scanner.go');
    repo.git('mv', 'b/scan.go', 'b/scanner.go');
    repo.commit('rename both');
    assert.deepEqual((await checkWithHistory(repo, 'docs/note.md')).diagnostics.map((d) => d.rule), ['MP001']);
  });
});
