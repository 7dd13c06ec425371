/** Find references over real LSP messages: the capability, and a spec-kit story's mentions across its feature folder. */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Location, Position } from 'vscode-languageserver-protocol';
import { LspClient, CLIENT_CAPABILITIES } from '../helpers/lspClient';
import { makeWorkspace, type TempWorkspace } from '../helpers/workspace';

const SOURCE = path.join(__dirname, '..', 'fixtures', 'spec-kit');
const FEATURE = 'specs/004-burst-credits';
const read = (rel: string) => fs.readFileSync(path.join(SOURCE, rel), 'utf8');
const TASKS = read(`${FEATURE}/tasks.md`);

function posOf(text: string, needle: string, delta = 0): Position {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `${needle} not found`);
  const before = text.slice(0, at + delta).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

describe('find references over stdio', function () {
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
  });

  after(async () => {
    await client?.stop();
    ws?.remove();
  });

  it('declares the references provider', () => {
    assert.equal(client.initializeResult?.capabilities.referencesProvider, true);
  });

  it('lists US2 / User Story 2 in spec.md and tasks.md from a [US2] label, the story heading only with the declaration', async () => {
    const ask = (includeDeclaration: boolean) =>
      client.request<Location[]>('textDocument/references', {
        textDocument: { uri: ws.uri(`${FEATURE}/tasks.md`) },
        position: posOf(TASKS, 'T007 [P] [US2]', 11),
        context: { includeDeclaration },
      });
    const at = (rel: string, line: number, from: number, to: number): Location => ({
      uri: ws.uri(`${FEATURE}/${rel}`),
      range: { start: { line, character: from }, end: { line, character: to } },
    });
    const uses = [
      at('tasks.md', 14, 59, 62),
      at('tasks.md', 50, 12, 24),
      at('tasks.md', 54, 14, 26),
      at('tasks.md', 56, 16, 19),
      at('tasks.md', 58, 23, 35),
      at('tasks.md', 60, 12, 15),
      at('tasks.md', 61, 12, 15),
      at('tasks.md', 83, 2, 14),
    ];
    assert.deepEqual(await ask(true), [at('spec.md', 27, 4, 16), ...uses]);
    assert.deepEqual(await ask(false), uses);
  });
});
