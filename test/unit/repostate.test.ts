import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { makeFixture } from '../helpers/fixture';
import { makeRepo } from '../helpers/gitrepo';
import { backdate } from '../helpers/cache-home';
import { findGit } from '../../server/src/core/history/git';
import { repoState } from '../../server/src/core/history/repostate';

/** history/repostate.ts: the repository's state as the result cache keys it, read from the git folder's files. */
describe('repoState', function () {
  this.timeout(60_000);
  before(function () {
    if (process.platform === 'win32' || !findGit()) this.skip();
  });
  after(() => makeFixture.cleanup());

  it('names HEAD by branch and commit, loose or packed, and detached by commit alone', () => {
    const repo = makeRepo();
    const sha = repo.commit('one', { 'a.go': 'package a\n' });
    assert.equal(repoState(repo.root)!.part('head').value, `refs/heads/main=${sha}`);
    repo.git('pack-refs', '--all');
    assert.equal(repoState(repo.root)!.part('head').value, `refs/heads/main=${sha}`, 'the same from packed-refs');
    const two = repo.commit('two', { 'a.go': 'package a\n\n// two\n' });
    assert.equal(repoState(repo.root)!.part('head').value, `refs/heads/main=${two}`);
    repo.git('checkout', '-q', '--detach', sha);
    assert.equal(repoState(repo.root)!.part('head').value, `=${sha}`);
  });

  it('says when staging moves the index and a tag moves the refs, and not otherwise', () => {
    const repo = makeRepo();
    const sha = repo.commit('one', { 'a.go': 'package a\n' });
    backdate(repo.root);
    const before = repoState(repo.root)!;
    assert.equal(repoState(repo.root)!.part('index').value, before.part('index').value, 'read again, the same');
    repo.write('b.go', 'package a\n');
    repo.git('add', 'b.go');
    assert.notEqual(repoState(repo.root)!.part('index').value, before.part('index').value);
    assert.equal(repoState(repo.root)!.part('refs').value, before.part('refs').value);
    repo.git('tag', 'v1', sha);
    assert.notEqual(repoState(repo.root)!.part('refs').value, before.part('refs').value);
    assert.equal(repoState(repo.root)!.part('head').value, before.part('head').value);
  });

  it('reads no state of a linked worktree or a folder no repository holds: git is left to answer', () => {
    const repo = makeRepo();
    repo.commit('one', { 'a.go': 'package a\n' });
    const linked = path.join(makeFixture().root, 'wt');
    repo.git('worktree', 'add', '-q', linked);
    assert.equal(repoState(linked), undefined);
    assert.equal(repoState(makeFixture({ 'a.md': '# A\n' }).root), undefined);
  });
});
