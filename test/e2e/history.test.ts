// End-to-end: a citation whose code moved since the plan was committed shows MP009 in the
// Problems view of a real VS Code (code-server), and its hover says where the code went. The
// workspace is a git repository made here: the plan and the code committed, then a commit that
// inserts lines above the cited function.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { buildAndPackage, LONG, log, Session, writeTree } from './harness';
import { ROUTE_GO, ROUTE_GO_MOVED, ROUTE_NOTES } from '../helpers/workspace';

describe('e2e: history (MP009) in code-server', function () {
  this.timeout(2 * LONG);
  let s: Session;

  before(async function () {
    this.timeout(8 * LONG);
    buildAndPackage();
    s = new Session({ workspace: {} });
    const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.com' };
    const git = (...args: string[]) => execFileSync('git', args, { cwd: s.folder, env, stdio: 'ignore' });
    writeTree(s.folder, { 'go.mod': 'module example.com/sim\n', 'sim/routing.go': ROUTE_GO, 'docs/notes.md': ROUTE_NOTES });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'routing and its notes');
    writeTree(s.folder, { 'sim/routing.go': ROUTE_GO_MOVED });
    git('commit', '-q', '-am', 'a weight above Route');
    try {
      await s.start();
    } catch (err) {
      log(`code-server log:\n${s.serverLog.slice(-4000)}`);
      throw err;
    }
  });

  after(async function () {
    this.timeout(LONG);
    await s?.close();
  });

  it('shows MP009 in the Problems view for a citation whose code moved, and the hover says where it went', async () => {
    await s.quickOpen('docs/notes.md');
    const text = await s.problems((t) => t.includes('MP009'));
    assert.match(text, /moved: sim\/routing\.go:4-12 is now 7-15/);
    await s.screenshot('mp009-problems');
    // Wait for the drift part of the hover: the diagnostic part ("... is now 7-15") can render first.
    const hover = await s.hover('routing.go:4-12', /sim\/routing\.go:7-15/);
    assert.match(hover, /`?sim\/routing\.go:4-12`? is now `?sim\/routing\.go:7-15/);
    await s.screenshot('mp009-hover');
  });
});
