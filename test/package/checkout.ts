// A clean copy of this repository, as a runner, pre-commit or npm would fetch it, for the
// tests of what users install: the package tarball, the git URL, the GitHub Action and the
// pre-commit hooks. The clean copy is used as fetched (its committed dist/cli.js runs, nothing
// is built); the tarball is packed from a second copy that is fully built. Shared by the test files.
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const REPO = path.resolve(__dirname, '..', '..');
const TMP = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'macroplan-package-')));
process.on('exit', () => fs.rmSync(TMP, { recursive: true, force: true }));

export function tmp(name: string): string {
  const dir = path.join(TMP, name);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

export function run(cmd: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; input?: string }): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, input: opts.input, encoding: 'utf8', timeout: 600_000 });
}

function sh(cmd: string, args: string[], cwd: string): string {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 600_000 });
}

let checkout: string | undefined;
/** The tracked and new (not ignored) files of the worktree, committed in a fresh git repository. */
export function cleanCheckout(): string {
  if (checkout) return checkout;
  const dir = tmp('checkout');
  const files = sh('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], REPO).split('\0').filter(Boolean);
  for (const f of files) {
    const from = path.join(REPO, f);
    if (!fs.existsSync(from)) continue; // deleted in the worktree, not yet committed
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.copyFileSync(from, path.join(dir, f));
  }
  gitCommit(dir);
  checkout = dir;
  return dir;
}

/** Makes `dir` a git repository with everything in it committed. */
export function gitCommit(dir: string): void {
  const git = (...a: string[]) => sh('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...a], dir);
  if (!fs.existsSync(path.join(dir, '.git'))) git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '--allow-empty', '-m', 'snapshot');
}

let built: string | undefined;
/** A second clean copy with every bundle built (the language server too), as a maintainer packs it. */
export function builtCheckout(): string {
  if (built) return built;
  const dir = tmp('built');
  fs.cpSync(cleanCheckout(), dir, { recursive: true });
  // The build tools are this worktree's: a link, not a second `npm ci`.
  fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  sh('node', ['scripts/build.mjs'], dir);
  built = dir;
  return dir;
}

let tarball: string | undefined;
/** `npm pack` of the built copy. */
export function packTarball(): string {
  if (tarball) return tarball;
  const dir = builtCheckout();
  const out = tmp('pack');
  const name = sh('npm', ['pack', '--silent', '--pack-destination', out], dir).trim().split('\n').pop()!;
  tarball = path.join(out, name);
  return tarball;
}

/** Installs a package spec globally into a new prefix without dev dependencies; returns the prefix's bin folder. */
export function installInto(prefixName: string, spec: string): { bin: string; warnings: string } {
  const prefix = tmp(prefixName);
  const r = run('npm', ['install', '--global', '--prefix', prefix, '--omit=dev', '--no-audit', '--no-fund', '--loglevel=warn', spec], { cwd: os.tmpdir() });
  if (r.status !== 0) throw new Error(`npm install ${spec} failed (${r.status}):\n${r.stderr}`);
  return { bin: path.join(prefix, 'bin'), warnings: r.stderr };
}

/** A small Go repository of a user's, with a plan: one citation good, one to a missing file. */
export function userRepo(name: string, plan = PLAN): string {
  const dir = tmp(name);
  const files: Record<string, string> = {
    'go.mod': 'module example.com/shop\n\ngo 1.22\n',
    'shop/cart.go': 'package shop\n\n// Cart holds the items.\ntype Cart struct {\n\tItems []string\n}\n\n// Total counts them.\nfunc (c *Cart) Total() int {\n\treturn len(c.Items)\n}\n',
    'docs/plans/cart-plan.md': plan,
    'docs/notes.md': 'The cart is `Cart` at shop/cart.go:4-6.\n',
  };
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  gitCommit(dir);
  return dir;
}

export const PLAN = '# Cart plan\n\nThe cart is `Cart` (shop/cart.go:4-6); its total is `Total` at shop/cart.go:9-11.\nGone: shop/basket.go:3.\n';
