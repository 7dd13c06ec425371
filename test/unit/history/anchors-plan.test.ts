import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { cleanGitEnv, makeRepo, type Repo } from '../../helpers/gitrepo';
import { makeFixture } from '../../helpers/fixture';
import { go } from '../../helpers/go';
import { checkWithHistory } from '../../helpers/historyCheck';
import { MemoryAnchorStore, anchorKey, blobId } from '../../../server/src/core/history/anchors';

interface Finding { rule: string; message: string; severity: string; fixable: boolean }

/** Runs the CLI as a user would, history on, and gives its JSON findings for the plan. */
function cli(repo: Repo, plan: string, ...args: string[]): Finding[] {
  let out: string;
  try {
    out = execFileSync(process.execPath, [path.resolve('bin/macroplan.js'), 'check', '--format', 'json', ...args, plan], { cwd: repo.root, env: cleanGitEnv(), encoding: 'utf8' });
  } catch (e) {
    out = (e as { stdout: string }).stdout;
  }
  return (JSON.parse(out) as { files: { diagnostics: Finding[] }[] }).files.flatMap((f) => f.diagnostics);
}

/** Setting a file's modification time, as a save at that moment would. */
function savedAt(repo: Repo, rel: string, iso: string): void {
  fs.utimesSync(repo.path(rel), new Date(iso), new Date(iso));
}

const ROUTING = go('package sim', '', 'func Route(a int) int {', '\treturn a + 1', '}', '', 'func Other() int {', '\treturn 2', '}');

