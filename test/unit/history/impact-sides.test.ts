import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { makeRepo, cleanGitEnv } from '../../helpers/gitrepo';
import { makeFixture } from '../../helpers/fixture';
import { go } from '../../helpers/go';

// Which lines a citation counts: those of the code its plan line was written against.
const BIN = path.resolve('bin/macroplan.js');
//                   1            2   3                 4            5    6   7                 8             9             10
const A_GO = go('package a', '', 'func A() int {', '\treturn 0', '}', '', 'func B() int {', '\tx := 1', '\treturn x', '}');
/** The branch's a.go: a comment above A (a line 3 that pushes the rest down by one), B returning x + 1 (line 10, was 9). */
const A_GO_BRANCH = A_GO.replace('func A', '// A is zero.\nfunc A').replace('return x\n', 'return x + 1\n');

interface Cited {
  citation: string;
  side: string;
  changed: { start: number; end: number }[];
  now?: string;
  deleted?: boolean;
}

function impact(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'impact', '--base', 'main', '--format', 'json', ...args], { cwd, env: cleanGitEnv(), encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const parsed = JSON.parse(r.stdout) as { plans: { path: string; citations: Cited[] }[]; stale: { path: string; line: number; citation: string; reason: string }[]; summary: { stale: number } };
  return { ...parsed, cited: parsed.plans.flatMap((p) => p.citations) };
}

describe('macroplan impact: the lines a citation counts', function () {
  this.timeout(30000);
  afterEach(() => makeFixture.cleanup());

  function repoWith(plan: string, files: Record<string, string> = {}) {
    const repo = makeRepo();
    repo.commit('start', { 'go.mod': 'module example.com/m\n\ngo 1.19\n', 'a.go': A_GO, 'docs/note.md': plan, ...files });
    repo.git('checkout', '-q', '-b', 'feature');
    return repo;
  }

  it('a plan line unchanged since the base counts base lines: code below an insertion is not impacted, the edited line is', () => {
    const repo = repoWith('# Note\n\n`A` is at `a.go:3-5`. `B` returns `x` at `a.go:9`.\n');
    repo.commit('doc A; B returns x+1', { 'a.go': A_GO_BRANCH });
    const r = impact(repo.root);
    // Not a.go:3-5: line 3 now is the new comment, but A's lines at main are untouched.
    assert.deepEqual(r.cited.map((c) => [c.citation, c.side, c.changed]), [['a.go:9', 'base', [{ start: 9, end: 9 }]]]);
  });

  it('a plan line written or edited on the branch, or in the working tree, is the author\'s update: not impacted', () => {
    const repo = repoWith('# Note\n\n`A` is at `a.go:3-5`.\n\n`B` is at `a.go:7-10`.\n');
    // The branch moves both and cites A anew (its new lines 3-6 include the added comment).
    repo.commit('doc A; B returns x+1; cite A with its comment', { 'a.go': A_GO_BRANCH, 'docs/note.md': '# Note\n\n`A` is at `a.go:3-6`.\n\n`B` is at `a.go:7-10`.\n' });
    let r = impact(repo.root);
    // Unchanged since the base: main's B (7-10), whose line 9 changed.
    assert.deepEqual(r.cited.map((c) => [c.citation, c.side, c.changed]), [['a.go:7-10', 'base', [{ start: 9, end: 9 }]]]);
    // Rewritten in the working tree (not committed) to B's lines now: updated too, so nothing is left.
    repo.write('docs/note.md', '# Note\n\n`A` is at `a.go:3-6`.\n\n`B` is at `a.go:8-11`.\n');
    r = impact(repo.root);
    assert.deepEqual(r.cited, []);
  });

  it('a plan that is not at the base (new, untracked) counts lines now', () => {
    const repo = repoWith('# Note\n');
    repo.commit('doc A; B returns x+1', { 'a.go': A_GO_BRANCH });
    repo.write('docs/local.md', '# Local\n\n`A` is at `a.go:3-6`.\n\n`B` is at `a.go:8-11`.\n');
    const r = impact(repo.root, 'docs/local.md');
    assert.deepEqual(r.cited.map((c) => [c.citation, c.side, c.changed]), [
      ['a.go:3-6', 'now', [{ start: 3, end: 3 }]],
      ['a.go:8-11', 'now', [{ start: 10, end: 10 }]],
    ]);
  });

  it('a stale citation (its lines not in the file at the base) is listed apart, not impacted', () => {
    const repo = repoWith('# Note\n\nGone long ago: `a.go:12-14`. `A` is at `a.go:3-5`.\n');
    // Appending lines would otherwise put "changed" lines under the stale numbers.
    repo.commit('add C', { 'a.go': A_GO + go('', 'func C() int {', '\treturn 2', '}') });
    const r = impact(repo.root);
    assert.deepEqual(r.cited, []);
    assert.deepEqual(r.stale.map((s) => [s.path, s.line, s.citation, s.reason]), [['docs/note.md', 3, 'a.go:12-14', 'a.go has 10 lines at the base']]);
    assert.equal(r.summary.stale, 1);
    const text = spawnSync(process.execPath, [BIN, 'impact', '--base', 'main'], { cwd: repo.root, env: cleanGitEnv(), encoding: 'utf8' });
    // One line saying so (JSON lists them; `check` reports them), not the list on every run.
    assert.match(text.stdout, /^no citation points into lines changed since [0-9a-f]{7}\n\(1 stale citation skipped: its lines are not in the file it was written against; `macroplan check` reports it\)\n$/);
  });

  it('a base citation follows its file through a rename; a deleted file impacts every cited line', () => {
    const repo = repoWith('# Note\n\n`B` at `a.go:9`, `D` at `d.go:3-5`.\n', { 'd.go': go('package a', '', 'func D() {', '\tprintln()', '}') });
    repo.git('mv', 'a.go', 'b.go');
    repo.commit('rename a.go, edit B, drop d.go', { 'b.go': A_GO_BRANCH, 'd.go': null });
    const r = impact(repo.root);
    assert.deepEqual(r.cited.map((c) => [c.citation, c.side, c.changed, c.now, c.deleted]), [
      ['a.go:9', 'base', [{ start: 9, end: 9 }], 'b.go', undefined],
      ['d.go:3-5', 'base', [{ start: 3, end: 5 }], undefined, true],
    ]);
  });

  it('a plan line at the base citing a file the branch adds counts lines now (the plan was ahead of the code)', () => {
    const repo = repoWith('# Note\n\n`C` will be at `c.go:3-5`.\n');
    repo.commit('add C', { 'c.go': go('package a', '', 'func C() int {', '\treturn 2', '}') });
    const r = impact(repo.root);
    assert.deepEqual(r.cited.map((c) => [c.citation, c.side, c.changed]), [['c.go:3-5', 'now', [{ start: 3, end: 5 }]]]);
  });

  it('an edit of two lines reaching a range by one line impacts that line', () => {
    // Lines 6-7 (blank, `func B`) edited: a two-line span touching A_GO's 7-10 from above.
    const repo = repoWith('# Note\n\n`B` is at `a.go:7-10`.\n');
    repo.commit('rename B', { 'a.go': A_GO.replace('\nfunc B() int {', '// spacer\nfunc Bee() int {') });
    const r = impact(repo.root);
    assert.deepEqual(r.cited.map((c) => [c.citation, c.changed]), [['a.go:7-10', [{ start: 7, end: 7 }]]]);
  });
});
