import { strict as assert } from 'node:assert';
import type { CheckResult } from '../../../server/src/core/engine';
import { renderDrift } from '../../../server/src/lsp/driftHover';
import { declaredName, holdsOtherCode, similarity } from '../../../server/src/core/history/replaced';
import { makeRepo, type Repo } from '../../helpers/gitrepo';
import { checkWithHistory } from '../../helpers/historyCheck';
import { makeFixture } from '../../helpers/fixture';
import { go } from '../../helpers/go';
import type { Diagnostic } from '../../../server/src/core/types';

// Issue 11: "a citation whose line numbers still exist but now hold other code must be
// reported". Found on the Go stdlib trial (1.19 -> 1.21): encoding/json/stream.go:224 cited
// `enc.indentBuf.Reset()`, and at 1.21 that line holds the `appendIndent` call that replaced it.

/** sim/enc.go: Encoder's fields at 4-6, Encode at 9-20 (Reset at 14, n := 10 at 15, return nil at 17). */
const ENC = go(
  'package sim', //                                1
  '', //                                           2
  'type Encoder struct {', //                      3
  '\tw      io.Writer', //                         4
  '\tbuf    *bytes.Buffer', //                     5
  '\tprefix string', //                            6
  '}', //                                          7
  '', //                                           8
  'func (e *Encoder) Encode(v int) error {', //    9
  '\tb := e.encode(v)', //                         10
  '\tif e.buf == nil {', //                        11
  '\t\te.buf = new(bytes.Buffer)', //              12
  '\t}', //                                        13
  '\te.buf.Reset()', //                            14
  '\tn := 10', //                                  15
  '\tif v < n {', //                               16
  '\t\treturn nil', //                             17
  '\t}', //                                        18
  '\treturn e.write(b)', //                        19
  '}', //                                          20
);

async function check(repo: Repo): Promise<Diagnostic[]> {
  return (await checkResult(repo)).diagnostics;
}

function checkResult(repo: Repo): Promise<CheckResult> {
  return checkWithHistory(repo, 'docs/plan.md');
}

/** A repository with ENC and a plan, then one commit changing ENC by `edit`. */
function repoWith(plan: string, edit: (src: string) => string): Repo {
  const repo = makeRepo();
  repo.commit('encoder and plan', { 'sim/enc.go': ENC, 'docs/plan.md': `# Plan\n\n${plan}\n` });
  const edited = edit(ENC);
  assert.notEqual(edited, ENC);
  repo.commit('edit the encoder', { 'sim/enc.go': edited });
  return repo;
}

