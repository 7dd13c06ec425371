import { strict as assert } from 'node:assert';
import { buildModel } from '../../server/src/core/model';
import { claimedIdentifiers } from '../../server/src/core/claims/span-names';
import { dedent } from '../helpers/fixture';

/** [citation text, claimed identifiers] for each citation. */
function claims(text: string): [string, string[]][] {
  return buildModel(text).citations.map((c) => [text.slice(c.start, c.end), c.claimed]);
}

describe('claimed symbols', () => {
  it('takes identifiers from the citation’s own code span', () => {
    assert.deepEqual(claims('`EventQueue.Push sim/queue.go:15-23`\n'), [['sim/queue.go:15-23', ['EventQueue', 'Push']]]);
    assert.deepEqual(claims('`func (q *EventQueue) Push(e Event) queue.go:15`\n'), [['queue.go:15', ['EventQueue', 'Push', 'Event']]]);
    // Keywords, builtins and single letters are not claims.
    assert.deepEqual(claims('`var x int = len(s) queue.go:3`\n'), [['queue.go:3', []]]);
  });

  it('takes code spans and bold CamelCase names from the same sentence', () => {
    assert.deepEqual(claims('**RoutingPolicy** (`sim/routing.go:43-45`)\n'), [['sim/routing.go:43-45', ['RoutingPolicy']]]);
    assert.deepEqual(claims('The queue `EventQueue` keeps order in sim/queue.go:4-6.\n'), [['sim/queue.go:4-6', ['EventQueue']]]);
    assert.deepEqual(claims('**Cart.Total** and **NewCart()** at cart.go:4.\n'), [['cart.go:4', ['Cart', 'Total', 'NewCart']]]);
    // Bold prose is not a claim: a single capitalised word, or several words.
    assert.deepEqual(claims('**Important**: **the queue** is at queue.go:4.\n'), [['queue.go:4', []]]);
    // A code span with spaces reads as prose unless it is a declaration.
    assert.deepEqual(claims('Run `go test ./...` and see `type Queue struct` in queue.go:4.\n'), [['queue.go:4', ['Queue']]]);
  });

  it('scopes claims to the sentence', () => {
    assert.deepEqual(claims('`Alpha` is at a.go:1. `Beta` is at b.go:2; `Gamma` too! And c.go:3 has no name.\n'), [
      ['a.go:1', ['Alpha']],
      ['b.go:2', ['Beta']],
      ['c.go:3', []],
    ]);
    // A period inside a name or a number does not end the sentence (and a package qualifier is no claim).
    assert.deepEqual(claims('`pkg.Alpha` v1.2 is at a.go:1.\n'), [['a.go:1', ['Alpha']]]);
  });

  it('does not borrow another citation’s code span or clause', () => {
    // `Alpha` belongs to the clause of a.go:1: b.go:2 claims only what its own clause names.
    assert.deepEqual(claims('`Alpha` (`a.go:1`) and `b.go:2 Beta`\n'), [
      ['a.go:1', ['Alpha']],
      ['b.go:2', ['Beta']],
    ]);
  });

  it('gives each citation of a sentence the names of its own clause', () => {
    assert.deepEqual(claims('`Alpha` is at a.go:1, while `Beta` is at b.go:2.\n'), [
      ['a.go:1', ['Alpha']],
      ['b.go:2', ['Beta']],
    ]);
    // In one clause, a name goes to the nearest citation.
    assert.deepEqual(claims('The `Alpha` type (a.go:1) embeds `Beta` (b.go:2).\n'), [
      ['a.go:1', ['Alpha']],
      ['b.go:2', ['Beta']],
    ]);
    // A single citation still takes every name of its sentence.
    assert.deepEqual(claims('`Alpha`, then `Beta`, at a.go:1.\n'), [['a.go:1', ['Alpha', 'Beta']]]);
    // Not across a clause of consequence after the citation; before it, a citation closing the sentence cites all of it.
    assert.deepEqual(claims('`Alpha` at a.go:1, so `Beta` changes. `Gamma` stays, therefore `Delta` is at d.go:4.\n'), [
      ['a.go:1', ['Alpha']],
      ['d.go:4', ['Gamma', 'Delta']],
    ]);
    assert.deepEqual(claims('`Alpha` at a.go:1 so that `Beta` runs; also `Gamma` at c.go:3, so `Delta` too.\n'), [
      ['a.go:1', ['Alpha']],
      ['c.go:3', ['Gamma']],
    ]);
  });

  it('takes only Go identifiers: no flags, quoted values, struct tags or file names', () => {
    assert.deepEqual(claims('The `--min-tokens` flag is read at cmd/root.go:40.\n'), [['cmd/root.go:40', []]]);
    assert.deepEqual(claims('`MaxTokens` carries the tag `json:"max_tokens"` (config.go:12).\n'), [['config.go:12', ['MaxTokens']]]);
    assert.deepEqual(claims('The GPU `"A100-80"` is looked up in `defaults.yaml` by hw.go:30.\n'), [['hw.go:30', []]]);
    assert.deepEqual(claims('`total-kv-blocks` wins over `KVBlocks` (cfg.go:7).\n'), [['cfg.go:7', ['KVBlocks']]]);
  });

  it('scopes claims to the list item, not its siblings or children', () => {
    const text = dedent`
      - \`Alpha\` is here
        - \`Beta\` is in a nested item at b.go:2
      - a.go:1 has no name in its item
      - \`Gamma\`
        at c.go:3 across a soft break
    `;
    assert.deepEqual(claims(text), [['b.go:2', ['Beta']], ['a.go:1', []], ['c.go:3', ['Gamma']]]);
  });

  it('scopes claims to the table cell, and takes the row\'s names for a cell that has none', () => {
    const text = dedent`
      | Component | Where |
      |---|---|
      | \`Router\` | router.go:10 |
      | **QueueDepth** at queue.go:4 | \`Depth\` |
      | \`Scheduler\` at sched.go:7 | other.go:9 |
    `;
    // `Router` names what router.go:10 cites; other.go:9's row names only what another citation's cell holds.
    assert.deepEqual(claims(text), [['router.go:10', ['Router']], ['queue.go:4', ['QueueDepth']], ['sched.go:7', ['Scheduler']], ['other.go:9', []]]);
    // The row's subject comes before the citation; notes after it name related code. A variable
    // qualifying a field is no claim.
    assert.deepEqual(claims('| Field | Where | Notes |\n|---|---|---|\n| `cs.rejectedRequests` | `cluster.go:32` | set by `buildRouterState()` |\n'), [['cluster.go:32', ['rejectedRequests']]]);
    // A cell with words of its own says what it cites: the row's names are not taken for it.
    assert.deepEqual(claims('| Risk | Note |\n|---|---|\n| `Router` | shared with the queue (router.go:10) |\n'), [['router.go:10', []]]);
  });

  it('takes claims in headings and link text', () => {
    assert.deepEqual(claims('## The `Router` (router.go:10)\n\n[`Router.Route`](router.go#L12)\n'), [
      ['router.go:10', ['Router']],
      ['router.go#L12', ['Router', 'Route']],
    ]);
  });

  it('claimedIdentifiers: rules for code spans and bold text', () => {
    assert.deepEqual(claimedIdentifiers('Foo', 'code', false), ['Foo']);
    assert.deepEqual(claimedIdentifiers('a b c', 'code', false), []);
    assert.deepEqual(claimedIdentifiers('func Foo(x Bar) Baz', 'code', false), ['Foo', 'Bar', 'Baz']);
    assert.deepEqual(claimedIdentifiers('Foo x.go:3', 'code', false), [], 'another citation’s span');
    assert.deepEqual(claimedIdentifiers('Foo x.go:3', 'code', true), ['Foo']);
    assert.deepEqual(claimedIdentifiers('eventQueue', 'strong', false), ['eventQueue']);
    assert.deepEqual(claimedIdentifiers('Router', 'strong', false), []);
    assert.deepEqual(claimedIdentifiers('snake_case', 'strong', false), ['snake_case']);
    assert.deepEqual(claimedIdentifiers('Route()', 'strong', false), ['Route']);
  });
});
