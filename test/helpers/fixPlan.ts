/**
 * A repository where `--fix` has real work and the plan rules have suggestions to offer: the
 * fixture macro plan, damaged so that MP106, MP111, MP112, MP118, MP119 and MP120 each have a
 * rewrite to suggest, with citations that have one answer (code moved since the plan was
 * committed: MP009; a path whose file is the only one of its name: MP001) and several (two files
 * of a name: MP002; a name declared elsewhere: MP004).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { strict as assert } from 'node:assert';
import { makeRepo, type Repo } from './gitrepo';
import { QUEUE_GO, ROUTE_GO, ROUTE_GO_MOVED } from './workspace';
import { go } from './go';

export const FIX_PLAN_PATH = 'docs/plans/queue-sharding-macro-plan.md';

const FIXTURE = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'plans', 'queue-sharding-macro-plan.md'), 'utf8');

function edit(text: string, from: string | RegExp, to: string): string {
  const next = text.replace(from, to);
  assert.notEqual(next, text, `the fixture plan lacks ${from}`);
  return next;
}

/** The cluster loop: `Run` from line 3, pushing onto the queue at line 40. */
const LOOP_GO = go('package cluster', '', 'func Run(q interface{ Push(int) }) int {', '\tn := 0',
  ...Array.from({ length: 35 }, (_, i) => `\tn += ${i}`), '\tq.Push(n)', ...Array.from({ length: 15 }, (_, i) => `\tn -= ${i}`), '\treturn n', '}');

export function fixPlanText(): string {
  let t = FIXTURE;
  t = edit(t, '- The cluster loop calls the queue directly at `sim/cluster/loop.go:40`.\n', [
    '- The cluster loop calls the queue directly at `sim/cluster/loop.go:40`.',
    '- The router is `Route` (`sim/routing.go:4-12`).',
    '- The queue type was first sketched in `sim/queues/queue.go:4-6`.',
    '- `Push` adds an event (`sim/queue/queue.go:4-5`).',
    '- A second loop exists: `loop.go:3`.',
    '- The cluster loop holds the only reference to the queue and never copies it.',
    '',
  ].join('\n'));
  t = edit(t, '| Shard Rebalancer | N/A | N/A | N/A | -- |\n', '');
  t = edit(t, '| Decision | Assumption | Validation Method | Cost if Wrong | Gate |\n|---|---|---|---|---|', '| Decision | Assumption | Validation Method | Cost if Wrong |\n|---|---|---|---|');
  t = edit(t, ' | Before PR 2 merge |\n', ' |\n');
  t = edit(t, ' | Before PR 3 merge |\n', ' |\n');
  t = edit(t, '- **Motivation:** Skewed workloads overload one shard.\n', '');
  t = edit(t, '- OWNS: the membership table\n', '');
  t = edit(t, '  - BC-1: event order is unchanged (INV-1)\n  - BC-2: all existing tests pass\n', '  - BC-1: event order is unchanged (INV-1) - BC-2: all existing tests pass\n');
  return t;
}

/** The repository: the plan committed with the code it cites, then `Route` moved three lines down. */
export function makeFixRepo(): Repo {
  const repo = makeRepo({
    'go.mod': 'module example.com/sim\n',
    'sim/queue/queue.go': QUEUE_GO,
    'sim/routing.go': ROUTE_GO,
    'sim/cluster/loop.go': LOOP_GO,
    'tools/loop.go': go('package tools', '', 'func Loop() {}'),
    [FIX_PLAN_PATH]: fixPlanText(),
  });
  repo.commit('the plan and the code it cites');
  repo.commit('a weight above Route', { 'sim/routing.go': ROUTE_GO_MOVED });
  return repo;
}
