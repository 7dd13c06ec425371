/**
 * A committed citation's baseline is the commit that wrote the citation, not merely the last one
 * that changed its plan line: a commit that reworded the line (a typo fixed, `--fix` rewriting
 * another citation of it) and left the citation alone is walked back past, through blame's
 * `previous` (the parent, and the plan's path there), at most three commits.
 */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { planBaselines, type CitationAt } from '../../../server/src/core/history/baseline';
import { GitHistory } from '../../../server/src/core/history/git';
import { parseBlame } from '../../../server/src/core/history/gitparse';
import { MemoryHistory } from '../../../server/src/core/history/memory';
import { SessionHistory } from '../../../server/src/core/history/session';
import type { History } from '../../../server/src/core/history/types';
import { checkDocument } from '../../../server/src/core/engine';
import { defaultConfig } from '../../../server/src/core/config';
import { FileWorkspace } from '../../../server/src/core/workspace';
import { makeRepo, cleanGitEnv, type Repo } from '../../helpers/gitrepo';
import { checkWithHistory } from '../../helpers/historyCheck';
import { makeFixture } from '../../helpers/fixture';
import { go } from '../../helpers/go';
import type { Diagnostic } from '../../../server/src/core/types';

const A = go('package a', '', 'func A() int {', '\treturn 0', '}');
const A_MOVED = go('package a', '', 'import "fmt"', '', 'func B() { fmt.Println() }', '', 'func A() int {', '\treturn 0', '}');
const mp009 = (ds: Diagnostic[]) => ds.filter((d) => d.rule === 'MP009');

/** Where each occurrence of `cited` stands in `text` (1-based line, 0-based column). */
function citationsIn(text: string, ...cited: string[]): CitationAt[] {
  const out: CitationAt[] = [];
  text.split('\n').forEach((l, i) => {
    for (const c of cited) for (let at = l.indexOf(c); at >= 0; at = l.indexOf(c, at + 1)) out.push({ line: i + 1, cited: c, column: at });
  });
  return out;
}

/** Counts blames asked of the history it wraps. */
function counting(h: History): History & { blames: string[] } {
  const blames: string[] = [];
  return Object.assign(Object.create(h) as History, {
    blames,
    blame(commit: string, file: string, token?: never) {
      blames.push(`${commit.slice(0, 7)} ${file}`);
      return h.blame(commit, file, token);
    },
  });
}

/** The baseline commit of each citation of the committed plan, by `line:cited`. */
async function baselinesOf(repo: Repo, planRel: string, ...cited: string[]): Promise<{ of: Map<string, string | undefined>; blames: string[] }> {
  const git = new GitHistory({ cwd: repo.root });
  const h = counting(git);
  try {
    const text = repo.read(planRel);
    const head = (await h.commit('HEAD'))!;
    const citations = citationsIn(text, ...cited);
    const b = await planBaselines(h, head, planRel, text, { warn: () => undefined, citations });
    return { of: new Map(citations.map((c) => [`${c.line}:${c.cited}`, b.at(c.line, c.cited, c.column)?.commit.sha])), blames: h.blames };
  } finally {
    git.dispose();
  }
}

