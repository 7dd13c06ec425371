// A trial of MP009 on a real repository's history (issue 20): every Markdown document committed
// in it that cites code is taken as it was at the commit that added it, placed in the repository
// at a later commit (HEAD by default, months later for most) and checked there with
// `macroplan check --since <its commit> --format json`. Each citation's verdict is compared
// with an independent reference that follows content, not diffs: the cited lines' text at the
// plan's commit (whitespace runs collapsed) searched for in the later tree, in the file git
// renames it to first, then in every file of its extension. The reference cannot tell an edit
// from a deletion, and finds a short block many times (ambiguous): those are counted apart.
//
// Usage (after npm run bundle; the engine's citation scanner is read from this checkout's dist):
//   node scripts/trials/real-history-trial.mjs --repo CLONE [--cli DIR] [--at REF] [--only SUBSTR]
//        [--json OUT] [--verbose]
// CLONE is a clone the trial may write to (it checks out --at there and writes each plan in
// place, removing it after; its git folder's macroplan/ is cleared before each check, so no
// anchor of one check reaches the next). --cli DIR: the macroplan checkout whose
// bin/macroplan.js checks (default: this one), to compare builds.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const repo = opt('--repo');
if (!repo) { console.error('usage: real-history-trial.mjs --repo CLONE [--cli DIR] [--at REF] [--only SUBSTR] [--json OUT] [--verbose]'); process.exit(2); }
const cliDir = opt('--cli', here);
const at = opt('--at', 'HEAD');
const only = opt('--only');
const verbose = args.includes('--verbose');
const fixToo = args.includes('--fix');
const { buildModel } = createRequire(import.meta.url)(join(here, 'dist', 'engine.js'));

const env = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_'))), GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
const git = (...a) => execFileSync('git', a, { cwd: repo, env, encoding: 'utf8', maxBuffer: 1 << 28 });
const gitOr = (fallback, ...a) => { try { return git(...a); } catch { return fallback; } };

git('checkout', '-q', '--detach', at);
git('clean', '-qfdx');
const later = git('rev-parse', 'HEAD').trim();
const gitDir = join(repo, git('rev-parse', '--git-dir').trim());

