// The pre-commit hooks (.pre-commit-hooks.yaml) run the way pre-commit runs a `language: node`
// hook: the package installed from the repository (npm pack, npm install -g), the entry
// split into words, then the hook's args, then the staged files of its types as arguments,
// from the repository root.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { load } from 'js-yaml';
import { installInto, packTarball, REPO, run, userRepo } from './checkout';

interface Hook { id: string; entry: string; language: string; types?: string[]; args?: string[]; pass_filenames?: boolean }
const hooks = load(fs.readFileSync(path.join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

// pre-commit's `identify` tags these extensions as markdown.
const MARKDOWN = /\.(md|markdown|mdown|mkdn)$/;

function runHook(id: string, bin: string, repo: string, staged: string[]) {
  const hook = hooks.find((h) => h.id === id)!;
  assert.ok(hook, id);
  assert.equal(hook.language, 'node');
  assert.deepEqual(hook.types, ['markdown']);
  const files = staged.filter((f) => MARKDOWN.test(f));
  const [cmd, ...words] = hook.entry.split(/\s+/);
  return run(path.join(bin, cmd), [...words, ...(hook.args ?? []), ...(hook.pass_filenames === false ? [] : files)], { cwd: repo, env: { ...process.env, NO_COLOR: '1' } });
}

describe('the pre-commit hooks (.pre-commit-hooks.yaml)', function () {
  this.timeout(900_000);
  let bin: string;
  before(() => {
    bin = installInto('prefix-precommit', packTarball());
  });

  it('macroplan: fails a commit that stages a plan with a broken citation, passes a clean one', () => {
    const repo = userRepo('hook-repo');
    const bad = runHook('macroplan', bin, repo, ['docs/plans/cart-plan.md', 'shop/cart.go', 'docs/notes.md']);
    assert.equal(bad.status, 1, bad.stderr);
    assert.match(bad.stdout, /shop\/basket\.go does not exist in the workspace\.\s+MP001/);
    assert.match(bad.stdout, /in 2 files/, 'only the Markdown files were passed');
    const good = runHook('macroplan', bin, repo, ['docs/notes.md']);
    assert.equal(good.status, 0, good.stdout);
  });

  it('macroplan-fix: rewrites a moved citation so pre-commit sees the file modified, then passes', () => {
    // `Total` is declared at 9-11; the citation says 4-6 (where Cart is).
    const plan = '# Cart plan\n\nThe total is `Total` at shop/cart.go:4-6.\n';
    const repo = userRepo('hook-fix', plan);
    const r = runHook('macroplan-fix', bin, repo, ['docs/plans/cart-plan.md']);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /1 fix applied/);
    assert.equal(fs.readFileSync(path.join(repo, 'docs/plans/cart-plan.md'), 'utf8'), '# Cart plan\n\nThe total is `Total` at shop/cart.go:9-11.\n');
    const again = runHook('macroplan', bin, repo, ['docs/plans/cart-plan.md']);
    assert.equal(again.status, 0, again.stdout);
  });
});