describe('history: a citation\'s baseline walked back past commits that only reworded its line', function () {
  this.timeout(30000);
  afterEach(() => makeFixture.cleanup());

  it('a typo fixed in the sentence and committed keeps the citation\'s baseline (trial 08)', async () => {
    const repo = makeRepo({ 'go.mod': 'module example.com/m\n' });
    const init = repo.commit('init', { 'a.go': A, 'docs/plan.md': '# Plan\n\nTeh function `A` returns zero (`a.go:3-5`).\n' });
    repo.commit('add B above A', { 'a.go': A_MOVED });
    repo.commit('docs: typo', { 'docs/plan.md': '# Plan\n\nThe function `A` returns zero (`a.go:3-5`).\n' });
    const [d] = mp009((await checkWithHistory(repo, 'docs/plan.md')).diagnostics);
    assert.match(d?.message ?? '', new RegExp(`a\\.go:3-5 is now 7-9 \\(since ${init.slice(0, 7)}, `));
  });

  it('--fix rewriting another citation of the line, then committed: the one left alone keeps its baseline (trial 12)', async () => {
    const repo = makeRepo({ 'go.mod': 'module example.com/m\n\ngo 1.19\n' });
    const init = repo.commit('init', {
      'a.go': go('package a', '', 'func A() int {', '\treturn 0', '}', '', 'func B() int {', '\treturn 1', '}'),
      'docs/plan.md': '# Plan\n\n`A` is at `a.go:3-5` and the fallback at `a.go:8`.\n',
    });
    repo.commit('add C, remove B', { 'a.go': A_MOVED.replace('func B()', 'func C()') });
    // Exits 1: the deleted citation is left for a human.
    spawnSync(process.execPath, [path.resolve('bin/macroplan.js'), 'check', '--root', '.', '--fix', 'docs'], { cwd: repo.root, env: cleanGitEnv(), stdio: 'ignore' });
    assert.equal(repo.read('docs/plan.md'), '# Plan\n\n`A` is at `a.go:7-9` and the fallback at `a.go:8`.\n');
    const fix = repo.commit('docs: apply macroplan --fix');
    const ds = mp009((await checkWithHistory(repo, 'docs/plan.md')).diagnostics);
    assert.equal(ds.length, 1, ds.map((d) => d.message).join('\n'));
    assert.match(ds[0].message, new RegExp(`was deleted .*a\\.go:8 \\(since ${init.slice(0, 7)}, `));
    // The citation the fix rewrote was written by the fix's commit.
    const { of } = await baselinesOf(repo, 'docs/plan.md', 'a.go:7-9', 'a.go:8');
    assert.equal(of.get('3:a.go:7-9'), fix);
    assert.equal(of.get('3:a.go:8'), init);
  });

  it('a citation the commit rewrote keeps that commit as its baseline', async () => {
    const repo = makeRepo({ 'go.mod': 'module example.com/m\n' });
    repo.commit('init', { 'a.go': A, 'docs/plan.md': '# Plan\n\nTeh function `A` (`a.go:3-5`).\n' });
    repo.commit('add B above A', { 'a.go': A_MOVED });
    const rewrite = repo.commit('docs: typo and A', { 'docs/plan.md': '# Plan\n\nThe function `A` (`a.go:7-9`).\n' });
    assert.deepEqual(mp009((await checkWithHistory(repo, 'docs/plan.md')).diagnostics), []);
    const { of, blames } = await baselinesOf(repo, 'docs/plan.md', 'a.go:7-9');
    assert.equal(of.get('3:a.go:7-9'), rewrite);
    assert.equal(blames.length, 1, 'no walk: only the blame at HEAD');
    // A citation reading as a longer one did is new too: `a.go:3` was not `a.go:3-5`.
    const again = repo.commit('docs: shorter', { 'docs/plan.md': '# Plan\n\nThe function `A` (`a.go:3`).\n' });
    assert.equal((await baselinesOf(repo, 'docs/plan.md', 'a.go:3')).of.get('3:a.go:3'), again);
  });

  it('walks back at most three commits, with one blame per commit and path shared by the line\'s citations', async () => {
    const repo = makeRepo({ 'go.mod': 'module example.com/m\n' });
    const line = (w: string) => `# Plan\n\n${w} \`A\` (\`a.go:3-5\`, \`a.go:4\`).\n`;
    const init = repo.commit('init', { 'a.go': A, 'docs/plan.md': line('One') });
    repo.commit('add B above A', { 'a.go': A_MOVED });
    const rewords = ['Two', 'Three', 'Four', 'Five'].map((w) => repo.commit(`reword ${w}`, { 'docs/plan.md': line(w) }));
    // Four rewordings: three walked back, the fourth's parent is never blamed.
    const four = await baselinesOf(repo, 'docs/plan.md', 'a.go:3-5', 'a.go:4');
    assert.equal(four.of.get('3:a.go:3-5'), rewords[0]);
    assert.equal(four.of.get('3:a.go:4'), rewords[0]);
    assert.equal(four.blames.length, 4, four.blames.join('\n')); // HEAD, then three parents
    assert.equal(new Set(four.blames).size, 4);
    // Three: the commit that wrote the citations is reached, and MP009 speaks.
    repo.git('reset', '-q', '--hard', rewords[2]);
    const three = await baselinesOf(repo, 'docs/plan.md', 'a.go:3-5', 'a.go:4');
    assert.equal(three.of.get('3:a.go:3-5'), init);
    assert.equal(three.blames.length, 4, three.blames.join('\n'));
    const [d] = mp009((await checkWithHistory(repo, 'docs/plan.md')).diagnostics);
    assert.match(d?.message ?? '', /a\.go:3-5 is now 7-9/);
  });

  it('follows the plan through a rename made by the rewording commit (blame\'s previous path)', async () => {
    const repo = makeRepo({ 'go.mod': 'module example.com/m\n' });
    const body = (w: string) => `# Plan\n\nIntro line one.\nIntro line two.\nIntro line three.\n\n${w} function \`A\` returns zero (\`a.go:3-5\`).\n\nOutro line.\n`;
    const init = repo.commit('init', { 'a.go': A, 'docs/old.md': body('Teh') });
    repo.commit('add B above A', { 'a.go': A_MOVED });
    repo.git('mv', 'docs/old.md', 'docs/plan.md');
    repo.commit('docs: rename and typo', { 'docs/plan.md': body('The') });
    const { of } = await baselinesOf(repo, 'docs/plan.md', 'a.go:3-5');
    assert.equal(of.get('7:a.go:3-5'), init);
    const [d] = mp009((await checkWithHistory(repo, 'docs/plan.md')).diagnostics);
    assert.match(d?.message ?? '', new RegExp(`a\\.go:3-5 is now 7-9 \\(since ${init.slice(0, 7)}, `));
  });

  it('an uncommitted edit of a reworded line walks on from the HEAD line that held the citation', async () => {
    const repo = makeRepo({ 'go.mod': 'module example.com/m\n' });
    const init = repo.commit('init', { 'a.go': A, 'docs/plan.md': '# Plan\n\nTeh function `A` (`a.go:3-5`).\n' });
    repo.commit('add B above A', { 'a.go': A_MOVED });
    repo.commit('docs: typo', { 'docs/plan.md': '# Plan\n\nThe function `A` (`a.go:3-5`).\n' });
    repo.write('docs/plan.md', '# Plan\n\nThe function `A` is here (`a.go:3-5`).\n');
    assert.equal((await baselinesOf(repo, 'docs/plan.md', 'a.go:3-5')).of.get('3:a.go:3-5'), init);
  });

  it('on the typing path the walk is answered from memory, or the citation waits for git', async () => {
    const repo = makeRepo({ 'go.mod': 'module example.com/m\n' });
    const text = '# Plan\n\nThe function `A` returns zero (`a.go:3-5`).\n';
    repo.commit('init', { 'a.go': A, 'docs/plan.md': text.replace('The', 'Teh') });
    repo.commit('add B above A', { 'a.go': A_MOVED });
    repo.commit('docs: typo', { 'docs/plan.md': text });
    const session = new SessionHistory(new GitHistory({ cwd: repo.root }));
    const ws = new FileWorkspace({ root: repo.root });
    const check = (history: History, t = text) => checkDocument(ws, t, { config: defaultConfig(), path: repo.path('docs/plan.md'), history: { history, unavailable: () => undefined } });
    try {
      // Before any check with git, only the blame at HEAD remembered: the citation gets no
      // baseline from memory (no silence claimed as "unchanged", no stale answer).
      const head = (await session.commit('HEAD'))!;
      await session.repository();
      await session.blame(head.sha, 'docs/plan.md');
      await session.readFile(head.sha, 'docs/plan.md');
      const early = session.cached();
      assert.deepEqual(mp009((await check(early)).diagnostics), []);
      assert.ok(early.misses > 0);
      // The check with git remembers every answer the walk needed.
      assert.equal(mp009((await check(session)).diagnostics).length, 1);
      const view = session.cached();
      const typed = text.replace('returns zero', 'returns 0');
      const [d] = mp009((await check(view, typed)).diagnostics);
      assert.match(d?.message ?? '', /a\.go:3-5 is now 7-9/);
      assert.equal(view.misses, 0);
    } finally {
      session.dispose();
    }
  });
});

