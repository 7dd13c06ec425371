import { strict as assert } from 'node:assert';
import { makeRepo } from '../../helpers/gitrepo';
import { checkWithHistory } from '../../helpers/historyCheck';
import { makeFixture } from '../../helpers/fixture';
import { go } from '../../helpers/go';
import { findLostLines } from '../../../server/src/core/history/lostlines';
import type { Diagnostic } from '../../../server/src/core/types';

const mp009 = (ds: Diagnostic[]) => ds.filter((d) => d.rule === 'MP009');
const filler = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `var ${prefix}${i} = ${i}`);

describe('history: the three following misses of issue 20', function () {
  this.timeout(30000);
  afterEach(() => makeFixture.cleanup());

  it('a file moved up a folder, cited by a suffix: followed to its new place', async () => {
    // A banner comment at 3-4 of sim/policy/admission.go, in no declaration; the plan names the file `policy/admission.go`.
    const admission = go('package policy', '', '// Admission decides which requests enter the queue,', '// before any routing happens.', '', 'func Admit(n int) bool {', '\treturn n > 0', '}', '', ...filler(30, 'p'));
    const repo = makeRepo();
    repo.commit('policy', { 'sim/policy/admission.go': admission, 'sim/sim.go': 'package sim\n', 'docs/plan.md': '# Plan\n\nRequests are admitted first (policy/admission.go:3-4).\n' });
    // Moved up into package sim (git records a rename in this commit), then grown so much that
    // the baseline..HEAD diff no longer pairs the two files.
    repo.commit('flatten policy into sim', { 'sim/policy/admission.go': null, 'sim/admission.go': admission.replace('package policy', 'package sim') });
    repo.commit('grow admission', { 'sim/admission.go': go('package sim', '', 'import "fmt"', '', 'var _ = fmt.Sprint', '', '// Admission decides which requests enter the queue,', '// before any routing happens.', '', 'func Admit(n int) bool {', '\treturn n > 0', '}', '', ...filler(30, 'q')) });
    const [d] = mp009((await checkWithHistory(repo, 'docs/plan.md')).diagnostics);
    assert.ok(d, 'a finding');
    assert.match(d.message, /is now sim\/admission\.go:7-8/);
    assert.ok(d.fix);
  });

  it('lines of a deleted test file moved to a file the same commit added: followed there', async () => {
    const pending = go('package cluster', '', 'import "testing"', '', 'func TestPending(t *testing.T) {', '\tq := newQueue()', '\tq.push(1)', '\tif q.len() != 1 {', '\t\tt.Fatal("want one pending request")', '\t}', '}');
    const repo = makeRepo();
    repo.commit('pending', { 'sim/cluster/queue.go': go('package cluster', '', 'type queue struct{ n int }', '', 'func newQueue() *queue { return &queue{} }', 'func (q *queue) push(int) { q.n++ }', 'func (q *queue) len() int { return q.n }'), 'sim/cluster/pending_test.go': pending, 'docs/plan.md': '# Plan\n\nThe test pushes one request (sim/cluster/pending_test.go:7-9).\n' });
    const inflight = go('package cluster', '', 'import "testing"', '', ...filler(20, 'x'), '', 'func TestInflightCounts(t *testing.T) {', '\tq := newQueue()', '\tq.push(1)', '\tif q.len() != 1 {', '\t\tt.Fatal("want one pending request")', '\t}', '}');
    repo.commit('merge pending into inflight tests', { 'sim/cluster/pending_test.go': null, 'sim/cluster/inflight_test.go': inflight });
    const [d] = mp009((await checkWithHistory(repo, 'docs/plan.md')).diagnostics);
    assert.ok(d, 'a finding');
    assert.match(d.message, /^the code cited here moved to another file in [0-9a-f]{7} \(2026-01-02, "merge pending into inflight tests"\): sim\/cluster\/pending_test\.go:7-9 is now sim\/cluster\/inflight_test\.go:28-30 /);
    assert.ok(d.fix);
  });

  it('lines edited, then their file merged into another: where they went is a suggestion, not a move (weighted-scoring plan, pending_requests_test.go:25-26)', async () => {
    const config = (weights: string[]) => go('package cluster', '', 'import "testing"', '', 'func TestPending(t *testing.T) {', '\tcfg := Config{', '\t\tPolicy: "weighted",', ...weights, '\t}', '\trun(t, cfg)', '}');
    const repo = makeRepo();
    repo.commit('pending', { 'sim/cluster/run.go': go('package cluster', '', 'type Config struct{ Policy string; CacheWeight, LoadWeight float64; Scorers []string }', '', 'func run(t any, c Config) {}'), 'sim/cluster/pending_test.go': config(['\t\tCacheWeight: 0.6,', '\t\tLoadWeight:  0.4,']), 'docs/plan.md': '# Plan\n\nThe test weighs cache over load (sim/cluster/pending_test.go:8-9).\n' });
    const scorers = ['\t\tScorers: []string{"cache:0.6"},', '\t\tLoadWeight: 0,'];
    repo.commit('scorers replace the weights', { 'sim/cluster/pending_test.go': config(scorers) });
    repo.commit('merge pending into inflight tests', { 'sim/cluster/pending_test.go': null, 'sim/cluster/inflight_test.go': config(scorers).replace('func TestPending', ['func TestInflight(t *testing.T) {}', '', 'func TestInflightWeighted'].join('\n')) });
    const [d] = mp009((await checkWithHistory(repo, 'docs/plan.md')).diagnostics);
    assert.ok(d, 'a finding');
    assert.match(d.message, /^the code cited here was edited since [0-9a-f]{7}, 2026-01-01: sim\/cluster\/pending_test\.go:8-9 is now about sim\/cluster\/inflight_test\.go:10-11; check the sentence still holds\./);
    assert.equal(d.fix, undefined);
    assert.equal(d.suggestions?.length, 1);
  });

  it('a function moved into a new package under a new name: followed there', async () => {
    const store = go('package sim', '', 'import "fmt"', '', ...filler(10, 's'), '', 'func newKVStore(blocks int) *KVStore {', '\tif blocks <= 0 {', '\t\tpanic(fmt.Sprint("blocks: ", blocks))', '\t}', '\treturn &KVStore{free: blocks}', '}', '', 'type KVStore struct{ free int }');
    const repo = makeRepo();
    repo.commit('kv', { 'sim/kv_store.go': store, 'docs/plan.md': '# Plan\n\nThe store starts empty (sim/kv_store.go:16-21).\n' });
    repo.commit('kv package', {
      'sim/kv_store.go': go('package sim', '', ...filler(10, 's')),
      'sim/kv/register.go': go('package kv', '', 'import "fmt"', '', '// NewStore makes a store of blocks.', 'func NewStore(blocks int) *KVStore {', '\tif blocks <= 0 {', '\t\tpanic(fmt.Sprint("blocks: ", blocks))', '\t}', '\treturn &KVStore{free: blocks}', '}', '', 'type KVStore struct{ free int }'),
    });
    const [d] = mp009((await checkWithHistory(repo, 'docs/plan.md')).diagnostics);
    assert.ok(d, 'a finding');
    assert.match(d.message, /sim\/kv_store\.go:16-21 is now sim\/kv\/register\.go:6-11/);
  });
});