describe('anchors: a plan never committed, written against code not committed yet (issue 20 done-when)', function () {
  this.timeout(60000);
  afterEach(() => makeFixture.cleanup());

  it('every citation is followed from what its author saw, across uncommitted edits, a commit, a typo fix and later moves', async () => {
    const repo = makeRepo();
    repo.write('.gitignore', 'plans/\n');
    repo.commit('routing', { 'sim/routing.go': ROUTING });
    // The author edits the code (not committed) and writes the plan against it: Route at 5-7, Other at 9-11.
    const edited = ROUTING.replace('package sim\n', 'package sim\n\n// Routing picks an instance.\n');
    repo.write('sim/routing.go', edited.replace('func Route', '// Route adds one.\nfunc Route'));
    const plan = '# Plan\n\nRequests go through `Route` (sim/routing.go:5-7); the fallback `Other` returns a constnat (sim/routing.go:9-11).\n';
    repo.write('plans/p.md', plan);
    assert.deepEqual(cli(repo, 'plans/p.md'), []);
    // More uncommitted edits above both: followed from the anchors, not from HEAD's lines.
    repo.write('sim/routing.go', repo.read('sim/routing.go').replace('package sim\n', 'package sim\n\nimport "fmt"\n\nvar _ = fmt.Sprint\n'));
    assert.deepEqual(cli(repo, 'plans/p.md').map((d) => d.message.replace(/ \(since .*\)\.$/, '')), [
      'the code cited here moved: sim/routing.go:5-7 is now 9-11',
      'the code cited here moved: sim/routing.go:9-11 is now 13-15',
    ]);
    // The code is committed; the plan gets a typo fix (saved now: its modification time is no baseline any more).
    repo.commit('routing comments and imports');
    repo.write('plans/p.md', plan.replace('constnat', 'constant'));
    savedAt(repo, 'plans/p.md', '2030-01-01T00:00:00Z');
    const moved = cli(repo, 'plans/p.md');
    assert.deepEqual(moved.map((d) => d.rule), ['MP009', 'MP009']);
    assert.ok(moved.every((d) => d.fixable));
    // Later commits move Route down and edit Other's body.
    repo.commit('more', { 'sim/routing.go': repo.read('sim/routing.go').replace('// Routing picks', '// Package-level notes.\n// Routing picks').replace('\treturn 2', '\treturn 3') });
    const later = cli(repo, 'plans/p.md');
    assert.deepEqual(later.map((d) => d.message.replace(/ \(since .*?\)\./, '.')), [
      'the code cited here moved: sim/routing.go:5-7 is now 10-12.',
      'the code cited here was edited: sim/routing.go:9-11 is now 14-16, inside `func Other`.' + later[1].message.slice(later[1].message.indexOf('.', later[1].message.indexOf('func Other')) + 1),
    ]);
    // --fix rewrites both citations, and only them; the plan keeps its line count, and the fixed ones are anchored anew.
    cli(repo, 'plans/p.md', '--fix');
    const fixed = repo.read('plans/p.md');
    assert.equal(fixed.split('\n').length, plan.split('\n').length);
    assert.ok(fixed.includes('(sim/routing.go:10-12)'));
    assert.equal(repo.git('status', '--porcelain').trim(), '');
    assert.deepEqual(cli(repo, 'plans/p.md').filter((d) => d.rule === 'MP009' && d.message.includes('10-12')), []);
  });

  it('an anchor on committed code follows a rename, as a commit baseline does', () => {
    const repo = makeRepo();
    repo.write('.gitignore', 'plans/\n');
    repo.commit('routing', { 'sim/routing.go': ROUTING });
    repo.write('plans/p.md', '# Plan\n\n`Other` returns two (sim/routing.go:7-9).\n');
    assert.deepEqual(cli(repo, 'plans/p.md'), []);
    savedAt(repo, 'plans/p.md', '2030-01-01T00:00:00Z');
    repo.git('mv', 'sim/routing.go', 'sim/route.go');
    repo.commit('rename', { 'sim/route.go': ROUTING.replace('package sim\n', 'package sim\n\n// moved\n') });
    assert.deepEqual(cli(repo, 'plans/p.md').map((d) => d.message.replace(/ \(since .*\)\.$/, '')), ['the file cited here was renamed: sim/routing.go:7-9 is now sim/route.go:9-11']);
  });

  it('a tracked plan ignores an anchor seen on another branch (blame answers), and takes one behind HEAD', async () => {
    const repo = makeRepo();
    const first = repo.commit('routing and plan', { 'sim/routing.go': ROUTING, 'docs/plan.md': '# Plan\n\n`Route` adds one (sim/routing.go:3-5).\n' });
    repo.git('checkout', '-q', '-b', 'other');
    const elsewhere = repo.commit('header on another branch', { 'sim/routing.go': ROUTING.replace('package sim\n', 'package sim\n\n// x\n') });
    repo.git('checkout', '-q', 'main');
    // An anchor whose text had Route two lines lower than the plan says: followed, it would move the citation.
    const text = ROUTING.replace('package sim\n', 'package sim\n\n// a\n// b\n');
    const storeAt = (commit: string) => {
      const store = new MemoryAnchorStore();
      store.put(anchorKey('docs/plan.md', 'sim/routing.go:3-5', 0), { path: 'sim/routing.go', ranges: [[3, 5]], oid: blobId(text), commit, seen: 1 }, text);
      return store;
    };
    assert.deepEqual((await checkWithHistory(repo, 'docs/plan.md', { anchors: storeAt(elsewhere) })).diagnostics, []);
    assert.deepEqual((await checkWithHistory(repo, 'docs/plan.md', { anchors: storeAt(first) })).diagnostics.map((d) => d.rule), ['MP009']);
  });

  it('an anchor naming another file than the citation resolves to is passed over', async () => {
    const repo = makeRepo();
    const first = repo.commit('routing and plan', { 'sim/routing.go': ROUTING, 'sim/other.go': ROUTING.replace('package sim\n', 'package sim\n\n// a\n// b\n'), 'docs/plan.md': '# Plan\n\n`Route` adds one (sim/routing.go:3-5).\n' });
    const text = repo.read('sim/other.go');
    repo.commit('other grows', { 'sim/other.go': text.replace('package sim\n', 'package sim\n\nimport "fmt"\n\nvar _ = fmt.Sprint\n') });
    const store = new MemoryAnchorStore();
    store.put(anchorKey('docs/plan.md', 'sim/routing.go:3-5', 0), { path: 'sim/other.go', ranges: [[3, 5]], oid: blobId(text), commit: first, seen: 1 }, text);
    assert.deepEqual((await checkWithHistory(repo, 'docs/plan.md', { anchors: store })).diagnostics, []);
  });

  it('--no-history writes no anchors; a hostile store changes nothing for the worse', () => {
    const repo = makeRepo();
    repo.commit('routing', { 'sim/routing.go': ROUTING, 'docs/plan.md': '# Plan\n\n`Route` (sim/routing.go:3-5).\n' });
    const store = path.join(repo.root, '.git', 'macroplan', 'anchors.json');
    assert.deepEqual(cli(repo, 'docs/plan.md', '--no-history'), []);
    assert.equal(fs.existsSync(store), false);
    fs.mkdirSync(path.dirname(store), { recursive: true });
    // An anchor claiming Route was at lines 1-2 of a text that does not hash to its id.
    fs.writeFileSync(store, JSON.stringify({ version: 1, texts: { ['0'.repeat(40)]: 'x\ny\n' }, anchors: { 'docs/plan.md\0sim/routing.go:3-5\x000': { path: 'sim/routing.go', ranges: [[3, 5]], oid: '0'.repeat(40), commit: repo.git('rev-parse', 'HEAD').trim(), seen: 1 } } }));
    assert.deepEqual(cli(repo, 'docs/plan.md'), []);
    fs.writeFileSync(store, '\u0000garbage');
    const said = execFileSync(process.execPath, [path.resolve('bin/macroplan.js'), 'check', 'docs/plan.md'], { cwd: repo.root, env: cleanGitEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    assert.match(said, /no problems/);
  });
});
