import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { makeFixture, dedent, type Fixture } from '../helpers/fixture';
import { CART_GO } from '../helpers/go';

const BIN = path.resolve(__dirname, '..', '..', 'bin', 'macroplan.js');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (npm test builds dist/ first) in `cwd`. */
function cli(cwd: string, ...args: string[]): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function json(r: Run) {
  try {
    return JSON.parse(r.stdout);
  } catch {
    assert.fail(`not JSON (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
}

/** 1-based line and column of `needle` in `text`, and the exclusive end column. */
function where(text: string, needle: string) {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, needle);
  const before = text.slice(0, at).split(/\r\n|\r|\n/);
  const line = before.length;
  const column = before[before.length - 1].length + 1;
  return { line, column, endLine: line, endColumn: column + needle.length };
}

const PLAN = dedent`
  # Notes

  The cart is \`Cart\` at shop/cart.go:4-7.
  Gone: \`shop/missing.go:12\` is cited here.
  Past the end: shop/cart.go:40.
  Only a brace: shop/cart.go:7.
`;

describe('macroplan check (the built CLI)', function () {
  this.timeout(30_000);
  let fx: Fixture;
  before(() => {
    fx = makeFixture({
      'shop/cart.go': CART_GO,
      'docs/notes.md': PLAN,
      'docs/clean.md': 'The cart is `Cart` at shop/cart.go:4-7.\n',
      'docs/warn.md': 'Only braces: shop/cart.go:7 and shop/cart.go:13.\n',
      'docs/sub/deeper.md': 'Deeper: gone.go:1.\n',
      'docs/sub/not-markdown.txt': 'gone.go:1\n',
      'docs/node_modules/dep/readme.md': 'gone.go:1\n',
      'docs/.git/notes.md': 'gone.go:1\n',
    });
  });
  after(() => makeFixture.cleanup());

  describe('--format json', () => {
    it('prints the version 1 contract with paths as given and 1-based, end-exclusive positions', () => {
      const r = cli(fx.root, 'check', '--format', 'json', 'docs/notes.md');
      assert.equal(r.status, 1, r.stderr);
      const report = json(r);
      assert.deepEqual(Object.keys(report), ['version', 'files', 'summary']);
      assert.equal(report.version, 1);
      assert.equal(report.files.length, 1);
      assert.deepEqual(Object.keys(report.files[0]), ['path', 'profile', 'profileReason', 'diagnostics']);
      assert.equal(report.files[0].path, 'docs/notes.md');
      assert.deepEqual(report.files[0].diagnostics, [
        { rule: 'MP001', name: 'citation-file-missing', severity: 'error', ...where(PLAN, 'shop/missing.go:12'), message: 'shop/missing.go does not exist in the workspace.', fixable: false },
        { rule: 'MP003', name: 'citation-line-out-of-range', severity: 'error', ...where(PLAN, 'shop/cart.go:40'), message: 'shop/cart.go: line 40 is past the end of the file (27 lines).', fixable: false },
        { rule: 'MP005', name: 'citation-empty-range', severity: 'warning', ...where(PLAN, 'shop/cart.go:7.'), endColumn: where(PLAN, 'shop/cart.go:7.').endColumn - 1, message: 'line 7 of shop/cart.go holds no code (only blank lines, comments or braces).', fixable: false },
      ]);
      // The line and column of the first one, by hand: line 4, after "Gone: `".
      assert.deepEqual([report.files[0].diagnostics[0].line, report.files[0].diagnostics[0].column, report.files[0].diagnostics[0].endColumn], [4, 8, 26]);
      assert.deepEqual(report.summary, { files: 1, errors: 2, warnings: 1, infos: 0 });
    });

    it('keeps paths as given: ./-prefixed, absolute, and joined under a folder', () => {
      const r = json(cli(fx.root, 'check', '--format', 'json', './docs/clean.md', fx.path('docs/warn.md'), 'docs/sub/'));
      assert.deepEqual(r.files.map((f: { path: string }) => f.path), ['./docs/clean.md', fx.path('docs/warn.md'), 'docs/sub/deeper.md']);
    });

    it('counts columns in UTF-16 code units after non-ASCII text, and lines after CRLF', () => {
      const text = 'Ünïcödé 😀 first.\r\nThen `gone.go:3`.\r\n';
      fx.write('docs/utf.md', text);
      const d = json(cli(fx.root, 'check', '--format', 'json', 'docs/utf.md')).files[0].diagnostics[0];
      assert.deepEqual([d.line, d.column, d.endLine, d.endColumn], [2, 7, 2, 16]);
      const d2 = json(cli(fx.root, 'check', '--format', 'json', fx.write('docs/utf2.md', '😀 gone.go:3\n'))).files[0].diagnostics[0];
      assert.deepEqual([d2.line, d2.column, d2.endColumn], [1, 4, 13]);
    });
  });

  it('counts columns after a byte-order mark as editors do, and --fix keeps the mark', () => {
    const w = makeFixture({ 'shop/cart.go': CART_GO });
    w.write('bom.md', '\uFEFFSee `Cart` at shop/old/cart.go:4-7 and gone.go:1.\n');
    const d = json(cli(w.root, 'check', '--format', 'json', 'bom.md')).files[0].diagnostics;
    assert.deepEqual(d.map((x: { rule: string; column: number }) => [x.rule, x.column]), [['MP001', 15], ['MP001', 40]]);
    cli(w.root, 'check', '--fix', 'bom.md');
    assert.equal(w.read('bom.md'), '\uFEFFSee `Cart` at shop/cart.go:4-7 and gone.go:1.\n');
  });

  describe('--format text', () => {
    it('prints stylish output: the path, aligned rows, a summary; no colour when not a TTY', () => {
      const r = cli(fx.root, 'check', 'docs/notes.md', 'docs/clean.md');
      assert.equal(r.status, 1);
      assert.equal(r.stdout, [
        'docs/notes.md',
        '   4:8  error    shop/missing.go does not exist in the workspace.  MP001',
        '  5:15  error    shop/cart.go: line 40 is past the end of the file (27 lines).  MP003',
        '  6:15  warning  line 7 of shop/cart.go holds no code (only blank lines, comments or braces).  MP005',
        '',
        '✖ 3 problems (2 errors, 1 warning, 0 infos) in 2 files',
        '',
      ].join('\n'));
      assert.ok(!r.stdout.includes('\x1b['));
    });

    it('says so when there are no problems', () => {
      const r = cli(fx.root, 'check', 'docs/clean.md');
      assert.equal(r.status, 0);
      assert.equal(r.stdout, '1 file checked, no problems\n');
    });
  });

  describe('--format sarif', () => {
    it('prints SARIF 2.1.0 as GitHub code scanning reads it', () => {
      const r = cli(fx.root, 'check', '--format', 'sarif', 'docs/notes.md', 'docs/sub');
      assert.equal(r.status, 1);
      const sarif = json(r);
      assert.equal(sarif.version, '2.1.0');
      assert.match(sarif.$schema, /sarif-2\.1\.0/);
      assert.equal(sarif.runs.length, 1);
      const run = sarif.runs[0];
      assert.equal(run.tool.driver.name, 'macroplan');
      assert.match(run.tool.driver.version, /^\d+\.\d+\.\d+$/);
      const ruleIds = run.tool.driver.rules.map((x: { id: string }) => x.id);
      for (const id of ['MP000', 'MP001', 'MP002', 'MP003', 'MP004', 'MP005', 'MP006', 'MP007', 'MP008']) assert.ok(ruleIds.includes(id), id);
      for (const rule of run.tool.driver.rules) {
        assert.match(rule.id, /^MP\d{3}$/);
        assert.equal(typeof rule.name, 'string');
        assert.equal(typeof rule.shortDescription.text, 'string');
        assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
        // package.json names no repository: no made-up link.
        assert.equal(rule.helpUri, undefined);
      }
      assert.equal(run.tool.driver.informationUri, undefined);
      assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, 'file://' + fx.root + '/');
      assert.equal(run.results.length, 4);
      for (const res of run.results) {
        assert.match(res.ruleId, /^MP\d{3}$/);
        assert.equal(run.tool.driver.rules[res.ruleIndex].id, res.ruleId);
        assert.ok(['error', 'warning', 'note'].includes(res.level));
        assert.equal(typeof res.message.text, 'string');
        const loc = res.locations[0].physicalLocation;
        assert.ok(!loc.artifactLocation.uri.startsWith('/') && !loc.artifactLocation.uri.includes('..'), loc.artifactLocation.uri);
        assert.equal(loc.artifactLocation.uriBaseId, '%SRCROOT%');
        for (const k of ['startLine', 'startColumn', 'endLine', 'endColumn']) assert.ok(Number.isInteger(loc.region[k]) && loc.region[k] >= 1, k);
      }
      const first = run.results[0];
      assert.deepEqual([first.ruleId, first.level, first.locations[0].physicalLocation.artifactLocation.uri, first.locations[0].physicalLocation.region],
        ['MP001', 'error', 'docs/notes.md', { startLine: 4, startColumn: 8, endLine: 4, endColumn: 26 }]);
      assert.equal(run.results[3].locations[0].physicalLocation.artifactLocation.uri, 'docs/sub/deeper.md');
      assert.equal(run.results.find((x: { ruleId: string }) => x.ruleId === 'MP005').level, 'warning');
    });

    it('relativises URIs against --root, not the working folder, and escapes them', () => {
      fx.write('docs/with space #1.md', 'gone.go:1\n');
      const sarif = json(cli(path.join(fx.root, 'docs'), 'check', '--format', 'sarif', '--root', '..', 'with space #1.md'));
      assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'docs/with%20space%20%231.md');
    });

    it('gives a plan outside --root an absolute file URI instead of a ../ path', () => {
      const other = makeFixture({ 'far.md': 'gone.go:1\n' });
      const sarif = json(cli(fx.root, 'check', '--format', 'sarif', other.path('far.md')));
      const loc = sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation;
      assert.deepEqual(loc, { uri: 'file://' + other.path('far.md') });
    });
  });

  describe('exit codes', () => {
    it('0 without errors, 1 with errors', () => {
      assert.equal(cli(fx.root, 'check', 'docs/clean.md').status, 0);
      assert.equal(cli(fx.root, 'check', 'docs/notes.md').status, 1);
    });

    it('warnings pass until they exceed --max-warnings', () => {
      assert.equal(cli(fx.root, 'check', 'docs/warn.md').status, 0);
      assert.equal(cli(fx.root, 'check', '--max-warnings', '2', 'docs/warn.md').status, 0);
      assert.equal(cli(fx.root, 'check', '--max-warnings=1', 'docs/warn.md').status, 1);
      assert.equal(cli(fx.root, 'check', '--max-warnings', '0', 'docs/warn.md').status, 1);
    });

    it('2 for bad usage, with a message on stderr and nothing on stdout', () => {
      const cases: string[][] = [
        ['check', '--bogus', 'docs/clean.md'],
        ['check', '--format', 'xml', 'docs/clean.md'],
        ['check', '--format'],
        ['check', 'docs/no-such-file.md'],
        ['check', '--max-warnings', 'lots', 'docs/clean.md'],
        ['check', '--root', 'no-such-folder'],
        ['frobnicate'],
        [],
      ];
      for (const args of cases) {
        const r = cli(fx.root, ...args);
        assert.equal(r.status, 2, args.join(' '));
        assert.match(r.stderr, /^macroplan: .+\nUsage: macroplan check/, args.join(' '));
        assert.equal(r.stdout, '', args.join(' '));
      }
    });
  });

  it('lists the rules and prints its version', () => {
    const r = cli(fx.root, 'rules');
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^MP001 {2}citation-file-missing +error +The cited path/m);
    assert.match(r.stdout, /^MP006 {2}citation-outside-workspace +error /m);
    const v = cli(fx.root, '--version');
    assert.equal(v.status, 0);
    assert.match(v.stdout, /^\d+\.\d+\.\d+\n$/);
  });

  it('--help or -h after a command prints the usage of that command and exits 0, wherever it stands', () => {
    for (const [args, usage] of [
      [['check', '--help'], 'check'],
      [['check', 'docs', '--format', 'json', '-h'], 'check'],
      [['impact', '--help'], 'impact'],
      [['impact', '--base', 'main', '-h'], 'impact'],
      [['lsp', '--help'], 'lsp'],
      [['rules', '-h'], 'rules'],
      [['help', 'impact'], 'impact'],
    ] as const) {
      const r = cli(fx.root, ...args);
      assert.equal(r.status, 0, `${args.join(' ')}: ${r.stderr}`);
      assert.equal(r.stderr, '', args.join(' '));
      assert.match(r.stdout, new RegExp(`^Usage: macroplan ${usage}\\b`), args.join(' '));
    }
    assert.match(cli(fx.root, 'check', '--help').stdout, /--since REF .*\n.*--no-history/);
    assert.match(cli(fx.root, 'impact', '--help').stdout, /--base REF .*[\s\S]*--fail-on-impact/);
    // The overview names every command; an unknown one is still bad usage.
    assert.match(cli(fx.root, '--help').stdout, /^Usage: macroplan check [\s\S]*macroplan COMMAND --help/);
    for (const args of [['help', 'nope'], ['constructor', '--help']]) {
      const r = cli(fx.root, ...args);
      assert.equal(r.status, 2, args.join(' '));
      assert.equal(r.stdout, '', args.join(' '));
    }
    // The server without a transport: bad usage, said in one line, not a stack trace.
    const lsp = cli(fx.root, 'lsp');
    assert.equal(lsp.status, 2);
    assert.match(lsp.stderr, /lsp needs a transport: --stdio/);
    assert.doesNotMatch(lsp.stderr, /\bat .*\.js:\d+/);
  });

  it('expands folders to *.md files, skipping node_modules and .git, sorted', () => {
    const r = json(cli(fx.root, 'check', '--format', 'json', 'docs'));
    const paths = r.files.map((f: { path: string }) => f.path);
    assert.deepEqual(paths.filter((p: string) => !/utf|with space/.test(p)), ['docs/clean.md', 'docs/notes.md', 'docs/sub/deeper.md', 'docs/warn.md']);
    // With no paths, the root folder is checked.
    const all = json(cli(fx.root, 'check', '--format', 'json'));
    assert.ok(all.files.some((f: { path: string }) => f.path === 'docs/sub/deeper.md'));
    assert.ok(!all.files.some((f: { path: string }) => /node_modules|\.git/.test(f.path)));
  });

  it('reads .macroplan.json at the root for severities', () => {
    const w = makeFixture({ 'shop/cart.go': CART_GO, 'notes.md': 'Brace: shop/cart.go:7 and gone.go:1.\n', '.macroplan.json': '{ "rules": { "MP005": "error", "citation-file-missing": "off" } }' });
    const r = json(cli(w.root, 'check', '--format', 'json', 'notes.md'));
    assert.deepEqual(r.files[0].diagnostics.map((d: { rule: string; severity: string }) => [d.rule, d.severity]), [['MP005', 'error']]);
    w.write('.macroplan.json', '{ "rules": ');
    const broken = cli(w.root, 'check', '--format', 'json', 'notes.md');
    assert.match(broken.stderr, /\.macroplan\.json.*not valid JSON.*using defaults/);
    assert.equal(json(broken).files[0].diagnostics.length, 2);
  });

  it('--fix rewrites the file and reports what remains', () => {
    const moved = CART_GO.replace('package shop\n', 'package shop\n\n// Version of the package.\nfunc Version() string {\n\treturn "2"\n}\n');
    const w = makeFixture({ 'shop/cart.go': moved });
    const plan = dedent`
      # Fixing

      The constructor \`NewCart\` (\`shop/old/cart.go:30-32\`).
      Before it moved: \`NewCart\` (\`shop/cart.go:25-27\`).
      A typo: shop/crat.go:4.
      Past the end: shop/cart.go:99.
    `;
    w.write('notes.md', plan);
    const before = json(cli(w.root, 'check', '--format', 'json', 'notes.md')).files[0].diagnostics;
    assert.deepEqual(before.map((d: { rule: string; fixable: boolean }) => [d.rule, d.fixable]), [['MP001', true], ['MP004', false], ['MP001', false], ['MP003', false]]);
    const r = cli(w.root, 'check', '--fix', 'notes.md');
    assert.equal(r.status, 1, r.stderr);
    // Only the path qualified to the one file of its name: moving a citation to a declaration and
    // replacing a misspelt name are the author's choice.
    assert.equal(w.read('notes.md'), plan.replace('shop/old/cart.go:30-32', 'shop/cart.go:30-32'));
    assert.match(r.stdout, /✖ 3 problems \(2 errors, 1 warning, 0 infos\) in 1 file\n1 fix applied\n$/);
    // A second run has nothing left to fix and leaves the file alone.
    const again = cli(w.root, 'check', '--fix', '--format', 'json', 'notes.md');
    assert.deepEqual(json(again).files[0].diagnostics.map((d: { rule: string; fixable: boolean }) => [d.rule, d.fixable]), [['MP004', false], ['MP001', false], ['MP003', false]]);
    assert.equal(w.read('notes.md'), plan.replace('shop/old/cart.go:30-32', 'shop/cart.go:30-32'));
  });

  it('--format json gives each finding its fix and suggestions, with offsets and positions', () => {
    const w = makeFixture({ 'shop/cart.go': CART_GO });
    const plan = 'Qualify: shop/old/cart.go:4-7. Typo: shop/crat.go:4.\n';
    w.write('notes.md', plan);
    const [qualify, typo] = json(cli(w.root, 'check', '--format', 'json', 'notes.md')).files[0].diagnostics;
    const at = plan.indexOf('shop/old/cart.go');
    assert.deepEqual(qualify.fix, { title: 'Replace with shop/cart.go', edits: [{ range: [at, at + 16], text: 'shop/cart.go', line: 1, column: at + 1, endLine: 1, endColumn: at + 17 }] });
    assert.equal(qualify.suggestions, undefined);
    assert.equal(typo.fix, undefined);
    assert.deepEqual(typo.suggestions.map((s: { title: string }) => s.title), ['Replace with shop/cart.go']);
  });

  it('--fix leaves a choice to the author: an ambiguous path or several close paths are not rewritten, nor fixable', () => {
    const w = makeFixture({ 'a/util.go': CART_GO, 'b/util.go': CART_GO, 'notes.md': 'Which one: util.go:4. Typo: a/utl.go:4.\n' });
    const r = cli(w.root, 'check', '--fix', '--format', 'json', 'notes.md');
    assert.equal(w.read('notes.md'), 'Which one: util.go:4. Typo: a/utl.go:4.\n');
    assert.deepEqual(json(r).files[0].diagnostics.map((d: { rule: string; fixable: boolean }) => [d.rule, d.fixable]), [['MP002', false], ['MP001', false]]);
  });

  it('--fix leaves a clean file byte for byte untouched', () => {
    const w = makeFixture({ 'shop/cart.go': CART_GO, 'ok.md': 'The cart `Cart` is at shop/cart.go:4-7.\r\n' });
    const r = cli(w.root, 'check', '--fix', 'ok.md');
    assert.equal(r.status, 0);
    assert.equal(w.read('ok.md'), 'The cart `Cart` is at shop/cart.go:4-7.\r\n');
    assert.match(r.stdout, /0 fixes applied/);
  });
});
