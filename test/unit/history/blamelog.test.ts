import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { GitHistory } from '../../../server/src/core/history/git';
import { parseBlame } from '../../../server/src/core/history/gitparse';
import { cleanGitEnv, makeRepo, type Repo } from '../../helpers/gitrepo';
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

/** A seeded generator (mulberry32), so a failing history can be made again. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

  it('nothing is replayed when blame is told to ignore revisions', async () => {
    const linear = makeRepo();
    const first = linear.commit('one', { 'plan.md': lines('a', 'b') });
    const head = linear.commit('two', { 'plan.md': lines('a', 'x', 'b') });
    assert.deepEqual([...(await replayedMatchBlame(linear.root, head, ['plan.md']))], ['plan.md']);
    linear.write('.ignore-revs', `${first}\n`);
    linear.git('config', 'blame.ignoreRevsFile', '.ignore-revs');
    assert.deepEqual([...(await replayedMatchBlame(linear.root, head, ['plan.md']))], []);
  });

  describe('behind merges', () => {
    /** A commit of `files` over `parents` (the first one's tree, changed), made with plumbing so any resolution is possible. */
    function commitOver(repo: Repo, parents: string[], files: Record<string, string | null>, subject = 'merge'): string {
      repo.git('checkout', '-q', '--detach', parents[0]);
      for (const [rel, content] of Object.entries(files)) {
        if (content === null) repo.git('rm', '-q', '--', rel);
        else repo.write(rel, content);
      }
      repo.git('add', '-A');
      const tree = repo.git('write-tree').trim();
      const sha = repo.git('commit-tree', tree, ...parents.flatMap((p) => ['-p', p]), '-m', subject).trim();
      repo.git('checkout', '-q', '--detach', sha);
      return sha;
    }
    const on = (repo: Repo, at: string, subject: string, files: Record<string, string | null>) => {
      repo.git('checkout', '-q', '--detach', at);
      return repo.commit(subject, files);
    };
    const base = lines('# Plan', '', 'one', 'two', 'three', 'four', 'five', 'six');

    it('a plan changed on both sides, on one side only, and in the merge itself (evil), equals git blame', async () => {
      const repo = makeRepo();
      const start = repo.commit('start', { 'both.md': base, 'one.md': base, 'evil.md': base, 'theirs.md': base, 'code.go': 'package a\n', 'gone.md': lines('risky', 'text', 'here', 'too') });
      const left = on(repo, start, 'left', { 'both.md': lines('# Plan', '', 'ONE', 'two', 'three', 'four', 'five', 'six'), 'one.md': lines('# Plan', 'left', '', 'one', 'two', 'three', 'four', 'five', 'six'), 'theirs.md': lines('# Plan', 'mine') });
      const right = on(repo, start, 'right', { 'both.md': lines('# Plan', '', 'one', 'two', 'three', 'four', 'FIVE', 'six', 'seven'), 'code.go': 'package b\n', 'evil.md': lines('# Plan', '', 'one', 'two', 'three', 'four', 'five', 'six', 'right'), 'theirs.md': lines('# Plan', 'theirs'), 'branch.md': lines('from the branch') });
      const merged = commitOver(repo, [left, right], {
        'both.md': lines('# Plan', '', 'ONE', 'two', 'three', 'four', 'FIVE', 'six', 'seven'),
        'evil.md': lines('# Plan', '', 'one', 'two', 'written in the merge', 'three', 'four', 'five', 'six', 'right'),
        // The merge takes the second parent's version whole: blame goes there, not to the first.
        'theirs.md': lines('# Plan', 'theirs'),
        // Added on one side and changed in the merge: the other parent takes nothing.
        'branch.md': lines('from the branch', 'and the merge'),
      });
      // The same, but the merge deletes a file against the parent without it: blame finds it renamed from there (gone.md), so git answers.
      const adds = on(repo, start, 'adds', { 'risky.md': lines('risky', 'text', 'here', 'too') });
      const deletes = on(repo, adds, 'deletes', { 'gone.md': null });
      const again = commitOver(repo, [merged, deletes], { 'risky.md': lines('risky', 'text', 'here', 'too', 'and the merge'), 'gone.md': null });
      const head = on(repo, again, 'after', { 'code.go': 'package c\n' });
      const files = ['both.md', 'one.md', 'evil.md', 'theirs.md', 'branch.md', 'risky.md'];
      assert.deepEqual([...(await replayedMatchBlame(repo.root, head, files))].sort(), files.filter((f) => f !== 'risky.md').sort());
    });

    it('octopus, criss-cross, the same change made on two branches, and a plan added on a branch: equals git blame', async () => {
      const repo = makeRepo();
      const start = repo.commit('start', { 'oct.md': base, 'cross.md': base, 'twice.md': base, 'both.md': base });
      const a = on(repo, start, 'a', { 'oct.md': lines('# Plan', '', 'one A', 'two', 'three', 'four', 'five', 'six'), 'cross.md': lines('# Plan', 'a', '', 'one', 'two', 'three', 'four', 'five', 'six'), 'twice.md': lines('# Plan', '', 'one', 'same', 'three', 'four', 'five', 'six'), 'both.md': lines('# Plan', '', 'one a', 'two', 'same', 'three', 'four', 'five', 'six') });
      const b = on(repo, start, 'b', { 'oct.md': lines('# Plan', '', 'one', 'two', 'three B', 'four', 'five', 'six'), 'cross.md': lines('# Plan', '', 'one', 'two', 'three', 'four', 'five', 'six', 'b'), 'twice.md': lines('# Plan', '', 'one', 'same', 'three', 'four', 'five', 'six'), 'both.md': lines('# Plan', '', 'one', 'two', 'same', 'three', 'four', 'five', 'six b'), 'added.md': lines('new', 'plan') });
      const c = on(repo, start, 'c', { 'oct.md': lines('# Plan', '', 'one', 'two', 'three', 'four', 'five C', 'six') });
      const octopus = commitOver(repo, [a, b, c], { 'oct.md': lines('# Plan', '', 'one A', 'two', 'three B', 'four', 'five C', 'six', 'octopus'), 'cross.md': lines('# Plan', 'a', '', 'one', 'two', 'three', 'four', 'five', 'six', 'b'), 'added.md': lines('new', 'plan'), 'both.md': lines('# Plan', '', 'one a', 'two', 'same', 'three', 'four', 'five', 'six b') });
      // Criss-cross: each branch merges the other, then both go on and meet again.
      const x1 = commitOver(repo, [a, b], { 'cross.md': lines('# Plan', 'a', '', 'one', 'two', 'three', 'four', 'five', 'six', 'b'), 'added.md': lines('new', 'plan') });
      const y1 = commitOver(repo, [b, a], { 'cross.md': lines('# Plan', 'a', '', 'one', 'two', 'three', 'four', 'five', 'six', 'b', 'y') });
      const x2 = on(repo, x1, 'x2', { 'cross.md': lines('# Plan', 'a', 'x', '', 'one', 'two', 'three', 'four', 'five', 'six', 'b') });
      const cross = commitOver(repo, [x2, y1], { 'cross.md': lines('# Plan', 'a', 'x', '', 'one', 'two', 'three', 'four', 'five', 'six', 'b', 'y') });
      const head = commitOver(repo, [octopus, cross], { 'cross.md': lines('# Plan', 'a', 'x', '', 'one', 'two', 'three', 'four', 'five', 'six', 'b', 'y') });
      const files = ['oct.md', 'cross.md', 'twice.md', 'added.md', 'both.md'];
      assert.deepEqual([...(await replayedMatchBlame(repo.root, head, files))].sort(), [...files].sort());
    });

    it('random branch-and-merge histories equal git blame wherever replayed', async () => {
      for (let seed = 1; seed <= 3; seed++) {
        const rand = random(seed);
        const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
        const repo = makeRepo();
        const names = ['p/a.md', 'p/b.md', 'p/c.md'];
        const texts = new Map<string, Map<string, string[]>>(); // commit -> file -> lines
        const first = Object.fromEntries(names.map((n, i) => [n, lines(...Array.from({ length: 6 }, (_, k) => `${n} line ${k} ${i}`))]));
        const root = repo.commit('start', first);
        texts.set(root, new Map(names.map((n) => [n, first[n].trimEnd().split('\n')])));
        const tips = [root];
        for (let step = 0; step < 20; step++) {
          const r = rand();
          if (r < 0.3 && tips.length > 1) {
            // A merge of two or three tips, each file resolved as one parent's, a mix of lines, or with an edit of its own.
            const parents = [...new Set([pick(tips), pick(tips), ...(rand() < 0.2 ? [pick(tips)] : [])])];
            if (parents.length < 2) continue;
            const now = new Map<string, string[]>();
            const files: Record<string, string> = {};
            for (const n of names) {
              const sides = parents.map((p) => texts.get(p)!.get(n)!);
              const how = rand();
              let out = how < 0.5 ? pick(sides) : sides[0].map((l, i) => pick(sides)[i] ?? l);
              if (how > 0.85) out = [...out.slice(0, 2), `merge ${step}`, ...out.slice(2)];
              now.set(n, out);
              files[n] = lines(...out);
            }
            const sha = commitOver(repo, parents, files, `merge ${step}`);
            texts.set(sha, now);
            for (const p of parents) tips.splice(tips.indexOf(p), 1);
            tips.push(sha);
          } else {
            const from = pick(tips);
            const now = new Map(texts.get(from)!);
            const n = pick(names);
            const body = [...now.get(n)!];
            const at = Math.floor(rand() * (body.length + 1));
            if (rand() < 0.6 || body.length < 3) body.splice(at, 0, `edit ${step}`);
            else body.splice(at, 1);
            now.set(n, body);
            const sha = on(repo, from, `edit ${step}`, { [n]: lines(...body), 'code.go': `package p${step}\n` });
            texts.set(sha, now);
            if (rand() < 0.5 && tips.length < 4) tips.push(sha);
            else tips.splice(tips.indexOf(from), 1, sha);
          }
        }
        const head = tips.length > 1 ? commitOver(repo, tips, Object.fromEntries(names.map((n) => [n, lines(...texts.get(tips[0])!.get(n)!)])), 'last') : tips[0];
        const answered = await replayedMatchBlame(repo.root, head, names);
        assert.ok(answered.size >= 1, `seed ${seed}: ${answered.size} replayed`);
      }
    });
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

  /** Every file of `ext` in a clone of `mirror` at each ref: the replay equals git blame, and answers at least so many. */
  async function realRepository(mirror: string, refs: readonly (readonly [string, number])[], ext: string): Promise<void> {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'macroplan-blamelog-'));
    try {
      execFileSync('git', ['clone', '-q', mirror, root], { env: cleanGitEnv(), stdio: 'ignore' });
      const git = (...a: string[]) => execFileSync('git', a, { cwd: root, env: cleanGitEnv(), encoding: 'utf8', maxBuffer: 1 << 28 });
      for (const [ref, least] of refs) {
        const sha = git('rev-parse', ref).trim();
        const files = git('ls-tree', '-r', '--name-only', sha).split('\n').filter((f) => f.endsWith(ext));
        const answered = await replayedMatchBlame(root, sha, files);
        assert.ok(answered.size >= least, `${ref}: ${answered.size} of ${files.length} replayed`);
      }
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  }

  it('equals git blame on every Markdown file of a real repository, at its head and older commits', async function () {
    const mirror = '/work/.mirror/inference-sim+inference-sim/repo';
    if (!fs.existsSync(mirror)) return this.skip();
    await realRepository(mirror, [['HEAD', 100], ['HEAD~150', 100], ['HEAD~400', 10]], '.md');
  });

  it('equals git blame on a real repository with merges (114 behind its head), where there is a copy', async function () {
    const mirror = '/work/.mirror/spf13+cobra/repo';
    if (!fs.existsSync(mirror)) return this.skip();
    // Its Go files: more of them, edited on both sides of its merges more often than its Markdown.
    await realRepository(mirror, [['HEAD', 20], ['HEAD~300', 30]], '.go');
  });
});