/** Big enough for git to see the rename made with the rewording. */
const small = (w: string) => `# P\n\nOne line of prose.\nAnother line of prose.\nA third line of prose.\n\n${w} \`a.go:3-5\`.\n`;

for (const [name, make] of [
  ['MemoryHistory', () => {
    const m = new MemoryHistory({ root: '/repo', commits: [
      { files: { 'a.go': A, 'docs/old.md': small('Teh') } },
      { files: { 'a.go': A_MOVED } },
      { renames: { 'docs/old.md': 'docs/plan.md' }, files: { 'docs/plan.md': small('The') } },
    ] });
    return { h: m as History, shas: [0, 1, 2].map((i) => m.sha(i)), dispose: () => undefined };
  }],
  ['GitHistory', () => {
    const repo = makeRepo();
    const shas = [repo.commit('init', { 'a.go': A, 'docs/old.md': small('Teh') }), repo.commit('move', { 'a.go': A_MOVED })];
    repo.git('mv', 'docs/old.md', 'docs/plan.md');
    shas.push(repo.commit('rename', { 'docs/plan.md': small('The') }));
    const h = new GitHistory({ cwd: repo.root });
    return { h: h as History, shas, dispose: () => h.dispose() };
  }],
] as const) {
  describe(`history: walking back with ${name}`, () => {
    afterEach(() => makeFixture.cleanup());
    it('reaches the commit that wrote the citation through the rename', async () => {
      const { h, shas, dispose } = make();
      try {
        const text = small('The');
        const b = await planBaselines(h, (await h.commit('HEAD'))!, 'docs/plan.md', text, { warn: () => undefined, citations: citationsIn(text, 'a.go:3-5') });
        assert.equal(b.at(7, 'a.go:3-5', 5)?.commit.sha, shas[0]);
        assert.equal(b.at(7)?.commit.sha, shas[2], 'a line asked without its citation: the commit that last changed it');
        assert.equal(b.at(1)?.commit.sha, shas[0]);
      } finally {
        dispose();
      }
    });
  });
}

describe('history: parsing blame --porcelain', () => {
  it('reads each line\'s commit and number there, the path and the previous version, quoted or not', () => {
    const a = 'a'.repeat(40);
    const b = 'b'.repeat(40);
    const p = 'c'.repeat(40);
    const text = [
      `${a} 1 1 2`, 'author T', 'summary one', `previous ${p} docs/old plan.md`, 'filename "docs/new\\tplan.md"', '\tline one',
      `${a} 2 2`, '\tline two',
      `${b} 7 3 1`, 'author T', 'summary two', 'boundary', 'filename docs/x.md', '\tline three',
      `${a} 5 4 1`, '\tline four',
    ].join('\n') + '\n';
    assert.deepEqual(parseBlame(text), [
      { commit: a, line: 1, path: 'docs/new\tplan.md', previous: { commit: p, path: 'docs/old plan.md' } },
      { commit: a, line: 2, path: 'docs/new\tplan.md', previous: { commit: p, path: 'docs/old plan.md' } },
      { commit: b, line: 7, path: 'docs/x.md' },
      { commit: a, line: 5, path: 'docs/new\tplan.md', previous: { commit: p, path: 'docs/old plan.md' } },
    ]);
  });
});
