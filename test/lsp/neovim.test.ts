// A real headless Neovim (Debian's `neovim`, 0.7) against `macroplan lsp --stdio` on a copy of
// the example workspace: diagnostics, hover, go to definition and a code action, with the
// configuration docs/editors.md gives. Installs Neovim where it can (as root under CI=true) and
// skips with a message where it cannot.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureBuilt, REPO } from '../helpers/lspClient';

function hasNvim(): boolean {
  return spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;
}

/** apt-get install neovim, when running as root in CI (never on a developer's machine). */
function installNvim(): string | undefined {
  if (process.getuid?.() !== 0 || !process.env.CI) return 'not root under CI=true, so the test does not install it (apt-get install neovim)';
  const apt = (...args: string[]) => spawnSync('apt-get', args, { encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, timeout: 600_000 });
  let r = apt('install', '-y', '-qq', 'neovim');
  if (r.status !== 0) {
    apt('update', '-qq');
    r = apt('install', '-y', '-qq', 'neovim');
  }
  return r.status === 0 && hasNvim() ? undefined : `apt-get install neovim failed: ${r.stderr.slice(-500)}`;
}

describe('Neovim (headless) with macroplan lsp --stdio', function () {
  this.timeout(900_000);
  let result: {
    nvim: string; error?: string; diagnostics_arrived: boolean; diagnostics: { line: number; code: string; message: string }[];
    hover: string; definition: { file: string; line: number }; actions: string[]; applied?: string; line_after: string; mp004_cleared: boolean;
  };
  let ws: string;

  before(function () {
    if (!hasNvim()) {
      const why = installNvim();
      if (why) {
        process.stderr.write(`      SKIPPED: no nvim on PATH; ${why}\n`);
        this.skip();
      }
    }
    ensureBuilt();
    ws = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'macroplan-nvim-')));
    fs.cpSync(path.join(REPO, 'examples', 'workspace'), ws, { recursive: true });
    const out = path.join(ws, '..', path.basename(ws) + '.json');
    const r = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(REPO, 'test', 'nvim', 'lsp.lua')}`], {
      cwd: ws, encoding: 'utf8', timeout: 180_000,
      env: { ...process.env, MACROPLAN_ROOT: ws, MACROPLAN_BIN: path.join(REPO, 'bin', 'macroplan.js'), MACROPLAN_OUT: out },
    });
    assert.ok(fs.existsSync(out), `nvim wrote no result (exit ${r.status}, signal ${r.signal}):\n${r.stdout}\n${r.stderr}`);
    result = JSON.parse(fs.readFileSync(out, 'utf8'));
    fs.rmSync(out);
    process.stderr.write(`      Neovim ${result.nvim}\n`);
    assert.equal(result.error, undefined, result.error);
  });
  after(() => ws && fs.rmSync(ws, { recursive: true, force: true }));

  it('receives the diagnostics of the example plan', () => {
    assert.ok(result.diagnostics_arrived);
    const codes = result.diagnostics.map((d) => d.code);
    for (const code of ['MP001', 'MP002', 'MP003', 'MP004', 'MP005', 'MP006', 'MP113']) assert.ok(codes.includes(code), `${code} in ${codes.join(' ')}`);
    const mp001 = result.diagnostics.find((d) => d.code === 'MP001')!;
    assert.match(mp001.message, /sim\/routing\/policies\.go does not exist/);
  });

  it('hover on a citation shows the cited Go code', () => {
    assert.match(result.hover, /```go/);
    assert.match(result.hover, /type RoutingPolicy interface \{/);
  });

  it('go to definition lands on the cited line of the Go file', () => {
    assert.equal(result.definition.file, path.join(ws, 'sim', 'routing', 'policy.go'));
    assert.equal(result.definition.line, 9);
  });

  it('a code action moves the drifted citation to where the code is now', () => {
    assert.ok(result.applied, `no "43-50" action among: ${result.actions.join(' | ')}`);
    assert.match(result.line_after, /`sim\/routing\/policy\.go:43-50`/);
    assert.ok(result.mp004_cleared, 'MP004 still reported after the fix');
  });
});