describe('findLostLines', () => {
  const block = ['\tq := newQueue()', '\tq.push(1)', '\tif q.len() != 1 {'];
  it('finds a block whole, whitespace aside, in the one file holding it', () => {
    assert.deepEqual(findLostLines(block, [{ path: 'a.go', lines: ['x', 'q := newQueue()', '  q.push(1)', 'if q.len() != 1 {'] }, { path: 'b.go', lines: ['y'] }]), { path: 'a.go', span: { start: 2, end: 4 } });
  });
  it('gives nothing for two places, a short block changed, or lines of no code', () => {
    assert.equal(findLostLines(block, [{ path: 'a.go', lines: block }, { path: 'b.go', lines: block }]), undefined);
    assert.equal(findLostLines(block, [{ path: 'a.go', lines: ['\tq := newQueue()', '\tq.push(2)', '\tif q.len() != 1 {'] }]), undefined);
    assert.equal(findLostLines(['', '}'], [{ path: 'a.go', lines: ['', '}'] }]), undefined);
  });
  it('takes a longer block whose first line declares under another name, never one with any other line changed', () => {
    const fn = ['func a(n int) int {', '\tif n > 0 {', '\t\treturn n', '\t}', '\treturn -n', '}'];
    const renamed = ['func b(n int) int {', ...fn.slice(1)];
    assert.deepEqual(findLostLines(fn, [{ path: 'b.go', lines: ['package x', ...renamed] }]), { path: 'b.go', span: { start: 2, end: 7 } });
    const rewritten = ['func b(n int) int {', '\tif n < 0 {', '\t\treturn n', '\t}', '\treturn n', '}'];
    assert.equal(findLostLines(fn, [{ path: 'b.go', lines: rewritten }]), undefined);
    const body = ['// after a', ...fn.slice(1)];
    assert.equal(findLostLines(body, [{ path: 'b.go', lines: ['\treturn x', ...fn.slice(1)] }]), undefined);
  });
});
