import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { makeRepo, cleanGitEnv, type Repo } from '../../helpers/gitrepo';
import { makeFixture } from '../../helpers/fixture';
import { go } from '../../helpers/go';

const BIN = path.resolve('bin/macroplan.js');
const ROUTING = go('package sim', '', 'func Route(a int) int {', '\treturn a + 1', '}', '', 'func Other() int {', '\treturn 2', '}');

function run(cwd: string, args: string[], env: NodeJS.ProcessEnv = cleanGitEnv()) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A repository whose plan cites Route (moved), Other (edited) and a file renamed since. */
function drifted(): Repo {
  const repo = makeRepo();
  repo.commit('start', {
    'sim/routing.go': ROUTING,
    'sim/old.go': go('package sim', '', 'func Keep() {}'),
    'docs/plan.md': '# Plan\n\n- Route: sim/routing.go:3-5\n- Other: sim/routing.go:7-9\n- Keep: sim/old.go:3\n',
  });
  repo.git('mv', 'sim/old.go', 'sim/kept.go');
  repo.commit('drift', { 'sim/routing.go': ROUTING.replace('package sim\n', 'package sim\n\n// a\n').replace('return 2', 'return 3') });
  return repo;
}

describe('history: the command line', function () {
  this.timeout(30000);
  afterEach(() => makeFixture.cleanup());

  it('--fix applies moved and renamed citations only; a second run reports nothing new for them', () => {
    const repo = drifted();
    const first = run(repo.root, ['check', '--format', 'json', 'docs/plan.md']);
    const found = JSON.parse(first.out).files[0].diagnostics.map((d: { rule: string; message: string }) => d.message.split(':')[0]);
    assert.deepEqual(found, ['the code cited here moved', 'the code cited here was edited', 'the file cited here was renamed']);
    const fixed = run(repo.root, ['check', '--fix', 'docs/plan.md']);
    assert.match(fixed.out, /2 fixes applied/);
    assert.equal(repo.read('docs/plan.md'), '# Plan\n\n- Route: sim/routing.go:5-7\n- Other: sim/routing.go:7-9\n- Keep: sim/kept.go:3\n');
    const second = run(repo.root, ['check', '--format', 'json', 'docs/plan.md']);
    const left = JSON.parse(second.out).files[0].diagnostics;
    assert.deepEqual(left.map((d: { rule: string }) => d.rule), ['MP009']);
    assert.match(left[0].message, /was edited: sim\/routing\.go:7-9 is now 9-11/);
    assert.equal(second.err, '');
  });

  it('--fix of two moved citations of a line, the first moved to where the second was: each moved once', () => {
    const repo = makeRepo();
    const h = go('package h', '', 'func Push(x int) {', '\t_ = x', '}', '', 'func Pop() int {', '\treturn 0', '}');
    repo.commit('init', { 'h.go': h, 'docs/note.md': '# Note\n\n`Push` and `Pop` are at `h.go:3-5` and `h.go:7-9`.\n' });
    repo.commit('add Verify above', { 'h.go': h.replace('package h\n', 'package h\n\nfunc Verify() bool {\n\treturn true\n}\n') });
    assert.match(run(repo.root, ['check', '--fix', 'docs/note.md']).out, /2 fixes applied/);
    assert.equal(repo.read('docs/note.md'), '# Note\n\n`Push` and `Pop` are at `h.go:7-9` and `h.go:11-13`.\n');
    assert.equal(run(repo.root, ['check', 'docs/note.md']).code, 0);
  });

  it('git missing from PATH: said once on stderr, the rest works as without history', () => {
    const repo = drifted();
    const env = { ...cleanGitEnv(), PATH: path.dirname(process.execPath) === '/usr/bin' ? '/nonexistent' : path.dirname(process.execPath) };
    const r = run(repo.root, ['check', 'docs/plan.md', 'docs/plan.md'], env);
    assert.equal(r.err, 'macroplan: history: git was not found on PATH; citations are checked without it\n');
    assert.match(r.out, /MP001/); // the renamed file, as before history
    assert.doesNotMatch(r.out, /MP009/);
  });

  it('a repository whose config sets core.fsmonitor and a textconv driver: the marker never appears', () => {
    const repo = drifted();
    const marker = path.join(repo.root, '..', `marker-${path.basename(repo.root)}`);
    const script = repo.write('evil.sh', `#!/bin/sh\ntouch '${marker}'\ncat "$@" 2>/dev/null\n`);
    fs.chmodSync(script, 0o755);
    repo.git('config', 'core.fsmonitor', script);
    repo.git('config', 'diff.evil.textconv', script);
    repo.git('config', 'diff.evil.command', script);
    repo.git('config', 'diff.external', script);
    repo.git('config', 'log.showSignature', 'true');
    repo.git('config', 'gpg.program', script);
    repo.git('config', 'filter.evil.clean', script);
    repo.git('config', 'filter.evil.smudge', script);
    repo.git('config', 'core.pager', script);
    repo.write('.gitattributes', '*.go diff=evil filter=evil\n*.md diff=evil filter=evil\n');
    assert.ok(!fs.existsSync(marker));
    // Untracked plan (mtime baseline), tracked plan (blame), --since, impact and --fix: every kind of question.
    repo.write('docs/notes.md', repo.read('docs/plan.md'));
    run(repo.root, ['check', 'docs/plan.md', 'docs/notes.md']);
    run(repo.root, ['check', '--since', 'HEAD~1', 'docs/plan.md']);
    run(repo.root, ['check', '--fix', 'docs/plan.md', 'docs/notes.md']);
    run(repo.root, ['impact', '--base', 'HEAD~1']);
    assert.ok(!fs.existsSync(marker), 'a program named by the repository configuration ran');
    // The same run with plain git would start it: the test can fail.
    spawnSync('git', ['diff', 'HEAD~1', '--', 'sim/routing.go'], { cwd: repo.root, env: cleanGitEnv() });
    assert.ok(fs.existsSync(marker));
    fs.rmSync(marker);
  });

  it('--no-history runs no git', () => {
    const repo = drifted();
    const r = run(repo.root, ['check', '--no-history', 'docs/plan.md'], { ...cleanGitEnv(), PATH: '/nonexistent' });
    assert.equal(r.err, '');
    assert.doesNotMatch(r.out, /MP009/);
  });
});
