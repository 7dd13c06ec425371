// The built CLI as a user meets it from wherever they stand: the root found as ESLint and git
// find theirs, the summary's fixable and per-rule counts, `rules` options.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeFixture, dedent } from '../helpers/fixture';
import { makeRepo, type Repo } from '../helpers/gitrepo';
import { CART_GO } from '../helpers/go';
import { webUrl } from '../../server/src/cli/links';
import { clip } from '../../server/src/core/text';

const BIN = path.resolve(__dirname, '..', '..', 'bin', 'macroplan.js');

function cli(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const PLAN = dedent`
  # Cart plan

  The cart is \`Cart\` at shop/cart.go:4-7.
  Gone: shop/missing.go:12.
  Past the end: shop/cart.go:40.
`;

type Found = { rule: string; line: number; column: number; message: string };
const findings = (stdout: string): Found[] => JSON.parse(stdout).files.flatMap((f: { diagnostics: Found[] }) => f.diagnostics.map(({ rule, line, column, message }) => ({ rule, line, column, message })));

describe('macroplan check: the root, found from where the user stands', function () {
  this.timeout(60_000);
  let repo: Repo;
  before(() => {
    repo = makeRepo({ 'shop/cart.go': CART_GO, 'docs/002-cart/plan.md': PLAN });
    repo.commit('cart');
  });
  after(() => makeFixture.cleanup());

  it('from a subfolder, `check FILE` gives the same findings as from the top level (the git repository)', () => {
    const top = cli(repo.root, 'check', '--format', 'json', 'docs/002-cart/plan.md');
    const sub = cli(path.join(repo.root, 'docs'), 'check', '--format', 'json', '002-cart/plan.md');
    assert.equal(top.status, 1, top.stderr);
    assert.equal(sub.status, 1, sub.stderr);
    assert.deepEqual(findings(sub.stdout), findings(top.stdout));
    assert.deepEqual(findings(top.stdout).map((f) => f.rule), ['MP001', 'MP003']);
    // The text header says which root it was, since it is not where the user stands.
    const text = cli(path.join(repo.root, 'docs'), 'check', '002-cart/plan.md');
    assert.match(text.stdout, new RegExp(`^root: ${repo.root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(the git repository's top level\\)\n`));
    assert.doesNotMatch(cli(repo.root, 'check', 'docs').stdout, /^root:/m, 'no header where the user stands at the root');
  });

  it('with no paths from a subfolder, checks that folder against the root found', () => {
    const r = cli(path.join(repo.root, 'docs', '002-cart'), 'check', '--format', 'json');
    assert.deepEqual(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path), ['plan.md']);
    assert.deepEqual(findings(r.stdout).map((f) => f.rule), ['MP001', 'MP003']);
  });

  it('stops at the nearest .macroplan.json; --root still wins; an MP001 whose path exists above the root suggests --root', () => {
    const fx = makeFixture({ 'shop/cart.go': CART_GO, 'docs/.macroplan.json': '{}\n', 'docs/plan.md': PLAN });
    const found = cli(fx.root, 'check', '--format', 'json', 'docs/plan.md');
    const missing = findings(found.stdout).filter((f) => f.rule === 'MP001');
    // The root is docs/ (its .macroplan.json): shop/cart.go is not under it, but it is above;
    // shop/missing.go is nowhere.
    assert.equal(missing.length, 3, found.stdout);
    const hint = `It exists under ${fx.root}: check with \`--root .\`.`;
    assert.deepEqual(missing.map((f) => f.message.endsWith(hint)), [true, false, true], found.stdout);
    const given = cli(fx.root, 'check', '--format', 'json', '--root', '.', 'docs/plan.md');
    assert.deepEqual(findings(given.stdout).map((f) => f.rule), ['MP001', 'MP003']);
    assert.doesNotMatch(findings(given.stdout)[0].message, /--root/, 'shop/missing.go exists nowhere: no suggestion');
  });
});

