/**
 * The typing path (issue 11): a check of a new plan version whose cited files did not change
 * follows no citation again and diffs no file against HEAD again (counted by `followWork`), and
 * gives the same MP009 as the first check; a cited file changed on disk is followed again, and
 * the answer is the one a check from scratch gives.
 */
import { strict as assert } from 'node:assert';
import { checkDocument, type CheckResult } from '../../../server/src/core/engine';
import { defaultConfig } from '../../../server/src/core/config';
import { FileWorkspace } from '../../../server/src/core/workspace';
import { MemoryHistory, type MemoryCommit } from '../../../server/src/core/history/memory';
import { SessionHistory } from '../../../server/src/core/history/session';
import { followWork } from '../../../server/src/core/history/follow';
import type { History } from '../../../server/src/core/history/types';
import { makeFixture } from '../../helpers/fixture';
import { go } from '../../helpers/go';

const ROUTE = go('package sim', '', 'func Route(a int) int {', '\treturn a + 1', '}');
const OTHER = go('package sim', '', 'func Other(b int) int {', '\tc := b * 2', '\treturn c', '}');
const PLAN = '# Plan\n\n- `Route` is sim/routing.go:3-5.\n- `Other` is sim/other.go:3-6.\n';

describe('history: a new plan version does not follow unchanged citations again', function () {
  this.timeout(20000);
  after(() => makeFixture.cleanup());

  const mp009 = (r: CheckResult) => r.diagnostics.filter((d) => d.rule === 'MP009').map((d) => d.message);

  it('reuses what it followed while the cited files stay the same, and follows again the one whose file changed', async () => {
    const routeNow = ROUTE.replace('package sim\n', 'package sim\n// a\n');
    const otherNow = OTHER.replace('b * 2', 'b * 3');
    const fx = makeFixture({ 'sim/routing.go': routeNow, 'sim/other.go': otherNow });
    const commits: MemoryCommit[] = [
      { subject: 'add', files: { 'sim/routing.go': ROUTE, 'sim/other.go': OTHER, 'docs/plan.md': PLAN } },
      { subject: 'move and edit', files: { 'sim/routing.go': routeNow, 'sim/other.go': otherNow } },
    ];
    const session = new SessionHistory(new MemoryHistory({ root: fx.root, commits }));
    const ws = new FileWorkspace({ root: fx.root });
    const check = (text: string, history: History) =>
      checkDocument(ws, text, { config: defaultConfig(), path: fx.path('docs/plan.md'), history: { history, unavailable: (m) => assert.fail(m) } });

    const first = await check(PLAN, session);
    assert.equal(mp009(first).length, 1, mp009(first).join('\n'));
    assert.match(mp009(first)[0], /routing\.go/);

    // Typing in the prose: a new version, the same citations, the same files.
    const before = { ...followWork };
    const view = session.cached();
    const typed = PLAN.replace('# Plan\n', '# Plan\n\nSome words typed.\n');
    const second = await check(typed, view);
    assert.equal(view.misses, 0);
    assert.deepEqual(mp009(second), mp009(first));
    assert.equal(followWork.citations, before.citations, 'a citation was followed again');
    assert.equal(followWork.worktreeDiffs, before.worktreeDiffs, 'a file was diffed against HEAD again');

    // Other's file changes on disk (its code moves down): only that citation is followed again.
    fx.write('sim/other.go', otherNow.replace('package sim\n', 'package sim\n\n// moved down\n'));
    const third = await check(typed, session.cached());
    assert.equal(followWork.citations, before.citations + 1);
    assert.equal(followWork.worktreeDiffs, before.worktreeDiffs + 1);
    const scratch = await checkDocument(new FileWorkspace({ root: fx.root }), typed, { config: defaultConfig(), path: fx.path('docs/plan.md'), history: { history: new MemoryHistory({ root: fx.root, commits }), unavailable: (m) => assert.fail(m) } });
    assert.equal(mp009(third).length, 2, mp009(third).join('\n'));
    assert.deepEqual(mp009(third), mp009(scratch));
  });
});
