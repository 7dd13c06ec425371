// Bundles the CLI, the language server and the VS Code client to CommonJS with esbuild,
// and copies the tree-sitter WASM files next to the bundles (they are loaded at run time).
// dist/cli.js and the .wasm files are committed: installing from git (pre-commit, the
// GitHub Action, `npm install git+URL`) then runs no build and needs no dev dependency. So the
// CLI is built without a source map comment (its text depends on the sources alone) and CI
// fails when the committed copy is not the build of the committed sources.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';

const require = createRequire(import.meta.url);
const root = dirname(dirname(new URL(import.meta.url).pathname));
const dist = join(root, 'dist');
mkdirSync(dist, { recursive: true });

// The bundle's identity for the result cache (server/src/core/resultcache.ts): a hash of the
// engine's sources and the locked dependencies, the same in every bundle built from them (the CLI
// and the server share entries) and unchanged by a rebuild of the same sources.
const build = createHash('sha256');
const sources = join(root, 'server', 'src');
// Paths with / and text with \n: a checkout on Windows builds the same dist/cli.js.
const text = (file) => readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
for (const f of readdirSync(sources, { recursive: true }).map((f) => f.split(sep).join('/')).filter((f) => f.endsWith('.ts') || f.endsWith('.json')).sort()) {
  build.update(f).update('\0').update(text(join(sources, f))).update('\0');
}
build.update(text(join(root, 'package-lock.json')));

const common = {
  define: { __MACROPLAN_BUILD__: JSON.stringify(build.digest('hex').slice(0, 24)) },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  sourcemap: true,
  logLevel: 'warning',
  // web-tree-sitter's ESM build uses import.meta.url, which is empty in a CJS bundle.
  alias: { 'web-tree-sitter': require.resolve('web-tree-sitter') },
};

const entries = [
  { in: 'server/src/cli/main.ts', out: 'cli', committed: true },
  // The server's bundle, run by dist/server.js (server/src/server-start.ts) with V8's code cache.
  { in: 'server/src/lsp/main.ts', out: 'server-bundle' },
  { in: 'server/src/core/index.ts', out: 'engine' },
  // The server's index worker (core/indexahead.ts), a thread started beside the first check.
  { in: 'server/src/core/indexworker-main.ts', out: 'index-worker' },
  { in: 'client/src/extension.ts', out: 'client', external: ['vscode'] },
  // The PR dependency graph webview's script (runs in the webview, not in Node).
  { in: 'client/src/webview/graph.ts', out: 'graph', browser: true },
];

await Promise.all(entries.map((e) => esbuild.build({
  ...common,
  entryPoints: [join(root, e.in)],
  outfile: join(dist, e.out + '.js'),
  external: e.external ?? [],
  ...(e.committed ? { sourcemap: false, banner: { js: '// Generated from server/src by scripts/build.mjs (npm run bundle): do not edit; commit it with the sources.' } } : {}),
  ...(e.browser ? { platform: 'browser', format: 'iife', target: 'es2020' } : {}),
})));

// The server's entry, named by the bundle's content: its code cache is never offered to another build.
const serverBundle = createHash('sha256').update(readFileSync(join(dist, 'server-bundle.js'))).digest('hex').slice(0, 16);
await esbuild.build({
  ...common,
  define: { ...common.define, __SERVER_BUNDLE_HASH__: JSON.stringify(serverBundle) },
  entryPoints: [join(root, 'server/src/server-start.ts')],
  outfile: join(dist, 'server.js'),
});

copyFileSync(join(dirname(require.resolve('web-tree-sitter')), 'web-tree-sitter.wasm'), join(dist, 'web-tree-sitter.wasm'));
// Every grammar the index reads (server/src/core/lang/); each is loaded only when a plan cites its language.
for (const [pkg, name] of [['tree-sitter-go', 'go'], ['tree-sitter-javascript', 'javascript'], ['tree-sitter-typescript', 'typescript'], ['tree-sitter-typescript', 'tsx'], ['tree-sitter-python', 'python'], ['tree-sitter-rust', 'rust'], ['tree-sitter-bash', 'bash']]) {
  copyFileSync(join(root, 'node_modules', pkg, `tree-sitter-${name}.wasm`), join(dist, `tree-sitter-${name}.wasm`));
}
