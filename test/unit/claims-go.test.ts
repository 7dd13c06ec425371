/**
 * What a claim is, checked by MP004 against real Go files (issue 20 item 4): a call claims its
 * callee, a package qualifier is no evidence, a file name is no claim, a name the sentence says
 * does not exist yet is no claim, and a table row's other cells name what its citation cites.
 */
import { strict as assert } from 'node:assert';
import { FileWorkspace, type Workspace } from '../../server/src/core/workspace';
import { buildModel } from '../../server/src/core/model';
import { makeFixture, dedent, type Fixture } from '../helpers/fixture';
import { assertMarks } from '../helpers/marks';
import { go } from '../helpers/go';

const ROOT_GO = go(
  'package main', //                                                            1
  '', //                                                                        2
  'import "example.com/app/sim"', //                                            3
  '', //                                                                        4
  'var preemptionPolicy = "none"', //                                           5
  '', //                                                                        6
  'func run() {', //                                                            7
  '\tpriorityPolicy := "fifo"', //                                              8
  '\tscheduler := "rr"', //                                                     9
  '\tcfg := sim.NewPolicyConfig(priorityPolicy, scheduler, preemptionPolicy)', // 10
  '\t_ = cfg', //                                                               11
  '\tsim.Start()', //                                                           12
  '}', //                                                                       13
);

const SIM_GO = go(
  'package sim', //                                  1
  '', //                                             2
  'type ModelConfig struct {', //                    3
  '\tLayers int', //                                 4
  '}', //                                            5
  '', //                                             6
  'func Start() { sim := 1; _ = sim }', //           7
  '', //                                             8
  'type Cluster struct {', //                        9
  '\trejectedRequests int', //                       10
  '\tadmitted         int', //                       11
  '}', //                                            12
);

function claims(text: string): [string, string[], string[] | undefined][] {
  return buildModel(text).citations.map((c) => [text.slice(c.start, c.end), c.claimed, c.unborn]);
}

describe('claims against real Go files', () => {
  let fx: Fixture;
  let ws: Workspace;
  before(() => {
    fx = makeFixture({ 'cmd/root.go': ROOT_GO, 'sim/sim.go': SIM_GO });
    ws = new FileWorkspace({ root: fx.root });
  });
  after(() => fx.remove());

  it('a call claims its callee, not its arguments', async () => {
    assert.deepEqual(claims('Built by `sim.NewPolicyConfig(priorityPolicy, scheduler, preemptionPolicy)` at `cmd/root.go:10`.\n'), [['cmd/root.go:10', ['NewPolicyConfig'], undefined]]);
    assert.deepEqual(claims('`cmd/root.go:10 sim.NewPolicyConfig(a, b)`\n'), [['cmd/root.go:10', ['NewPolicyConfig'], undefined]]);
    const r = await assertMarks(ws, dedent`
      - Built by \`sim.NewPolicyConfig(priorityPolicy, scheduler, preemptionPolicy)\` at \`cmd/root.go:10\`.
      - Built by \`sim.NewPolicyConfig(priorityPolicy, scheduler, preemptionPolicy)\` at \`cmd/root.go:9\`. <!-- expect: MP004 -->
    `);
    // An argument declared in the file is no place to move the citation to.
    assert.equal(r.diagnostics[0].message, '`NewPolicyConfig` does not appear in line 9 of cmd/root.go.');
    assert.equal(r.diagnostics[0].suggestions, undefined);
  });

  it('a package qualifier is no evidence, even the cited file\'s own package', async () => {
    assert.deepEqual(claims('`sim.ModelConfig` is at sim/sim.go:7.\n'), [['sim/sim.go:7', ['ModelConfig'], undefined]]);
    await assertMarks(ws, dedent`
      - \`sim.ModelConfig\` is at sim/sim.go:3-5.
      - \`sim.ModelConfig\` is at sim/sim.go:7. <!-- expect: MP004 -->
      - \`sim.Start\` is called at cmd/root.go:12.
      - \`sim.ModelConfig\` is read at cmd/root.go:12. <!-- expect: MP004 -->
    `);
  });

  it('a file name in backticks or bold is no claim', async () => {
    assert.deepEqual(claims('**hardware_config.json** and `defaults.yaml` are read at sim/sim.go:7.\n'), [['sim/sim.go:7', [], undefined]]);
    await assertMarks(ws, '- **hardware_config.json** and `hardware_config.json` are loaded at sim/sim.go:7.\n');
  });

  it('a name the sentence says does not exist yet is no claim', async () => {
    assert.deepEqual(claims('The `preemptionPolicy` variable does not exist yet and goes to `sim.NewPolicyConfig` at cmd/root.go:9.\n'), [['cmd/root.go:9', ['NewPolicyConfig'], ['preemptionPolicy']]]);
    assert.deepEqual(claims('PR 2 will add `MaxLayers` next to `Layers` (sim/sim.go:4).\n'), [['sim/sim.go:4', ['Layers'], ['MaxLayers']]]);
    assert.deepEqual(claims('A new field `MaxLayers` joins `ModelConfig` (sim/sim.go:3-5).\n'), [['sim/sim.go:3-5', ['ModelConfig'], ['MaxLayers']]]);
    assert.deepEqual(claims('`Budget` (new) sits beside `ModelConfig` (sim/sim.go:3-5).\n'), [['sim/sim.go:3-5', ['ModelConfig'], ['Budget']]]);
    const r = await assertMarks(ws, dedent`
      - The \`preemptionPolicy\` variable does not exist yet and goes to \`sim.NewPolicyConfig\` at cmd/root.go:10.
      - The \`preemptionPolicy\` variable does not exist yet and goes to \`sim.NewPolicyConfig\` at cmd/root.go:9. <!-- expect: MP004 -->
      - PR 2 will add \`MaxLayers\` next to \`Layers\` (sim/sim.go:4).
    `);
    // Not moved onto the declaration of the name that "does not exist yet".
    assert.equal(r.diagnostics[0].suggestions, undefined);
    assert.equal(r.diagnostics[0].message, '`NewPolicyConfig` does not appear in line 9 of cmd/root.go.');
  });

  it('a name in another cell of the citation\'s table row is its claim', async () => {
    const r = await assertMarks(ws, dedent`
      | Field | Where | Notes |
      |---|---|---|
      | \`rejectedRequests\` | \`sim/sim.go:10\` | counted on refusal |
      | \`rejectedRequests\` | \`sim/sim.go:11\` | counted on refusal | <!-- expect: MP004 -->
      | \`admitted\` | \`sim/sim.go:4\` | \`sim/sim.go:11\` | <!-- expect: MP004 -->
    `);
    assert.match(r.diagnostics[0].message, /^`rejectedRequests` does not appear in line 11 of sim\/sim\.go/);
  });
});
