import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeFixture, type Fixture } from '../helpers/fixture';
import { makeRepo, type Repo } from '../helpers/gitrepo';
import { backdate } from '../helpers/cache-home';
import { findGit } from '../../server/src/core/history/git';
import { FileAnchorStore, anchorStorePath } from '../../server/src/core/history/anchorfile';
import { resultCacheDir } from '../../server/src/core/resultcache';
import { anchorKey, blobId } from '../../server/src/core/history/anchors';

const REPO = path.resolve(__dirname, '..', '..');
const BIN = path.join(REPO, 'bin', 'macroplan.js');

/** A Go file of `n` functions F0..F(n-1), each 4 lines after a comment, below `top` extra lines. */
function goFile(n: number, top = 0): string {
  const lines = ['package sim', ''];
  for (let i = 0; i < top; i++) lines.push(`var pad${i} = ${i}`);
  for (let i = 0; i < n; i++) lines.push(`// F${i} does step ${i}.`, `func F${i}(a int) int {`, `\treturn a + ${i}`, '}', '');
  return lines.join('\n');
}
/** The first line of F`i` in goFile(n, top). */
const at = (i: number, top = 0) => 3 + top + i * 5 + 1;
const cite = (file: string, i: number) => `${file}:${at(i)}-${at(i) + 3}`;
const PLAN = `# Plan\n\n- \`F2\` routes (${cite('sim/route.go', 2)}).\n- \`F1\` caches (${cite('sim/cache.go', 1)}).\n`;

interface Run {
  stdout: string;
  stderr: string;
  status: number | null;
  /** git processes the run started. */
  gits: number;
}

/** A workspace, the CLI run on its plan with a `git` on PATH that counts its processes, and the result cache's entries. */
class Bed {
  private readonly shim = makeFixture().root;
  private readonly log = path.join(this.shim, 'git.log');

  constructor(readonly w: Fixture, readonly results: string, readonly anchors: string, readonly plan = 'docs/plan.md', readonly cache = makeFixture().root) {
    const git = findGit();
    fs.writeFileSync(path.join(this.shim, 'git'), `#!/bin/sh\necho x >> '${this.log}'\nexec '${git}' "$@"\n`, { mode: 0o755 });
  }

  run(...extra: string[]): Run {
    fs.rmSync(this.log, { force: true });
    const env = { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: this.cache, PATH: `${this.shim}${path.delimiter}${process.env.PATH}` };
    const r = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', ...extra, this.plan], { cwd: this.w.root, encoding: 'utf8', env });
    const gits = fs.existsSync(this.log) ? fs.readFileSync(this.log, 'utf8').split('\n').filter(Boolean).length : 0;
    return { stdout: r.stdout, stderr: r.stderr, status: r.status, gits };
  }

  entries(): string[] {
    return fs.existsSync(this.results) ? fs.readdirSync(this.results).filter((n) => n.endsWith('.json')).map((n) => path.join(this.results, n)) : [];
  }

  /** Marks every kept message, so that output read from the cache shows it. */
  tamper(): void {
    for (const file of this.entries()) {
      const e = JSON.parse(fs.readFileSync(file, 'utf8'));
      for (const d of e.result.diagnostics) d.message = `CACHED ${d.message}`;
      e.result.reason = `CACHED ${e.result.reason}`;
      fs.writeFileSync(file, JSON.stringify(e));
    }
  }

  /**
   * Files a minute old, then checks until one is answered from the cache (the first check writes
   * the plan's anchors, and an answer whose check wrote new ones is not kept): it must start no
   * git process and answer what a check without the cache answers.
   */
  warm(...extra: string[]): Run {
    backdate(this.w.root);
    let hit: Run | undefined;
    let store: string | undefined;
    for (let i = 0; i < 4 && !hit?.stdout.includes('CACHED'); i++) {
      this.tamper();
      store = this.raw();
      hit = this.run(...extra);
    }
    assert.match(hit!.stdout, /CACHED/, 'answered from the cache');
    assert.equal(hit!.gits, 0, 'a warm check starts no git process');
    this.same(hit!, extra, store);
    return hit!;
  }

