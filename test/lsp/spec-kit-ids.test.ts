/** spec-kit feature folder ids over real LSP messages: hover shows the definition in spec.md / tasks.md, go to definition opens it. */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Hover, Location, LocationLink, Position } from 'vscode-languageserver-protocol';
import { LspClient, CLIENT_CAPABILITIES } from '../helpers/lspClient';
import { makeWorkspace, type TempWorkspace } from '../helpers/workspace';

const SOURCE = path.join(__dirname, '..', 'fixtures', 'spec-kit');
const FEATURE = 'specs/004-burst-credits';
const read = (rel: string) => fs.readFileSync(path.join(SOURCE, rel), 'utf8');
const SPEC = read(`${FEATURE}/spec.md`);
const TASKS = read(`${FEATURE}/tasks.md`);

function posOf(text: string, needle: string, delta = 0): Position {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `${needle} not found`);
  const before = text.slice(0, at + delta).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function lineOf(text: string, needle: string): number {
  return posOf(text, needle).line;
}

describe('spec-kit feature folder ids over stdio', function () {
  this.timeout(30000);
  let ws: TempWorkspace;
  let client: LspClient;

  before(async () => {
    const files: Record<string, string> = {};
    for (const e of fs.readdirSync(SOURCE, { recursive: true, withFileTypes: true }) as fs.Dirent[]) {
      if (!e.isFile()) continue;
      const rel = path.relative(SOURCE, path.join(e.parentPath ?? e.path, e.name)).split(path.sep).join('/');
      files[rel] = read(rel);
    }
    ws = makeWorkspace(files);
    client = await LspClient.start({ root: ws.root, capabilities: CLIENT_CAPABILITIES });
    await client.open(ws.uri(`${FEATURE}/tasks.md`), TASKS);
    await client.open(ws.uri(`${FEATURE}/spec.md`), SPEC);
  });

  after(async () => {
    await client?.stop();
    ws?.remove();
  });

  it('checks both documents clean', async () => {
    assert.deepEqual(await client.diagnosticsFor(ws.uri(`${FEATURE}/tasks.md`), 1), []);
    assert.deepEqual(await client.diagnosticsFor(ws.uri(`${FEATURE}/spec.md`), 1), []);
  });

  it('hovers a story label of tasks.md with its user story in spec.md, and a task id with its task', async () => {
    const us = await client.request<Hover>('textDocument/hover', { textDocument: { uri: ws.uri(`${FEATURE}/tasks.md`) }, position: posOf(TASKS, 'T007 [P] [US2]', 11) });
    assert.match((us.contents as { value: string }).value, new RegExp(`\\*\\*US2\\*\\*, defined in spec\\.md:${lineOf(SPEC, '### User Story 2') + 1}:\\n\\n> ### User Story 2 - Configure the credit limit`));
    const t = await client.request<Hover>('textDocument/hover', { textDocument: { uri: ws.uri(`${FEATURE}/tasks.md`) }, position: posOf(TASKS, 'tests (T003, T004', 8) });
    assert.match((t.contents as { value: string }).value, /\*\*T003\*\*, defined in tasks\.md:\d+:\n\n> - \[ \] T003 \[P\] \[US1\] Write `TestBurstSpendsCredits`/);
    const none = await client.request<Hover>('textDocument/hover', { textDocument: { uri: ws.uri(`${FEATURE}/spec.md`) }, position: posOf(SPEC, 'User Story 1 first', 5) });
    assert.match((none.contents as { value: string }).value, /\*\*US1\*\*, defined in spec\.md:/);
  });

  it('goes from [US3] in tasks.md to the story in spec.md, and from FR-002 to its requirement', async () => {
    const [d] = await client.request<LocationLink[] | Location[]>('textDocument/definition', { textDocument: { uri: ws.uri(`${FEATURE}/tasks.md`) }, position: posOf(TASKS, 'T010 [P] [US3]', 11) });
    const target = 'targetUri' in d ? d : { targetUri: d.uri, targetRange: d.range };
    assert.equal(target.targetUri, ws.uri(`${FEATURE}/spec.md`));
    assert.equal(target.targetRange.start.line, lineOf(SPEC, '### User Story 3'));
    const [fr] = await client.request<LocationLink[] | Location[]>('textDocument/definition', { textDocument: { uri: ws.uri(`${FEATURE}/spec.md`) }, position: posOf(SPEC, '**FR-002**', 4) });
    const own = 'targetUri' in fr ? fr : { targetUri: fr.uri, targetRange: fr.range };
    assert.equal(own.targetUri, ws.uri(`${FEATURE}/spec.md`));
    assert.equal(own.targetRange.start.line, lineOf(SPEC, '**FR-002**'));
  });
});
