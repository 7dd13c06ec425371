import { strict as assert } from 'node:assert';
import { parseMarks, assertMarks } from '../helpers/marks';
import { FileWorkspace } from '../../server/src/core/workspace';
import { makeFixture } from '../helpers/fixture';

describe('test helper: inline expect marks', () => {
  after(() => makeFixture.cleanup());

  it('reads same-line and next-line marks, repeated ids and any line ending', () => {
    const text = 'a <!-- expect: MP001 MP003,MP003 -->\r\n<!-- expect-next-line: MP101 -->\rb\n<!--\nexpect-next-line: MP102\n-->\nc\n';
    assert.deepEqual(parseMarks(text), [
      { line: 1, rule: 'MP001' }, { line: 1, rule: 'MP003' }, { line: 1, rule: 'MP003' },
      { line: 3, rule: 'MP101' },
      { line: 7, rule: 'MP102' },
    ]);
  });

  it('fails with the unexpected and the missing findings, and their messages', async () => {
    const ws = new FileWorkspace({ root: makeFixture({ 'a.go': 'package a\n' }).root });
    await assertMarks(ws, 'a.go:1 and gone.go:1 <!-- expect: MP001 -->\n');
    await assert.rejects(assertMarks(ws, 'a.go:9 <!-- expect: MP001 -->\n'), (e: Error) => {
      assert.match(e.message, /expected but not reported:\n {2}line 1 MP001/);
      assert.match(e.message, /reported but not expected:\n {2}line 1 MP003: a\.go:9 .*\n {6}a\.go: line 9 is past the end of the file \(1 line\)\./);
      return true;
    });
  });
});