  /**
   * `got`, a run with the cache from the store `store`, answers as a run without the cache from
   * the same store, and leaves the store as that run does (but for when each anchor was seen).
   */
  same(got: Run, extra: string[], store: string | undefined): Run {
    const left = normalized(this.raw());
    if (store !== undefined) fs.writeFileSync(this.anchors, store);
    else fs.rmSync(this.anchors, { force: true });
    const fresh = this.run('--no-cache', ...extra);
    assert.equal(got.stdout.replace(/CACHED /g, ''), fresh.stdout);
    assert.equal(got.status, fresh.status);
    assert.equal(got.stderr, fresh.stderr);
    assert.equal(left, normalized(this.raw()), 'the store is left as a check without the cache leaves it');
    return fresh;
  }

  /** After `change`: the next run with the cache is not answered from it, and answers (and leaves the store) as one without it. */
  stale(change: () => void, ...extra: string[]): { before: Run; after: Run } {
    const before = this.run('--no-cache', ...extra);
    change();
    const store = this.raw();
    const got = this.run(...extra);
    assert.doesNotMatch(got.stdout, /CACHED/, 'not answered from the kept answer');
    return { before, after: this.same(got, extra, store) };
  }

  private raw(): string | undefined {
    return fs.existsSync(this.anchors) ? fs.readFileSync(this.anchors, 'utf8') : undefined;
  }
}

/** A store's anchors and texts, in key order, without when each anchor was seen (every check moves it). */
function normalized(store: string | undefined): string {
  if (store === undefined) return '';
  const data = JSON.parse(store) as { anchors: Record<string, { seen?: number }>; texts: Record<string, string> };
  const anchors = Object.entries(data.anchors).map(([k, a]) => [k, { ...a, seen: 0 }]).sort(([a], [b]) => String(a).localeCompare(String(b)));
  return JSON.stringify([anchors, Object.entries(data.texts).sort(([a], [b]) => a.localeCompare(b))]);
}

/** Code, a plan citing it, then the code grown above what it cites (a drift), on branch main. */
function repoBed(): { repo: Repo; bed: Bed; shas: string[] } {
  const repo = makeRepo();
  const shas = [
    repo.commit('code', { 'sim/route.go': goFile(6), 'sim/cache.go': goFile(4) }),
    repo.commit('plan', { 'docs/plan.md': PLAN }),
    repo.commit('route grows', { 'sim/route.go': goFile(6, 2) }),
  ];
  const git = path.join(repo.root, '.git');
  return { repo, bed: new Bed(repo, path.join(git, 'macroplan', 'results'), path.join(git, 'macroplan', 'anchors.json')), shas };
}

const diagnostics = (r: Run) => (JSON.parse(r.stdout).files[0].diagnostics as { rule: string; message: string }[]).map((d) => `${d.rule} ${d.message}`);

