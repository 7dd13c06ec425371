import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { makeFixture } from '../helpers/fixture';
import { backdate } from '../helpers/cache-home';
import { nodeFs } from '../../server/src/core/fs';
import { MISSING, RecordingFs, stillTrue } from '../../server/src/core/recordfs';

describe('RecordingFs: what a cached answer depends on', () => {
  after(() => makeFixture.cleanup());

  function setup() {
    const w = makeFixture({ 'a/x.go': 'package a\n', 'a/y.go': 'package a\n' });
    backdate(w.root);
    const rec = new RecordingFs(nodeFs);
    return { w, rec };
  }

  it('a file read: its size and time, and a later edit makes the observations false', async () => {
    const { w, rec } = setup();
    await rec.readFile(w.path('a/x.go'));
    const seen = rec.snapshot();
    const st = fs.statSync(w.path('a/x.go'));
    assert.deepEqual(seen.stats, { [w.path('a/x.go')]: `${st.size}:${st.mtimeMs}` });
    assert.equal(await stillTrue(nodeFs, seen), true);
    w.write('a/x.go', 'package b\n');
    assert.equal(await stillTrue(nodeFs, seen), false);
  });

  it('a folder listed: a file added to it makes the observations false', async () => {
    const { w, rec } = setup();
    await rec.readdir(w.path('a'));
    const seen = rec.snapshot();
    assert.equal(await stillTrue(nodeFs, seen), true);
    w.write('a/z.go', 'package a\n');
    assert.equal(await stillTrue(nodeFs, seen), false);
  });

  it('a path found missing, and a link followed: creating the one or moving the other makes them false', async () => {
    const { w, rec } = setup();
    await assert.rejects(rec.stat(w.path('a/gone.go')));
    const link = w.link('l.go', w.path('a/x.go'));
    await rec.realpath(link);
    const seen = rec.snapshot();
    assert.equal(seen.stats[w.path('a/gone.go')], MISSING);
    assert.equal(seen.reals[link], w.path('a/x.go'));
    assert.equal(await stillTrue(nodeFs, seen), true);
    fs.rmSync(link);
    w.link('l.go', w.path('a/y.go'));
    assert.equal(await stillTrue(nodeFs, seen), false);
    const gone = new RecordingFs(nodeFs);
    await assert.rejects(gone.stat(w.path('a/gone.go')));
    const seenGone = gone.snapshot();
    w.write('a/gone.go', 'package a\n');
    assert.equal(await stillTrue(nodeFs, seenGone), false);
  });

  it('counts a path seen to differ (a check across it may mix both versions), not a new path', async () => {
    const { w, rec } = setup();
    await rec.stat(w.path('a/x.go'));
    await rec.stat(w.path('a/y.go'));
    await rec.stat(w.path('a/x.go'));
    assert.equal(rec.changes, 0);
    w.write('a/x.go', 'package a // longer\n');
    await rec.stat(w.path('a/x.go'));
    assert.equal(rec.changes, 1);
  });
});
