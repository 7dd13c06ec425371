/** The citation rules stay linear in the number of citations, whatever the size of the cited file. */
import { strict as assert } from 'node:assert';
import { FileWorkspace } from '../../server/src/core/workspace';
import { checkDocument } from '../../server/src/core/engine';
import { defaultConfig } from '../../server/src/core/config';
import { makeFixture } from '../helpers/fixture';

describe('citation rules at scale', function () {
  // A hang guard, not a measurement (npm run bench measures): the check below takes a few
  // seconds, most of it parsing and indexing the cited file; counting the code lines of each
  // citation's range line by line would read 10^10 lines and take minutes.
  this.timeout(60_000);
  after(() => makeFixture.cleanup());

  it('checks many wide citations of a large file without rescanning it for each', async () => {
    // One small function, 999,999 blank lines, then one identifier used on 50,000 lines.
    const go = 'package big\nfunc Other() {}\n' + '\n'.repeat(999_999) + 'func Use(x int) int {\n' + '\tx++\n'.repeat(50_000) + '\treturn x\n}\n';
    const fx = makeFixture({ 'big.go': go });
    const ws = new FileWorkspace({ root: fx.root, maxFileSize: 10_000_000 });
    const empty = 'big.go:3-1000001 '.repeat(5_000);
    const drifted = '`Use` at big.go:2-1000001, '.repeat(5_000);
    const r = await checkDocument(ws, `${empty}\n\n${drifted}\n`, { config: defaultConfig() });
    const count = (rule: string) => r.diagnostics.filter((d) => d.rule === rule).length;
    // The drifted citations hold code (Other) but not Use: MP004's; the empty ones are MP005's.
    assert.equal(count('MP005'), 5_000);
    assert.equal(count('MP004'), 5_000);
    assert.match(r.diagnostics.find((d) => d.rule === 'MP004')!.message, /`Use` is declared at lines 1000002-1050004/);
  });
});
