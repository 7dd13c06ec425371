// Packages the VS Code extension (macroplan.vsix) from a staging folder holding only what the
// extension runs or shows. package.json's "files" lists what the npm package holds (the CLI), and
// vsce refuses a "files" field next to a .vscodeignore, so the .vsix's list lives here instead.
// Run after `npm run bundle` (`npm run package` does both).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const out = join(root, process.argv[2] ?? 'macroplan.vsix');

/** The grammars of every language the index reads (server/src/core/lang/), each loaded when first cited. */
const GRAMMAR_FILES = ['go', 'javascript', 'typescript', 'tsx', 'python', 'rust', 'bash'].map((g) => `dist/tree-sitter-${g}.wasm`);

/** What the .vsix holds: the bundles and WASM, the manifest and its assets, docs the UI links to. */
export const VSIX_FILES = [
  'README.md', 'LICENSE', 'CHANGELOG.md',
  'dist/client.js', 'dist/server.js', 'dist/server-bundle.js', 'dist/index-worker.js', 'dist/graph.js', 'dist/web-tree-sitter.wasm', ...GRAMMAR_FILES,
  'snippets', 'syntaxes', 'schemas', 'docs/rules',
  'media/icon.png', 'media/walkthrough', 'docs/images',
];

// Of the image folders only the pictures: the README and the walkthrough show them.
const images = [join(root, 'docs', 'images'), join(root, 'media', 'walkthrough')];
const wanted = (src) => !images.some((d) => src.startsWith(d + '/')) || /\.(png|md)$/.test(src);

const stage = mkdtempSync(join(tmpdir(), 'macroplan-vsix-'));
try {
  for (const rel of VSIX_FILES) {
    const from = join(root, rel);
    if (!existsSync(from)) throw new Error(`${rel} is missing (run npm run bundle first?)`);
    cpSync(from, join(stage, rel), { recursive: true, filter: wanted });
  }
  // The manifest without the npm-only fields (vsce would read "files" as its file list).
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  for (const k of ['files', 'scripts', 'devDependencies', 'overrides', 'bin']) delete manifest[k];
  writeFileSync(join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  // An empty ignore file: the stage already holds exactly the files to ship.
  writeFileSync(join(stage, '.vscodeignore'), '');
  const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--no-rewrite-relative-links', '--allow-missing-repository', '-o', out], { cwd: stage, stdio: 'inherit' });
} finally {
  rmSync(stage, { recursive: true, force: true });
}
