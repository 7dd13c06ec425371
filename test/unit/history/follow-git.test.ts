import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { checkDocument } from '../../../server/src/core/engine';
import { defaultConfig, type Config } from '../../../server/src/core/config';
import { FileWorkspace } from '../../../server/src/core/workspace';
import { GitHistory } from '../../../server/src/core/history/git';
import type { HistoryOptions } from '../../../server/src/core/history/plan';
import { applyFixes } from '../../../server/src/core/fixes';
import { makeRepo, cleanGitEnv, type Repo } from '../../helpers/gitrepo';
import { checkWithHistory } from '../../helpers/historyCheck';
import { makeFixture } from '../../helpers/fixture';
import { go } from '../../helpers/go';
import type { Diagnostic } from '../../../server/src/core/types';
import { FileAnchorStore, anchorStorePath } from '../../../server/src/core/history/anchorfile';

/** The anchors the CLI keeps for a repository. */
const storeOf = (repo: Repo) => new FileAnchorStore(anchorStorePath(repo.root, repo.root), () => undefined);

/** sim/routing.go: Route at 3-5, Other at 7-9. */
const ROUTING = go('package sim', '', 'func Route(a int) int {', '\treturn a + 1', '}', '', 'func Other() int {', '\treturn 2', '}');
const PLAN = '# Plan\n\nRouting goes through `Route` (sim/routing.go:3-5).\n';

function check(repo: Repo, planRel: string, opts: Partial<HistoryOptions> & { config?: Partial<Config> } = {}) {
  return checkWithHistory(repo, planRel, opts);
}

const mp009 = (ds: Diagnostic[]) => ds.filter((d) => d.rule === 'MP009');

