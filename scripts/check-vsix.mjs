// Lists the files of macroplan.vsix, prints its size, and fails if it holds anything the
// extension does not run or show: sources, tests, source maps, node_modules, scripts.
// Usage: node scripts/check-vsix.mjs [path.vsix]
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const vsix = process.argv[2] ?? join(root, 'macroplan.vsix');

/** The names in a zip's central directory (a .vsix is a zip). */
function zipEntries(buf) {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error(`${vsix} is not a zip file`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const out = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error('bad zip central directory');
    const size = buf.readUInt32LE(at + 24);
    const nameLen = buf.readUInt16LE(at + 28);
    const skip = nameLen + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    out.push({ name: buf.toString('utf8', at + 46, at + 46 + nameLen), size });
    at += 46 + skip;
  }
  return out;
}

// Everything allowed, by pattern; anything else fails the check.
const ALLOWED = [
  /^\[Content_Types\]\.xml$/, /^extension\.vsixmanifest$/,
  /^extension\/(package\.json|readme\.md|changelog\.md|LICENSE\.txt)$/,
  /^extension\/dist\/(client|server|server-bundle|index-worker|graph)\.js$/, /^extension\/dist\/(web-tree-sitter|tree-sitter-(go|javascript|typescript|tsx|python|rust|bash))\.wasm$/,
  /^extension\/docs\/rules\/MP\d{3}\.md$/, /^extension\/docs\/images\/[\w-]+\.png$/,
  /^extension\/media\/icon\.png$/, /^extension\/media\/walkthrough\/[\w-]+\.(md|png)$/,
  /^extension\/schemas\/[\w-]+\.schema\.json$/, /^extension\/snippets\/[\w-]+\.json$/,
  /^extension\/syntaxes\/[\w.-]+\.tmLanguage\.json$/,
];
// Named so the failure says what kind of file slipped in.
const FORBIDDEN = [
  [/\.map$/, 'a source map'], [/\.tsx?$/, 'a TypeScript source'], [/(^|\/)(test|tests|__tests__)\//, 'a test'],
  [/(^|\/)node_modules\//, 'node_modules'], [/(^|\/)(server|client)\/src\//, 'a source folder'], [/(^|\/)scripts\//, 'a script'],
];

const entries = zipEntries(readFileSync(vsix));
const bytes = statSync(vsix).size;
for (const e of entries) console.log(`${String(e.size).padStart(9)}  ${e.name}`);
console.log(`${vsix}: ${entries.length} files, ${(bytes / 1024).toFixed(1)} KiB (${bytes} bytes)`);

const problems = [];
for (const e of entries) {
  const bad = FORBIDDEN.find(([re]) => re.test(e.name));
  if (bad) problems.push(`${e.name}: ${bad[1]}`);
  else if (!ALLOWED.some((re) => re.test(e.name))) problems.push(`${e.name}: not a file the extension needs (allow it in scripts/check-vsix.mjs if it is)`);
}
for (const need of ['extension/dist/client.js', 'extension/dist/server.js', 'extension/dist/server-bundle.js', 'extension/dist/index-worker.js', 'extension/dist/tree-sitter-go.wasm', 'extension/dist/tree-sitter-python.wasm', 'extension/dist/tree-sitter-tsx.wasm', 'extension/dist/web-tree-sitter.wasm', 'extension/media/icon.png']) {
  if (!entries.some((e) => e.name === need)) problems.push(`${need}: missing`);
}
if (problems.length) {
  console.error(`check-vsix: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('check-vsix: only what the extension runs or shows');
