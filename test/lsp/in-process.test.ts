/**
 * The editor features driven in process, against an in-memory workspace (no disk, no server
 * process): hover, definition, completion and code actions answer with exact ranges. The
 * workspace root does not exist on disk, so any read past the FileSystem would fail these.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CompletionItem, DocumentSymbol, LocationLink, MarkupContent, TextDocumentEdit, TextEdit } from 'vscode-languageserver/node';
import { hover } from '../../server/src/lsp/hover';
import { definition } from '../../server/src/lsp/navigation';
import { completion } from '../../server/src/lsp/completion';
import { codeActions } from '../../server/src/lsp/codeActions';
import { pathToUri, toLspDiagnostics } from '../../server/src/lsp/convert';
import { prCard, prCardOptions } from '../../server/src/lsp/authoring/insertions';
import { checkFile } from '../../server/src/lsp/checkFile';
import { CitedBy } from '../../server/src/lsp/authoring/citedBy';
import { codeLenses } from '../../server/src/lsp/authoring/codeLens';
import { references } from '../../server/src/lsp/references';
import { documentSymbols } from '../../server/src/lsp/symbols';
import { InProcessServer } from '../helpers/inProcess';
import { memoryFs } from '../../server/src/core/memfs';
import { recordingFs } from '../helpers/recording-fs';
import { POLICY_GO, QUEUE_GO } from '../helpers/workspace';

const ROOT = '/nonexistent-macroplan-memory/ws';

/** Line 0, the given character: these tests' documents cite on their first line. */
const at = (character: number, line = 0) => ({ line, character });