describe('history: following citations in real repositories', function () {
  this.timeout(30000);
  afterEach(() => makeFixture.cleanup());

  function base(): Repo {
    const repo = makeRepo();
    repo.commit('add routing and the plan', { 'sim/routing.go': ROUTING, 'docs/plan.md': PLAN });
    return repo;
  }

  it('unchanged code: nothing', async () => {
    const repo = base();
    repo.commit('unrelated', { 'sim/other.go': 'package sim\n' });
    assert.deepEqual((await check(repo, 'docs/plan.md')).diagnostics, []);
  });

  it('insertions above the range: moved, with one fix that --fix applies, and a second run is clean', async () => {
    const repo = base();
    repo.commit('imports', { 'sim/routing.go': ROUTING.replace('package sim\n', 'package sim\n\nimport "fmt"\n\nvar _ = fmt.Sprint\n') });
    const { diagnostics, text } = await check(repo, 'docs/plan.md');
    const [d] = mp009(diagnostics);
    assert.match(d.message, /^the code cited here moved: sim\/routing\.go:3-5 is now 7-9 \(since [0-9a-f]{7}, 2026-01-01\)\.$/);
    assert.equal(d.severity, 'warning');
    assert.ok(d.fix);
    assert.equal(d.suggestions, undefined);
    const fixed = applyFixes(text, diagnostics);
    assert.equal(fixed.applied, 1);
    assert.ok(fixed.text.includes('(sim/routing.go:7-9)'));
    repo.write('docs/plan.md', fixed.text);
    // The fixed line is not committed: it has no baseline, and the code is where it says.
    assert.deepEqual((await check(repo, 'docs/plan.md')).diagnostics, []);
    repo.commit('plan follows the code');
    assert.deepEqual((await check(repo, 'docs/plan.md')).diagnostics, []);
  });

  it('deletions above the range: moved up', async () => {
    const repo = makeRepo();
    repo.commit('start', { 'sim/routing.go': ROUTING.replace('package sim\n', 'package sim\n\n// one\n// two\n'), 'docs/plan.md': PLAN.replace('3-5', '6-8') });
    repo.commit('drop comments', { 'sim/routing.go': ROUTING });
    const [d] = mp009((await check(repo, 'docs/plan.md')).diagnostics);
    assert.match(d.message, /sim\/routing\.go:6-8 is now 3-5 /);
  });

  it('fields realigned by gofmt as a longer one is added, and moved down: moved exactly, not widened to the whole block', async () => {
    const flags = (fields: string[]) => go('package cmd', '', 'var (', ...fields, ')');
    const repo = makeRepo();
    repo.commit('flags', { 'cmd/root.go': flags(['\tseed   int64  // Seed', '\tpolicy string // Admission policy name', '\trate   float64 // Token bucket rate', '\thorizon int64 // Horizon']), 'docs/plan.md': '# Plan\n\nThe policy and its rate are flags (cmd/root.go:5-6).\n' });
    repo.commit('more flags', { 'cmd/root.go': flags(['\tverbose                 bool    // Log more', '\tworkloadSpecificationPath string // Workload file', '\tseed   int64  // Seed', '\tpolicy                  string  // Admission policy name', '\trate                    float64 // Token bucket rate', '\thorizon int64 // Horizon']) });
    const [d, ...rest] = mp009((await check(repo, 'docs/plan.md')).diagnostics);
    assert.equal(rest.length, 0);
    assert.match(d.message, /^the code cited here moved: cmd\/root\.go:5-6 is now 7-8 /);
    assert.ok(d.fix);
  });

  it('the old line numbers now hold other code: reported (the case nobody catches)', async () => {
    const repo = base();
    // Route is deleted and Other slides up into lines 3-5: MP004 would not fire without a claim, MP005 sees code.
    repo.commit('remove Route', { 'sim/routing.go': go('package sim', '', 'func Other() int {', '\treturn 2', '}') });
    const plain = '# Plan\n\nRouting goes through sim/routing.go:3-5.\n';
    repo.commit('plan without a claim', {});
    const repo2 = makeRepo();
    repo2.commit('add', { 'sim/routing.go': ROUTING, 'docs/plan.md': plain });
    const sha = repo2.commit('remove Route', { 'sim/routing.go': go('package sim', '', 'func Other() int {', '\treturn 2', '}') });
    const { diagnostics } = await check(repo2, 'docs/plan.md');
    assert.deepEqual(diagnostics.map((d) => d.rule), ['MP009']);
    assert.equal(diagnostics[0].severity, 'error');
    assert.equal(diagnostics[0].fix, undefined);
    assert.equal(diagnostics[0].suggestions, undefined);
    assert.match(diagnostics[0].message, new RegExp(`deleted in ${sha.slice(0, 7)} \\(2026-01-02, "remove Route"\\)`));
  });

  it('an edit inside the range: re-anchored through the declaration, a quick fix that --fix leaves alone', async () => {
    const repo = base();
    repo.commit('insert and edit', { 'sim/routing.go': ROUTING.replace('package sim\n', 'package sim\n\n// Routing.\n').replace('\treturn a + 1\n', '\tb := a * 2\n\treturn b + 1\n') });
    const { diagnostics, text } = await check(repo, 'docs/plan.md');
    const [d] = mp009(diagnostics);
    assert.match(d.message, /was edited: sim\/routing\.go:3-5 is now 5-8, inside `func Route`/);
    assert.match(d.message, /Was: `return a \+ 1`; now: `b := a \* 2`/);
    assert.equal(d.fix, undefined);
    assert.equal(d.suggestions?.[0].edits[0].newText, ':5-8');
    assert.equal(applyFixes(text, diagnostics).applied, 0);
    assert.deepEqual(diagnostics.filter((x) => /MP00[345]/.test(x.rule)), []);
  });

  it('a function moved to another file: moved, to the new file', async () => {
    const repo = base();
    repo.commit('split', {
      'sim/routing.go': go('package sim', '', 'func Other() int {', '\treturn 2', '}'),
      'sim/route.go': go('package sim', '', '// Route routes.', 'func Route(a int) int {', '\treturn a + 1', '}'),
    });
    const [d] = mp009((await check(repo, 'docs/plan.md')).diagnostics);
    assert.match(d.message, /moved to another file: sim\/routing\.go:3-5 is now sim\/route\.go:4-6 /);
    assert.equal(d.fix?.edits[0].newText, 'sim/route.go:4-6');
  });

  it('a file renamed: renamed; renamed and edited in the same commit: followed into the new file', async () => {
    const repo = base();
    repo.git('mv', 'sim/routing.go', 'sim/router.go');
    repo.commit('rename');
    let [d] = mp009((await check(repo, 'docs/plan.md')).diagnostics);
    assert.match(d.message, /was renamed: sim\/routing\.go:3-5 is now sim\/router\.go:3-5 /);
    assert.equal(d.severity, 'error'); // the cited path is gone
    assert.ok(d.fix);

    const repo2 = base();
    repo2.git('mv', 'sim/routing.go', 'sim/router.go');
    repo2.commit('rename and edit', { 'sim/router.go': ROUTING.replace('package sim\n', 'package sim\n\n// Package sim.\n').replace('return 2', 'return 3') });
    [d] = mp009((await check(repo2, 'docs/plan.md')).diagnostics);
    assert.match(d.message, /sim\/routing\.go:3-5 is now sim\/router\.go:5-7 /);
  });

  it('a link target relative to the plan, whose file was renamed: followed, and the fix keeps it relative to the plan', async () => {
    const repo = makeRepo();
    repo.commit('routing and a plan in docs/plans', { 'sim/routing.go': ROUTING, 'docs/plans/plan.md': '# Plan\n\nRouting: [Route](../../sim/routing.go#L3-L5).\n' });
    repo.git('mv', 'sim/routing.go', 'sim/router.go');
    repo.commit('rename');
    const [d] = mp009((await check(repo, 'docs/plans/plan.md')).diagnostics);
    assert.match(d.message, /was renamed: sim\/routing\.go#L3-L5 is now sim\/router\.go#L3-L5 /);
    assert.equal(d.fix?.edits[0].newText, '../../sim/router.go#L3-L5');
  });

  it('a file deleted: an error naming the commit, no fix', async () => {
    const repo = base();
    const sha = repo.commit('drop routing', { 'sim/routing.go': null });
    const { diagnostics } = await check(repo, 'docs/plan.md');
    assert.deepEqual(diagnostics.map((d) => d.rule), ['MP009']);
    assert.match(diagnostics[0].message, new RegExp(`deleted in ${sha.slice(0, 7)} \\(2026-01-02, "drop routing"\\): sim/routing.go:3-5`));
  });

  it('a plan line re-edited after the code moved has the newer baseline', async () => {
    const repo = base();
    repo.commit('imports', { 'sim/routing.go': ROUTING.replace('package sim\n', 'package sim\n\nimport "fmt"\n\nvar _ = fmt.Sprint\n') });
    repo.commit('plan updated', { 'docs/plan.md': PLAN.replace('3-5', '7-9') + '\nOther is at sim/routing.go:7-9.\n' });
    const { diagnostics } = await check(repo, 'docs/plan.md');
    // The first line was rewritten after the move (right); the new line cites old numbers (MP004-free, no history claim).
    assert.deepEqual(mp009(diagnostics), []);
  });

  it('uncommitted lines of a tracked plan have no baseline', async () => {
    const repo = base();
    repo.commit('imports', { 'sim/routing.go': ROUTING.replace('package sim\n', 'package sim\n\n// a\n// b\n') });
    repo.write('docs/plan.md', PLAN + '\nAnd Other at sim/routing.go:9-11.\n');
    const ds = mp009((await check(repo, 'docs/plan.md')).diagnostics);
    assert.equal(ds.length, 1); // only the committed line
    assert.match(ds[0].message, /3-5 is now 6-8/);
  });

  it('an untracked plan: baseline from the last commit before it was saved', async () => {
    const repo = makeRepo();
    repo.commit('routing', { 'sim/routing.go': ROUTING }); // 2026-01-01 12:00
    repo.commit('imports', { 'sim/routing.go': ROUTING.replace('package sim\n', 'package sim\n\n// a\n// b\n') }); // 2026-01-02
    repo.write('notes/plan.md', PLAN);
    // Saved on the evening of the first day: written against the first commit.
    fs.utimesSync(repo.path('notes/plan.md'), new Date('2026-01-01T18:00:00Z'), new Date('2026-01-01T18:00:00Z'));
    const [d] = mp009((await check(repo, 'notes/plan.md')).diagnostics);
    assert.match(d.message, /3-5 is now 6-8 \(since [0-9a-f]{7}, the last commit before the plan was saved\)/);
    // Saved after the second commit: nothing moved since.
    fs.utimesSync(repo.path('notes/plan.md'), new Date('2026-01-03T00:00:00Z'), new Date('2026-01-03T00:00:00Z'));
    assert.deepEqual(mp009((await check(repo, 'notes/plan.md')).diagnostics), []);
  });

  it('a git-ignored plan with a stamp is followed from the stamp; --fix writes no stamp, and the citation it fixed is anchored where it is right', async () => {
    const repo = makeRepo();
    repo.write('.gitignore', 'docs/plans/\n');
    const first = repo.commit('routing', { 'sim/routing.go': ROUTING });
    repo.commit('imports', { 'sim/routing.go': ROUTING.replace('package sim\n', 'package sim\n\n// a\n// b\n') });
    const stamped = PLAN + `\n<!-- macroplan-stamp: ${first} -->\n`;
    repo.write('docs/plans/p.md', stamped);
    const [d] = mp009((await check(repo, 'docs/plans/p.md')).diagnostics);
    assert.match(d.message, new RegExp(`3-5 is now 6-8 \\(since the plan's stamp ${first.slice(0, 7)}\\)`));

    // The CLI fixes the citation and writes nothing else into the plan.
    execFileSync(process.execPath, [path.resolve('bin/macroplan.js'), 'check', '--fix', 'docs/plans/p.md'], { cwd: repo.root, env: cleanGitEnv() });
    const after = repo.read('docs/plans/p.md');
    assert.equal(after, stamped.replace('(sim/routing.go:3-5)', '(sim/routing.go:6-8)'));
    assert.equal(repo.git('status', '--porcelain', '--ignored', '--', 'sim', '.gitignore').trim(), ''); // the anchors are in .git
    assert.ok(fs.existsSync(path.join(repo.root, '.git', 'macroplan', 'anchors.json')));
    // The stamp vouches for every citation, but 6-8 has an anchor at HEAD: followed from there, it is right.
    const again = execFileSync(process.execPath, [path.resolve('bin/macroplan.js'), 'check', 'docs/plans/p.md'], { cwd: repo.root, env: cleanGitEnv(), encoding: 'utf8' });
    assert.match(again, /no problems/);
    repo.commit('move Route down again', { 'sim/routing.go': ROUTING.replace('package sim\n', 'package sim\n\n// a\n// b\n// c\n') });
    const [moved] = mp009((await check(repo, 'docs/plans/p.md', { anchors: storeOf(repo) })).diagnostics);
    assert.match(moved.message, /6-8 is now 7-9 \(since it was last seen right/);
  });

  it('--fix on an ignored plan without a stamp that does not end clean: what it left is followed from where it was right, though the plan was saved', async () => {
    const repo = makeRepo();
    repo.write('.gitignore', 'docs/plans/\n');
    const first = repo.commit('routing', { 'sim/routing.go': ROUTING });
    const plan = '# Plan\n\nRouting goes through `Route` (sim/routing.go:3-5).\n\nThe fallback returns 2 (sim/routing.go:8).\n';
    repo.write('docs/plans/p.md', plan);
    // Saved after the first commit, before the second: judged from the first.
    fs.utimesSync(repo.path('docs/plans/p.md'), new Date('2026-01-01T18:00:00Z'), new Date('2026-01-01T18:00:00Z'));
    repo.commit('a header above Route; Other removed', { 'sim/routing.go': go('package sim', '', '// a', '// b', '', 'func Route(a int) int {', '\treturn a + 1', '}') });
    const cli = (...args: string[]) => {
      try {
        return execFileSync(process.execPath, [path.resolve('bin/macroplan.js'), 'check', ...args, 'docs/plans/p.md'], { cwd: repo.root, env: cleanGitEnv(), encoding: 'utf8' });
      } catch (e) {
        return (e as { stdout: string }).stdout;
      }
    };
    assert.match(cli('--fix'), /was deleted in/);
    const after = repo.read('docs/plans/p.md');
    // The moved citation is fixed, and nothing else is written.
    assert.equal(after, plan.replace('(sim/routing.go:3-5)', '(sim/routing.go:6-8)'));
    const again = cli();
    assert.match(again, new RegExp(`the code cited here was deleted in [0-9a-f]{7} .*: sim/routing\\.go:8 \\(since it was last seen right \\(HEAD was ${first.slice(0, 7)}\\)`));
    assert.doesNotMatch(again, /6-8/);
  });

  it('--since with a tag and with a sha sets one baseline for the whole plan', async () => {
    const repo = makeRepo();
    const first = repo.commit('routing', { 'sim/routing.go': ROUTING });
    repo.git('tag', 'v1');
    repo.commit('imports and plan', { 'sim/routing.go': ROUTING.replace('package sim\n', 'package sim\n\n// a\n// b\n'), 'docs/plan.md': PLAN });
    // By blame the plan line is newer than the move: nothing.
    assert.deepEqual(mp009((await check(repo, 'docs/plan.md')).diagnostics), []);
    let [d] = mp009((await check(repo, 'docs/plan.md', { since: 'v1' })).diagnostics);
    assert.match(d.message, new RegExp(`3-5 is now 6-8 \\(since v1 \\(${first.slice(0, 7)}, 2026-01-01\\)\\)`));
    [d] = mp009((await check(repo, 'docs/plan.md', { since: first })).diagnostics);
    assert.match(d.message, new RegExp(`\\(since ${first.slice(0, 7)}, 2026-01-01\\)`));
    // A ref that names nothing: said, and no history claim.
    const r = await check(repo, 'docs/plan.md', { since: 'no-such-tag' });
    assert.deepEqual(mp009(r.diagnostics), []);
    assert.match(r.said.join('\n'), /"no-such-tag" \(since\) names no commit/);
  });

  it('not a repository: said once, checked as without history', async () => {
    const fx = makeFixture({ 'sim/routing.go': ROUTING, 'plan.md': '# P\n\nsim/routing.go:3-5 and sim/routing.go:99\n' });
    const said: string[] = [];
    const history = new GitHistory({ cwd: fx.root });
    const ws = new FileWorkspace({ root: fx.root });
    const r = await checkDocument(ws, fx.read('plan.md'), { config: defaultConfig(), path: fx.path('plan.md'), history: { history, unavailable: (m) => said.push(m) } });
    history.dispose();
    assert.deepEqual(r.diagnostics.map((d) => d.rule), ['MP003']);
    assert.deepEqual(said, ['history: not a git repository; citations are checked without it']);
  });

  it('a shallow clone without the baseline commit: said, no drift claimed', async () => {
    const repo = base();
    repo.commit('imports', { 'sim/routing.go': ROUTING.replace('package sim\n', 'package sim\n\n// a\n// b\n') });
    const clone = makeFixture();
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.root}`, clone.root + '/c'], { env: cleanGitEnv(), stdio: 'ignore' });
    const root = clone.root + '/c';
    const said: string[] = [];
    const history = new GitHistory({ cwd: root });
    const ws = new FileWorkspace({ root });
    const r = await checkDocument(ws, fs.readFileSync(root + '/docs/plan.md', 'utf8'), { config: defaultConfig(), path: root + '/docs/plan.md', history: { history, unavailable: (m) => said.push(m) } });
    // In the full repository the citation moved; the clone cannot know when its line was written.
    assert.deepEqual(mp009(r.diagnostics), []);
    assert.match(said.join('\n'), /shallow/);
    const first = repo.git('rev-list', '--max-parents=0', 'HEAD').trim();
    said.length = 0;
    const r2 = await checkDocument(ws, fs.readFileSync(root + '/docs/plan.md', 'utf8'), { config: defaultConfig(), path: root + '/docs/plan.md', history: { history, since: first, unavailable: (m) => said.push(m) } });
    history.dispose();
    assert.deepEqual(mp009(r2.diagnostics), []);
    assert.match(said.join('\n'), /names no commit in this repository \(the clone is shallow\)/);
  });

  it('without history the engine runs no git and checks as before', async () => {
    const repo = base();
    repo.commit('imports', { 'sim/routing.go': ROUTING.replace('package sim\n', 'package sim\n\nimport "fmt"\n\nvar _ = fmt.Sprint\n') });
    const ws = new FileWorkspace({ root: repo.root });
    const r = await checkDocument(ws, repo.read('docs/plan.md'), { config: defaultConfig(), path: repo.path('docs/plan.md') });
    assert.equal(r.history, undefined);
    assert.deepEqual(r.diagnostics.map((d) => d.rule), ['MP004']);
  });
});

describe('history: GitHub permalinks to this repository', function () {
  this.timeout(30000);
  afterEach(() => makeFixture.cleanup());

  it('says when the code a permalink shows moved, and fixes it to HEAD only when HEAD is pushed', async () => {
    const repo = makeRepo();
    const first = repo.commit('routing', { 'sim/routing.go': ROUTING });
    repo.git('remote', 'add', 'origin', 'git@github.com:acme/sim.git');
    const head = repo.commit('imports', { 'sim/routing.go': ROUTING.replace('package sim\n', 'package sim\n\n// a\n// b\n') });
    const link = `https://github.com/acme/sim/blob/${first}/sim/routing.go#L3-L5`;
    const other = `https://github.com/someone/else/blob/${first}/sim/routing.go#L3-L5`;
    repo.write('notes.md', `# Notes\n\nRouting: ${link}\n\nElsewhere: ${other}\n`);
    let { diagnostics } = await check(repo, 'notes.md');
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].message, `the code this permalink shows (sim/routing.go#L3-L5) moved: it is now sim/routing.go#L6-L8 (since the permalink's commit ${first.slice(0, 7)}, 2026-01-01).`);
    assert.equal(diagnostics[0].fix, undefined); // HEAD is on no remote-tracking branch
    repo.git('update-ref', 'refs/remotes/origin/main', head);
    ({ diagnostics } = await check(repo, 'notes.md'));
    assert.equal(diagnostics[0].fix?.edits[0].newText, `https://github.com/acme/sim/blob/${head}/sim/routing.go#L6-L8`);
  });
});

describe('history: a citation already wrong at its baseline', function () {
  this.timeout(30000);
  afterEach(() => makeFixture.cleanup());

  it('is not followed when the symbol it names was not in its lines then', async () => {
    const repo = makeRepo();
    // `Other` is named, but lines 3-5 held Route when the plan was written.
    repo.commit('start', { 'sim/routing.go': ROUTING, 'docs/plan.md': '# Plan\n\n`Other` is at sim/routing.go:3-5.\n\n`Route` body: sim/routing.go:4.\n' });
    repo.commit('imports', { 'sim/routing.go': ROUTING.replace('package sim\n', 'package sim\n\n// a\n// b\n') });
    const ds = mp009((await check(repo, 'docs/plan.md')).diagnostics);
    // Only the second: a body line of the declaration it names.
    assert.deepEqual(ds.map((d) => d.message.replace(/ \(since.*/, '')), ['the code cited here moved: sim/routing.go:4 is now 7']);
  });
});