describe('history: cited lines that now hold other code, in real repositories', function () {
  this.timeout(30000);
  afterEach(() => makeFixture.cleanup());

  it('a one-line citation whose line was replaced by an unrelated statement: a warning with the code then and now, no fix', async () => {
    const repo = repoWith('`Reset` clears the buffer before each value (sim/enc.go:14).', (s) => s.replace('\te.buf.Reset()\n', '\ttotal := e.count(v)\n'));
    const ds = await check(repo);
    // One problem, one diagnostic: MP004 (no `Reset` on line 13 now) stays quiet.
    assert.deepEqual(ds.map((d) => d.rule), ['MP009']);
    assert.match(ds[0].message, /^the code cited here was replaced in [0-9a-f]{7} \(2026-01-02, "edit the encoder"\): sim\/enc\.go:14 now holds `total := e\.count\(v\)` where it held `e\.buf\.Reset\(\)` \(since [0-9a-f]{7}, 2026-01-01\); check the sentence still holds\.$/);
    assert.equal(ds[0].severity, 'warning');
    assert.equal(ds[0].fix, undefined);
    assert.equal(ds[0].suggestions, undefined);
    // The hover says so and shows the line then and now.
    const drift = (await checkResult(repo)).citations[0].drift!;
    const hover = renderDrift(drift, repo.root);
    assert.match(hover, /^\*\*The cited lines now hold other code\*\*/);
    assert.match(hover, /`sim\/enc\.go:14` was replaced in [0-9a-f]{7} \(2026-01-02, "edit the encoder"\)\./);
    assert.match(hover, /```diff\n- \te\.buf\.Reset\(\)\n\+ \ttotal := e\.count\(v\)\n```/);
  });

  it('names the commit that replaced the lines, not a later one that changed others; in the working tree, says so', async () => {
    const repo = repoWith('`Reset` clears the buffer before each value (sim/enc.go:14).', (s) => s.replace('\te.buf.Reset()\n', '\ttotal := e.count(v)\n'));
    const edited = repo.read('sim/enc.go');
    repo.commit('a later change to other lines', { 'sim/enc.go': edited.replace('\treturn e.write(b)\n', '\treturn e.flush(b)\n') });
    const [d] = await check(repo);
    assert.match(d.message, /^the code cited here was replaced in [0-9a-f]{7} \(2026-01-02, "edit the encoder"\): /);

    const local = repoWith('`Reset` clears the buffer before each value (sim/enc.go:14).', (s) => s.replace('\treturn e.write(b)\n', '\treturn e.flush(b)\n'));
    local.write('sim/enc.go', local.read('sim/enc.go').replace('\te.buf.Reset()\n', '\ttotal := e.count(v)\n'));
    const [w] = await check(local);
    assert.match(w.message, /^the code cited here was replaced in the working tree \(not committed yet\): sim\/enc\.go:14 now holds `total := e\.count\(v\)`/);
  });

  it('a block replaced by fewer lines of other code, the function grown above it: the cited line is reported', async () => {
    // The trial's shape: lines 11-14 became one call, and lines added above kept 14 in place.
    const repo = repoWith('The buffer is reset at sim/enc.go:14.', (s) =>
      s.replace('Encode(v int) error {\n', 'Encode(v int) error {\n\tdefer e.done()\n\tvar err error\n\tvar pad []byte\n')
        .replace('\tif e.buf == nil {\n\t\te.buf = new(bytes.Buffer)\n\t}\n\te.buf.Reset()\n', '\te.buf, err = appendIndent(e.buf[:0], v, e.prefix)\n'));
    const [d] = await check(repo);
    assert.match(d.message, /was replaced in [0-9a-f]{7} \(2026-01-02, "edit the encoder"\): sim\/enc\.go:14 now holds `e\.buf, err = appendIndent\(e\.buf\[:0\], v, e\.prefix\)` where it held `e\.buf\.Reset\(\)`/);
  });

  it('the cited line replaced and the function moved down: no place offered on the other code at the edges of the edit (a real plan\'s `sim.makeRunningBatch(now)` sent to `if sim.RunningBatch == nil ...`)', async () => {
    const repo = repoWith('The buffer is reset at sim/enc.go:14.', (s) =>
      s.replace('package sim\n', 'package sim\n\n// Encoding of values.\n\nvar pending []int\n')
        .replace('\te.buf.Reset()\n', '\tpending = append(pending, v)\n\tif len(pending) > n {\n\t\tpending = pending[1:]\n\t}\n'));
    const [d, ...rest] = await check(repo);
    assert.equal(rest.length, 0);
    assert.match(d.message, /^the code cited here was edited since [0-9a-f]{7}, 2026-01-01: sim\/enc\.go:14 has no single place now; check the sentence still holds\./);
    assert.equal(d.fix, undefined);
    assert.equal(d.suggestions, undefined);
  });

  it('a three-line citation of which one line changed its type: nothing', async () => {
    const repo = repoWith('The `Encoder` fields (sim/enc.go:4-6).', (s) => s.replace('\tbuf    *bytes.Buffer\n', '\tbuf    []byte\n'));
    assert.deepEqual(await check(repo), []);
  });

  it('a one-line citation of a field whose type changed: nothing (it still declares `buf`)', async () => {
    const repo = repoWith('`buf` holds the indented value (sim/enc.go:5).', (s) => s.replace('\tbuf    *bytes.Buffer\n', '\tbuf    []byte\n'));
    assert.deepEqual(await check(repo), []);
  });

  it('a one-line citation whose literal or name changed: nothing (the same statement, edited)', async () => {
    const literal = repoWith('`n` bounds the fast path (sim/enc.go:15).', (s) => s.replace('\tn := 10\n', '\tn := 20\n'));
    assert.deepEqual(await check(literal), []);
    const name = repoWith('Small values return early (sim/enc.go:17).', (s) => s.replace('\t\treturn nil\n', '\t\treturn err\n'));
    assert.deepEqual(await check(name), []);
  });

  it('a two-line citation whose both lines now hold other statements: reported, naming the first', async () => {
    const repo = repoWith('The fast path: sim/enc.go:16-17.', (s) => s.replace('\tif v < n {\n\t\treturn nil\n', '\tfor _, b := range e.pending {\n\t\te.flushOne(b)\n'));
    const [d] = await check(repo);
    assert.match(d.message, /was replaced in [0-9a-f]{7} \(2026-01-02, "edit the encoder"\): sim\/enc\.go:16-17 now holds `for _, b := range e\.pending \{` where it held `if v < n \{`/);
  });
});

describe('history: how much of a cited line must remain', () => {
  it('similarity is difflib\'s ratio', () => {
    // difflib.SequenceMatcher(None, a, b).ratio() for each pair.
    assert.equal(similarity('abcd', 'bcde'), 0.75);
    assert.equal(similarity('return nil', 'return err'), 0.7);
    assert.equal(similarity('', ''), 1);
    assert.equal(similarity('abc', 'xyz'), 0);
  });

  it('declaredName: fields, specs, functions and interface methods; never statements', () => {
    assert.equal(declaredName('\tindentBuf    *bytes.Buffer'), 'indentBuf');
    assert.equal(declaredName('\ta, b int'), 'a');
    assert.equal(declaredName('func (r *Router) Route(req Request) error {'), 'Route');
    assert.equal(declaredName('type Kind int'), 'Kind');
    assert.equal(declaredName('\tRead(p []byte) (n int, err error)'), 'Read');
    assert.equal(declaredName('\tKindB'), 'KindB');
    for (const s of ['\treturn nil', '\tx := 10', '\tx = 1', '\tenc.buf.Reset()', '\tch <- v', '\tdefault:', '\t// a comment', '\tloop:']) assert.equal(declaredName(s), undefined, s);
  });

  it('holdsOtherCode: nothing with content at the baseline is never "other code"; whitespace is not a change', () => {
    assert.equal(holdsOtherCode(['}', ''], ['\tfoo()', '']), false);
    assert.equal(holdsOtherCode(['\tw  io.Writer'], ['\tw io.Writer']), false);
    assert.equal(holdsOtherCode(['\te.buf.Reset()'], ['']), true);
  });
});
