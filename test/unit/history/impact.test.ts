import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { makeRepo, cleanGitEnv } from '../../helpers/gitrepo';
import { makeFixture } from '../../helpers/fixture';
import { go } from '../../helpers/go';

const BIN = path.resolve('bin/macroplan.js');
const ROUTING = go('package sim', '', 'func Route(a int) int {', '\treturn a + 1', '}', '', 'func Other() int {', '\treturn 2', '}');

function run(cwd: string, args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env: cleanGitEnv(), encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('macroplan impact', function () {
  this.timeout(30000);
  afterEach(() => makeFixture.cleanup());

  function branch() {
    const repo = makeRepo();
    repo.commit('start', {
      'sim/routing.go': ROUTING,
      'docs/a.md': '# A\n\nRoute is sim/routing.go:3-5, Other is sim/routing.go:7-9.\n',
      'docs/b.md': '# B\n\nOnly Route: sim/routing.go:3-5.\n',
    });
    repo.git('checkout', '-q', '-b', 'feature');
    // Committed on the branch: Other's body; in the working tree: nothing else.
    repo.commit('change Other', { 'sim/routing.go': ROUTING.replace('return 2', 'return 3') });
    return repo;
  }

  it('lists the citations pointing into changed lines, grouped by plan; the merge base with main by default', () => {
    const repo = branch();
    const r = run(repo.root, ['impact', 'docs']);
    assert.equal(r.code, 0, r.err);
    // As a review comment: where, what changed, the plan's sentence, the code before and after.
    assert.match(r.out, /^docs\/a\.md\n  3:39  sim\/routing\.go:7-9: line 8 changed since [0-9a-f]{7}\n    > Route is sim\/routing\.go:3-5, Other is sim\/routing\.go:7-9\.\n    - return 2\n    \+ return 3\n\n1 citation in 1 plan points into lines changed since/);
    assert.doesNotMatch(r.out, /b\.md/);
  });

  it('counts working-tree edits and deletions inside a range; --fail-on-impact exits 1; JSON and SARIF', () => {
    const repo = branch();
    repo.write('sim/routing.go', ROUTING.replace('return 2', 'return 3').replace('\treturn a + 1\n', ''));
    const json = run(repo.root, ['impact', '--base', 'main', '--format', 'json', '--fail-on-impact', 'docs']);
    assert.equal(json.code, 1);
    const parsed = JSON.parse(json.out);
    // The plans are as at main: their numbers, and the changed lines, count main's lines
    // (Route's deleted line 4; Other's edited line 8, line 7 in the working tree).
    assert.deepEqual(parsed.plans[0].citations[1].diff, { was: ['\treturn 2'], now: ['\treturn 3'] });
    assert.equal(parsed.plans[0].citations[1].sentence, 'Route is sim/routing.go:3-5, Other is sim/routing.go:7-9.');
    assert.deepEqual(parsed.plans.map((p: { path: string; citations: { citation: string; side: string; changed: unknown }[] }) => [p.path, p.citations.map((c) => [c.citation, c.side, c.changed])]), [
      ['docs/a.md', [['sim/routing.go:3-5', 'base', [{ start: 4, end: 4 }]], ['sim/routing.go:7-9', 'base', [{ start: 8, end: 8 }]]]],
      ['docs/b.md', [['sim/routing.go:3-5', 'base', [{ start: 4, end: 4 }]]]],
    ]);
    assert.equal(parsed.summary.citations, 3);
    const sarif = JSON.parse(run(repo.root, ['impact', '--base', 'main', '--format', 'sarif', 'docs']).out);
    assert.equal(sarif.runs[0].results.length, 3);
    assert.ok(sarif.runs[0].tool.driver.rules.some((x: { id: string }) => x.id === 'MP900'));
  });

  it('nothing changed: says so and exits 0 even with --fail-on-impact; outside a repository: exit 2 with the reason', () => {
    const repo = branch();
    const r = run(repo.root, ['impact', '--base', 'HEAD', '--fail-on-impact', 'docs']);
    assert.equal(r.code, 0);
    // HEAD is the base and the working tree is clean: answered without reading a plan.
    assert.match(r.out, /^nothing changed since [0-9a-f]{7} \(HEAD, and the working tree is clean\): no citation is impacted\n$/);
    assert.deepEqual(JSON.parse(run(repo.root, ['impact', '--base', 'HEAD', '--format', 'json', 'docs']).out).summary, { plans: 0, citations: 0, stale: 0 });
    // A file git does not know yet is a change: the plans are read.
    repo.write('docs/new.md', '# New\n');
    assert.match(run(repo.root, ['impact', '--base', 'HEAD', 'docs']).out, /^no citation points into lines changed since [0-9a-f]{7}\n$/);
    const fx = makeFixture({ 'a.md': 'x.go:1\n' });
    const out = run(fx.root, ['impact']);
    assert.equal(out.code, 2);
    assert.match(out.err, /impact needs git history: not a git repository/);
  });
});
