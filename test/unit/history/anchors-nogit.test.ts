/**
 * Anchors without git (issue 20): a plan in a folder no repository holds keeps each citation's
 * anchor in the user's cache folder (here the test's XDG_CACHE_HOME, helpers/cache-home.ts), and
 * a later check follows it from there as an uncommitted anchor is followed.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { makeFixture, type Fixture } from '../../helpers/fixture';
import { go } from '../../helpers/go';
import { testCacheHome } from '../../helpers/cache-home';
import { checkDocument } from '../../../server/src/core/engine';
import { defaultConfig } from '../../../server/src/core/config';
import { memoryWorkspace } from '../../../server/src/core/workspace';
import { FolderHistory } from '../../../server/src/core/history/folder';
import { MemoryAnchorStore, parseStore } from '../../../server/src/core/history/anchors';
import { anchorStorePath } from '../../../server/src/core/history/anchorfile';
import { rememberSeenRight } from '../../../server/src/core/history/anchorsight';

const BIN = path.resolve(__dirname, '..', '..', '..', 'bin', 'macroplan.js');

interface Finding { rule: string; message: string; severity: string; fixable: boolean }

/** The CLI as a user runs it, history on (no --no-history), in a folder without git. */
function cli(fx: Fixture, plan: string, ...args: string[]): { findings: Finding[]; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', ...args, plan], { cwd: fx.root, encoding: 'utf8' });
  assert.ok(r.stdout, r.stderr);
  return { findings: (JSON.parse(r.stdout) as { files: { diagnostics: Finding[] }[] }).files.flatMap((f) => f.diagnostics), stderr: r.stderr };
}

const messages = (fx: Fixture, plan: string) => cli(fx, plan).findings.map((d) => `${d.rule} ${d.message}`);

/** The folder's anchor store in the test's cache folder, as JSON (undefined when none was written). */
function store(fx: Fixture): { anchors: Record<string, unknown> } | undefined {
  const file = anchorStorePath(fx.root, undefined);
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined;
}

/** Every file under a folder, relative. */
function filesUnder(dir: string, rel = ''): string[] {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(dir, path.join(rel, e.name)) : [path.join(rel, e.name)])).sort();
}

// Route at 4-12 (its comparison at 7), Drain at 15-19.
const ROUTING = go(
  'package sim',
  '',
  '// Route picks the instance with the fewest requests.',
  'func Route(loads []int) int {',
  '\tbest := 0',
  '\tfor i, l := range loads {',
  '\t\tif l < loads[best] {',
  '\t\t\tbest = i',
  '\t\t}',
  '\t}',
  '\treturn best',
  '}',
  '',
  '// Drain empties every queue.',
  'func Drain(queues [][]int) {',
  '\tfor i := range queues {',
  '\t\tqueues[i] = nil',
  '\t}',
  '}',
);

const PLAN = [
  '# Routing notes',
  '',
  'The router is `Route` (`sim/routing.go:4-12`), it picks the least loaded instance.',
  '`Drain` (`sim/routing.go:15-19`) empties the queues.',
  'The comparison `l < loads[best]` is at `sim/routing.go:7`.',
  'A wrong one: `Drain` is at `sim/routing.go:4-6`.',
  '',
].join('\n');

const SINCE = '(since it was last seen right)';

