import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { GitHistory } from '../../../server/src/core/history/git';
import { parseBlame } from '../../../server/src/core/history/gitparse';
import { cleanGitEnv, makeRepo } from '../../helpers/gitrepo';
import { makeFixture } from '../../helpers/fixture';

/** `git blame --porcelain` of `file` at `commit`, parsed as GitHistory parses it; undefined when git refuses. */
function realBlame(root: string, commit: string, file: string): unknown {
  try {
    return parseBlame(execFileSync('git', ['blame', '--porcelain', '--no-textconv', commit, '--', file], { cwd: root, env: cleanGitEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 28 }));
  } catch {
    return undefined;
  }
}

/** Replays `files` at `commit`; every answer must equal git blame's. Returns the paths answered. */
async function replayedMatchBlame(root: string, commit: string, files: string[]): Promise<Set<string>> {
  const h = new GitHistory({ cwd: root });
  try {
    const answered = await h.blameAhead(commit, files);
    for (const f of answered) assert.deepEqual(await h.blame(commit, f), realBlame(root, commit, f), `${f} at ${commit}`);
    return answered;
  } finally {
    h.dispose();
  }
}

const lines = (...xs: string[]) => xs.join('\n') + '\n';

describe('blames replayed from one log (blamelog.ts)', function () {
  this.timeout(120000);
  afterEach(() => makeFixture.cleanup());

  it('equals git blame through repeated lines, moved blocks, blank-line churn, CRLF and a missing last newline', async () => {
    const repo = makeRepo();
    const block = ['## Steps', '', '- one `a.go:1`', '- two', ''];
    repo.commit('plans', {
      'p/repeat.md': lines('x', 'x', 'y', 'x', 'x', '', 'x'),
      'p/moved.md': lines('# Plan', ...block, '## Notes', '', 'text', ''),
      'p/blank.md': lines('a', '', 'b', '', 'c'),
      'p/crlf.md': 'one\r\ntwo\r\nthree\r\n',
      'p/tail.md': 'first\nlast',
      'a.go': 'package a\n',
    });
    repo.commit('edits', {
      'p/repeat.md': lines('x', 'y', 'x', 'x', 'x', 'x', '', 'x', 'x'),
      'p/moved.md': lines('# Plan', '## Notes', '', 'text', '', ...block),
      'p/blank.md': lines('a', '', '', 'b', 'c', ''),
      'p/crlf.md': 'one\r\ntwo\nthree\r\nfour\r\n',
      'p/tail.md': 'first\nlast\n',
    });
    repo.commit('more edits', {
      'p/repeat.md': lines('y', 'x', 'x', '', 'x'),
      'p/moved.md': lines('# Plan', ...block.slice(0, 3), '## Notes', '', 'text', '', ...block.slice(3)),
      'p/blank.md': lines('', 'a', 'b', '', '', 'c'),
      'p/crlf.md': 'zero\r\none\r\ntwo\nthree\r\nfour',
      'a.go': 'package a\n\nfunc A() {}\n',
    });
    const head = repo.commit('unrelated', { 'b.go': 'package a\n' });
    const files = ['p/repeat.md', 'p/moved.md', 'p/blank.md', 'p/crlf.md', 'p/tail.md', 'p/none.md'];
    const answered = await replayedMatchBlame(repo.root, head, files);
    // Every file is answered, the one that is not there too (blame's answer: none).
    assert.deepEqual([...answered].sort(), [...files].sort());
  });

  it('a file deleted and added again, alone: replayed; added by a commit that deletes another file, or renamed: blame is asked', async () => {
    const repo = makeRepo();
    repo.commit('start', { 'back.md': lines('a', 'b'), 'old.md': lines('moving', 'text', 'here'), 'other.md': lines('o'), 'gone.md': lines('g') });
    repo.commit('delete', { 'back.md': null });
    repo.commit('again', { 'back.md': lines('a', 'c', 'b') });
    repo.commit('rename', { 'old.md': null, 'new.md': lines('moving', 'text', 'here', 'too') });
    const head = repo.commit('swap', { 'gone.md': null, 'other.md': lines('o', 'p'), 'fresh.md': lines('f') });
    const answered = await replayedMatchBlame(repo.root, head, ['back.md', 'new.md', 'other.md', 'fresh.md']);
    assert.deepEqual([...answered].sort(), ['back.md', 'other.md']);
    // The renamed file's lines come from old.md, which blame follows and the log does not.
    const h = new GitHistory({ cwd: repo.root });
    try {
      await h.blameAhead(head, ['new.md']);
      assert.equal((await h.blame(head, 'new.md'))?.[0].path, 'old.md');
    } finally {
      h.dispose();
    }
  });

  it('nothing is replayed behind a merge, or when blame is told to ignore revisions', async () => {
    const repo = makeRepo();
    repo.commit('start', { 'plan.md': lines('a', 'b', 'c') });
    repo.git('checkout', '-q', '-b', 'side');
    repo.commit('side', { 'plan.md': lines('a', 'b', 'c', 'side') });
    repo.git('checkout', '-q', 'main');
    repo.commit('main', { 'plan.md': lines('main', 'a', 'b', 'c') });
    repo.git('-c', 'user.name=T', '-c', 'user.email=t@example.com', 'merge', '-q', '--no-edit', 'side');
    const merged = repo.git('rev-parse', 'HEAD').trim();
    assert.deepEqual([...(await replayedMatchBlame(repo.root, merged, ['plan.md']))], []);

    const linear = makeRepo();
    const first = linear.commit('one', { 'plan.md': lines('a', 'b') });
    const head = linear.commit('two', { 'plan.md': lines('a', 'x', 'b') });
    assert.deepEqual([...(await replayedMatchBlame(linear.root, head, ['plan.md']))], ['plan.md']);
    linear.write('.ignore-revs', `${first}\n`);
    linear.git('config', 'blame.ignoreRevsFile', '.ignore-revs');
    assert.deepEqual([...(await replayedMatchBlame(linear.root, head, ['plan.md']))], []);
  });

  it('uses Myers whatever diff.algorithm says, and no joined hunks whatever diff.interHunkContext says', async () => {
    const repo = makeRepo();
    // Texts on which histogram's hunks differ from Myers', and Myers' hunks are a line apart.
    const a = lines('c', 'd', 'd', 'b', '{', 'c', 'a', 'c', 'b', 'c', '}', 'b');
    const b = lines('c', 'c', 'd', 'd', 'b', 'c', 'c', 'c', 'b', 'c', 'a', 'b');
    repo.commit('one', { 'plan.md': a });
    const head = repo.commit('two', { 'plan.md': b });
    repo.git('config', 'diff.algorithm', 'histogram');
    repo.git('config', 'diff.interHunkContext', '5');
    assert.deepEqual([...(await replayedMatchBlame(repo.root, head, ['plan.md']))], ['plan.md']);
  });

  it('equals git blame on every Markdown file of a real repository, at its head and older commits', async function () {
    const mirror = '/work/.mirror/inference-sim+inference-sim/repo';
    if (!fs.existsSync(mirror)) return this.skip();
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'macroplan-blamelog-'));
    try {
      execFileSync('git', ['clone', '-q', mirror, root], { env: cleanGitEnv(), stdio: 'ignore' });
      const git = (...a: string[]) => execFileSync('git', a, { cwd: root, env: cleanGitEnv(), encoding: 'utf8', maxBuffer: 1 << 28 });
      for (const [ref, least] of [['HEAD', 100], ['HEAD~150', 100], ['HEAD~400', 10]] as const) {
        const sha = git('rev-parse', ref).trim();
        const files = git('ls-tree', '-r', '--name-only', sha).split('\n').filter((f) => f.endsWith('.md'));
        const answered = await replayedMatchBlame(root, sha, files);
        assert.ok(answered.size >= least, `${ref}: ${answered.size} of ${files.length} replayed`);
      }
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

