import { strict as assert } from 'node:assert';
import { GitHistory } from '../../../server/src/core/history/git';
import { holdsNoCode, lastRightVersion } from '../../../server/src/core/history/walkback';
import { makeRepo } from '../../helpers/gitrepo';
import { makeFixture } from '../../helpers/fixture';
import { go } from '../../helpers/go';

describe('walk back to where a citation was right', function () {
  this.timeout(30000);
  afterEach(() => makeFixture.cleanup());

  it('holdsNoCode: blank and brace-only lines', () => {
    assert.equal(holdsNoCode(['', '\t}', ')']), true);
    assert.equal(holdsNoCode(['}', 'return x']), false);
  });

  it('finds the latest version of the cited file whose lines were right, skipping commits that left the file alone', async () => {
    const repo = makeRepo();
    const v1 = repo.commit('route at 3', { 'a.go': go('package a', '', 'func Route() {}') });
    repo.commit('route at 4', { 'a.go': go('package a', '', '// doc', 'func Route() {}') });
    repo.commit('unrelated', { 'b.go': 'package a\n' });
    const top = repo.commit('route at 6', { 'a.go': go('package a', '', 'import "fmt"', '', '// doc', 'func Route() { fmt.Println() }') });
    const h = new GitHistory({ cwd: repo.root });
    try {
      const judged: string[] = [];
      const isRight = (line: number) => async (b: { text: string; oid: string }) => {
        judged.push(b.oid);
        return /Route/.test(b.text.split('\n')[line - 1] ?? '');
      };
      const head = (await h.commit(top))!;
      const at4 = await lastRightVersion(h, head, 'a.go', isRight(4));
      assert.equal(at4?.commit.subject, 'unrelated');
      assert.equal(judged.length, 1, 'the same version is judged once');
      const at3 = await lastRightVersion(h, head, 'a.go', isRight(3));
      assert.equal(at3?.commit.sha, v1);
      assert.equal(await lastRightVersion(h, head, 'a.go', isRight(9)), undefined);
    } finally {
      h.dispose();
    }
  });
});
