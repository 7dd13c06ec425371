import { strict as assert } from 'node:assert';
import { FileWorkspace } from '../../server/src/core/workspace';
import { buildModel } from '../../server/src/core/model';
import { makeFixture, dedent } from '../helpers/fixture';
import { assertMarks } from '../helpers/marks';
import { go } from '../helpers/go';

/**
 * Citations that real micro plans write and a reviewer finds right: a sentence that copies the
 * cited code, an import cited for its package, a doc comment cited for what it says (issue 12).
 */
const QUEUE_GO = go(
  'package queue', //                                      1
  '', //                                                   2
  'import (', //                                           3
  '\t"container/list"', //                                 4
  '\tr "math/rand"', //                                    5
  ')', //                                                  6
  '', //                                                   7
  '// The queue package is frozen: it accepts', //         8
  '// fixes only, no new features.', //                    9
  '//', //                                                 10
  '// Every waiting item keeps its arrival order,', //     11
  '// and a retried item returns to the front.', //        12
  'type Queue struct {', //                                13
  '\titems *list.List', //                                 14
  '\tseed  int64', //                                      15
  '}', //                                                  16
  '', //                                                   17
  '// Invariant: q.items.Len() >= 0 at all times.', //     18
  'func (q *Queue) Retry(v any) {', //                     19
  '\tif q.items.Len() > 0 {', //                           20
  '\t\tq.items.PushFront(v)', //                           21
  '\t}', //                                                22
  '\t_ = r.Int63()', //                                    23
  '}', //                                                  24
);

describe('citation quotes: what the sentence copies from the cited lines', () => {
  it('keeps code spans that copy code and phrases in double quotes, not names or citations', () => {
    const text = 'Under `Retry`, the guard `if q.items.Len() > 0 {` at queue/queue.go:20 is "what the review asked for". Next sentence `x := 1`.\n';
    const [c] = buildModel(text).citations;
    assert.deepEqual(c.claimed, ['Retry']);
    assert.deepEqual(c.quotes, ['if q.items.Len() > 0 {', 'what the review asked for']);
    assert.equal(text.slice(c.sentence.start, c.sentence.end), text.slice(0, text.indexOf(' Next')));
  });

  it('ignores short quotes and single quoted words', () => {
    const [c] = buildModel('The "front" and "a b" of queue/queue.go:11 and `n > 0`.\n').citations;
    assert.deepEqual(c.quotes, []);
  });
});

describe('MP004: a sentence that copies the cited code, an import cited for its package', () => {
  after(() => makeFixture.cleanup());

  it('is borne out by code the sentence copies, and still fires when the line moved', async () => {
    const fx = makeFixture({ 'queue/queue.go': QUEUE_GO });
    await assertMarks(new FileWorkspace({ root: fx.root }), dedent`
      Only a non-empty queue takes \`PushFront\`, under the guard at \`queue/queue.go:20\` (\`if q.items.Len() > 0 {\`).

      Only a non-empty queue takes \`PushFront\`, under the guard at \`queue/queue.go:23\` (\`if q.items.Len() > 0 {\`). <!-- expect: MP004 -->
    `);
  });

  it('is borne out by an import of the named package, not by other lines', async () => {
    const fx = makeFixture({ 'queue/queue.go': QUEUE_GO });
    await assertMarks(new FileWorkspace({ root: fx.root }), dedent`
      The tests gain \`sort\` (\`math/rand\` is imported already, \`queue/queue.go:3-6\`).

      The list comes from \`container/list\` at \`queue/queue.go:4\`.

      The package draws from \`math/rand\` (\`queue/queue.go:13-16\`). <!-- expect: MP004 -->
    `);
  });
});

