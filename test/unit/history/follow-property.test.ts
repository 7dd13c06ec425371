import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { checkDocument } from '../../../server/src/core/engine';
import { defaultConfig } from '../../../server/src/core/config';
import { FileWorkspace } from '../../../server/src/core/workspace';
import { MemoryHistory } from '../../../server/src/core/history/memory';
import { makeFixture } from '../../helpers/fixture';
import { holdsNoCode } from '../../../server/src/core/history/walkback';

/** A Go file whose every line is unique, so where each original line went is known exactly. */
function original(nFuncs: number): string[] {
  const lines = ['package p', ''];
  for (let f = 0; f < nFuncs; f++) lines.push(`func F${f}() int {`, `\ta${f} := ${f}`, `\tb${f} := a${f} + 1`, `\treturn b${f}`, '}', `// after F${f}`);
  return lines;
}

type Edit = { op: 'insert' | 'delete' | 'edit' | 'move'; at: number; n: number; to: number };

/** Applies an edit script to lines tagged with their original line number (0: new). */
function apply(lines: { text: string; from: number }[], edits: Edit[]): { text: string; from: number }[] {
  let out = lines.slice();
  let fresh = 0;
  for (const e of edits) {
    const at = Math.min(e.at, out.length);
    if (e.op === 'insert') out.splice(at, 0, ...Array.from({ length: e.n }, () => ({ text: `var new${fresh++} = 0`, from: 0 })));
    else if (e.op === 'delete') out.splice(at, e.n);
    else if (e.op === 'edit') for (let i = at; i < Math.min(at + e.n, out.length); i++) out[i] = { text: `var edited${fresh++} = 0`, from: 0 };
    else {
      const block = out.splice(at, e.n);
      out.splice(Math.min(e.to, out.length), 0, ...block);
    }
  }
  return out;
}

describe('history: the follower against known line mappings (property)', function () {
  this.timeout(120000);
  after(() => makeFixture.cleanup());

  it('agrees wherever the cited lines survive intact, and never reports "moved" onto other lines', async () => {
    const fx = makeFixture({ 'p/p.go': '' });
    const edit = fc.record({ op: fc.constantFrom('insert', 'delete', 'edit', 'move'), at: fc.nat(40), n: fc.integer({ min: 1, max: 4 }), to: fc.nat(40) }) as fc.Arbitrary<Edit>;
    const range = fc.tuple(fc.integer({ min: 3, max: 38 }), fc.integer({ min: 0, max: 5 }));
    let checked = 0;
    let followed = 0;
    await fc.assert(fc.asyncProperty(fc.array(fc.array(edit, { maxLength: 3 }), { minLength: 1, maxLength: 3 }), fc.array(range, { minLength: 1, maxLength: 4 }), async (commits, ranges) => {
      const start = original(7).map((text, i) => ({ text, from: i + 1 }));
      const versions = [start];
      for (const script of commits) versions.push(apply(versions[versions.length - 1], script));
      const final = versions[versions.length - 1];
      const body = (v: { text: string }[]) => v.map((l) => l.text).join('\n') + '\n';
      const cites = ranges.map(([s, len]) => [s, Math.min(s + len, start.length)] as const);
      const plan = '# Plan\n\n' + cites.map(([s, e]) => `- p/p.go:${s}-${e}\n`).join('');
      const history = new MemoryHistory({ root: fx.root, commits: [{ files: { 'p/p.go': body(start), 'plan.md': plan } }, ...versions.slice(1).map((v) => ({ files: { 'p/p.go': body(v) } }))] });
      fx.write('p/p.go', body(final));
      const ws = new FileWorkspace({ root: fx.root });
      const r = await checkDocument(ws, plan, { config: defaultConfig(), path: fx.path('plan.md'), history: { history, unavailable: (m) => assert.fail(m) } });
      for (const c of r.citations) {
        const [s, e] = [c.ranges[0].start, c.ranges[0].end];
        const drift = r.history!.drifts.get(c);
        // The known answer: every original line s..e, in order, on consecutive final lines.
        const at = final.findIndex((l) => l.from === s);
        const intact = at >= 0 && Array.from({ length: e - s + 1 }, (_, k) => final[at + k]?.from === s + k).every(Boolean);
        checked++;
        // A citation of only blank or brace lines was never right (issue 20): not followed.
        if (intact && !holdsNoCode(start.slice(s - 1, e).map((l) => l.text))) {
          followed++;
          assert.ok(drift, `p/p.go:${s}-${e} was not followed`);
          assert.ok(drift.kind === 'unchanged' || drift.kind === 'moved', `p/p.go:${s}-${e}: ${drift.kind}, expected moved to ${at + 1}`);
          assert.deepEqual(drift.ranges[0].now, { start: at + 1, end: at + 1 + e - s }, `p/p.go:${s}-${e}`);
        }
        if (drift && (drift.kind === 'moved' || drift.kind === 'renamed' || drift.kind === 'unchanged')) {
          const now = drift.ranges[0].now!;
          const shown = final.slice(now.start - 1, now.end).map((l) => l.from);
          assert.deepEqual(shown, Array.from({ length: e - s + 1 }, (_, k) => s + k), `p/p.go:${s}-${e} reported ${drift.kind} onto ${now.start}-${now.end}, which hold other lines`);
        }
      }
    }), { seed: 1111, numRuns: 120 });
    assert.ok(followed > 50 && checked > followed, `${followed} of ${checked} citations survived intact`);
  });
});
