/**
 * The server never writes to disk. A whole LSP session (every feature, code actions and fix-all
 * included: they return edits and must not apply them) runs against a workspace whose every
 * file and folder is snapshotted (type, mode, size, mtime, SHA-256) before and after. When
 * strace is installed, the server also runs under it, and no file is opened for writing,
 * created, renamed, removed or truncated by the server but its anchor store (the workspace is in
 * no repository, so the store is the cache folder's: `$XDG_CACHE_HOME/macroplan/`, the test's
 * own), and a file outside the workspace that the plan cites (by `..`, absolute path, %2e%2e, a
 * link) is never opened.
 */
import { strict as assert } from 'node:assert';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { CLIENT_CAPABILITIES, SERVER, ensureBuilt } from '../helpers/lspClient';
import { FIXTURE_WS } from '../helpers/reliability';
import { backdate } from '../helpers/cache-home';

type Snapshot = Map<string, string>;

/** Every entry under `root` (links not followed): its type, mode, size, mtime and content hash. */
function snapshot(root: string): Snapshot {
  const out: Snapshot = new Map();
  const walk = (dir: string) => {
    for (const name of fs.readdirSync(dir).sort()) {
      const abs = path.join(dir, name);
      const st = fs.lstatSync(abs);
      const rel = path.relative(root, abs);
      if (st.isDirectory()) {
        out.set(rel + '/', `dir ${st.mode.toString(8)} ${st.mtimeMs}`);
        walk(abs);
      } else if (st.isSymbolicLink()) {
        out.set(rel, `link ${fs.readlinkSync(abs)} ${st.mtimeMs}`);
      } else {
        out.set(rel, `file ${st.mode.toString(8)} ${st.size} ${st.mtimeMs} ${createHash('sha256').update(fs.readFileSync(abs)).digest('hex')}`);
      }
    }
  };
  walk(root);
  return out;
}

const hasStrace = spawnSync('strace', ['-V'], { stdio: 'ignore' }).status === 0;

/** Syscalls that change the file system; `openat` counts only with a write flag. */
const TRACED = 'trace=openat,open,creat,rename,renameat,renameat2,unlink,unlinkat,rmdir,mkdir,mkdirat,truncate,ftruncate,symlink,symlinkat,link,linkat,chmod,fchmodat,utimensat';
const WRITE_OPEN = /O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|O_APPEND/;

/** What the server may open for writing on its own: the null device, and its anchor store's files. */
const ALLOWED_WRITE_OPENS = [/^\/dev\/null$/];

/** The anchor store in the test's cache folder: the store, its lock and its temporary file, and the folder itself. */
function anchorStoreWrite(file: string): boolean {
  const dir = path.join(process.env.XDG_CACHE_HOME!, 'macroplan');
  return file === dir || (path.dirname(file) === dir && /^(?:anchors-[0-9a-f]{16}\.json(?:\.lock)?|\.anchors\.\d+\.[0-9a-z]+\.tmp)$/.test(path.basename(file)));
}

/**
 * The one folder the server writes in, outside every workspace: here the tests' own cache folder
 * (test/helpers/cache-home.ts), holding its result cache (core/resultcache.ts) and, as the
 * workspace is in no repository, its anchor store.
 */