describe('MP005: a doc comment cited for what it says', () => {
  after(() => makeFixture.cleanup());

  it('passes a comment the sentence quotes or talks about, and fires on one it does not', async () => {
    const fx = makeFixture({ 'queue/queue.go': QUEUE_GO });
    await assertMarks(new FileWorkspace({ root: fx.root }), dedent`
      The package calls itself "frozen: it accepts fixes only" (\`queue/queue.go:8-9\`).

      Items keep their arrival order and retried items return to the front (\`queue/queue.go:11-12\`).

      The invariant \`q.items.Len() >= 0\` is stated at \`queue/queue.go:18\`.

      The invariant \`q.items.Len() >= 0\` is stated at \`queue/queue.go:17\`. <!-- expect: MP005 -->

      Items keep their arrival order and retried items return to the front (\`queue/queue.go:7-12\`). <!-- expect: MP005 -->

      Retries keep arrival order (\`queue/queue.go:10\`). <!-- expect: MP005 -->

      The queue is frozen, see \`queue/queue.go:11-12\`. <!-- expect: MP005 -->
    `);
  });
});

describe('MP004, MP005: a task that shows the cited lines in its code', () => {
  after(() => makeFixture.cleanup());

  it('passes a comment the task rewrites and shows, and fires when the range does not start on it', async () => {
    const fx = makeFixture({ 'queue/queue.go': QUEUE_GO });
    const task = (spec: string) => dedent`
      ### Task 2: Reword the ordering comment

      **Files:** modify \`queue/queue.go:${spec}\`

      \`\`\`go
      // Every waiting item keeps its arrival order,
      // and a retried item goes back to the head.
      \`\`\`
    `;
    await assertMarks(new FileWorkspace({ root: fx.root }), task('11-12'));
    const r = await assertMarks(new FileWorkspace({ root: fx.root }), task('10-12').replace('12`', '12` <!-- expect: MP005 -->'));
    assert.equal(r.diagnostics.length, 1);
    await assertMarks(new FileWorkspace({ root: fx.root }), task('12').replace('12`', '12` <!-- expect: MP005 -->'));
  });

  it('passes a claim the cited lines lack when the task shows them, and fires without the code', async () => {
    const fx = makeFixture({ 'queue/queue.go': QUEUE_GO });
    const text = dedent`
      ### Task 3: Rename

      \`Requeue\` keeps the guard at \`queue/queue.go:20-22\`.

      \`\`\`go
      func (q *Queue) Requeue(v any) {
      	if q.items.Len() > 0 {
      		q.items.PushFront(v)
      	}
      \`\`\`
    `;
    await assertMarks(new FileWorkspace({ root: fx.root }), text);
    await assertMarks(new FileWorkspace({ root: fx.root }), text.slice(0, text.indexOf('```')).replace('22`.', '22`. <!-- expect: MP004 -->'));
  });
});


/** parse/parse_test.go: a comment with marker symbols at 3-5, a godoc example at 9, a test table at 13-20. */
const PARSE_TEST_GO = go(
  'package parse', //                                               1
  '', //                                                            2
  '// In the inputs below, ‡ marks where a token starts and', //    3
  '// ◊ marks the offset an error is reported at; both are', //     4
  '// stripped before the input is read.', //                       5
  'var marks = "‡◊"', //                                            6
  '', //                                                            7
  '// Balanced holds for every table below:', //                    8
  '//\topen(s) == close(s) for each prefix s', //                   9
  'func Balanced(s string) bool { return true }', //                10
  '', //                                                            11
  'var cases = []struct{ Name, In string }{', //                    12
  '\t{', //                                                         13
  '\t\tName: "EmptyInput",', //                                     14
  '\t\tIn:   "",', //                                               15
  '\t},', //                                                        16
  '\t{', //                                                         17
  '\t\tName: "NestedPairs",', //                                    18
  '\t\tIn:   "(())",', //                                           19
  '\t},', //                                                        20
  '}', //                                                           21
);

/** parse/depth.go: Depth at 3-11, Width at 13. */
const DEPTH_GO = go(
  'package parse', //                                   1
  '', //                                                2
  'func Depth(s string) int {', //                      3
  '\tn := 0', //                                        4
  '\tfor _, r := range s {', //                         5
  "\t\tif r == '(' {", //                               6
  '\t\t\tn++', //                                       7
  '\t\t}', //                                           8
  '\t}', //                                             9
  '\treturn n', //                                      10
  '}', //                                               11
  '', //                                                12
  'func Width(s string) int { return len(s) }', //      13
);

