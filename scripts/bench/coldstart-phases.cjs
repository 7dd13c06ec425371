// One cold process, timed phase by phase (run by coldstart.mjs; prints one JSON line).
// `node coldstart-phases.cjs DIST ROOT PLAN [--history]`, or `... --markdownlint PLAN` for
// markdownlint's side of the same phases.
const startMs = performance.now();
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const vm = require('node:vm');

const [dist, root, plan] = process.argv.slice(2);
const out = { start: startMs };
const lap = (k, t) => { out[k] = +(performance.now() - t).toFixed(2); };

(async () => {
  if (dist === '--markdownlint') {
    let t = performance.now();
    const { lint } = require('markdownlint/sync');
    lap('load', t);
    const text = readFileSync(root, 'utf8');
    t = performance.now();
    lint({ strings: { plan: text } });
    lap('firstCheck', t);
    process.stdout.write(JSON.stringify(out) + '\n');
    return;
  }
  // Parse and compile only (no run): what a V8 code cache would save.
  for (const name of ['cli', 'server']) {
    const t = performance.now();
    new vm.Script(readFileSync(join(dist, `${name}.js`), 'utf8'), { filename: `${name}-compile.js` });
    lap(`compile_${name}`, t);
  }
  let t = performance.now();
  const e = require(join(dist, 'engine.js'));
  lap('load', t);
  t = performance.now();
  await e.goParser();
  lap('wasm', t);
  t = performance.now();
  const ws = new e.FileWorkspace({ root });
  await ws.goFiles();
  lap('index', t);
  const text = readFileSync(plan, 'utf8');
  const config = e.defaultConfig();
  t = performance.now();
  await e.checkDocument(ws, text, { config, path: plan });
  lap('firstCheck', t);
  if (process.argv.includes('--history')) {
    const git = new e.GitHistory({ cwd: root });
    t = performance.now();
    await e.checkDocument(ws, text, { config, path: plan, history: { history: git, planMtime: Date.now(), unavailable: () => undefined } });
    lap('history', t);
    git.dispose();
  }
  process.stdout.write(JSON.stringify(out) + '\n');
})();