describe('anchors without git: a folder no repository holds (issue 20)', function () {
  this.timeout(60000);
  afterEach(() => makeFixture.cleanup());

  it('a plan written against the code, the code edited above, a typo fix, the function moved and edited: each citation followed from what the author saw; --fix moves only the moved ones', () => {
    const fx = makeFixture({ 'sim/routing.go': ROUTING, 'docs/plan.md': PLAN });
    const files = filesUnder(fx.root);
    // First check: no anchor yet, so nothing is claimed; the wrong citation is MP004's, as ever.
    assert.deepEqual(messages(fx, 'docs/plan.md'), ['MP004 `Drain` does not appear in lines 4-6 of sim/routing.go; `Drain` is declared at lines 15-19.']);
    assert.deepEqual(Object.keys(store(fx)!.anchors).map((k) => k.split('\0')[1]).sort(), ['sim/routing.go:15-19', 'sim/routing.go:4-12', 'sim/routing.go:7'], 'the wrong citation has no anchor');
    assert.ok(anchorStorePath(fx.root, undefined).startsWith(testCacheHome() + path.sep));
    assert.deepEqual(filesUnder(fx.root), files, 'nothing written in the folder');

    // The code is edited above the cited lines: each one moved by three.
    fx.write('sim/routing.go', ROUTING.replace('package sim\n', 'package sim\n\n// Weight is what one request costs.\nconst Weight = 1\n'));
    const moved = [
      `MP009 the code cited here moved: sim/routing.go:4-12 is now 7-15 ${SINCE}.`,
      `MP009 the code cited here moved: sim/routing.go:15-19 is now 18-22 ${SINCE}.`,
      `MP009 the code cited here moved: sim/routing.go:7 is now 10 ${SINCE}.`,
    ];
    assert.deepEqual(messages(fx, 'docs/plan.md').filter((m) => m.startsWith('MP009')), moved);

    // A typo fix elsewhere in the plan keeps every anchor.
    fx.write('docs/plan.md', PLAN.replace('least loaded', 'least-loaded'));
    assert.deepEqual(messages(fx, 'docs/plan.md').filter((m) => m.startsWith('MP009')), moved);

    // Drain moves above Route within the file, and Route's comparison is edited.
    const now = fx.read('sim/routing.go');
    const drain = now.slice(now.indexOf('// Drain'));
    fx.write('sim/routing.go', now.slice(0, now.indexOf('// Drain')).trimEnd().replace('// Route', `${drain}\n// Route`).replace('l < loads[best]', 'l <= loads[best]') + '\n');
    const edited = ' Was: `if l < loads[best] {`; now: `if l <= loads[best] {`.';
    const last = cli(fx, 'docs/plan.md').findings.filter((d) => d.rule === 'MP009');
    assert.deepEqual(last.map((d) => d.message), [
      `the code cited here was edited: sim/routing.go:4-12 is now 14-22, inside \`func Route\` ${SINCE}.${edited}`,
      `the code cited here moved: sim/routing.go:15-19 is now 7-11 ${SINCE}.`,
      `the code cited here was edited: sim/routing.go:7 is now 17, inside \`func Route\` ${SINCE}.${edited}`,
    ]);
    assert.deepEqual(last.map((d) => d.fixable), [false, true, false]);

    // --fix moves the moved citation and changes nothing but its text.
    const before = fx.read('docs/plan.md');
    cli(fx, 'docs/plan.md', '--fix');
    assert.equal(fx.read('docs/plan.md'), before.replace('sim/routing.go:15-19', 'sim/routing.go:7-11'));
    assert.deepEqual(messages(fx, 'docs/plan.md').filter((m) => m.startsWith('MP009')).map((m) => m.slice(0, m.indexOf(' is now'))), [
      'MP009 the code cited here was edited: sim/routing.go:4-12',
      'MP009 the code cited here was edited: sim/routing.go:7',
    ]);
  });

  it('code deleted since it was seen right: said with no commit to name', () => {
    const fx = makeFixture({ 'sim/routing.go': ROUTING, 'docs/plan.md': '# Notes\n\n`Drain` (`sim/routing.go:15-19`) empties the queues.\n' });
    assert.deepEqual(messages(fx, 'docs/plan.md'), []);
    fx.write('sim/routing.go', ROUTING.slice(0, ROUTING.indexOf('\n// Drain')) + '\n');
    const [d] = cli(fx, 'docs/plan.md').findings.filter((x) => x.rule === 'MP009');
    assert.equal(d.message, `the code cited here was deleted: sim/routing.go:15-19 ${SINCE}.`);
    assert.equal(d.severity, 'error');
  });

  it('a plan whose citations were never right gets no anchor, and so no MP009 when the code changes', () => {
    const fx = makeFixture({ 'sim/routing.go': ROUTING, 'docs/plan.md': '# Notes\n\n`Drain` is at `sim/routing.go:4-6`.\n' });
    assert.deepEqual(messages(fx, 'docs/plan.md').map((m) => m.slice(0, 5)), ['MP004']);
    assert.equal(store(fx), undefined, 'no store written: nothing was right');
    fx.write('sim/routing.go', '// Moved.\n' + ROUTING);
    assert.deepEqual(messages(fx, 'docs/plan.md').filter((m) => m.startsWith('MP009')), []);
  });

  it('--no-history neither reads nor writes the store', () => {
    const fx = makeFixture({ 'sim/routing.go': ROUTING, 'docs/plan.md': '# Notes\n\n`Drain` (`sim/routing.go:15-19`) empties the queues.\n' });
    cli(fx, 'docs/plan.md', '--no-history');
    assert.equal(store(fx), undefined);
    cli(fx, 'docs/plan.md');
    fx.write('sim/routing.go', '// Moved.\n' + ROUTING);
    assert.deepEqual(cli(fx, 'docs/plan.md', '--no-history').findings, []);
    assert.equal(cli(fx, 'docs/plan.md').findings.length, 1);
  });

  it('a store that is a link, or whose folder is one, is never read or written through; a corrupt one is ignored with one message', () => {
    const fx = makeFixture({ 'sim/routing.go': ROUTING, 'docs/plan.md': '# Notes\n\n`Drain` (`sim/routing.go:15-19`) empties the queues.\n' });
    const file = anchorStorePath(fx.root, undefined);
    // The cache's macroplan/ folder a link to elsewhere.
    const elsewhere = makeFixture();
    fs.mkdirSync(path.dirname(path.dirname(file)), { recursive: true });
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    fs.symlinkSync(elsewhere.root, path.dirname(file));
    try {
      cli(fx, 'docs/plan.md');
      assert.deepEqual(fs.readdirSync(elsewhere.root), [], 'written through the folder link');
    } finally {
      fs.rmSync(path.dirname(file));
    }
    // A corrupt store: said once, ignored, and replaced by the next save.
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '{"version":1,"anchors":');
    const r = cli(fx, 'docs/plan.md');
    assert.deepEqual(r.findings, []);
    assert.equal((r.stderr.match(/is not an anchor store; it is ignored/g) ?? []).length, 1, r.stderr);
    assert.ok(parseStore(fs.readFileSync(file, 'utf8')), 'replaced by a store');
    // The store itself a link: the file it points at is left alone.
    const target = elsewhere.write('target.json', 'keep me');
    fs.rmSync(file);
    fs.symlinkSync(target, file);
    fx.write('sim/routing.go', '// Moved.\n' + ROUTING);
    assert.deepEqual(cli(fx, 'docs/plan.md').findings, []);
    assert.equal(fs.readFileSync(target, 'utf8'), 'keep me');
  });

  it('in memory (FolderHistory and a memory store): the same following, host-free', async () => {
    const root = '/w';
    const ws = memoryWorkspace({ root, files: { 'sim/routing.go': ROUTING } });
    const anchors = new MemoryAnchorStore();
    const history = new FolderHistory(root);
    const plan = '# Notes\n\n`Drain` (`sim/routing.go:15-19`) empties the queues.\n';
    const said: string[] = [];
    const check = () => checkDocument(ws, plan, { config: defaultConfig(), path: '/w/docs/plan.md', history: { history, anchors, unavailable: (m) => said.push(m) } });
    const first = await check();
    assert.deepEqual(first.diagnostics, []);
    assert.equal(first.history?.head, undefined, 'no HEAD to anchor at');
    assert.equal(rememberSeenRight({ store: anchors, base: root, plan: first.history!.planPath! }, first.model, first.citations, first.diagnostics, first.history?.head), 1);
    assert.equal(anchors.get(anchors.keys()[0])?.anchor.commit, undefined);
    ws.fs.set('/w/sim/routing.go', '// Moved.\n' + ROUTING);
    ws.invalidate('/w/sim/routing.go');
    const later = await check();
    assert.deepEqual(later.diagnostics.map((d) => d.message), [`the code cited here moved: sim/routing.go:15-19 is now 16-20 ${SINCE}.`]);
    assert.deepEqual(said, []);
  });
});
