/**
 * SessionHistory (the language server's history) and shared answers: a question in flight is
 * shared by its callers and ends only when every one of them has cancelled; what was answered is
 * remembered and can be read back without git (`cached()`), which answers nothing else.
 */
import { strict as assert } from 'node:assert';
import { GitHistory } from '../../../server/src/core/history/git';
import { MemoryHistory } from '../../../server/src/core/history/memory';
import { SessionHistory } from '../../../server/src/core/history/session';
import { NotCached } from '../../../server/src/core/history/types';
import { CancelledError, type Cancellation } from '../../../server/src/core/types';
import { makeRepo, type Repo } from '../../helpers/gitrepo';
import { go } from '../../helpers/go';

const ROUTE = go('package sim', '', 'func Route(a int) int {', '\treturn a + 1', '}');

class Token implements Cancellation {
  isCancellationRequested = false;
}

describe('history: answers shared in flight, cancelled per caller', function () {
  this.timeout(20000);
  let repo: Repo;
  let sha: string;
  before(() => {
    repo = makeRepo({ 'go.mod': 'module example.com/sim\n', 'sim/routing.go': ROUTE });
    sha = repo.commit('routing');
    repo.commit('more', { 'sim/routing.go': ROUTE + '\nfunc Other() {}\n' });
  });
  after(() => repo.remove());

  it('GitHistory: the first caller cancelling does not take the answer from a second one still waiting', async () => {
    const h = new GitHistory({ cwd: repo.root });
    try {
      const first = new Token();
      const second = new Token();
      const a = h.blame(sha, 'sim/routing.go', first);
      const b = h.blame(sha, 'sim/routing.go', second);
      first.isCancellationRequested = true;
      await assert.rejects(a, CancelledError);
      const blame = await b;
      assert.equal(blame?.length, 5);
      assert.ok(blame!.every((c) => c.commit === sha));
    } finally {
      h.dispose();
    }
  });

  it('GitHistory: when every caller cancels, all of them are told so (and a later caller gets the answer)', async () => {
    const h = new GitHistory({ cwd: repo.root });
    try {
      const first = new Token();
      const second = new Token();
      const a = h.blame(sha, 'sim/routing.go', first);
      const b = h.blame(sha, 'sim/routing.go', second);
      first.isCancellationRequested = true;
      second.isCancellationRequested = true;
      await assert.rejects(a, CancelledError);
      await assert.rejects(b, CancelledError);
      assert.equal((await h.blame(sha, 'sim/routing.go'))?.length, 5);
    } finally {
      h.dispose();
    }
  });

  it('SessionHistory: a caller cancelled while HEAD is asked does not cancel another waiting for it', async () => {
    const session = new SessionHistory(new GitHistory({ cwd: repo.root }));
    try {
      const first = new Token();
      const second = new Token();
      const a = session.commit('HEAD', first);
      const b = session.commit('HEAD', second);
      first.isCancellationRequested = true;
      await assert.rejects(a, CancelledError);
      assert.equal((await b)?.subject, 'more');
    } finally {
      session.dispose();
    }
  });
});

describe('history: SessionHistory remembers, and cached() answers from memory only', () => {
  const make = () => {
    const inner = new MemoryHistory({
      root: '/repo',
      commits: [
        { subject: 'add', files: { 'sim/routing.go': ROUTE, 'docs/plan.md': 'cites sim/routing.go:3-5\n' } },
        { subject: 'insert', files: { 'sim/routing.go': ROUTE.replace('package sim\n', 'package sim\n// a\n') } },
      ],
    });
    return { inner, session: new SessionHistory(inner) };
  };

  it('asks the inner history once per question; the view answers the same without asking, and counts what it cannot answer', async () => {
    const { inner, session } = make();
    const view0 = session.cached();
    await assert.rejects(view0.repository(), NotCached);
    assert.equal(view0.misses, 1);
    assert.equal(session.known, false);

    const head = await session.commit('HEAD');
    const pair = { from: inner.sha(0), to: inner.sha(1) };
    await session.repository();
    const changes = await session.changes([pair]);
    const blob = await session.readFile(inner.sha(0), 'sim/routing.go');
    await session.readFile(inner.sha(0), 'sim/routing.go');
    await session.changes([pair]);
    const asked = inner.calls.length;
    assert.equal(inner.calls.filter((c) => c.startsWith('readFile')).length, 1, inner.calls.join('\n'));
    assert.equal(inner.calls.filter((c) => c.startsWith('changes')).length, 1, inner.calls.join('\n'));

    const view = session.cached();
    assert.equal(session.known, true);
    assert.equal((await view.commit('HEAD'))?.sha, head?.sha);
    assert.equal(await view.readFile(inner.sha(0), 'sim/routing.go'), blob);
    assert.deepEqual(await view.changes([pair]), changes);
    await assert.rejects(view.readFile(inner.sha(1), 'sim/routing.go'), NotCached);
    await assert.rejects(view.blame(inner.sha(1), 'docs/plan.md'), NotCached);
    assert.equal(view.misses, 2);
    assert.equal(inner.calls.length, asked, 'the view asked the inner history');
  });

  it('refresh (HEAD moved, a plan saved) forgets what depends on HEAD, keeps what is keyed by commit ids', async () => {
    const { inner, session } = make();
    await session.commit('HEAD');
    await session.readFile(inner.sha(0), 'sim/routing.go');
    await session.tracked(['docs/plan.md']);
    session.refresh();
    const view = session.cached();
    await assert.rejects(view.commit('HEAD'), NotCached);
    await assert.rejects(view.tracked(['docs/plan.md']), NotCached);
    assert.ok(await view.readFile(inner.sha(0), 'sim/routing.go'));
  });
});