describe('editor features in process (in-memory workspace)', () => {
  let server: InProcessServer;
  let mem: ReturnType<typeof recordingFs>;
  const reads = () => mem.accesses.filter((a) => a.op === 'readFile').map((a) => a.path);

  before(async () => {
    assert.ok(!fs.existsSync(ROOT), `${ROOT} must not exist on disk`);
    mem = recordingFs(memoryFs({
      [`${ROOT}/go.mod`]: 'module example.com/sim\n',
      [`${ROOT}/sim/routing/policy.go`]: POLICY_GO,
      [`${ROOT}/sim/queue/queue.go`]: QUEUE_GO,
      [`${ROOT}/docs/closed-notes.md`]: 'Closed: `sim/routing/policy.go:99`.\n',
    }));
    server = await new InProcessServer(ROOT, mem).start();
  });

  it('hovers a citation: the cited file and lines, over exactly the citation', async () => {
    const text = 'Policy: `sim/routing/policy.go:37-44` builds it.\n';
    const doc = server.openDocument('docs/hover.md', text);
    const start = text.indexOf('sim/routing');
    const h = await hover(server, { textDocument: { uri: doc.uri }, position: at(start + 5) });
    assert.ok(h);
    assert.deepEqual(h.range, { start: at(start), end: at(start + 'sim/routing/policy.go:37-44'.length) });
    const md = (h.contents as MarkupContent).value;
    assert.match(md, /^\*\*sim\/routing\/policy\.go\*\* lines 37-44/);
    assert.match(md, /```go\nfunc NewRoutingPolicy\(name string\) \(RoutingPolicy, error\)\n```/);
    assert.ok(md.includes(`](${pathToUri(`${ROOT}/sim/routing/policy.go`)}#L37-L44)`), md);
    // Prose is no citation.
    assert.equal(await hover(server, { textDocument: { uri: doc.uri }, position: at(2) }), null);
    assert.ok(reads().includes(`${ROOT}/sim/routing/policy.go`), 'the Go file was read through the FileSystem');
  });

  it('goes to the definition: the cited lines in the Go file, from exactly the citation', async () => {
    const text = 'See `sim/routing/policy.go:6-9`.\n';
    const doc = server.openDocument('docs/definition.md', text);
    const start = text.indexOf('sim/');
    const defs = (await definition(server, { textDocument: { uri: doc.uri }, position: at(start + 3) })) as LocationLink[];
    assert.deepEqual(defs, [
      {
        originSelectionRange: { start: at(start), end: at(start + 'sim/routing/policy.go:6-9'.length) },
        targetUri: pathToUri(`${ROOT}/sim/routing/policy.go`),
        // Lines 6-9 (1-based): the RoutingPolicy interface, to the end of its closing brace.
        targetRange: { start: at(0, 5), end: at(1, 8) },
        targetSelectionRange: { start: at(0, 5), end: at(0, 5) },
      },
    ]);
  });

  it('completes a path inside a citation, replacing exactly what was typed', async () => {
    const text = 'See `sim/ro` here.\n';
    const doc = server.openDocument('docs/complete-path.md', text);
    const start = text.indexOf('sim/ro');
    const list = await completion(server, { textDocument: { uri: doc.uri }, position: at(start + 6) });
    assert.ok(list);
    assert.equal(list.items[0].label, 'sim/routing/policy.go');
    assert.deepEqual(list.items[0].textEdit, { range: { start: at(start), end: at(start + 6) }, newText: 'sim/routing/policy.go' });
    assert.equal(await completion(server, { textDocument: { uri: doc.uri }, position: at(2) }), null);
  });

  it('completes declarations after path.go: with their line ranges', async () => {
    const text = 'Built by `sim/routing/policy.go:` here.\n';
    const doc = server.openDocument('docs/complete-decl.md', text);
    const colon = text.indexOf('policy.go:') + 'policy.go:'.length;
    const list = await completion(server, { textDocument: { uri: doc.uri }, position: at(colon) });
    assert.ok(list);
    assert.deepEqual(
      list.items.map((i: CompletionItem) => [i.label, (i.textEdit as TextEdit).newText]),
      [['type RoutingPolicy', '6-9'], ['type Request', '12-15'], ['type LeastLoaded', '18-20'], ['method LeastLoaded.Route', '23-31'], ['method LeastLoaded.Name', '34'], ['func NewRoutingPolicy', '37-44']],
    );
    assert.deepEqual((list.items[0].textEdit as TextEdit).range, { start: at(colon), end: at(colon) });
  });

  it('offers the MP004 quick fix with its exact edit, and Fix all only for fixes', async () => {
    const text = 'Drifted: `NewRoutingPolicy` at `sim/routing/policy.go:12-15`.\n';
    const doc = server.openDocument('docs/fix.md', text);
    const result = await server.ensureResult(doc);
    assert.ok(result);
    const ds = toLspDiagnostics(result, doc.version, ROOT);
    assert.deepEqual(ds.map((d) => d.code), ['MP004']);
    const citation = text.indexOf('sim/routing/policy.go:12-15');
    assert.deepEqual(ds[0].range.start, at(citation));
    const actions = await codeActions(server, { textDocument: { uri: doc.uri }, range: ds[0].range, context: { diagnostics: ds } });
    assert.ok(actions);
    const quick = actions.filter((a) => a.kind === 'quickfix');
    assert.deepEqual(quick.map((a) => [a.title, a.isPreferred]), [['Move citation to sim/routing/policy.go:37-44', false]]);
    const lines = text.indexOf(':12-15');
    assert.deepEqual((quick[0].edit!.documentChanges![0] as TextDocumentEdit).edits, [{ range: { start: at(lines), end: at(lines + 6) }, newText: ':37-44' }]);
    // A suggestion is the author's choice: "Fix all" has nothing to apply.
    assert.deepEqual(await codeActions(server, { textDocument: { uri: doc.uri }, range: ds[0].range, context: { diagnostics: [], only: ['source.fixAll'] } }), []);
    // Fix ranges belong to their version: after an edit the old diagnostics offer nothing.
    const edited = server.openDocument('docs/fix.md', text + '\n');
    assert.deepEqual(await codeActions(server, { textDocument: { uri: edited.uri }, range: ds[0].range, context: { diagnostics: ds } }), []);
  });

  it('answers the authoring requests and checks a closed file through the same FileSystem', async () => {
    const plan = '# Macro Plan: Queue\n\n## PR 1: Add the queue\n\n- Extension Type: subsystem module\n';
    const doc = server.openDocument('docs/plans/queue-macro-plan.md', plan);
    const end = { line: 4, character: 35 };
    const options = await prCardOptions(server, { textDocument: { uri: doc.uri }, position: end });
    assert.equal(options.number, 2);
    const card = await prCard(server, { textDocument: { uri: doc.uri }, position: end, title: 'Drain the queue' });
    assert.equal(card.number, 2);
    assert.deepEqual(card.position, { line: 5, character: 0 });
    assert.match(card.text, /PR 2: Drain the queue/);
    const closed = await checkFile(server, pathToUri(`${ROOT}/docs/closed-notes.md`));
    // Line 99 of a 44-line file: MP003, over the citation inside the code span.
    assert.deepEqual(closed.map((d) => [d.code, d.range.start]), [['MP003', at(9)]]);
    assert.ok(reads().includes(`${ROOT}/docs/closed-notes.md`));
  });

  it('finds the references of a BC in a plan and outlines it, with exact ranges', async () => {
    const plan = '# Macro Plan: Refs\n\n## PR 1: Add the queue\n\n- BC-1: the queue stays ordered.\n\n## PR 2: Use it (depends on PR 1)\n\n- Keeps BC-1.\n';
    const doc = server.openDocument('docs/plans/refs-macro-plan.md', plan);
    const refs = await references(server, { textDocument: { uri: doc.uri }, position: { line: 8, character: 9 }, context: { includeDeclaration: true } });
    assert.deepEqual(refs, [
      { uri: doc.uri, range: { start: { line: 4, character: 2 }, end: { line: 4, character: 6 } } },
      { uri: doc.uri, range: { start: { line: 8, character: 8 }, end: { line: 8, character: 12 } } },
    ]);
    const outline = documentSymbols(server, { textDocument: { uri: doc.uri } }) as DocumentSymbol[];
    const r = (l1: number, c1: number, l2: number, c2: number) => ({ start: { line: l1, character: c1 }, end: { line: l2, character: c2 } });
    const shape = (ss: DocumentSymbol[]): unknown[] => ss.map((s) => [s.name, s.range, s.selectionRange, shape(s.children ?? [])]);
    // Headings nest; a section runs to the end of its text (the last line, without its line break).
    assert.deepEqual(shape(outline), [
      ['Macro Plan: Refs', r(0, 0, 8, 13), r(0, 0, 0, 18), [
        ['PR 1: Add the queue', r(2, 0, 4, 32), r(2, 0, 2, 22), []],
        ['PR 2: Use it (depends on PR 1)', r(6, 0, 8, 13), r(6, 0, 6, 33), []],
      ]],
    ]);
  });

  it('counts the plans citing a Go declaration in a code lens: a closed plan on "disk" and an open one', async () => {
    const lensServer = await new InProcessServer(
      ROOT,
      memoryFs({
        [`${ROOT}/sim/queue/queue.go`]: QUEUE_GO,
        [`${ROOT}/docs/plans/closed-macro-plan.md`]: '# Macro Plan: Queue\n\n## PR 1: Order events\n\nThe queue (`sim/queue/queue.go:4-6`).\n',
      }),
    ).start();
    const open = lensServer.openDocument('docs/plans/open-macro-plan.md', '# Macro Plan: Push\n\n## PR 1: Push events\n\nPush (`sim/queue/queue.go:9-11`) and the queue (`sim/queue/queue.go:4`).\n');
    const go = lensServer.openDocument('sim/queue/queue.go', QUEUE_GO, 'go');
    const lenses = await codeLenses(lensServer, new CitedBy(lensServer), { textDocument: { uri: go.uri } });
    assert.ok(lenses);
    // EventQueue (lines 4-6) is cited by both plans, Push (lines 9-11) by the open one.
    assert.deepEqual(lenses.map((l) => [l.range.start, l.command?.title, (l.command?.arguments?.[2] as { uri: string }[]).map((x) => x.uri)]), [
      [at(0, 3), 'cited by 2 plans', [pathToUri(`${ROOT}/docs/plans/closed-macro-plan.md`), open.uri]],
      [at(0, 8), 'cited by 1 plan', [open.uri]],
    ]);
  });

  it('no module of the language server reads the disk itself: no node:fs under server/src/lsp', () => {
    const lsp = path.join(__dirname, '..', '..', 'server', 'src', 'lsp');
    const files = (fs.readdirSync(lsp, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
    assert.ok(files.length > 20, `found only ${files.length} modules under ${lsp}`);
    const offenders = files.filter((f) => /from ['"](node:)?fs(\/promises)?['"]|require\(['"](node:)?fs/.test(fs.readFileSync(path.join(lsp, f), 'utf8')));
    assert.deepEqual(offenders, []);
  });
});