const CACHE = path.join(process.env.XDG_CACHE_HOME ?? '/nonexistent', 'macroplan');
const inCache = (l: string) => {
  const paths = [...l.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
  return paths.length > 0 && paths.every((p) => p === CACHE || p.startsWith(CACHE + path.sep));
};

describe('reliability: the server never writes to disk', function () {
  this.timeout(60000);
  let tmp: string;
  let root: string;
  let proc: ChildProcess;
  let conn: MessageConnection;
  let traceFile: string;
  const published: PublishDiagnosticsParams[] = [];

  before(async () => {
    ensureBuilt();
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'macroplan-writes-')));
    root = path.join(tmp, 'ws');
    fs.cpSync(FIXTURE_WS, root, { recursive: true });
    fs.writeFileSync(path.join(root, '.macroplan.json'), JSON.stringify({ rules: { MP103: 'warning' } }));
    fs.symlinkSync('shop/basket.go', path.join(root, 'alias.go'));
    // Hostile citations of a file outside the workspace: it must never be opened.
    fs.mkdirSync(path.join(tmp, 'outside'));
    fs.writeFileSync(path.join(tmp, 'outside', 'secret.go'), 'package secret\n\nfunc Secret() {}\n');
    fs.symlinkSync('../../outside/secret.go', path.join(root, 'shop', 'evil.go'));
    // A minute old, so that the server keeps its answers (it keeps none over a file just changed).
    backdate(tmp);
    traceFile = path.join(tmp, 'strace.txt');
    const cmd = hasStrace ? 'strace' : process.execPath;
    const args = hasStrace ? ['-f', '-qq', '-e', TRACED, '-o', traceFile, process.execPath, SERVER, '--stdio'] : [SERVER, '--stdio'];
    if (!hasStrace) console.log('      (strace is not installed: the snapshot comparison runs without the syscall trace)');
    proc = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'], cwd: root });
    conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => published.push(p));
    conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    conn.onRequest('client/registerCapability', () => null);
    conn.onRequest('window/workDoneProgress/create', () => null);
    conn.onRequest('workspace/applyEdit', () => {
      throw new Error('the server asked the client to apply an edit on its own');
    });
    conn.listen();
  });

  after(() => {
    if (proc && proc.exitCode === null) proc.kill('SIGKILL');
    conn?.dispose();
    if (process.env.MACROPLAN_KEEP_TRACE) console.log(`      trace kept in ${traceFile}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  });

  async function diagnosticsFor(uri: string, version: number): Promise<Diagnostic[]> {
    for (let i = 0; i < 300; i++) {
      const p = [...published].reverse().find((x) => x.uri === uri);
      if (p && p.version === version) return p.diagnostics;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no diagnostics for ${uri} v${version}`);
  }

  it('a whole session, code actions and fix-all included, leaves every file as it was', async () => {
    const before = snapshot(tmp === root ? root : path.dirname(root));
    const rootUri = pathToFileURL(root).href;
    await conn.sendRequest('initialize', { processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'ws' }], capabilities: CLIENT_CAPABILITIES, initializationOptions: { settings: {}, workspaceTrusted: true } });
    await conn.sendNotification('initialized', {});

    const planRel = 'docs/plans/checkout-macro-plan.md';
    const docs = [planRel, 'docs/notes.md'].map((rel) => ({ rel, uri: pathToFileURL(path.join(root, rel)).href, text: fs.readFileSync(path.join(root, rel), 'utf8') }));
    // A drifted and a missing citation, so there are quick fixes to offer.
    docs[0].text += '\n`NewBasket` is at shop/basket.go:19-25 and basket.go:6 and shop/baskt.go:3.\n';
    docs[0].text += `\nHostile: ../outside/secret.go:1, ${path.join(tmp, 'outside', 'secret.go')}:2, shop/evil.go:1, evil.go:3, %2e%2e/outside/secret.go:1.\n`;
    for (const d of docs) await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: d.uri, languageId: 'markdown', version: 1, text: d.text } });
    const goUri = pathToFileURL(path.join(root, 'shop/basket.go')).href;
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: goUri, languageId: 'go', version: 1, text: fs.readFileSync(path.join(root, 'shop/basket.go'), 'utf8') } });

    let edits = 0;
    for (const d of docs) {
      const diagnostics = await diagnosticsFor(d.uri, 1);
      const lines = d.text.split('\n');
      const td = { textDocument: { uri: d.uri } };
      for (let line = 0; line < lines.length; line += 1) {
        for (const character of [0, Math.floor(lines[line].length / 2), lines[line].length]) {
          const position = { line, character };
          await conn.sendRequest('textDocument/hover', { ...td, position });
          if (line % 3 === 0) await conn.sendRequest('textDocument/definition', { ...td, position });
          if (line % 5 === 0) await conn.sendRequest('textDocument/completion', { ...td, position });
        }
      }
      await conn.sendRequest('textDocument/documentLink', td);
      await conn.sendRequest('textDocument/documentSymbol', td);
      const end = { line: lines.length, character: 0 };
      for (const diag of diagnostics) {
        const actions = (await conn.sendRequest('textDocument/codeAction', { ...td, range: diag.range, context: { diagnostics: [diag], only: ['quickfix'] } })) as CodeAction[] | null;
        edits += (actions ?? []).filter((a) => a.edit).length;
      }
      const fixAll = (await conn.sendRequest('textDocument/codeAction', { ...td, range: { start: { line: 0, character: 0 }, end }, context: { diagnostics, only: ['source.fixAll'] } })) as CodeAction[] | null;
      edits += (fixAll ?? []).filter((a) => a.edit).length;
      for (const method of ['macroplan/authoring/prCardOptions', 'macroplan/authoring/prCard', 'macroplan/authoring/moduleContract', 'macroplan/authoring/riskRow']) {
        await conn.sendRequest(method, { ...td, position: { line: lines.length - 1, character: 0 } }).catch(() => undefined);
      }
      await conn.sendRequest('macroplan/dependencyGraph', td).catch(() => undefined);
      await conn.sendRequest('macroplan/checkFile', { uri: d.uri });
      // Edits in the editor (never saved) and a save notification.
      await conn.sendNotification('textDocument/didChange', { textDocument: { uri: d.uri, version: 2 }, contentChanges: [{ text: d.text + '\nMore `Line` at shop/basket.go:12.\n' }] });
      await diagnosticsFor(d.uri, 2);
      await conn.sendNotification('textDocument/didSave', { textDocument: { uri: d.uri } });
    }
    assert.ok(edits >= 2, `code actions offered edits (${edits}); none were applied`);
    await conn.sendRequest('textDocument/codeLens', { textDocument: { uri: goUri } }).catch(() => undefined);
    await conn.sendRequest('macroplan/checkWorkspace', {}).catch(() => undefined);
    await conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: goUri, type: 2 }, { uri: pathToFileURL(path.join(root, '.macroplan.json')).href, type: 2 }] });
    await new Promise((r) => setTimeout(r, 300));
    for (const d of docs) await conn.sendNotification('textDocument/didClose', { textDocument: { uri: d.uri } });
    await conn.sendRequest('shutdown', null);
    const exited = new Promise<void>((r) => proc.once('exit', () => r()));
    await conn.sendNotification('exit', null);
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);

    const after = snapshot(path.dirname(root));
    // The trace file is the test's own (written by strace, not by the server).
    before.delete('strace.txt');
    after.delete('strace.txt');
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k));
    assert.deepEqual(changed.map((k) => `${k}: ${before.get(k)} -> ${after.get(k)}`), []);
  });

  it('under strace: the file outside the workspace that the plan cites was never opened', function () {
    if (!hasStrace) this.skip();
    const trace = fs.readFileSync(traceFile, 'utf8').split('\n').filter(Boolean);
    const opened = trace.filter((l) => /\bopen(?:at)?\(/.test(l) && l.includes(path.join(tmp, 'outside')));
    assert.deepEqual(opened, []);
  });

  it('under strace: no file was opened for writing, created, renamed, removed or truncated by the server', function () {
    if (!hasStrace) this.skip();
    const trace = fs.readFileSync(traceFile, 'utf8').split('\n').filter(Boolean);
    assert.ok(trace.some((l) => l.includes('checkout-macro-plan.md') || l.includes('basket.go')), 'the trace saw the server read the workspace');
    const writes = trace.filter((l) => {
      if (inCache(l)) return false;
      const open = /\bopen(?:at)?\((?:AT_FDCWD, )?"([^"]*)", ([A-Z_|]+)/.exec(l);
      if (open) return WRITE_OPEN.test(open[2]) && !ALLOWED_WRITE_OPENS.some((re) => re.test(open[1])) && !anchorStoreWrite(open[1]);
      const change = /\b(creat|rename|renameat2?|unlink|unlinkat|rmdir|mkdir|mkdirat|truncate|ftruncate|symlink|symlinkat|link|linkat|chmod|fchmodat|utimensat)\((?:AT_FDCWD, )?(?:"([^"]*)")?(?:, (?:AT_FDCWD, )?"([^"]*)")?/.exec(l);
      return !!change && !(['mkdir', 'rename', 'unlink'].includes(change[1]) && [change[2], change[3]].every((f) => f === undefined || anchorStoreWrite(f)));
    });
    assert.deepEqual(writes, []);
    assert.ok(trace.some((l) => /\brename/.test(l) && inCache(l)), 'the server kept an answer, in its cache folder');
  });
});
