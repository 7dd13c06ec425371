import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GitHistory } from '../../../server/src/core/history/git';
import { MemoryHistory, type MemoryCommit } from '../../../server/src/core/history/memory';
import { HistoryUnavailable, pairKey, type History } from '../../../server/src/core/history/types';
import { makeRepo } from '../../helpers/gitrepo';
import { makeFixture } from '../../helpers/fixture';
import { go } from '../../helpers/go';

const ROUTE = go('package sim', '', 'func Route(a int) int {', '\treturn a + 1', '}', '', 'func Other() {}');

/** The same four commits, for the real repository and for the fake. */
const SCRIPT: (MemoryCommit & { subject: string })[] = [
  { subject: 'add routing', files: { 'sim/routing.go': ROUTE, 'docs/plan.md': 'cites sim/routing.go:3-5\n' } },
  { subject: 'insert above', files: { 'sim/routing.go': ROUTE.replace('package sim\n', 'package sim\n// a\n// b\n') } },
  { subject: 'rename', renames: { 'sim/routing.go': 'sim/route.go' } },
  { subject: 'delete other', files: { 'sim/route.go': ROUTE.replace('package sim\n', 'package sim\n// a\n// b\n').replace('\nfunc Other() {}\n', '') } },
];

function realRepo(): { history: GitHistory; shas: string[] } {
  const repo = makeRepo();
  const shas: string[] = [];
  for (const c of SCRIPT) {
    for (const [from, to] of Object.entries(c.renames ?? {})) repo.git('mv', from, to);
    shas.push(repo.commit(c.subject, c.files ?? {}));
  }
  repo.git('tag', 'v1', shas[1]);
  return { history: new GitHistory({ cwd: repo.root }), shas };
}

function fake(): { history: MemoryHistory; shas: string[] } {
  const history = new MemoryHistory({ root: '/repo', commits: SCRIPT.map((c, i) => ({ ...c, tags: i === 1 ? ['v1'] : [] })) });
  return { history, shas: SCRIPT.map((_, i) => history.sha(i)) };
}

for (const [name, make] of [['GitHistory (a real repository)', realRepo], ['MemoryHistory', fake]] as const) {
  describe(`history contract: ${name}`, () => {
    let h: History;
    let shas: string[];
    before(() => ({ history: h, shas } = make()));
    after(() => {
      h.dispose();
      makeFixture.cleanup();
    });

    it('resolves refs to commits with their subject and time', async () => {
      const head = await h.commit('HEAD');
      assert.equal(head?.sha, shas[3]);
      assert.equal(head?.subject, 'delete other');
      assert.equal((await h.commit('v1'))?.sha, shas[1]);
      assert.equal((await h.commit(shas[0].slice(0, 7)))?.sha, shas[0]);
      assert.equal(await h.commit('no-such-ref'), undefined);
      assert.ok((await h.commit(shas[2]))!.time > (await h.commit(shas[1]))!.time);
    });

    it('blames each line of a file at a commit', async () => {
      const blame = await h.blame(shas[3], 'sim/route.go');
      assert.equal(blame?.[0].commit, shas[0]); // package line
      assert.equal(blame?.[2].commit, shas[1]); // the inserted import
      assert.equal(blame?.[6].commit, shas[0]); // func Route
      assert.equal(await h.blame(shas[3], 'sim/routing.go'), undefined);
    });

    it('says where each blamed line was in its commit, and the version that commit changed', async () => {
      const blame = (await h.blame(shas[3], 'sim/route.go'))!;
      // Written by the first commit, which added the file: no previous version.
      assert.deepEqual(blame[0], { commit: shas[0], line: 1, path: 'sim/routing.go' });
      assert.deepEqual(blame[6], { commit: shas[0], line: 5, path: 'sim/routing.go' }); // Route's closing brace
      // Inserted by the second, under the file's name then; the version it changed is its parent's.
      assert.deepEqual(blame[2], { commit: shas[1], line: 3, path: 'sim/routing.go', previous: { commit: shas[0], path: 'sim/routing.go' } });
      // The plan, blamed at the parent the line's commit names.
      const plan = await h.blame(blame[2].previous!.commit, 'docs/plan.md');
      assert.deepEqual(plan, [{ commit: shas[0], line: 1, path: 'docs/plan.md' }]);
    });

    it('reads a file at a commit', async () => {
      const blob = await h.readFile(shas[0], 'sim/routing.go');
      assert.equal(blob?.text, ROUTE);
      assert.equal(await h.readFile(shas[3], 'sim/routing.go'), undefined);
      assert.equal((await h.readFile(shas[2], 'sim/route.go'))?.oid, (await h.readFile(shas[1], 'sim/routing.go'))?.oid);
    });

    it('gives the changes of several pairs at once, renames followed', async () => {
      const pairs = [{ from: shas[0], to: shas[3] }, { from: shas[1], to: shas[2] }, { from: shas[2], to: shas[3] }, { from: shas[3], to: shas[3] }];
      const all = await h.changes(pairs);
      const first = all.get(pairKey(pairs[0]))!;
      assert.deepEqual(first.map((c) => [c.oldPath, c.newPath]), [['sim/routing.go', 'sim/route.go']]);
      assert.deepEqual(first[0].hunks, [
        { oldStart: 2, oldCount: 0, newStart: 2, newCount: 2 },
        { oldStart: 6, oldCount: 2, newStart: 8, newCount: 0 },
      ]);
      assert.deepEqual(all.get(pairKey(pairs[1])), [{ oldPath: 'sim/routing.go', newPath: 'sim/route.go', hunks: [] }]);
      assert.deepEqual(all.get(pairKey(pairs[2]))!.map((c) => c.hunks.length), [1]);
      assert.deepEqual(all.get(pairKey(pairs[3])), []);
    });

    it('logs the commits that changed paths, oldest first', async () => {
      const log = await h.log(shas[0], shas[3], ['sim/route.go']);
      assert.deepEqual(log.map((c) => c.subject), ['rename', 'delete other']);
      assert.deepEqual(log[1].changes.map((c) => [c.oldPath, c.newPath, c.hunks.length]), [['sim/route.go', 'sim/route.go', 1]]);
    });

    it('finds the last commit before a time, tracked paths and remotes', async () => {
      const second = (await h.commit(shas[1]))!;
      assert.equal((await h.commitBefore(second.time + 1000))?.sha, shas[1]);
      assert.equal(await h.commitBefore(0), undefined);
      assert.deepEqual([...(await h.tracked(['docs/plan.md', 'docs/other.md']))], ['docs/plan.md']);
      assert.deepEqual(await h.remotes(), []);
      assert.equal(await h.isPublished(shas[3]), false);
    });
  });
}

