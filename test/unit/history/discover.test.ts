import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { discoverRepository } from '../../../server/src/core/history/discover';
import { cleanGitEnv, makeRepo } from '../../helpers/gitrepo';
import { makeFixture } from '../../helpers/fixture';

/** What git itself says for `dir`, in the shape discoverRepository answers. */
function revParse(dir: string): { root: string; shallow: boolean } | null {
  try {
    const [top, shallow] = execFileSync('git', ['rev-parse', '--show-toplevel', '--is-shallow-repository'], { cwd: dir, env: cleanGitEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim().split('\n');
    return { root: fs.realpathSync(top), shallow: shallow === 'true' };
  } catch (e) {
    if (/not a git repository/i.test(String((e as { stderr?: string }).stderr))) return null;
    throw e;
  }
}

describe('discoverRepository: the repository read from disk, as rev-parse says it', () => {
  after(() => makeFixture.cleanup());

  it('answers a plain repository, from its root, a subfolder and a link into it, as git does', () => {
    const repo = makeRepo();
    repo.commit('one', { 'sim/a.go': 'package sim\n' });
    const fx = makeFixture();
    fs.symlinkSync(path.join(repo.root, 'sim'), fx.path('link'));
    for (const dir of [repo.root, path.join(repo.root, 'sim'), fx.path('link')]) {
      const found = discoverRepository(dir);
      assert.deepEqual(found, { root: fs.realpathSync(repo.root), shallow: false }, dir);
      assert.deepEqual(found, revParse(dir), dir);
    }
  });

  it('answers a repository with no commit yet, and a shallow clone as shallow', () => {
    const empty = makeFixture();
    execFileSync('git', ['init', '-q'], { cwd: empty.root, env: cleanGitEnv() });
    assert.deepEqual(discoverRepository(empty.root), revParse(empty.root));
    const repo = makeRepo();
    repo.commit('one', { 'a.go': 'package a\n' });
    repo.commit('two', { 'a.go': 'package a\n\n// two\n' });
    const clone = makeFixture();
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.root}`, clone.path('c')], { env: cleanGitEnv(), stdio: 'ignore' });
    const found = discoverRepository(clone.path('c'));
    assert.deepEqual(found, { root: fs.realpathSync(clone.path('c')), shallow: true });
    assert.deepEqual(found, revParse(clone.path('c')));
  });

  it('says no repository only where git says so', () => {
    const fx = makeFixture({ 'a/b.txt': 'x' });
    assert.equal(discoverRepository(fx.path('a')), null);
    assert.equal(revParse(fx.path('a')), null);
  });

  it('leaves the unusual to git: a linked worktree, a bare repository, a git folder, moved or included config', () => {
    const repo = makeRepo();
    repo.commit('one', { 'a.go': 'package a\n' });
    const fx = makeFixture();
    repo.git('worktree', 'add', '-q', fx.path('wt'));
    assert.equal(discoverRepository(fx.path('wt')), undefined, 'linked worktree');
    execFileSync('git', ['init', '-q', '--bare', fx.path('bare.git')], { env: cleanGitEnv() });
    assert.equal(discoverRepository(fx.path('bare.git')), undefined, 'bare');
    assert.equal(discoverRepository(path.join(repo.root, '.git', 'refs')), undefined, 'inside .git');
    const config = path.join(repo.root, '.git', 'config');
    const plain = fs.readFileSync(config, 'utf8');
    for (const extra of ['[include]\n\tpath = other', '[core]\n\tworktree = /elsewhere', '[core]\n\tbare = true', '[extensions]\n\tworktreeConfig = true']) {
      fs.writeFileSync(config, `${plain}${extra}\n`);
      assert.equal(discoverRepository(repo.root), undefined, extra);
    }
    fs.writeFileSync(config, plain);
    assert.deepEqual(discoverRepository(repo.root), revParse(repo.root));
  });
});
