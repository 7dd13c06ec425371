/**
 * The index worker (core/indexahead.ts, dist/index-worker.js): a workspace handed the worker's
 * indexes checks a plan exactly as one that indexes each file itself, and takes an index only
 * while the file's real path and stat say what the worker saw.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { checkDocument } from '../../server/src/core/engine';
import { defaultConfig } from '../../server/src/core/config';
import { FileWorkspace } from '../../server/src/core/workspace';
import { indexAhead, MIN_FILES } from '../../server/src/core/indexahead';
import { makeWorkspace, type TempWorkspace } from '../helpers/workspace';
import { REPO } from '../helpers/lspClient';

const WORKER = path.join(REPO, 'dist', 'index-worker.js');
const FIXTURES = path.join(__dirname, '..', 'fixtures', 'lang');
const PLAN = 'docs/plans/release-macro-plan.md';

const goFile = (i: number) => `package src\n\n// Limit${i} caps batch ${i}.\nfunc Limit${i}() int {\n\treturn ${i}\n}\n`;

// Right and wrong citations into every language, and more files than the worker's minimum.
const TEXT = [
  '# Release',
  '',
  '`handleRequest` answers at `src/server.cjs:10`.',
  '`Store.get` looks a record up (src/store.ts:23-25).',
  '`PanelProps` holds the title (src/panel.tsx:10-15).',
  '`total` sums the counts (src/inventory.py:16-21).',
  '`Ring::push` wraps the head (src/ring.rs:21-24).',
  '`copy_build` (src/deploy.sh:9-12) copies the build.',
  ...[0, 1, 2, 3, 4].map((i) => `\`Limit${i}\` caps the batch (src/limit${i}.go:3-5); \`Limit${i + 1}\` too (src/limit${i}.go:4).`),
  '',
].join('\n');

const shape = (r: Awaited<ReturnType<typeof checkDocument>>) => r.diagnostics.map((d) => `${d.rule} ${d.start} ${d.message}`);

describe('index worker: cited files indexed ahead in a thread', function () {
  this.timeout(60000);
  let ws: TempWorkspace;
  const check = (w: FileWorkspace) => checkDocument(w, TEXT, { config: defaultConfig(), path: ws.abs(PLAN) });

  before(() => {
    if (!fs.existsSync(WORKER)) execFileSync('npm', ['run', 'bundle', '--silent'], { cwd: REPO, stdio: 'inherit' });
    const files: Record<string, string> = Object.fromEntries(fs.readdirSync(FIXTURES).map((f) => [`src/${f}`, fs.readFileSync(path.join(FIXTURES, f), 'utf8')]));
    for (let i = 0; i < 5; i++) files[`src/limit${i}.go`] = goFile(i);
    ws = makeWorkspace({ ...files, [PLAN]: TEXT });
  });

  after(() => ws?.remove());

  it('gives the same findings as a workspace that indexes each file itself', async () => {
    const plain = await check(new FileWorkspace({ root: ws.root }));
    assert.ok(plain.diagnostics.some((d) => d.rule === 'MP004'), 'the plan has wrong citations');
    const ahead = new FileWorkspace({ root: ws.root });
    assert.equal(await indexAhead(ahead, TEXT, WORKER), true);
    assert.deepEqual(shape(await check(ahead)), shape(plain));
  });

  it('indexes a file again when it changed after the worker read it', async () => {
    const ahead = new FileWorkspace({ root: ws.root });
    assert.equal(await indexAhead(ahead, TEXT, WORKER), true);
    // The worker answers in the plan's order: once the last file is loaded, every file was read.
    await ahead.load(ws.abs('src/limit4.go'));
    ws.write('src/limit0.go', goFile(0).replace('Limit0 caps', 'Limit0 now caps').replace('func Limit0', 'func Renamed0'));
    try {
      assert.deepEqual(shape(await check(ahead)), shape(await check(new FileWorkspace({ root: ws.root }))));
      assert.ok((await check(ahead)).diagnostics.some((d) => d.message.includes('Limit0')), 'the renamed function is reported');
    } finally {
      ws.write('src/limit0.go', goFile(0));
    }
  });

  it('takes a handed index only while the real path and stat match', async () => {
    const abs = ws.abs('src/limit1.go');
    const st = fs.statSync(abs);
    const planted = (over: object) => Promise.resolve({ real: abs, mtimeMs: st.mtimeMs, size: st.size, loaded: { kind: 'problem' as const, reason: 'PLANTED' }, ...over });
    const took = async (over: object) => {
      const w = new FileWorkspace({ root: ws.root });
      w.prime(abs, planted(over));
      const loaded = await w.load(abs);
      return loaded.kind === 'problem' && loaded.reason === 'PLANTED';
    };
    assert.equal(await took({}), true, 'a matching stat: taken');
    assert.equal(await took({ mtimeMs: st.mtimeMs - 1000 }), false, 'another modification time');
    assert.equal(await took({ size: st.size + 1 }), false, 'another size');
    assert.equal(await took({ real: ws.abs('src/limit2.go') }), false, 'another real path');
    const w = new FileWorkspace({ root: ws.root });
    w.prime(abs, Promise.resolve(undefined));
    assert.equal((await w.load(abs)).kind, 'ok', 'no answer from the worker: indexed here');
  });

  it('starts no worker for a plan citing few files, nor without the worker\'s bundle, nor outside the workspace', async () => {
    const few = TEXT.split('\n').slice(0, 2 + MIN_FILES - 3).join('\n');
    assert.equal(await indexAhead(new FileWorkspace({ root: ws.root }), few, WORKER), false);
    assert.equal(await indexAhead(new FileWorkspace({ root: ws.root }), TEXT, path.join(ws.root, 'no-worker.js')), false);
    const outside = Array.from({ length: 12 }, (_, i) => `See ../../etc/f${i}.go:1 and /etc/g${i}.go:1.`).join('\n');
    assert.equal(await indexAhead(new FileWorkspace({ root: ws.root }), outside, WORKER), false);
  });
});