describe('MP005: comments cited on purpose, as a user trial wrote them', () => {
  after(() => makeFixture.cleanup());

  it('reads a table row as the sentence, shares symbols and plurals with the comment', async () => {
    const fx = makeFixture({ 'parse/parse_test.go': PARSE_TEST_GO });
    await assertMarks(new FileWorkspace({ root: fx.root }), dedent`
      | Markers ‡ and ◊ | \`parse/parse_test.go:3-5\` | Convention for token offsets |
      |---|---|---|
      | Other things | \`parse/parse_test.go:3-5\` | Unrelated words here | <!-- expect: MP005 -->

      The ‡ and ◊ offsets are documented at parse/parse_test.go:3-5.

      The offsets are explained at parse/parse_test.go:3-5. <!-- expect: MP005 -->
    `);
  });

  it('takes a code example of a doc comment as code', async () => {
    const fx = makeFixture({ 'parse/parse_test.go': PARSE_TEST_GO });
    await assertMarks(new FileWorkspace({ root: fx.root }), dedent`
      Every test checks the property of parse/parse_test.go:9 on each input.

      Every test checks the property of parse/parse_test.go:8 on each input. <!-- expect: MP005 -->
    `);
  });

  it('passes lines cited on purpose elsewhere in the plan (a Files line and its Impl)', async () => {
    const fx = makeFixture({ 'parse/parse_test.go': PARSE_TEST_GO });
    const plan = dedent`
      ### Task 1: Reword the marker comment

      **Files:** modify \`parse/parse_test.go:5\`

      **Impl:** \`// stripped before the input is read.\` (\`parse/parse_test.go:5\`) becomes a longer sentence.
    `;
    await assertMarks(new FileWorkspace({ root: fx.root }), plan);
    // Without the Impl line that quotes it, the Files line alone is a finding.
    await assertMarks(new FileWorkspace({ root: fx.root }), plan.slice(0, plan.indexOf('**Impl')).replace(':5`', ':5` <!-- expect: MP005 -->'));
  });
});

describe('MP004: names a trial found in correct plans', () => {
  after(() => makeFixture.cleanup());

  it('finds a test case’s name in a string literal of the cited lines', async () => {
    const fx = makeFixture({ 'parse/parse_test.go': PARSE_TEST_GO });
    await assertMarks(new FileWorkspace({ root: fx.root }), dedent`
      The case \`NestedPairs\` at parse/parse_test.go:17-20 reads two pairs.
      The case \`NestedPairs\` at parse/parse_test.go:13-16 reads two pairs. <!-- expect: MP004 -->
    `);
  });

  it('takes no claim of a name the plan’s own Go declares and the cited file lacks', async () => {
    const fx = makeFixture({ 'parse/parse_test.go': PARSE_TEST_GO });
    const plan = dedent`
      The cases at parse/parse_test.go:12-21 leave \`Depth\` unset.

      \`\`\`go
      var cases = []struct {
      	Name, In string
      	Depth    int
      }{
      \`\`\`
    `;
    await assertMarks(new FileWorkspace({ root: fx.root }), plan);
    // Without the plan's declaration, `Depth` is a name the cited lines should hold.
    await assertMarks(new FileWorkspace({ root: fx.root }), plan.slice(0, plan.indexOf('```')).replace('unset.', 'unset. <!-- expect: MP004 -->'));
  });

  it('with several citations in a sentence, any of its names bears a citation out, unless the range slid off the one it names', async () => {
    const fx = makeFixture({ 'parse/parse_test.go': PARSE_TEST_GO, 'parse/depth.go': DEPTH_GO });
    await assertMarks(new FileWorkspace({ root: fx.root }), dedent`
      Tests read \`cases\` and call \`Balanced\` (parse/parse_test.go:12, parse/parse_test.go:10).
      \`Depth\` (parse/depth.go:13) counts with \`Width\` (parse/depth.go:3-11).
      \`Depth\` (parse/depth.go:5-13) counts with \`Width\` (parse/depth.go:13). <!-- expect: MP004 -->
    `);
  });
});
