// The npm package as a user gets it: the tarball and the git URL, installed without dev
// dependencies into a fresh prefix, then `macroplan check` and `macroplan lsp --stdio` run
// from that prefix on a repository of the user's.
import { strict as assert } from 'node:assert';
import { spawn, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cleanCheckout, installInto, packTarball, run, userRepo } from './checkout';

describe('the npm package', function () {
  this.timeout(900_000);
  let bin: string;
  let tarball: string;
  let warnings: string;
  before(() => {
    tarball = packTarball();
    ({ bin, warnings } = installInto('prefix-tarball', tarball));
  });

  it('holds what runs and nothing else: the bundles, the .wasm files (runtime and every grammar), bin, schemas, docs, snippets, grammars, README, LICENSE', () => {
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n').map((f) => f.replace(/^package\//, '')).sort();
    const size = fs.statSync(tarball).size;
    process.stderr.write(`      ${path.basename(tarball)}: ${files.length} files, ${(size / 1024).toFixed(0)} KiB\n`);
    for (const need of ['bin/macroplan.js', 'dist/cli.js', 'dist/server.js', 'dist/server-bundle.js', 'dist/index-worker.js', 'dist/web-tree-sitter.wasm', 'dist/tree-sitter-go.wasm',
      ...['javascript', 'typescript', 'tsx', 'python', 'rust', 'bash'].map((g) => `dist/tree-sitter-${g}.wasm`),
      'schemas/macroplan.schema.json', 'docs/cli.md', 'docs/rules/MP001.md', 'snippets/markdown.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'package.json']) {
      assert.ok(files.includes(need), `${need} missing from the tarball`);
    }
    assert.ok(files.some((f) => f.startsWith('syntaxes/')), 'the grammars');
    const stray = files.filter((f) => /\.(ts|map)$/.test(f) || /^(test|server|client|scripts|examples|\.cache|node_modules)\//.test(f));
    assert.deepEqual(stray, [], 'sources, tests, scripts or source maps in the tarball');
  });

  it('installs with no runtime dependencies and no install or prepare script to warn about', () => {
    assert.doesNotMatch(warnings, /prepare|install-scripts|allowScripts/, warnings);
    const scripts = JSON.parse(fs.readFileSync(path.join(cleanCheckout(), 'package.json'), 'utf8')).scripts ?? {};
    // Any of these makes npm run a full `npm install` with dev dependencies in its clone of a git
    // dependency (pacote's git fetcher), which a global install (pre-commit's) gets wrong.
    for (const hook of ['prepare', 'prepack', 'build', 'preinstall', 'install', 'postinstall']) assert.equal(scripts[hook], undefined, `scripts.${hook}`);

    const lib = path.join(path.dirname(bin), 'lib', 'node_modules', 'macroplan');
    assert.ok(fs.existsSync(path.join(lib, 'dist', 'cli.js')));
    assert.ok(!fs.existsSync(path.join(lib, 'node_modules')), 'a runtime dependency was installed');
    const manifest = JSON.parse(fs.readFileSync(path.join(lib, 'package.json'), 'utf8'));
    assert.deepEqual(manifest.dependencies ?? {}, {});
  });

  it('macroplan check: findings and exit code 1 on a repository with a broken citation, 0 once fixed', () => {
    const repo = userRepo('user-repo');
    const macroplan = path.join(bin, 'macroplan');
    const r = run(macroplan, ['check', '--root', '.', 'docs'], { cwd: repo, env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /docs\/plans\/cart-plan\.md\n\s+4:7\s+error\s+shop\/basket\.go does not exist in the workspace\.\s+MP001/);
    assert.match(r.stdout, /1 problem \(1 error, 0 warnings, 0 infos\) in 2 files/);
    const json = JSON.parse(run(macroplan, ['check', '--format', 'json', 'docs'], { cwd: repo }).stdout);
    assert.deepEqual(json.summary, { files: 2, errors: 1, warnings: 0, infos: 0 });

    fs.writeFileSync(path.join(repo, 'docs/plans/cart-plan.md'), '# Cart plan\n\nThe cart is `Cart` (shop/cart.go:4-6).\n');
    const clean = run(macroplan, ['check', '--root', '.', 'docs'], { cwd: repo });
    assert.equal(clean.status, 0, clean.stdout + clean.stderr);
    assert.match(clean.stdout, /2 files checked, no problems/);
    assert.equal(run(macroplan, ['check', '--format', 'nope'], { cwd: repo }).status, 2);
  });

  it('macroplan lsp --stdio: initialize, diagnostics for an opened plan, shutdown and exit 0', async () => {
    const repo = userRepo('user-repo-lsp');
    const rpc = new StdioRpc(path.join(bin, 'macroplan'), ['lsp', '--stdio'], repo);
    try {
      const init = await rpc.request('initialize', { processId: process.pid, rootUri: pathToFileURL(repo).href, capabilities: {}, workspaceFolders: [{ uri: pathToFileURL(repo).href, name: 'repo' }] }) as { capabilities: Record<string, unknown>; serverInfo?: { name: string } };
      assert.ok(init.capabilities.hoverProvider, 'hover');
      assert.ok(init.capabilities.definitionProvider, 'definition');
      assert.ok(init.capabilities.codeActionProvider, 'code actions');
      rpc.notify('initialized', {});
      const uri = pathToFileURL(path.join(repo, 'docs/plans/cart-plan.md')).href;
      rpc.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: fs.readFileSync(path.join(repo, 'docs/plans/cart-plan.md'), 'utf8') } });
      const diags = await rpc.notification('textDocument/publishDiagnostics', (p: { uri: string }) => p.uri === uri) as { diagnostics: { code: string; range: { start: { line: number } } }[] };
      assert.deepEqual(diags.diagnostics.map((d) => [d.code, d.range.start.line]), [['MP001', 3]]);
      assert.equal(await rpc.request('shutdown', null), null);
      rpc.notify('exit', null);
      assert.equal(await rpc.exited, 0);
    } finally {
      rpc.kill();
    }
  });

  it('installs from a git URL, globally and into a project, with no build: the committed CLI runs', () => {
    // pre-commit installs a `language: node` hook this way (`npm install -g git+file://...`).
    const global = installInto('prefix-git', `git+file://${cleanCheckout()}`);
    assert.doesNotMatch(global.warnings, /prepare|install-scripts|allowScripts/, global.warnings);
    const repo = userRepo('user-repo-git');
    const g = run(path.join(global.bin, 'macroplan'), ['check', 'docs'], { cwd: repo, env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(g.status, 1, g.stderr);
    assert.match(g.stdout, /shop\/basket\.go does not exist in the workspace\.\s+MP001/);
    // The server is not committed: a clear message, not a stack trace.
    const lsp = run(path.join(global.bin, 'macroplan'), ['lsp', '--stdio'], { cwd: repo });
    assert.equal(lsp.status, 2);
    assert.match(lsp.stderr, /language server is not in this install/);

    fs.writeFileSync(path.join(repo, 'package.json'), '{ "name": "user-project", "private": true }\n');
    const add = run('npm', ['install', '--save-dev', '--no-audit', '--no-fund', '--loglevel=error', `git+file://${cleanCheckout()}`], { cwd: repo });
    assert.equal(add.status, 0, add.stderr);
    assert.ok(!fs.existsSync(path.join(repo, 'node_modules', 'esbuild')), 'no build tools installed');
    const r = run('npx', ['--no-install', 'macroplan', 'check', 'docs'], { cwd: repo, env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /shop\/basket\.go does not exist in the workspace\.\s+MP001/);
  });
});

/** A minimal LSP client over stdio, framing messages by hand as any editor does. */
class StdioRpc {
  private proc;
  private buf = Buffer.alloc(0);
  private id = 0;
  private pending = new Map<number, (r: unknown) => void>();
  private notes: { method: string; params: unknown }[] = [];
  private watchers: { method: string; pred: (p: never) => boolean; resolve: (p: unknown) => void }[] = [];
  stderr = '';
  readonly exited: Promise<number | null>;

  constructor(cmd: string, args: string[], cwd: string) {
    this.proc = spawn(cmd, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stderr.on('data', (d) => (this.stderr += d));
    this.proc.stdout.on('data', (d: Buffer) => this.read(d));
    this.exited = new Promise((resolve) => this.proc.on('exit', (code) => resolve(code)));
  }

  private read(d: Buffer): void {
    this.buf = Buffer.concat([this.buf, d]);
    for (;;) {
      const end = this.buf.indexOf('\r\n\r\n');
      if (end < 0) return;
      const len = Number(/Content-Length: (\d+)/i.exec(this.buf.subarray(0, end).toString())?.[1]);
      if (this.buf.length < end + 4 + len) return;
      const msg = JSON.parse(this.buf.subarray(end + 4, end + 4 + len).toString('utf8'));
      this.buf = this.buf.subarray(end + 4 + len);
      if (msg.id !== undefined && msg.method === undefined) this.pending.get(msg.id)?.(msg.error ? Promise.reject(new Error(msg.error.message)) : msg.result);
      else if (msg.id !== undefined) this.send({ jsonrpc: '2.0', id: msg.id, result: msg.method === 'workspace/configuration' ? msg.params.items.map(() => ({})) : null });
      else {
        this.notes.push(msg);
        this.watchers = this.watchers.filter((w) => !(w.method === msg.method && w.pred(msg.params as never) && (w.resolve(msg.params), true)));
      }
    }
  }

  private send(msg: object): void {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  request(method: string, params: unknown): Promise<unknown> {
    const id = ++this.id;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${method}: no answer in 30 s\n${this.stderr}`)), 30_000);
      this.pending.set(id, (r) => { clearTimeout(timer); resolve(r); });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  notification(method: string, pred: (p: never) => boolean): Promise<unknown> {
    const seen = this.notes.find((n) => n.method === method && pred(n.params as never));
    if (seen) return Promise.resolve(seen.params);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${method}: none in 30 s\n${this.stderr}`)), 30_000);
      this.watchers.push({ method, pred, resolve: (p) => { clearTimeout(timer); resolve(p); } });
    });
  }

  kill(): void {
    if (this.proc.exitCode === null) this.proc.kill();
  }
}
