import { strict as assert } from 'node:assert';
import { makeRepo } from '../../helpers/gitrepo';
import { checkWithHistory } from '../../helpers/historyCheck';
import { makeFixture } from '../../helpers/fixture';
import { go } from '../../helpers/go';
import type { Diagnostic } from '../../../server/src/core/types';
import { renderDrift } from '../../../server/src/lsp/driftHover';

const rules = (ds: Diagnostic[]) => ds.map((d) => d.rule);
const mp009 = (ds: Diagnostic[]) => ds.filter((d) => d.rule === 'MP009');

/** sim/cache.go: Free at 3-6, its counter at 5. */
const CACHE = go('package sim', '', 'func (c *Cache) Free(n int) {', '\tc.free += n', '\tc.UsedBlockCnt++', '}', '', 'type Cache struct{ free, UsedBlockCnt int }');

describe('history: a citation followed from where it was right (issue 20 item 2)', function () {
  this.timeout(30000);
  afterEach(() => makeFixture.cleanup());

  it('a plan committed with its implementation, which removed the cited line: "changed by this plan\'s own commit", at info, no MP004', async () => {
    const repo = makeRepo();
    repo.commit('cache', { 'sim/cache.go': CACHE });
    const own = repo.commit('stop counting used blocks', { 'sim/cache.go': CACHE.replace('\tc.UsedBlockCnt++\n', ''), 'docs/plan.md': '# Plan\n\nRemove `UsedBlockCnt++` from `Free` (sim/cache.go:5).\n' });
    const { diagnostics } = await checkWithHistory(repo, 'docs/plan.md');
    assert.deepEqual(rules(diagnostics), ['MP009']);
    const [d] = diagnostics;
    assert.equal(d.severity, 'info');
    assert.equal(d.message, `the code cited here was changed by this plan's own commit ${own.slice(0, 7)} ("stop counting used blocks"): before it, sim/cache.go:5 held \`c.UsedBlockCnt++\`.`);
    assert.equal(d.fix, undefined);
    // The hover says the same, with the code as it was before the commit.
    const { citations } = await checkWithHistory(repo, 'docs/plan.md');
    const hover = renderDrift(citations[0].drift!, repo.root);
    assert.match(hover, new RegExp(`^\\*\\*Changed by this plan's own commit\\*\\* in ${own.slice(0, 7)} \\(2026-01-02, "stop counting used blocks"\\)`));
    assert.match(hover, /```go\n\tc\.UsedBlockCnt\+\+\n```/);
  });

  it('a plan committed with a change that only moved the cited lines: followed from the parent, a fix', async () => {
    const repo = makeRepo();
    repo.commit('cache', { 'sim/cache.go': CACHE });
    repo.commit('imports and plan', { 'sim/cache.go': CACHE.replace('package sim\n', 'package sim\n\nimport "fmt"\n\nvar _ = fmt.Sprint\n'), 'docs/plan.md': '# Plan\n\nThe counter (`UsedBlockCnt`) goes up in `Free` (sim/cache.go:3-6).\n' });
    const [d] = mp009((await checkWithHistory(repo, 'docs/plan.md')).diagnostics);
    assert.match(d.message, /^the code cited here moved: sim\/cache\.go:3-6 is now 7-10 /);
    assert.ok(d.fix);
  });

  it('a document committed after the code it cites moved: walked back to where it was right, and followed from there', async () => {
    const repo = makeRepo();
    const written = repo.commit('cache', { 'sim/cache.go': CACHE });
    repo.commit('limits', { 'sim/cache.go': CACHE.replace('package sim\n', 'package sim\n\nvar minBlocks = 1\nvar maxBlocks = 64\nvar defaultBlocks = 16\nvar batch = 4\n') });
    repo.commit('unrelated', { 'sim/other.go': 'package sim\n' });
    repo.commit('the research notes, written days ago', { 'docs/research.md': '# Research\n\n| Counter | Where |\n|---|---|\n| `UsedBlockCnt` in `Free` | sim/cache.go:3-6 |\n' });
    const { diagnostics } = await checkWithHistory(repo, 'docs/research.md');
    assert.deepEqual(rules(diagnostics), ['MP009']);
    assert.match(diagnostics[0].message, new RegExp(`sim/cache\\.go:3-6 is now 8-11 \\(since ${written.slice(0, 7)}`));
  });

  it('a comment that does not bear out the name is not where the citation was right: walked back past it (specs 002: cmd/root.go:1247)', async () => {
    const repo = makeRepo();
    const written = repo.commit('models', { 'sim/m.go': go('package sim', '', '// PrintModels prints per-model rows.', 'func PrintModels() {}') });
    repo.commit('slo rows', { 'sim/m.go': go('package sim', '', '// Print per-SLO rows when several classes run.', 'var sloRows = 1', '', '// PrintModels prints per-model rows.', 'func PrintModels() {}') });
    repo.commit('the research notes, written days ago', { 'docs/research.md': '# Research\n\n| Pattern | Where |\n|---|---|\n| `PrintModels()` pattern | `sim/m.go:3` |\n' });
    const { diagnostics } = await checkWithHistory(repo, 'docs/research.md');
    assert.deepEqual(rules(diagnostics), ['MP009']);
    assert.match(diagnostics[0].message, new RegExp(`^the code cited here moved: sim/m\\.go:3 is now 6 \\(since ${written.slice(0, 7)}`));
  });

  it('a citation never right before its baseline is left to MP004, not followed', async () => {
    const repo = makeRepo();
    repo.commit('cache', { 'sim/cache.go': CACHE });
    repo.commit('plan', { 'docs/plan.md': '# Plan\n\n`Evict` drops a block (sim/cache.go:3-6).\n' });
    repo.commit('a header', { 'sim/cache.go': CACHE.replace('package sim\n', 'package sim\n\n// header\n') });
    assert.deepEqual(rules((await checkWithHistory(repo, 'docs/plan.md')).diagnostics), ['MP004']);
  });

  it('never onto a blank or brace-only line: a range whose lines became blank has no new place and nothing to move to', async () => {
    const repo = makeRepo();
    repo.commit('banner and plan', { 'sim/a.go': go('package sim', '', '// Blocks are freed in batches', '// of sixteen.', '', 'func A() {}'), 'docs/plan.md': '# Plan\n\nFreeing is batched (sim/a.go:3-4).\n' });
    repo.commit('drop the banner', { 'sim/a.go': go('package sim', '', '', '', '', 'func A() {}') });
    const [d] = mp009((await checkWithHistory(repo, 'docs/plan.md')).diagnostics);
    assert.ok(d);
    assert.doesNotMatch(d.message, /is now/);
    assert.equal(d.fix, undefined);
    assert.equal(d.suggestions, undefined);
  });
});