describe('result cache with history (check in a repository and in a folder without one)', function () {
  this.timeout(180_000);
  before(function () {
    if (process.platform === 'win32' || !findGit()) this.skip();
  });
  after(() => makeFixture.cleanup());

  it('answers a warm check from the cache with no git process, the same as without it', () => {
    const { bed } = repoBed();
    const hit = bed.warm();
    assert.ok(diagnostics(hit).some((d) => d.startsWith('MP009')), `history found the drift: ${diagnostics(hit).join('\n')}`);
  });

  it('checks again after a new commit touching the plan (HEAD moved, the plan text the same)', () => {
    const { repo, bed } = repoBed();
    repo.write('docs/plan.md', `${PLAN}- \`F3\` routes too (${cite('sim/route.go', 3)}).\n`);
    bed.warm();
    // The answer may stay (the citations' anchors hold across the commit): the cache must not assume so.
    bed.stale(() => repo.commit('plan grows'));
  });

  it('checks again after a commit touching only a cited file (its working text the same)', () => {
    const { repo, bed } = repoBed();
    repo.write('sim/cache.go', goFile(4, 3));
    bed.warm();
    bed.stale(() => repo.commit('cache grows'));
  });

  it('checks again after git checkout of another branch', () => {
    const { repo, bed, shas } = repoBed();
    repo.git('branch', 'other', shas[1]);
    bed.warm();
    const { before, after } = bed.stale(() => repo.git('checkout', '-q', 'other'));
    assert.notDeepEqual(diagnostics(after), diagnostics(before));
  });

  it('checks again after git commit --amend (the same tree, another commit)', () => {
    const { repo, bed } = repoBed();
    bed.warm();
    bed.stale(() => {
      spawnSync('git', ['commit', '-q', '--amend', '-m', 'route grows, said again'], { cwd: repo.root, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@e', GIT_COMMITTER_DATE: '2026-02-01T12:00:00Z' } });
    });
  });

  it('checks again after an untracked plan is staged (the index, HEAD the same)', () => {
    const { repo, bed } = repoBed();
    repo.write('docs/new.md', PLAN);
    const newBed = new Bed(repo, bed.results, bed.anchors, 'docs/new.md', bed.cache);
    newBed.warm();
    newBed.stale(() => repo.git('add', 'docs/new.md'));
  });

  it('checks again after the plan file of an untracked plan is touched (its baseline is the commit before)', () => {
    const { repo, bed } = repoBed();
    repo.write('docs/new.md', PLAN);
    const newBed = new Bed(repo, bed.results, bed.anchors, 'docs/new.md', bed.cache);
    newBed.warm();
    // Saved between the plan's commit (day 2) and the code's growth (day 3): the baseline moves back.
    newBed.stale(() => fs.utimesSync(repo.path('docs/new.md'), new Date('2026-01-02T18:00:00Z'), new Date('2026-01-02T18:00:00Z')));
  });

  it('checks again after another process writes an anchor of the plan', () => {
    const { repo, bed, shas } = repoBed();
    bed.warm();
    const { before, after } = bed.stale(() => {
      // Another check saw F1 right at another place: the cache citation is followed from there.
      const text = goFile(4, 3);
      const store = new FileAnchorStore(bed.anchors, () => undefined);
      store.put(anchorKey('docs/plan.md', cite('sim/cache.go', 1), 0), { path: 'sim/cache.go', ranges: [[at(1), at(1) + 3]], oid: blobId(text), commit: shas[2], seen: Date.now() + 60_000 }, text);
      store.save();
    });
    assert.notDeepEqual(diagnostics(after), diagnostics(before), 'the anchor changes the answer');
  });

  it('checks again when --since names another commit, and when the ref it names moves', () => {
    const { repo, bed, shas } = repoBed();
    repo.git('tag', 'v1', shas[0]);
    bed.warm('--since', 'v1');
    const store = fs.readFileSync(bed.anchors, 'utf8');
    const other = bed.run('--since', shas[2]);
    assert.doesNotMatch(other.stdout, /CACHED/);
    bed.same(other, ['--since', shas[2]], store);
    bed.warm('--since', 'v1');
    bed.stale(() => repo.git('tag', '-f', 'v1', shas[2]), '--since', 'v1');
  });

  it('gives worker threads (--jobs) the same answers, cold and warm, as one thread without the cache', () => {
    const { repo, bed } = repoBed();
    for (let k = 0; k < 4; k++) repo.write(`docs/more-${k}.md`, PLAN.replace('# Plan', `# Plan ${k}`));
    backdate(repo.root);
    const docs = new Bed(repo, bed.results, bed.anchors, 'docs', bed.cache);
    const plain = docs.run('--no-cache', '--jobs', '1');
    for (let i = 0; i < 3; i++) {
      const threads = docs.run('--jobs', '3');
      assert.equal(threads.stdout, plain.stdout);
      assert.equal(threads.status, plain.status);
    }
    assert.equal(docs.entries().length, 5, 'each plan\'s answer kept');
    docs.tamper();
    const warm = docs.run('--jobs', '3');
    assert.equal((warm.stdout.match(/CACHED/g) ?? []).length >= 5, true, 'answered from the cache');
    assert.equal(warm.stdout.replace(/CACHED /g, ''), plain.stdout);
    assert.equal(warm.gits, 0);
  });

  it('in a folder without git: a warm check is answered from the cache, and checks again where the cited code moved', () => {
    const w = makeFixture({ 'sim/route.go': goFile(6), 'sim/cache.go': goFile(4), 'docs/plan.md': PLAN });
    const cache = makeFixture().root;
    const env = { XDG_CACHE_HOME: cache };
    const bed = new Bed(w, resultCacheDir(w.root, env), anchorStorePath(fs.realpathSync(w.root), undefined, env), 'docs/plan.md', cache);
    bed.warm();
    const { before, after } = bed.stale(() => w.write('sim/route.go', goFile(6, 2)));
    assert.notDeepEqual(diagnostics(after), diagnostics(before), 'the move is found from the anchor');
  });
});
