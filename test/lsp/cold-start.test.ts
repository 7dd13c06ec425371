import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { checkDocument } from '../../server/src/core/engine';
import { defaultConfig } from '../../server/src/core/config';
import { FileWorkspace } from '../../server/src/core/workspace';
import { LineIndex } from '../../server/src/core/text';
import { LspClient } from '../helpers/lspClient';
import { makeWorkspace, type TempWorkspace } from '../helpers/workspace';
import { backdate } from '../helpers/cache-home';

const FIXTURES = join(__dirname, '..', 'fixtures', 'lang');
const PLAN = 'docs/plans/release-macro-plan.md';

// Every language of the fixtures, right and wrong: a fresh server's first check starts all their
// grammars while it parses the plan, and must still say what a check that meets them one by one says.
const MIXED = [
  '# Release',
  '',
  '`handleRequest` answers at `src/server.cjs:10`.',
  '`Store.get` looks a record up (src/store.ts:23-25).',
  '`PanelProps` holds the title (src/panel.tsx:10-15).',
  '`total` sums the counts (src/inventory.py:16-21).',
  '`Ring::push` wraps the head (src/ring.rs:21-24); `pop` takes one out (src/ring.rs:21-24).',
  '`copy_build` (src/deploy.sh:9-12) copies the build; `stop_service` stops it (src/deploy.sh:14-16).',
  '`Limit` caps the batch (src/limits.go:3-5).',
  '',
].join('\n');

const GO = 'package src\n\n// Limit caps the batch.\nfunc Limit() int {\n\treturn 10\n}\n';
const goFile = (i: number) => `package src\n\n// Cap${i} caps batch ${i}.\nfunc Cap${i}() int {\n\treturn ${i}\n}\n`;

// More cited files than the index worker's minimum (core/indexahead.ts MIN_FILES), right and wrong.
const MANY = [...MIXED.trimEnd().split('\n'), ...[0, 1, 2, 3].map((i) => `\`Cap${i}\` caps it (src/cap${i}.go:3-5); \`Cap${i + 1}\` too (src/cap${i}.go:4).`), ''].join('\n');

interface StartMarks {
  marks: Record<string, number>;
  wasm: string;
}

