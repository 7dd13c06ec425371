/** MP004 precision: what the hand-judged samples showed to be false alarms, and what stays a finding. */
import { strict as assert } from 'node:assert';
import { FileWorkspace } from '../../server/src/core/workspace';
import { makeFixture, dedent } from '../helpers/fixture';
import { assertMarks } from '../helpers/marks';
import { go } from '../helpers/go';

const SIM = go(
  'package sim', //                                          1
  '', //                                                     2
  '// Config holds the knobs read from defaults.yaml; the', // 3
  '// latency package reads them too.', //                  4
  'type Config struct {', //                                 5
  '\tMaxTokens int `json:"max_tokens"`', //                  6
  '\tGPU       string', //                                   7
  '}', //                                                    8
  '', //                                                     9
  '// Step advances the clock.', //                          10
  'func (s *Sim) Step() {', //                               11
  '\ts.clock++', //                                          12
  '\ts.queue.Pop()', //                                      13
  '}', //                                                    14
  '', //                                                     15
  'type Sim struct {', //                                    16
  '\tclock int', //                                          17
  '\tqueue Queue', //                                        18
  '}', //                                                    19
  '', //                                                     20
  'type Queue struct{ items []int }', //                    21
  '', //                                                     22
  'func (q *Queue) Pop() int { return 0 }', //              23
);

describe('MP004 precision', () => {
  after(() => makeFixture.cleanup());

  it('accepts a line of the named declaration’s body and its doc comment; keeps real mismatches', async () => {
    const fx = makeFixture({ 'sim/sim.go': SIM });
    await assertMarks(new FileWorkspace({ root: fx.root }), dedent`
      - \`Sim.Step\` advances the clock at sim/sim.go:12.
      - \`Step\` pops the queue (sim/sim.go:13).
      - \`Config\` is documented at sim/sim.go:3-4.
      - The doc comment and head of \`Step\`: sim/sim.go:10-11.
      - \`Queue\` is not at sim/sim.go:12. <!-- expect: MP004 -->
    `);
  });

  it('takes the cited file’s own package name as true of any line of it', async () => {
    const fx = makeFixture({ 'sim/sim.go': SIM, 'sim/sim_test.go': go('// Tests of sim.', 'package sim_test', '', 'import (', '\t"testing"', '\t. "example.com/sim"', ')', '', 'var _ = testing.Short', 'var _ = Sim{}') });
    await assertMarks(new FileWorkspace({ root: fx.root }), dedent`
      - The tests live in the external package \`sim_test\` with a dot import (sim/sim_test.go:6).
      - Package \`sim\` declares the queue type at sim/sim.go:21.
      - \`Queue\` is not imported at sim/sim_test.go:6. <!-- expect: MP004 -->
    `);
  });

  it('counts words of a cited comment as present', async () => {
    const fx = makeFixture({ 'sim/sim.go': SIM });
    await assertMarks(new FileWorkspace({ root: fx.root }), dedent`
      - The \`latency\` package reads the same knobs (sim/sim.go:3-4).
      - \`clock\` is advanced in sim/sim.go:10-12.
      - The \`scheduler\` package is not discussed at sim/sim.go:3-4. <!-- expect: MP005 -->
    `);
  });

  it('takes claims from the citation’s own clause only', async () => {
    const fx = makeFixture({ 'sim/sim.go': SIM });
    await assertMarks(new FileWorkspace({ root: fx.root }), dedent`
      - \`Queue\` is declared at sim/sim.go:21, and \`Pop\` at sim/sim.go:23.
      - \`Queue\` (sim/sim.go:21) is popped by \`Step\` (sim/sim.go:11-14).
      - \`Queue\` is declared at sim/sim.go:12, and \`Pop\` at sim/sim.go:21. <!-- expect: MP004 MP004 -->
    `);
  });

  it('takes no claims across a clause of consequence after the citation (`, so`, `, therefore`, `so that`)', async () => {
    const fx = makeFixture({ 'sim/sim.go': SIM });
    await assertMarks(new FileWorkspace({ root: fx.root }), dedent`
      - The clock advances at sim/sim.go:12, so callers of \`Config\` see a new time.
      - \`Step\` runs each tick, so it buffers nothing and drops \`Config\` (sim/sim.go:11-14).
      - The clock moves at sim/sim.go:12 so that \`Queue\` pops in order.
      - \`Queue\` advances the clock at sim/sim.go:12, so it must be locked. <!-- expect: MP004 -->
      - The clock and \`Queue\` move at sim/sim.go:12 and callers wait. <!-- expect: MP004 -->
    `);
  });

  it('takes no claims from flags, struct tags, quoted values or file names', async () => {
    const fx = makeFixture({ 'sim/sim.go': SIM });
    await assertMarks(new FileWorkspace({ root: fx.root }), dedent`
      - The \`--max-tokens\` flag fills \`MaxTokens\` (sim/sim.go:6).
      - The tag \`json:"max_tokens"\` is on sim/sim.go:6.
      - A GPU name such as \`"A100-80"\` is stored at sim/sim.go:7.
      - Values come from \`defaults.yaml\` and \`hardware.json\` (sim/sim.go:5-8).
    `);
  });

  it('gives one finding per citation: on lines without code MP005 speaks, carrying the move', async () => {
    const fx = makeFixture({ 'sim/sim.go': SIM });
    const r = await assertMarks(new FileWorkspace({ root: fx.root }), dedent`
      - \`Queue\` is at sim/sim.go:22. <!-- expect: MP005 -->
    `);
    const [d] = r.diagnostics;
    assert.equal(d.message, 'line 22 of sim/sim.go holds no code (only blank lines, comments or braces); `Queue` is declared at line 21.');
    assert.equal(d.suggestions?.[0].title, 'Move citation to sim/sim.go:21');
    assert.equal(d.fix, undefined);
  });

  it('reads a `~` before a relative path as "about these lines"; only ~/ is a home directory', async () => {
    const fx = makeFixture({ 'sim/sim.go': SIM });
    const r = await assertMarks(new FileWorkspace({ root: fx.root }), dedent`
      - About here: \`Step\` at ~sim/sim.go:11-14, and ~sim.go:12.
      - \`Queue\` at ~sim/sim.go:11. <!-- expect: MP004 -->
      - Home: ~/sim/sim.go:11. <!-- expect: MP006 -->
    `);
    assert.equal(r.model.citations[0].rawPath, 'sim/sim.go');
  });
});
