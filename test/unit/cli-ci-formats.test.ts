// Golden tests of the CI formats: GitHub workflow commands and GitLab's code quality report.
// MACROPLAN_UPDATE_GOLDEN=1 rewrites the golden files after a deliberate change of output.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeFixture, dedent, type Fixture } from '../helpers/fixture';
import { CART_GO } from '../helpers/go';
import { escapeData, escapeProperty } from '../../server/src/cli/ci-report';

const BIN = path.resolve(__dirname, '..', '..', 'bin', 'macroplan.js');
const GOLDEN = path.resolve(__dirname, '..', 'fixtures', 'golden');

function cli(cwd: string, env: Record<string, string>, ...args: string[]) {
  const clean = { ...process.env };
  delete clean.GITHUB_WORKSPACE;
  delete clean.CI_PROJECT_DIR;
  return spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...clean, NO_COLOR: '1', ...env } });
}

function golden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (process.env.MACROPLAN_UPDATE_GOLDEN === '1') fs.writeFileSync(file, actual);
  assert.equal(actual, fs.readFileSync(file, 'utf8'), `${name} differs from the golden file (MACROPLAN_UPDATE_GOLDEN=1 rewrites it after a deliberate change)`);
}

// A plan with one finding of each severity and a file name that needs escaping.
const PLAN = dedent`
  # Notes

  The cart is \`Cart\` at shop/cart.go:4-7.
  Gone: \`shop/missing.go:12\` is cited here.
  Only a brace: shop/cart.go:7.
  <!-- macroplan-disable-next-line MP001 -->
  Silenced: shop/gone.go:1.
`;

describe('macroplan check --format github and --format codequality', function () {
  this.timeout(30_000);
  let fx: Fixture;
  before(() => {
    fx = makeFixture({
      'shop/cart.go': CART_GO,
      'docs/notes.md': PLAN,
      'docs/odd, name: 100%.md': 'Gone: nowhere.go:3.\n',
      'docs/clean.md': 'The cart is `Cart` at shop/cart.go:4-7.\n',
      '.macroplan.json': JSON.stringify({ rules: { MP005: 'info' } }),
    });
  });
  after(() => makeFixture.cleanup());

  it('github: one workflow command per finding, properties and data escaped, then a summary line', () => {
    const r = cli(fx.root, {}, 'check', '--format', 'github', 'docs');
    assert.equal(r.status, 1, r.stderr);
    assert.doesNotMatch(r.stderr, /internal error/);
    golden('notes.github.txt', r.stdout);
    // The commands GitHub reads: the error, the info as a notice, the escaped file name.
    const commands = r.stdout.split('\n').filter((l) => l.startsWith('::'));
    assert.equal(commands.length, 3);
    assert.match(commands[0], /^::error file=docs\/notes.md,line=4,col=8,endLine=4,endColumn=26,title=MP001 citation-file-missing::/);
    assert.match(commands[1], /^::notice file=docs\/notes.md,line=5,/);
    assert.match(commands[2], /^::error file=docs\/odd%2C name%3A 100%25.md,line=1,/);
  });

  it('github: paths are relative to GITHUB_WORKSPACE (the checkout) when --root is a folder inside it', () => {
    const r = cli(path.join(fx.root, 'docs'), { GITHUB_WORKSPACE: fx.root }, 'check', '--format', 'github', '--root', '..', 'notes.md');
    assert.match(r.stdout, /^::error file=docs\/notes.md,line=4,/);
    const without = cli(path.join(fx.root, 'docs'), {}, 'check', '--format', 'github', '--root', '..', 'notes.md');
    assert.match(without.stdout, /^::error file=docs\/notes.md,line=4,/, 'relative to --root without it');
  });

  it('github: a clean run prints only the summary and exits 0', () => {
    const r = cli(fx.root, {}, 'check', '--format', 'github', 'docs/clean.md');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, 'macroplan: 0 errors, 0 warnings, 0 infos in 1 file\n');
  });

  it('escapes as GitHub does: %, CR and LF in data; also : and , in properties', () => {
    assert.equal(escapeData('50% done\r\nnext: a, b'), '50%25 done%0D%0Anext: a, b');
    assert.equal(escapeProperty('50% done\r\nnext: a, b'), '50%25 done%0D%0Anext%3A a%2C b');
    // % first, so an escape is never escaped twice.
    assert.equal(escapeProperty('%3A'), '%253A');
  });

  it('codequality: a JSON array of Code Climate issues with stable fingerprints', () => {
    const r = cli(fx.root, {}, 'check', '--format', 'codequality', 'docs');
    assert.equal(r.status, 1, r.stderr);
    golden('notes.codequality.json', r.stdout);
    const issues = JSON.parse(r.stdout);
    assert.deepEqual(issues.map((i: { severity: string }) => i.severity), ['major', 'info', 'major']);
    for (const i of issues) {
      for (const k of ['description', 'check_name', 'fingerprint', 'severity', 'location']) assert.ok(k in i, k);
      assert.match(i.fingerprint, /^[0-9a-f]{64}$/);
    }
    // Lines moving above a finding keep its fingerprint, so GitLab sees no new issue.
    fx.write('docs/notes.md', '\n\n' + PLAN);
    const moved = JSON.parse(cli(fx.root, {}, 'check', '--format', 'codequality', 'docs').stdout);
    fx.write('docs/notes.md', PLAN);
    assert.deepEqual(moved.map((i: { fingerprint: string }) => i.fingerprint), issues.map((i: { fingerprint: string }) => i.fingerprint));
    assert.equal(moved[0].location.lines.begin, issues[0].location.lines.begin + 2);
  });

  it('codequality: two identical findings in one file get different fingerprints; paths follow CI_PROJECT_DIR', () => {
    fx.write('docs/twice.md', 'Gone: a.go:1.\nGone: a.go:1.\n');
    try {
      const r = cli(path.join(fx.root, 'docs'), { CI_PROJECT_DIR: fx.root }, 'check', '--format', 'codequality', '--root', '..', 'twice.md');
      const issues = JSON.parse(r.stdout);
      assert.equal(issues.length, 2);
      assert.notEqual(issues[0].fingerprint, issues[1].fingerprint);
      assert.equal(issues[0].location.path, 'docs/twice.md');
    } finally {
      fs.rmSync(fx.path('docs/twice.md'));
    }
  });

  it('rejects an unknown format with the list of formats', () => {
    const r = cli(fx.root, {}, 'check', '--format', 'gitlab');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--format must be one of text, json, sarif, github, codequality, not "gitlab"/);
  });
});
