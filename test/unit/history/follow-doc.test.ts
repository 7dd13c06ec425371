import { strict as assert } from 'node:assert';
import { makeRepo, type Repo } from '../../helpers/gitrepo';
import { checkWithHistory } from '../../helpers/historyCheck';
import { makeFixture } from '../../helpers/fixture';
import { go } from '../../helpers/go';
import { applyFixes } from '../../../server/src/core/fixes';
import type { Diagnostic } from '../../../server/src/core/types';

// Regressions found by following the citations of plans through four Go releases of the
// standard library (scripts/trials/go-stdlib-trial.sh): doc comments and replaced declarations.

/** sim/routing.go: Route's doc comment at 3, Route at 4-6, Other at 8-10. */
const ROUTING = go('package sim', '', '// Route routes.', 'func Route(a int) int {', '\treturn a + 1', '}', '', 'func Other() int {', '\treturn 2', '}');
const IMPORTS = 'package sim\n\nimport "fmt"\n\nvar _ = fmt.Sprint\n';

async function check(repo: Repo, planRel: string): Promise<Diagnostic[]> {
  return (await checkWithHistory(repo, planRel)).diagnostics;
}

const checkText = (repo: Repo, planRel: string) => checkWithHistory(repo, planRel);

const mp009 = (ds: Diagnostic[]) => ds.filter((d) => d.rule === 'MP009');

