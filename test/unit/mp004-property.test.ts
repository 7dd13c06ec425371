/** Property: however a Go file's declarations move, MP004's suggestions bring every citation back to them (and `--fix` leaves them). */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { FileWorkspace } from '../../server/src/core/workspace';
import { checkDocument } from '../../server/src/core/engine';
import { defaultConfig } from '../../server/src/core/config';
import { applyEdits, applyFixes } from '../../server/src/core/fixes';
import { formatSpec } from '../../server/src/core/citations';
import { makeFixture } from '../helpers/fixture';
import { fuzzParams } from '../helpers/reliability';

interface Decl {
  name: string;
  lines: string[];
}

const decl = (i: number, kind: number, bodyLines: number): Decl => {
  const name = `Thing${i}`;
  if (kind === 0) return { name, lines: [`func ${name}(x int) int {`, ...Array.from({ length: bodyLines }, (_, k) => `\tx += ${k}`), '\treturn x', '}'] };
  if (kind === 1) return { name, lines: [`type ${name} struct {`, ...Array.from({ length: bodyLines }, (_, k) => `\tF${k} int`), '}'] };
  return { name, lines: [`var ${name} = ${bodyLines}`] };
};

/** The file, and each declaration's 1-based first and last line. */
function render(decls: Decl[], padding: number[]): { text: string; at: [number, number][] } {
  const out = ['package moved'];
  const at: [number, number][] = [];
  decls.forEach((d, i) => {
    for (let k = 0; k < padding[i]; k++) out.push(k % 2 ? '// padding' : '');
    out.push('');
    at.push([out.length + 1, out.length + d.lines.length]);
    out.push(...d.lines);
  });
  return { text: out.join('\n') + '\n', at };
}

describe('MP004 suggestions, as a property', function () {
  this.timeout(60_000);
  after(() => makeFixture.cleanup());

  it('moves every drifted citation back onto its declaration, in any citation form', async () => {
    const fx = makeFixture();
    const ws = new FileWorkspace({ root: fx.root });
    const shape = fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 4 })), { minLength: 1, maxLength: 6 });
    const pads = fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 6, maxLength: 6 });
    let n = 0;
    let moved = 0;
    await fc.assert(fc.asyncProperty(shape, pads, pads, fc.constantFrom('colon', 'hash', 'link'), async (kinds, before, after, form) => {
      const decls = kinds.map(([k, b], i) => decl(i, k, b));
      const old = render(decls, before);
      const now = render(decls, after);
      const file = `pkg${n++}/moved.go`;
      fx.write(file, now.text);
      const cite = ([a, b]: [number, number]) => (form === 'colon' ? `\`${file}:${a}-${b}\`` : form === 'hash' ? `${file}#L${a}-L${b}` : `[here](${file}#L${a},1-L${b},2)`);
      const plan = decls.map((d, i) => `- \`${d.name}\` is at ${cite(old.at[i])}.`).join('\n') + '\n';
      const first = await checkDocument(ws, plan, { config: defaultConfig() });
      assert.ok(first.diagnostics.every((d) => d.rule === 'MP004' || d.rule === 'MP003' || d.rule === 'MP005'), first.diagnostics.map((d) => d.message).join('\n'));
      // A citation moved to a declaration is the author's choice: `--fix` takes none of them.
      assert.equal(applyFixes(plan, first.diagnostics).applied, 0);
      const fixed = applyEdits(plan, first.diagnostics.flatMap((d) => d.suggestions?.[0].edits ?? []));
      // Each line either kept its citation (still on its declaration, or out of range: MP003's)
      // or now cites exactly the declaration's current lines, in the same form.
      const spec = (f: 'colon' | 'hash', i: number) => file + formatSpec(f, now.at[i][0], now.at[i][1]);
      const now1 = (i: number) => (form === 'link' ? `[here](${spec('hash', i)})` : form === 'hash' ? spec('hash', i) : `\`${spec('colon', i)}\``);
      const planLines = plan.split('\n');
      fixed.split('\n').forEach((l, i) => {
        if (l !== planLines[i]) assert.equal(l, `- \`${decls[i].name}\` is at ${now1(i)}.`);
      });
      // One citation, one finding: on lines without code MP005 carries the move instead of MP004.
      const moves = first.diagnostics.filter((d) => d.suggestions?.length === 1).length;
      assert.equal(fixed.split('\n').filter((l, i) => l !== planLines[i]).length, moves);
      moved += moves;
      const again = await checkDocument(ws, fixed, { config: defaultConfig() });
      assert.deepEqual(again.diagnostics.filter((d) => d.rule !== 'MP003').map((d) => d.message), []);
    }), fuzzParams(40));
    assert.ok(moved > 20, `only ${moved} citations drifted in all runs`);
  });
});