describe('GitHistory: degrading', () => {
  after(() => makeFixture.cleanup());

  it('says git is missing when it is not on PATH', async () => {
    const fx = makeFixture({ 'a.txt': 'x' });
    const h = new GitHistory({ cwd: fx.root, searchPath: fx.root });
    await assert.rejects(h.repository(), (e) => e instanceof HistoryUnavailable && /not found on PATH/.test(e.message));
  });

  it('says a folder outside any repository is not a repository', async () => {
    const fx = makeFixture({ 'a.txt': 'x' });
    const h = new GitHistory({ cwd: fx.root });
    await assert.rejects(h.repository(), (e) => e instanceof HistoryUnavailable && /not a git repository/.test(e.message));
  });

  it('starts no git process to find the repository, or that there is none, in the plain case', async () => {
    const fx = makeFixture({ 'a.txt': 'x' });
    const log = fx.path('calls.log');
    const real = ['/usr/bin/git', '/usr/local/bin/git', '/bin/git'].find((p) => fs.existsSync(p)) ?? 'git';
    const spy = fx.write('bin/git', `#!/bin/sh\necho "$*" >> '${log}'\nexec '${real}' "$@"\n`);
    fs.chmodSync(spy, 0o755);
    const outside = new GitHistory({ cwd: fx.root, git: spy });
    await assert.rejects(outside.repository(), (e) => e instanceof HistoryUnavailable && e.message === 'not a git repository');
    assert.equal(fs.existsSync(log), false, 'git was started');
    // The folder's real path is inside a repository: found there, as git would.
    const repo = makeRepo();
    const sha = repo.commit('one', { 'sim/a.go': 'package sim\n' });
    fs.symlinkSync(path.join(repo.root, 'sim'), fx.path('link'));
    const linked = new GitHistory({ cwd: fx.path('link'), git: spy });
    assert.deepEqual(await linked.repository(), { root: fs.realpathSync(repo.root), shallow: false });
    assert.equal(fs.existsSync(log), false, 'git was started');
    assert.equal((await linked.commit('HEAD'))?.sha, sha);
    assert.match(fs.readFileSync(log, 'utf8'), /cat-file/);
    linked.dispose();
  });

  it('fails queued reads once disposed, and the cat-file process ends', async () => {
    const repo = makeRepo();
    const sha = repo.commit('one', { 'a.go': 'package a\n' });
    const h = new GitHistory({ cwd: repo.root });
    assert.equal((await h.readFile(sha, 'a.go'))?.text, 'package a\n');
    h.dispose();
    await assert.rejects(h.readFile(sha, 'a.go'), HistoryUnavailable);
  });
});
