import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FileWorkspace } from '../../server/src/core/workspace';
import { applyEdits } from '../../server/src/core/fixes';
import { checkDocument } from '../../server/src/core/engine';
import { defaultConfig } from '../../server/src/core/config';
import { inspectCitation, declarationHead } from '../../server/src/core/queries';
import { scanCitations } from '../../server/src/core/citations';
import { makeFixture } from '../helpers/fixture';
import { assertMarks } from '../helpers/marks';

const FIXTURES = join(__dirname, '..', 'fixtures', 'lang');
const files = Object.fromEntries(readdirSync(FIXTURES).map((f) => [`src/${f}`, readFileSync(join(FIXTURES, f), 'utf8')]));

/**
 * Per language: citations a new user writes about the fixture code (none draws a finding), then
 * planted mistakes: lines shifted off the named declaration, a name the code lacks, a range on
 * blank lines beside the declaration.
 */
const PLANS: Record<string, { correct: string; planted: string; declared: string[] }> = {
  javascript: {
    correct: [
      '`handleUpgrade` (`src/server.cjs:10`) checks only `Sec-WebSocket-Key`, and `handleRequest` (`src/server.cjs:19`) checks nothing.',
      '`Hub.broadcast` sends to each client (src/server.cjs#L29-L31).',
      '`createServer(port)` wires both handlers: src/server.cjs:34-38.',
      'The JSDoc of `handleUpgrade` (src/server.cjs:6-9) says so.',
    ].join('\n'),
    planted: [
      '`handleRequest` answers at `src/server.cjs:10`. <!-- expect: MP004 -->',
      '`handleClose` ends the socket (src/server.cjs:19-21). <!-- expect: MP004 -->',
      '`createServer` starts at src/server.cjs:33. <!-- expect: MP005 -->',
    ].join('\n'),
    declared: ['`handleRequest` is declared at lines 19-21', '`createServer` is declared at lines 34-38'],
  },
  typescript: {
    correct: [
      '`Store.put` replaces an existing record (src/store.ts:23-25).',
      '`loadStore` reads the JSON at `src/store.ts:32-36`; the `Record` interface is at src/store.ts:3-7.',
      '`DEFAULT_LIMIT` at src/store.ts:16.',
    ].join('\n'),
    planted: [
      '`Store.get` looks a record up (src/store.ts:23-25). <!-- expect: MP004 -->',
      '`removeRecord` drops one (src/store.ts:23-25). <!-- expect: MP004 -->',
      '`loadStore` at src/store.ts:31. <!-- expect: MP005 -->',
    ].join('\n'),
    declared: ['`Store.get` is declared at lines 27-29', '`loadStore` is declared at lines 32-36'],
  },
  tsx: {
    correct: '`Panel` toggles on click: src/panel.tsx:8-16, with `PanelProps` at src/panel.tsx:3-5.',
    planted: ['`PanelProps` holds the title (src/panel.tsx:10-15). <!-- expect: MP004 -->', '`PanelTitle` renders the heading (src/panel.tsx:12). <!-- expect: MP004 -->', '`Panel` at src/panel.tsx:6. <!-- expect: MP005 -->'].join('\n'),
    declared: ['`PanelProps` is declared at lines 3-5', '`Panel` is declared at lines 8-16'],
  },
  python: {
    correct: [
      '`Item.restock` refuses negative counts (src/inventory.py:19-20).',
      '`total` (src/inventory.py:24-26) sums them; `MAX_ITEMS` caps the stock: src/inventory.py:5.',
      'The docstring of `restock` (src/inventory.py:17) says what it adds.',
    ].join('\n'),
    planted: [
      '`total` sums the counts (src/inventory.py:16-21). <!-- expect: MP004 -->',
      '`restock_all` refills every item (src/inventory.py:16-21). <!-- expect: MP004 -->',
      '`total` at src/inventory.py:22-23. <!-- expect: MP005 -->',
    ].join('\n'),
    declared: ['`total` is declared at lines 24-26', '`total` is declared at lines 24-26'],
  },
  rust: {
    correct: [
      '`Ring::push` wraps the head (src/ring.rs:21-24); `CAPACITY` is at src/ring.rs:6.',
      'The `Drain` trait (src/ring.rs:27-29) and `Ring::new` (src/ring.rs:16-19).',
    ].join('\n'),
    planted: [
      '`push` stores a value (src/ring.rs:17-19). <!-- expect: MP004 -->',
      '`pop` takes one out (src/ring.rs:21-24). <!-- expect: MP004 -->',
      '`Ring::new` makes an empty ring (src/ring.rs:21-24). <!-- expect: MP004 -->',
      '`Drain` at src/ring.rs:26. <!-- expect: MP005 -->',
    ].join('\n'),
    declared: ['`Ring.push` is declared at lines 21-24', '`Drain` is declared at lines 27-29', '`Ring.new` is declared at lines 17-19'],
  },
  shell: {
    correct: '`copy_build` (src/deploy.sh:9-12) copies to `TARGET_DIR`; `restart_service` restarts: src/deploy.sh:14-16.',
    planted: [
      '`restart_service` restarts the app (src/deploy.sh:9-12). <!-- expect: MP004 -->',
      '`stop_service` stops it (src/deploy.sh:14-16). <!-- expect: MP004 -->',
      '`copy_build` at src/deploy.sh:6. <!-- expect: MP005 -->',
    ].join('\n'),
    declared: ['`restart_service` is declared at lines 14-16', '`copy_build` is declared at lines 9-12'],
  },
};

