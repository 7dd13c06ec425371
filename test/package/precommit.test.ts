// The pre-commit hooks (.pre-commit-hooks.yaml) as the real pre-commit installs and runs them:
// `pre-commit try-repo` on a clean clone of this repository (pre-commit 4 installs a
// `language: node` hook with `npm install -g git+file://CLONE`), then a `git commit` through
// the hook that `pre-commit install` writes. pre-commit comes from the user's PATH, else from
// the Python package index into a virtual environment in a temporary folder.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cleanCheckout, gitCommit, run, tmp, userRepo } from './checkout';

let preCommitBin: string | undefined;
function preCommit(): string {
  if (preCommitBin) return preCommitBin;
  if (run('pre-commit', ['--version'], { cwd: tmp('.') }).status === 0) return (preCommitBin = 'pre-commit');
  const venv = tmp('pre-commit-venv');
  const python = ['python3', 'python'].find((p) => run(p, ['--version'], { cwd: venv }).status === 0);
  if (!python) throw new Error('pre-commit is not installed and there is no python3 to install it with');
  const mk = run(python, ['-m', 'venv', venv], { cwd: venv });
  assert.equal(mk.status, 0, mk.stderr);
  const pip = run(path.join(venv, 'bin', 'python'), ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--retries', '1', '--timeout', '15', 'pre-commit'], { cwd: venv });
  assert.equal(pip.status, 0, `pip install pre-commit: ${pip.stderr}`);
  return (preCommitBin = path.join(venv, 'bin', 'pre-commit'));
}

describe('the pre-commit hooks (.pre-commit-hooks.yaml), run by pre-commit', function () {
  this.timeout(900_000);
  let clone: string;
  let env: NodeJS.ProcessEnv;
  before(() => {
    clone = cleanCheckout();
    // pre-commit's own cache, not the user's; git identity for the commits the test makes.
    env = { ...process.env, PRE_COMMIT_HOME: tmp('pre-commit-home'), NO_COLOR: '1', PRE_COMMIT_COLOR: 'never',
      GIT_AUTHOR_NAME: 'test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'test', GIT_COMMITTER_EMAIL: 'test@example.com' };
    const v = run(preCommit(), ['--version'], { cwd: clone, env });
    process.stderr.write(`      ${v.stdout.trim()}\n`);
  });

  const tryRepo = (repo: string, hook: string) => run(preCommit(), ['try-repo', clone, hook, '--all-files'], { cwd: repo, env });

  it('try-repo macroplan: installs from the clone and fails on a broken citation, reporting it; passes once fixed', () => {
    const repo = userRepo('pc-repo');
    const bad = tryRepo(repo, 'macroplan');
    // 3 is pre-commit's "the hook did not install"; 1 is "a hook failed".
    assert.equal(bad.status, 1, bad.stdout + bad.stderr);
    assert.match(bad.stdout, /^macroplan check\.+Failed$/m);
    assert.match(bad.stdout, /shop\/basket\.go does not exist in the workspace\.\s+MP001/);
    assert.match(bad.stdout, /in 2 files/, 'only the Markdown files were passed');

    fs.writeFileSync(path.join(repo, 'docs/plans/cart-plan.md'), '# Cart plan\n\nThe cart is `Cart` (shop/cart.go:4-6).\n');
    const good = tryRepo(repo, 'macroplan');
    assert.equal(good.status, 0, good.stdout + good.stderr);
    assert.match(good.stdout, /^macroplan check\.+Passed$/m);
  });

  it('try-repo macroplan-fix: rewrites a moved citation, and pre-commit reports the file modified', () => {
    // The plan cites `Total` at 9-11 and is committed; then a method is added above it, so the
    // code moved to 14-16: MP009's fix (one answer) is what the hook applies.
    const repo = userRepo('pc-fix', '# Cart plan\n\nThe total is `Total` at shop/cart.go:9-11.\n');
    const cart = path.join(repo, 'shop/cart.go');
    fs.writeFileSync(cart, fs.readFileSync(cart, 'utf8').replace('package shop\n\n', 'package shop\n\n// Empty says whether the cart holds nothing.\nfunc (c *Cart) Empty() bool {\n\treturn len(c.Items) == 0\n}\n\n'));
    gitCommit(repo);
    const r = tryRepo(repo, 'macroplan-fix');
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /files were modified by this hook/);
    assert.equal(fs.readFileSync(path.join(repo, 'docs/plans/cart-plan.md'), 'utf8'), '# Cart plan\n\nThe total is `Total` at shop/cart.go:14-16.\n');
    assert.equal(tryRepo(repo, 'macroplan').status, 0);
  });

  it('a repository configured with the hook: `git commit` of a plan with a broken citation is refused, with the finding', () => {
    const repo = userRepo('pc-commit', '# Cart plan\n\nThe cart is `Cart` (shop/cart.go:4-6).\n');
    const rev = run('git', ['rev-parse', 'HEAD'], { cwd: clone }).stdout.trim();
    fs.writeFileSync(path.join(repo, '.pre-commit-config.yaml'), `repos:\n  - repo: ${clone}\n    rev: ${rev}\n    hooks:\n      - id: macroplan\n`);
    assert.equal(run(preCommit(), ['install'], { cwd: repo, env }).status, 0);
    fs.appendFileSync(path.join(repo, 'docs/plans/cart-plan.md'), 'Gone: shop/basket.go:3.\n');
    run('git', ['add', '-A'], { cwd: repo, env });
    const commit = run('git', ['commit', '-m', 'plan'], { cwd: repo, env });
    assert.notEqual(commit.status, 0, 'the commit went through');
    assert.match(commit.stdout + commit.stderr, /shop\/basket\.go does not exist in the workspace\.\s+MP001/);
    // Only the staged plan was checked: docs/notes.md was not staged.
    assert.match(commit.stdout + commit.stderr, /in 1 file\b/);
  });
});
