// Copies the screenshots that the end-to-end run takes in code-server into docs/images/, where
// the README and the walkthrough show them. Retake them all with:
//   bash scripts/ci-e2e.sh && node scripts/docs-screenshots.mjs
// (`--check` only verifies that the last e2e run took every one of them.)
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const shots = join(root, 'test', 'e2e', 'screenshots');
const images = join(root, 'docs', 'images');

/** docs/images name -> the e2e screenshot's name (without its NN- order prefix). */
const WANTED = {
  'problems.png': 'problems',
  'hover.png': 'hover',
  'quick-fix.png': 'quick-fix-menu',
  'insert-pr-card.png': 'authoring/insert-pr-card-inserted',
  'dependency-graph.png': 'authoring/dependency-graph',
  'walkthrough.png': 'walkthrough',
  // Parts of the editor, legible in the walkthrough's narrow media pane.
  'walkthrough-problems.png': 'walkthrough-problems',
  'walkthrough-hover.png': 'walkthrough-hover',
  'walkthrough-pr-card.png': 'authoring/walkthrough-pr-card',
};

function find(name) {
  const dir = join(shots, dirname(name));
  const base = name.split('/').pop();
  if (!existsSync(dir)) return undefined;
  const hit = readdirSync(dir).filter((f) => new RegExp(`^\\d+-${base}\\.png$`).test(f)).sort().pop();
  return hit && join(dir, hit);
}

const check = process.argv.includes('--check');
const found = Object.entries(WANTED).map(([out, name]) => ({ out, name, from: find(name) }));
const missing = found.filter((f) => !f.from).map((f) => f.name);
if (missing.length) {
  // All or nothing: the pictures of one run, not a mix of runs.
  console.error(`docs-screenshots: the e2e run took no screenshot named ${missing.join(', ')} (run bash scripts/ci-e2e.sh first)`);
  process.exit(1);
}
mkdirSync(images, { recursive: true });
for (const { out, from } of found) {
  if (!check) copyFileSync(from, join(images, out));
  console.log(`${check ? 'found' : 'copied'} ${from.slice(root.length + 1)}${check ? '' : ` -> docs/images/${out}`}`);
}