describe('macroplan check: the text summary', function () {
  this.timeout(60_000);
  after(() => makeFixture.cleanup());

  it('counts per rule when one repeats, and the findings `--fix` fixes, which are exactly what it then fixes', () => {
    // Two citations of cart.go in a folder that has none (one fix each: the only cart.go), two of a
    // missing file (nothing to fix), one of `Total` at the wrong lines (a move to its declaration is
    // a suggestion, not a fix).
    const go = 'package shop\n\n// Cart holds the items.\ntype Cart struct {\n\tItems []string\n}\n\n// Total counts them.\nfunc (c *Cart) Total() int {\n\treturn len(c.Items)\n}\n';
    const plan = '# Plan\n\nThe total is `Total` at lib/cart.go:9-11.\nAgain `Total` at lib/cart.go:9-11.\nGone: shop/missing.go:3 and shop/missing.go:5.\nWrong lines: `Total` at shop/cart.go:4-6.\n';
    const fx = makeFixture({ 'shop/cart.go': go, 'lib/util.go': 'package lib\n', 'plan.md': plan });
    const before = cli(fx.root, 'check', 'plan.md');
    const said = /^ {2}(\d+) errors? and (\d+) warnings? fixable with the `--fix` option\.$/m.exec(before.stdout);
    assert.ok(said, before.stdout);
    assert.equal(`${said[1]} ${said[2]}`, '2 0', before.stdout);
    assert.match(before.stdout, /^ {2}4 {2}MP001 citation-file-missing +\(2 fixable\)$/m);
    assert.match(before.stdout, /^ {2}1 {2}MP004 citation-symbol-mismatch\s*$/m);
    const fix = cli(fx.root, 'check', '--fix', 'plan.md');
    const applied = Number(/^(\d+) fix(?:es)? applied$/m.exec(fix.stdout)?.[1]);
    assert.equal(applied, Number(said[1]) + Number(said[2]), fix.stdout);
    assert.ok(applied > 0);
    // What is left has nothing --fix would fix.
    const after = cli(fx.root, 'check', 'plan.md');
    assert.doesNotMatch(after.stdout, /fixable/, after.stdout);
    assert.match(after.stdout, /3 problems \(2 errors, 1 warning/);
  });
});

describe('macroplan check --sarif-file', () => {
  after(() => makeFixture.cleanup());

  it('prints the chosen format and writes the same findings as SARIF, from one run; a path it cannot write is a usage error', () => {
    const fx = makeFixture({ 'shop/cart.go': CART_GO, 'plan.md': PLAN });
    const out = path.join(fx.root, 'reports', 'mp.sarif');
    const r = cli(fx.root, 'check', '--format', 'github', '--sarif-file', out, 'plan.md');
    assert.equal(r.status, 1, r.stderr);
    const annotated = r.stdout.split('\n').filter((l) => l.startsWith('::')).map((l) => /title=(MP\d+)/.exec(l)![1]);
    const sarif = JSON.parse(fs.readFileSync(out, 'utf8'));
    assert.deepEqual(sarif.runs[0].results.map((x: { ruleId: string }) => x.ruleId), annotated);
    assert.deepEqual(annotated, ['MP001', 'MP003']);
    const bad = cli(fx.root, 'check', '--sarif-file', fx.root, 'plan.md');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /^macroplan: --sarif-file .*EISDIR/m);
  });
});

describe('macroplan rules', () => {
  it('--format json lists every rule; unknown options and arguments are usage errors, as for check', () => {
    const fx = makeFixture({});
    const r = cli(fx.root, 'rules', '--format', 'json');
    assert.equal(r.status, 0, r.stderr);
    const list = JSON.parse(r.stdout);
    assert.equal(list.version, 1);
    assert.ok(list.rules.some((x: { id: string; name: string }) => x.id === 'MP001' && x.name === 'citation-file-missing'));
    for (const bad of [['rules', 'bogus'], ['rules', '--bogus'], ['rules', '--format', 'sarif']]) {
      const b = cli(fx.root, ...bad);
      assert.equal(b.status, 2, bad.join(' '));
      assert.equal(b.stdout, '');
      assert.match(b.stderr, /^macroplan: .+\nUsage:/);
    }
    makeFixture.cleanup();
  });
});

describe('output helpers', () => {
  it('clip cuts at a word boundary with an ellipsis', () => {
    assert.equal(clip('ten bytes from  the ranked list of things', 20), 'ten bytes from the…');
    assert.equal(clip('short', 20), 'short');
    assert.equal(clip('averyveryverylongwordwithoutspaces', 10), 'averyvery…');
  });

  it('links come from package.json\'s repository, in its usual spellings, or not at all', () => {
    assert.equal(webUrl(undefined), undefined);
    assert.equal(webUrl('octo/macroplan'), 'https://github.com/octo/macroplan');
    assert.equal(webUrl('github:octo/macroplan'), 'https://github.com/octo/macroplan');
    assert.equal(webUrl('git+https://gitlab.com/g/macroplan.git'), 'https://gitlab.com/g/macroplan');
    assert.equal(webUrl('git://github.com/octo/macroplan.git'), 'https://github.com/octo/macroplan');
  });
});
