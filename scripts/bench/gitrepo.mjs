// What the history benches share: generated Go files, a git fast-import stream of linear
// commits, and whole processes timed with their CPU (git's included).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { gitEnv } from './startup.mjs';

/** A Go file of `n` small functions, `${prefix}${tag}x${i}`, each nine lines with its doc comment. */
export function goFile(pkg, n, rand, tag, prefix = 'F') {
  const lines = [`package ${pkg}`, ''];
  for (let i = 0; i < n; i++) {
    const name = `${prefix}${tag}x${i}`;
    lines.push(`// ${name} does step ${i}.`, `func ${name}(a int) int {`, `\tb := a * ${i + 1}`, `\tif b > ${Math.floor(rand() * 100)} {`, '\t\treturn b', '\t}', `\treturn b + ${i}`, '}', '');
  }
  return lines;
}

/**
 * A fast-import stream of commits, an hour apart from 2025-01-01 (one git process, well under a
 * second for hundreds of commits): `blob` is a file's change, `commit` appends a commit of those
 * changes (on main after the previous mark unless `ref`, `from` and `merge` marks say otherwise),
 * `importInto` builds the repository at `dir` and checks main out.
 */
export function fastImport() {
  let out = '';
  let time = Date.UTC(2025, 0, 1) / 1000;
  return {
    blob: (path, text) => `M 100644 inline ${path}\ndata ${Buffer.byteLength(text)}\n${text}\n`,
    commit: (mark, msg, body, { ref = 'main', from = mark > 1 ? mark - 1 : undefined, merge = [] } = {}) => {
      time += 3600;
      out += `commit refs/heads/${ref}\nmark :${mark}\ncommitter Bench <b@example.com> ${time} +0000\ndata ${Buffer.byteLength(msg)}\n${msg}\n${from ? `from :${from}\n` : ''}${merge.map((m) => `merge :${m}\n`).join('')}${body}`;
    },
    importInto: (dir) => {
      execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: out, env: gitEnv() });
      execFileSync('git', ['checkout', '-q', '-f', 'main'], { cwd: dir, env: gitEnv() });
    },
  };
}

/** A plan's lines citing `n` functions where they are now (so each citation is right when committed). */
export function planText(k, files, rand, n, revision) {
  const names = [...files.keys()];
  const out = [`# Plan ${k}`, '', `Revision ${revision}.`, '', '## Steps', ''];
  for (let i = 0; i < n; i++) {
    const name = names[Math.floor(rand() * names.length)];
    const lines = files.get(name);
    const fns = lines.map((l, at) => [l, at]).filter(([l]) => l.startsWith('func G'));
    const [decl, at] = fns[Math.floor(rand() * fns.length)];
    const fn = /func (G\w+)\(/.exec(decl)[1];
    out.push(`- Step ${i} calls \`${fn}\` (${name}:${at + 1}-${at + 7}).`, '', `Prose for step ${i} of plan ${k}, explaining the design.`, '');
  }
  return out.join('\n') + '\n';
}

export const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };

// CPU time (user + system, git's included) is measured too: on a loaded machine the wall time
// of processes waiting on each other says more about the load than the work.
const timer = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Runs node with `args` (options as spawnSync's, git configuration left out): wall ms, CPU ms (NaN without /usr/bin/time), stdout. */
export function timedNode(args, options = {}) {
  const t = performance.now();
  const opts = { env: gitEnv(), encoding: 'utf8', ...options };
  const r = timer ? spawnSync(timer, ['-f', 'CPU %U %S', process.execPath, ...args], opts) : spawnSync(process.execPath, args, opts);
  const ms = performance.now() - t;
  const cpu = /CPU ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr ?? '');
  return { ms, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN, out: r.stdout };
}