describe('citations into JavaScript, TypeScript, TSX, Python, Rust and shell', function () {
  this.timeout(30000);
  after(() => makeFixture.cleanup());

  for (const [lang, plan] of Object.entries(PLANS)) {
    it(`${lang}: correct citations draw nothing; shifted lines, a wrong name and a blank range are found, with where the declaration is and a move that checks clean`, async () => {
      const fx = makeFixture(files);
      const ws = new FileWorkspace({ root: fx.root });
      await assertMarks(ws, `# Plan\n\n${plan.correct}\n`);
      const result = await assertMarks(ws, `# Plan\n\n${plan.planted}\n`);
      const notes = result.diagnostics.map((d) => d.message);
      for (const n of plan.declared) assert.ok(notes.some((m) => m.includes(n)), `${lang}: no finding says ${n}:\n${notes.join('\n')}`);
      // Each move offered is a suggestion (the author picks it); taken, the plan checks clean but for the wrong name.
      const moves = result.diagnostics.flatMap((d) => d.suggestions ?? []).filter((s) => s.title.startsWith('Move citation'));
      assert.equal(moves.length, plan.declared.length, `${lang}: ${JSON.stringify(result.diagnostics)}`);
      const moved = applyEdits(`# Plan\n\n${plan.planted}\n`, moves.flatMap((s) => s.edits));
      const again = await checkDocument(ws, moved, { config: defaultConfig() });
      assert.deepEqual(again.diagnostics.map((d) => d.rule), ['MP004'], `${lang}: ${JSON.stringify(again.diagnostics)}`);
    });
  }

  it('a missing file is matched only against files of its extension: no Python file is offered for a Go one', async () => {
    const fx = makeFixture({ ...files, 'src/invent.go': 'package src\n' });
    const ws = new FileWorkspace({ root: fx.root });
    assert.deepEqual(await ws.suggest('src/inventry.go'), ['src/invent.go']);
    assert.deepEqual(await ws.suggest('src/inventry.py'), ['src/inventory.py']);
  });

  it('hover\'s answer: the enclosing declaration as written, the cited lines, in the file\'s language', async () => {
    const fx = makeFixture(files);
    const ws = new FileWorkspace({ root: fx.root });
    const cases: [string, string, string | undefined][] = [
      ['src/inventory.py:19', '    def restock(self, n: int) -> None:', 'python'],
      ['src/ring.rs:22', '    pub fn push(&mut self, v: T)', 'rust'],
      ['src/store.ts:24', '  put(record: Record): void', 'typescript'],
      ['src/server.cjs:35', 'const createServer = (port) =>', 'javascript'],
      ['src/deploy.sh:11', 'copy_build()', 'shell'],
    ];
    for (const [cited, head, language] of cases) {
      const [c] = scanCitations(cited);
      const info = await inspectCitation(ws, c);
      assert.ok(info.file && info.ranges[0].decl, cited);
      assert.equal(info.file.language, language);
      assert.equal(declarationHead(info.file, info.ranges[0].decl!), head);
    }
  });

  it('a workspace citing only Go loads no other grammar; citing Python loads only Python\'s', async function () {
    // The grammars are per process: a fresh one tells what a check loads.
    const { execFileSync } = await import('node:child_process');
    const script = `
      const { FileWorkspace } = require('./server/src/core/workspace');
      const { checkDocument } = require('./server/src/core/engine');
      const { defaultConfig } = require('./server/src/core/config');
      const { loadedGrammars } = require('./server/src/core/treesitter');
      (async () => {
        const ws = new FileWorkspace({ root: process.argv[1] });
        await checkDocument(ws, '\`F\` at a.go:3.\\n', { config: defaultConfig() });
        const goOnly = loadedGrammars().join(',');
        await checkDocument(ws, '\`total\` at src/inventory.py:24.\\n', { config: defaultConfig() });
        console.log(goOnly + ' ' + loadedGrammars().join(','));
      })();`;
    const fx = makeFixture({ ...files, 'a.go': 'package a\n\nfunc F() {}\n' });
    const out = execFileSync(process.execPath, ['--require', 'tsx/cjs', '-e', script, fx.root], { cwd: join(__dirname, '..', '..'), encoding: 'utf8' }).trim();
    assert.equal(out, 'go go,python');
  });
});

describe('names the plan\'s own code blocks declare, in each language', () => {
  after(() => makeFixture.cleanup());

  it('a name a Python, TypeScript, Rust or shell block declares and the cited file lacks is what the plan adds, not a claim', async () => {
    const fx = makeFixture(files);
    const ws = new FileWorkspace({ root: fx.root });
    const block = (lang: string, code: string) => '```' + lang + '\n' + code + '\n```\n';
    await assertMarks(ws, [
      '# Plan',
      '',
      'Call `restock_all` after the loop (src/inventory.py:24-26).',
      'Register `evictOldest` in the store (src/store.ts:23-25).',
      'A `pop` goes beside push (src/ring.rs:21-24).',
      'Add `rollback_build` before the copy (src/deploy.sh:9-12).',
      '`unknown_name` is at src/inventory.py:24-26. <!-- expect: MP004 -->',
      '',
      block('python', 'def restock_all(items):\n    for i in items:\n        i.restock(1)'),
      block('ts', 'class Store {\n  evictOldest(): void {\n    if (this.records.size > 1) {\n    }\n  }\n}'),
      block('rust', 'impl<T: Clone> Ring<T> {\n    pub fn pop(&mut self) -> Option<T> {\n        None\n    }\n}'),
      block('bash', 'rollback_build() {\n  rm -rf "$TARGET_DIR"\n}'),
    ].join('\n'));
  });
});