describe('history: doc comments and replaced declarations in real repositories', function () {
  this.timeout(30000);
  afterEach(() => makeFixture.cleanup());

  function base(plan: string): Repo {
    const repo = makeRepo();
    repo.commit('add routing and the plan', { 'sim/routing.go': ROUTING, 'docs/plan.md': plan });
    return repo;
  }

  it('a function cited with its doc comment, whose comment grew: the new range starts at the new comment', async () => {
    const repo = base('# Plan\n\nRouting goes through `Route` (sim/routing.go:3-6).\n');
    repo.commit('imports, and a longer comment', { 'sim/routing.go': ROUTING.replace('package sim\n', IMPORTS).replace('// Route routes.\n', '// Route routes.\n// It adds one.\n') });
    const [d] = mp009(await check(repo, 'docs/plan.md'));
    // The comment starts at 7 now: following the function alone gave 8-11, its first line lost.
    assert.match(d.message, /was edited: sim\/routing\.go:3-6 is now 7-11, inside `func Route`/);
  });

  it('a doc comment edited where it stands, the function untouched: nothing (it was "moved" to the same lines)', async () => {
    const repo = base('# Plan\n\nRouting goes through `Route` (sim/routing.go:3-6).\n');
    repo.commit('reword', { 'sim/routing.go': ROUTING.replace('// Route routes.', '// Route routes a request.') });
    assert.deepEqual(mp009(await check(repo, 'docs/plan.md')), []);
  });

  it('a doc comment cited alone, naming its declaration: followed (it was left to MP004)', async () => {
    const repo = base('# Plan\n\nSee the `Route` doc comment (sim/routing.go:3).\n');
    repo.commit('imports', { 'sim/routing.go': ROUTING.replace('package sim\n', IMPORTS) });
    const ds = await check(repo, 'docs/plan.md');
    assert.deepEqual(ds.map((d) => d.rule), ['MP009']);
    assert.match(ds[0].message, /moved: sim\/routing\.go:3 is now 7 /);
  });

  it('a declaration whose lines were replaced by other code: deleted by that commit, not "in the working tree"', async () => {
    const repo = base('# Plan\n\nRouting goes through `Route` (sim/routing.go:4-6).\n');
    const sha = repo.commit('replace Route', { 'sim/routing.go': ROUTING.replace('// Route routes.\nfunc Route(a int) int {\n\treturn a + 1\n}', '// Path paths.\nfunc Path(b int) int {\n\treturn b * 3\n}') });
    repo.commit('later edit', { 'sim/routing.go': repo.read('sim/routing.go').replace('return 2', 'return 4') });
    const [d] = mp009(await check(repo, 'docs/plan.md'));
    assert.match(d.message, new RegExp(`was deleted in ${sha.slice(0, 7)} \\(2026-01-02, "replace Route"\\): sim/routing\\.go:4-6 `));
  });

  it('--fix rewrites one citation of a line: the other, only re-anchored, keeps its baseline and its MP009', async () => {
    const repo = base('# Plan\n\n`Route` (sim/routing.go:4-6) and `Other` (sim/routing.go:8-10).\n');
    repo.commit('imports, and Other edited', { 'sim/routing.go': ROUTING.replace('package sim\n', IMPORTS).replace('return 2', 'x := 2\n\treturn x') });
    const first = await checkText(repo, 'docs/plan.md');
    assert.deepEqual(mp009(first.diagnostics).map((d) => /moved|edited/.exec(d.message)?.[0]), ['moved', 'edited']);
    const fixed = applyFixes(first.text, first.diagnostics);
    assert.equal(fixed.applied, 1);
    repo.write('docs/plan.md', fixed.text);
    // The line is not committed now, but `sim/routing.go:8-10` is written as it was at HEAD.
    const [d, ...rest] = mp009(await check(repo, 'docs/plan.md'));
    assert.deepEqual(rest, []);
    assert.match(d.message, /was edited: sim\/routing\.go:8-10 is now 12-15, inside `func Other`/);
  });

  it('a citation written anew on an edited line: still no baseline', async () => {
    const repo = base('# Plan\n\n`Route` (sim/routing.go:4-6).\n');
    repo.commit('imports', { 'sim/routing.go': ROUTING.replace('package sim\n', IMPORTS) });
    repo.write('docs/plan.md', '# Plan\n\n`Route` starts at sim/routing.go:4.\n');
    assert.deepEqual(mp009(await check(repo, 'docs/plan.md')), []);
  });

  /** sim/router.go: Router.Route at 5-11 (7 lines), Size at 13-15. */
  const ROUTER = go('package sim', '', 'type Router struct{ n []int }', '', 'func (r *Router) Route(a int) int {', '\tif a < 0 {', '\t\treturn 0', '\t}', '\tb := a % len(r.n)', '\treturn r.n[b]', '}', '', 'func (r *Router) Size() int {', '\treturn len(r.n)', '}');

  it('a type renamed: its methods are followed to the new receiver, not called deleted', async () => {
    const repo = makeRepo();
    repo.commit('router and plan', { 'sim/router.go': ROUTER, 'docs/plan.md': '# Plan\n\n`Route` (sim/router.go:5-11) and its modulo (sim/router.go:9).\n' });
    repo.commit('unexport Router', { 'sim/router.go': ROUTER.replace(/Router/g, 'router').replace('package sim\n', IMPORTS) });
    const ds = mp009(await check(repo, 'docs/plan.md'));
    assert.equal(ds.length, 2);
    assert.match(ds[0].message, /was edited: sim\/router\.go:5-11 is now 9-15, inside `func \(r \*Router\) Route`/);
    assert.match(ds[1].message, /sim\/router\.go:9 is now 13 /);
  });

  it('a method gone while another type has one of the same name and other code, or a short one: deleted', async () => {
    const other = go('package sim', '', 'type Queue struct{ n []int }', '', 'func (q *Queue) Route(a int) int {', '\tq.n = append(q.n, a)', '\tfor range q.n {', '\t\ta++', '\t}', '\treturn a', '}', '', 'func (q *Queue) Size() int {', '\treturn len(r.n)', '}');
    const repo = makeRepo();
    repo.commit('router and plan', { 'sim/router.go': ROUTER, 'docs/plan.md': '# Plan\n\n`Route` (sim/router.go:5-11); `Size` (sim/router.go:13-15).\n' });
    repo.commit('router becomes a queue', { 'sim/router.go': other });
    const ds = mp009(await check(repo, 'docs/plan.md'));
    assert.deepEqual(ds.map((d) => /was (deleted|edited)/.exec(d.message)?.[1]), ['deleted', 'deleted']);
  });
});