describe('language server: the first check after a start', function () {
  this.timeout(60000);
  let ws: TempWorkspace;
  let client: LspClient | undefined;

  before(() => {
    const caps = Object.fromEntries([0, 1, 2, 3].map((i) => [`src/cap${i}.go`, goFile(i)]));
    ws = makeWorkspace({ ...Object.fromEntries(readdirSync(FIXTURES).map((f) => [`src/${f}`, readFileSync(join(FIXTURES, f), 'utf8')])), 'src/limits.go': GO, ...caps });
  });

  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  after(() => ws?.remove());

  /** The first publish says what a check of `text` in this process finds: rule, line and message of each finding. */
  async function assertSameAsInProcess(first: PublishDiagnosticsParams, text: string): Promise<void> {
    const expected = await checkDocument(new FileWorkspace({ root: ws.root }), text, { config: defaultConfig(), path: ws.abs(PLAN) });
    const lines = new LineIndex(text);
    const shape = (code: unknown, line: number, message: string) => `${String(code)} ${line} ${message}`;
    assert.deepEqual(
      first.diagnostics.map((d) => shape(d.code, d.range.start.line, d.message)),
      expected.diagnostics.map((d) => shape(d.rule, lines.positionAt(d.start).line, d.message)),
    );
  }

  async function firstPublish(text: string, env?: NodeJS.ProcessEnv): Promise<{ first: PublishDiagnosticsParams; marks: Record<string, number>; wasm: string }> {
    ws.write(PLAN, text);
    client = await LspClient.start({ root: ws.root, ...(env ? { env } : {}) });
    await client.open(ws.uri(PLAN), text);
    await client.diagnosticsFor(ws.uri(PLAN), 1);
    const first = client.published.find((p) => p.uri === ws.uri(PLAN) && p.version === 1)!;
    const { marks, wasm } = await client.request<StartMarks>('macroplan/debug/startup', {});
    return { first, marks, wasm };
  }

  it('starts every cited language\'s grammar before the plan is parsed, and publishes what a check in this process finds', async () => {
    const { first, marks } = await firstPublish(MIXED);
    for (const g of ['go', 'javascript', 'typescript', 'tsx', 'python', 'rust', 'bash']) {
      assert.ok(marks[`grammar ${g} asked`] < marks['plan parsed'], `${g}: ${JSON.stringify(marks)}`);
    }
    await assertSameAsInProcess(first, MIXED);
    // The planted mistakes are there: one per wrong citation at least.
    const wrong = new Set(first.diagnostics.filter((d) => d.code === 'MP004').map((d) => d.range.start.line));
    assert.deepEqual([...wrong].sort(), [2, 3, 4, 5, 6, 7]);
  });

  it('indexes a plan\'s many cited files in a worker thread beside the parse, and publishes what a check in this process finds', async () => {
    const { first, marks } = await firstPublish(MANY);
    assert.ok(marks['index worker started'] < marks['plan parsed'], JSON.stringify(marks));
    // This thread compiled no grammar for the first answer: the worker indexed every cited file.
    assert.deepEqual(Object.keys(marks).filter((k) => /^grammar/.test(k) && marks[k] < marks['first diagnostics sent']), []);
    await assertSameAsInProcess(first, MANY);
    assert.ok(first.diagnostics.some((d) => d.code === 'MP004' && d.range.start.line > 10), 'a wrong Go citation is reported');
  });

  it('answers from the result cache before any grammar is asked, then starts them for the check', async () => {
    const home = mkdtempSync(join(tmpdir(), 'macroplan-cold-start-'));
    try {
      const env = { ...process.env, XDG_CACHE_HOME: home };
      ws.write(PLAN, MIXED);
      backdate(ws.root);
      const fresh = await firstPublish(MIXED, env);
      assert.equal(fresh.marks['cached answer sent'], undefined, 'nothing kept yet');
      // The answer is kept just after the first publish.
      const results = () => readdirSync(join(home, 'macroplan')).filter((d) => d.startsWith('results-')).flatMap((d) => readdirSync(join(home, 'macroplan', d)));
      for (let i = 0; i < 100 && !results().some((f) => f.endsWith('.json')); i++) await new Promise((r) => setTimeout(r, 50));
      await client!.stop();
      client = undefined;
      const warm = await firstPublish(MIXED, env);
      assert.deepEqual(warm.first.diagnostics, fresh.first.diagnostics);
      const sent = warm.marks['cached answer sent'];
      assert.ok(sent !== undefined, JSON.stringify(warm.marks));
      for (const g of ['go', 'javascript', 'typescript', 'tsx', 'python', 'rust', 'bash']) {
        assert.ok(sent < warm.marks[`grammar ${g} asked`] && warm.marks[`grammar ${g} asked`] < warm.marks['plan parsed'], `${g}: ${JSON.stringify(warm.marks)}`);
      }
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('compiles tree-sitter\'s WebAssembly with V8\'s baseline tier only', async () => {
    const { wasm } = await firstPublish('# Limits\n\n`Limit` caps the batch (src/limits.go:3-5).\n');
    assert.equal(wasm, 'baseline');
  });

  it('starts no grammar the plan does not cite', async () => {
    const { marks } = await firstPublish('# Limits\n\n`Limit` caps the batch (src/limits.go:3-5). The old tool was inventory.py.\n');
    assert.ok(marks['grammar go asked'] !== undefined, JSON.stringify(marks));
    assert.deepEqual(Object.keys(marks).filter((k) => /^grammar/.test(k) && !/ go /.test(k)), []);
  });
});