// The documents: every Markdown file added in the history (not agent prompts or issue templates).
const added = [];
let commit;
for (const line of git('log', '--reverse', '--diff-filter=A', '--name-only', '--format=@%H', '--', '*.md').split('\n')) {
  if (line.startsWith('@')) commit = line.slice(1);
  else if (line && !/^\.(claude|github)\//.test(line) && !/(^|\/)(README|CHANGELOG|CLAUDE|AGENTS)\.md$/.test(line) && (!only || only.split(',').some((o) => line.includes(o)))) added.push({ path: line, commit });
}

const blobCache = new Map();
const show = (c, p) => {
  const k = `${c}:${p}`;
  if (!blobCache.has(k)) blobCache.set(k, gitOr(undefined, 'show', k));
  return blobCache.get(k);
};
const treeCache = new Map();
const tree = (c) => {
  if (!treeCache.has(c)) treeCache.set(c, git('ls-tree', '-r', '--name-only', c).split('\n').filter(Boolean));
  return treeCache.get(c);
};
const norm = (l) => l.trim().replace(/\s+/g, ' ');
const noCode = (ls) => ls.every((l) => /^[\s{}()[\];,]*$/.test(l));

/** The file a citation names at a commit, as the checker resolves it: from the root (a link from the plan's folder), else by unique suffix. */
function resolveAt(c, cite, planPath) {
  const files = tree(c);
  const p = cite.link ? (cite.path.startsWith('/') ? cite.path.slice(1) : posix.normalize(posix.join(posix.dirname(planPath), cite.path))) : cite.path.replace(/^\.\//, '');
  if (files.includes(p)) return p;
  const suffix = files.filter((f) => f.endsWith('/' + p));
  return suffix.length === 1 ? suffix[0] : undefined;
}

const renameCache = new Map();
/** Where git's rename detection takes each file of the plan's commit to the later commit. */
function renames(c) {
  if (!renameCache.has(c)) {
    const m = new Map();
    for (const l of git('diff', '-M', '--name-status', '--diff-filter=R', c, later).split('\n')) {
      const [s, a, b] = l.split('\t');
      if (s?.startsWith('R')) m.set(a, b);
    }
    renameCache.set(c, m);
  }
  return renameCache.get(c);
}

function findBlock(lines, block) {
  const hits = [];
  const n = lines.map(norm);
  for (let i = 0; i + block.length <= n.length; i++) if (block.every((b, k) => n[i + k] === b)) hits.push(i + 1);
  return hits;
}

/** The reference: where the cited lines' text is in the later tree. */
function reference(c, path, r) {
  const old = show(c, path)?.split('\n');
  if (!old || r.end > old.length) return { kind: 'past-eof' };
  const block = old.slice(r.start - 1, r.end).map(norm);
  if (noCode(block)) return { kind: 'no-code' };
  const len = r.end - r.start;
  const target = tree(later).includes(path) ? path : renames(c).get(path);
  if (target) {
    const hits = findBlock(show(later, target).split('\n'), block);
    if (hits.length === 1) return { kind: target === path && hits[0] === r.start ? 'unchanged' : 'moved', path: target, start: hits[0], end: hits[0] + len };
    if (hits.length > 1) return { kind: 'ambiguous', hits: hits.map((h) => ({ path: target, start: h, end: h + len })) };
  }
  // Elsewhere: files of the same extension holding the block's longest line.
  const longest = block.reduce((a, b) => (b.length > a.length ? b : a), '');
  const ext = path.slice(path.lastIndexOf('.'));
  const files = [...new Set(gitOr('', 'grep', '-l', '-F', '-e', longest, later, '--', `*${ext}`).split('\n').filter(Boolean).map((l) => l.slice(later.length + 1)))].filter((f) => f !== target);
  const hits = files.flatMap((f) => findBlock(show(later, f).split('\n'), block).map((h) => ({ path: f, start: h, end: h + len })));
  if (hits.length === 1) return { kind: 'moved', ...hits[0] };
  if (hits.length > 1) return { kind: 'ambiguous', hits };
  return { kind: 'gone' };
}

/** The reference for a citation of several ranges: moved when all are there again, gone when one is not. */
function combined(refs) {
  if (refs.length === 1) return refs[0];
  const kinds = refs.map((r) => r.kind);
  const multi = kinds.join('+');
  for (const k of ['past-eof', 'no-code', 'gone', 'ambiguous']) if (kinds.includes(k)) return { kind: k, multi };
  const path = refs[0].path;
  if (refs.some((r) => r.path !== path)) return { kind: 'gone', multi, note: 'ranges went to different files' };
  return { kind: kinds.every((k) => k === 'unchanged') ? 'unchanged' : 'moved', path, start: refs[0].start, end: refs[0].end, spans: refs.map((r) => ({ path: r.path, start: r.start, end: r.end })), multi };
}

/** What the checker said of one citation: its MP009 kind and, when it names one, the new place. */
function verdict(diags) {
  const d = diags.find((x) => x.rule === 'MP009');
  const others = diags.filter((x) => x.rule !== 'MP009').map((x) => x.rule);
  // No MP009 but a finding about the citation (MP001, MP004, MP005): not followed, reported as wrong now.
  if (!d) return { kind: others.length ? `not followed (${[...new Set(others)].join(',')})` : 'silent', others };
  const m = d.message;
  const kind = /own commit/.test(m) ? 'own-commit'
    : /^the code cited here moved to another file/.test(m) ? 'moved-file'
    : /^the code cited here moved/.test(m) ? 'moved'
    : /^the file cited here was renamed/.test(m) ? 'renamed'
    : /^the code cited here was replaced/.test(m) ? 'replaced'
    : /^the code cited here was edited: /.test(m) ? 'reanchored'
    : /has no single place/.test(m) ? 'edited-lost'
    : /^the code cited here was edited/.test(m) ? 'edited'
    : /^the code cited here was deleted/.test(m) ? 'deleted' : 'other';
  const w = /(\S+?)(?::L?(\d[\d,\-L]*)|#L(\d[\d\-L]*)) is now (?:about )?(\S+?)(?:, inside| \(|;|\.? |\.?$)/.exec(m);
  let place;
  if (w) {
    const tgt = w[4];
    const bare = /^L?\d/.test(tgt);
    const file = bare ? w[1] : tgt.replace(/(?::L?\d[\d,\-L]*|#L\d[\d\-L]*)$/, '');
    const spec = bare ? tgt : tgt.slice(file.length + 1);
    const nums = spec.replace(/L/g, '').split(',')[0].split('-').map(Number);
    const spans = spec.replace(/L/g, '').split(',').map((part) => part.split('-').map(Number)).map(([a, b]) => ({ start: a, end: b ?? a }));
    place = { path: file, start: nums[0], end: nums[1] ?? nums[0], spans };
  }
  return { kind, place, message: m, others };
}

/**
 * With --fix: the plan checked again with `check --fix`, which must keep its line count and
 * change nothing outside its citations (issue 20: --fix applies only one-answer rewrites).
 */
const fixes = { plans: 0, changed: 0, citations: 0, broken: [] };
function fixCheck(planPath, c, text, model, abs) {
  writeFileSync(abs, text);
  rmSync(join(gitDir, 'macroplan'), { recursive: true, force: true });
  try { execFileSync(process.execPath, [join(cliDir, 'bin', 'macroplan.js'), 'check', '--root', repo, '--since', c, '--fix', planPath], { cwd: repo, env, stdio: 'ignore' }); } catch { /* findings left: exit 1 */ }
  const after = readFileSync(abs, 'utf8');
  fixes.plans++;
  if (after === text) return;
  fixes.changed++;
  const a = text.split('\n');
  const b = after.split('\n');
  if (a.length !== b.length) { fixes.broken.push(`${planPath}: ${a.length} lines became ${b.length}`); return; }
  let offset = 0;
  for (let i = 0; i < a.length; offset += a[i].length + 1, i++) {
    if (a[i] === b[i]) continue;
    let p = 0;
    while (p < a[i].length && a[i][p] === b[i][p]) p++;
    let s = 0;
    while (s < a[i].length - p && s < b[i].length - p && a[i][a[i].length - 1 - s] === b[i][b[i].length - 1 - s]) s++;
    if (model.citations.some((ci) => ci.start <= offset + p && offset + a[i].length - s <= ci.end)) fixes.citations++;
    else fixes.broken.push(`${planPath}:${i + 1}: ${a[i]} -> ${b[i]}`);
  }
}

if (args.includes('--head')) {
  headDocs();
  process.exit(0);
}

/**
 * --head: the documents committed at --at, checked in place as a user would (no --since: each
 * citation's baseline from blame), every MP009 finding printed with the lines it cites at its
 * baseline and where it sends them, for judging by hand.
 */
function headDocs() {
  const docs = tree(later).filter((f) => f.endsWith('.md') && !/^\.(claude|github)\//.test(f) && (!only || only.split(',').some((o) => f.includes(o))));
  rmSync(join(gitDir, 'macroplan'), { recursive: true, force: true });
  let out;
  try {
    out = execFileSync(process.execPath, [join(cliDir, 'bin', 'macroplan.js'), 'check', '--root', repo, '--format', 'json', ...docs], { cwd: repo, env, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) { out = e.stdout; }
  rmSync(join(gitDir, 'macroplan'), { recursive: true, force: true });
  let n = 0;
  for (const f of JSON.parse(out).files) {
    const lines = readFileSync(join(repo, f.path), 'utf8').split('\n');
    for (const d of f.diagnostics.filter((x) => x.rule === 'MP009')) {
      n++;
      const since = /since (?:[^ ]+ \()?([0-9a-f]{7,})/.exec(d.message)?.[1];
      const v = verdict([d]);
      const was = /(\S+?):L?(\d+)(?:-L?(\d+))?(?:,[\d,-]+)? (?:is now|now holds|\()/.exec(d.message) ?? /: (\S+?):L?(\d+)(?:-L?(\d+))? \(since/.exec(d.message);
      console.log(`#${n} ${f.path}:${d.line}: ${lines[d.line - 1].trim().slice(0, 240)}\n    ${d.severity}: ${d.message}`);
      if (was && since) {
        const old = show(since, was[1])?.split('\n') ?? [];
        console.log(`    at ${since}:\n${old.slice(+was[2] - 1, +(was[3] ?? was[2])).slice(0, 12).map((l) => `      | ${l}`).join('\n')}`);
      }
      if (v.place) {
        const now = existsSync(join(repo, v.place.path)) ? readFileSync(join(repo, v.place.path), 'utf8').split('\n') : [];
        console.log(`    now ${v.place.path}:${v.place.start}-${v.place.end}:\n${now.slice(v.place.start - 1, v.place.end).slice(0, 12).map((l) => `      | ${l}`).join('\n')}`);
      }
    }
  }
  console.log(`\n${docs.length} documents checked at ${later.slice(0, 8)}, ${n} MP009 findings`);
}

const counts = {};
const rows = [];
let planCount = 0;
const add = (k) => (counts[k] = (counts[k] ?? 0) + 1);
if (opt('--rescore')) {
  rescore(opt('--rescore'));
  process.exit(0);
}

/**
 * --rescore ROWS.json: an earlier run's verdicts (its JSON rows) judged again against the
 * reference as this script computes it now (the checker is not run again). --copied-from
 * OTHER.json takes which documents are written to be copied from another run's rows.
 */
function rescore(file) {
  const old = JSON.parse(readFileSync(file, 'utf8'));
  const from = opt('--copied-from');
  const copiedPlans = new Set(from ? JSON.parse(readFileSync(from, 'utf8')).filter((r) => r.copied).map((r) => r.plan) : []);
  const seen = new Set();
  for (const r of old) {
    const spec = /(?::L?|#L)([\dL,\-\u2013]+)$/.exec(r.cited)?.[1] ?? '';
    const ranges = r.ranges ?? spec.replace(/L/g, '').split(',').map((p) => p.split(/[-\u2013]/).map(Number)).map(([a, b]) => ({ start: a, end: b ?? a }));
    const copied = r.copied ?? copiedPlans.has(r.plan);
    const v = r.verdict.message ? verdict([{ rule: 'MP009', message: r.verdict.message }, ...r.verdict.others.map((rule) => ({ rule }))]) : verdict(r.verdict.others.map((rule) => ({ rule })));
    const ref = combined(ranges.map((x) => reference(r.commit, r.path, x)));
    const row = { ...r, ranges, copied, ref, verdict: v, cls: classify(ref, v, copied) };
    seen.add(r.plan);
    add(row.cls);
    rows.push(row);
    show1(row);
  }
  planCount = seen.size;
  summary();
}

for (const { path: planPath, commit: c } of added) {
  const text = show(c, planPath);
  if (!text) continue;
  const model = buildModel(text);
  const cites = [];
  for (const ci of model.citations) {
    const path = resolveAt(c, ci, planPath);
    if (!path) continue;
    const before = text.slice(0, ci.start);
    const line = before.split('\n').length;
    const column = ci.start - before.lastIndexOf('\n');
    cites.push({ ci, path, line, column, cited: text.slice(ci.start, ci.end) });
  }
  if (cites.length === 0) continue;
  planCount++;
  const abs = join(repo, planPath);
  // Tracked at the later commit: restored after; else removed (plans may be git-ignored there).
  const existed = tree(later).includes(planPath);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, text);
  rmSync(join(gitDir, 'macroplan'), { recursive: true, force: true });
  let out;
  try {
    out = execFileSync(process.execPath, [join(cliDir, 'bin', 'macroplan.js'), 'check', '--root', repo, '--since', c, '--format', 'json', planPath], { cwd: repo, env, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) { out = e.stdout; }
  if (fixToo) fixCheck(planPath, c, text, model, abs);
  if (existed) git('checkout', '-q', '--', planPath);
  else rmSync(abs);
  let diags = [];
  let copied = false;
  try {
    const f = JSON.parse(out).files[0];
    diags = f.diagnostics;
    // A prompt or template is checked without history (its citations are placeholders).
    copied = f.profile === null && /^not a plan: an? (prompt|template|guide|agent command)/.test(f.profileReason ?? '');
  } catch { console.error(`${planPath}: no JSON`); }
  for (const x of cites) {
    const mine = diags.filter((d) => d.line === x.line && d.column === x.column);
    const v = verdict(mine);
    const ranges = x.ci.ranges.map((r) => ({ start: r.start, end: r.end }));
    const ref = combined(ranges.map((r) => reference(c, x.path, r)));
    const cls = classify(ref, v, copied);
    add(cls);
    const row = { plan: planPath, commit: c.slice(0, 8), line: x.line, cited: x.cited, path: x.path, ranges, copied, ref, verdict: v, cls };
    rows.push(row);
    show1(row);
  }
}
summary();

function show1(row) {
  const { ref, verdict: v, cls } = row;
  if (verbose || !/agree|exactly|^changed: (reanchored|edited|deleted|edited-lost|replaced|own-commit)|^changed: placed \((reanchored|edited)\)/.test(cls)) {
    console.log(`${row.plan}:${row.line} ${row.cited} (${row.path} at ${row.commit})\n    ref: ${JSON.stringify(ref)}\n    tool: ${v.kind}${v.place ? ` -> ${v.place.path}:${v.place.start}-${v.place.end}` : ''}${v.others.length ? ` [${v.others.join(',')}]` : ''}${v.message ? `\n    said: ${v.message.slice(0, 300)}` : ''}\n    => ${cls}`);
  }
}

/** The verdict against the reference, in words the summary counts. */
function classify(ref, v, copied) {
  // Every range where the reference found it (a citation of several ranges: all of them).
  const exactly = (p) => v.place && p && (p.spans ?? [p]).every((q, i) => v.place.path === q.path && v.place.spans[i]?.start === q.start && v.place.spans[i]?.end === q.end) && (p.spans ?? [p]).length === v.place.spans.length;
  const placed = ['moved', 'moved-file', 'renamed', 'reanchored', 'edited'].includes(v.kind);
  if (copied) return 'not followed: the document is written to be copied (prompt, template)';
  if (ref.kind === 'past-eof' || ref.kind === 'no-code') return `off-at-baseline (${ref.kind}): ${v.kind}`;
  if (ref.kind === 'unchanged') return v.kind === 'silent' ? 'unchanged: silent (agree)' : `unchanged: ${v.kind} (false alarm?)`;
  if (ref.kind === 'moved') {
    if (exactly(ref)) return `moved: followed exactly (${v.kind})`;
    if (v.kind === 'silent') return 'moved: left silently';
    if (placed) return `moved: to other lines (${v.kind})`;
    return `moved: reported without a place (${v.kind})`;
  }
  if (ref.kind === 'ambiguous') return v.kind === 'silent' ? 'ambiguous: silent' : (ref.hits ?? []).some(exactly) ? `ambiguous: to one of them (${v.kind})` : `ambiguous: elsewhere (${v.kind})`;
  return v.kind === 'silent' ? 'changed: silent' : placed ? `changed: placed (${v.kind})` : `changed: ${v.kind}`;
}

function summary() {
  console.log(`\n${planCount} documents, ${rows.length} citations, checked at ${later.slice(0, 8)} with ${cliDir}`);
  for (const [k, n] of Object.entries(counts).sort()) console.log(`  ${String(n).padStart(4)}  ${k}`);
  const moved = rows.filter((r) => r.ref.kind === 'moved');
  const exact = moved.filter((r) => r.cls.startsWith('moved: followed exactly')).length;
  console.log(`moved (by the reference): ${moved.length}; followed exactly ${exact} (${moved.length ? ((100 * exact) / moved.length).toFixed(1) : '-'}%), to other lines ${moved.filter((r) => r.cls.startsWith('moved: to other')).length}, left silently ${moved.filter((r) => r.cls === 'moved: left silently').length}, reported without a place ${moved.filter((r) => r.cls.startsWith('moved: reported')).length}`);
  const byTool = {};
  for (const r of rows) byTool[r.verdict.kind] = (byTool[r.verdict.kind] ?? 0) + 1;
  console.log('tool verdicts:', JSON.stringify(byTool));
  if (fixToo) console.log(`--fix: ${fixes.plans} plans, ${fixes.changed} changed, ${fixes.citations} citation lines rewritten, ${fixes.broken.length} changes outside a citation or of the line count${fixes.broken.map((x) => `\n    ${x}`).join('')}`);
  const out = opt('--json');
  if (out) writeFileSync(out, JSON.stringify(rows, null, 1));
}
