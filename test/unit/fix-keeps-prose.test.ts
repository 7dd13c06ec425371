/**
 * `--fix` applies fixes and nothing else (issue 20 item 3): on a plan where every kind of rewrite
 * is on offer, the built CLI rewrites only the citations with one answer, keeps every line, and
 * says `fixable` of exactly those; the corpus of real plans keeps its text outside citations.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildModel } from '../../server/src/core/model';
import { makeFixture } from '../helpers/fixture';
import { FIX_PLAN_PATH, makeFixRepo } from '../helpers/fixPlan';
import type { Repo } from '../helpers/gitrepo';

const BIN = path.resolve(__dirname, '..', '..', 'bin', 'macroplan.js');
const CORPUS = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus');

function cli(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Fails unless `after` has the lines of `before` and differs from it only inside citations of
 * `before` (its path and line spec): no line of prose added, removed or rewritten.
 */
export function assertOnlyCitationsChanged(before: string, after: string, name = ''): number {
  const a = before.split('\n');
  const b = after.split('\n');
  assert.equal(b.length, a.length, `${name}: --fix changed the number of lines`);
  const citations = buildModel(before).citations;
  let offset = 0;
  let changed = 0;
  for (let i = 0; i < a.length; offset += a[i].length + 1, i++) {
    if (a[i] === b[i]) continue;
    changed++;
    let p = 0;
    while (p < a[i].length && a[i][p] === b[i][p]) p++;
    let s = 0;
    while (s < a[i].length - p && s < b[i].length - p && a[i][a[i].length - 1 - s] === b[i][b[i].length - 1 - s]) s++;
    const start = offset + p;
    const end = offset + a[i].length - s;
    assert.ok(citations.some((c) => c.start <= start && end <= c.end), `${name}:${i + 1}: --fix rewrote text outside a citation:\n- ${a[i]}\n+ ${b[i]}`);
  }
  return changed;
}

interface JsonDiagnostic { rule: string; line: number; fixable: boolean; fix?: { title: string }; suggestions?: { title: string }[] }

describe('--fix applies fixes only, never a suggestion', function () {
  this.timeout(60_000);
  let repo: Repo;
  before(() => { repo = makeFixRepo(); });
  after(() => repo.remove());

  it('marks fixable exactly the findings with one answer, and offers the rest as suggestions', () => {
    const ds: JsonDiagnostic[] = JSON.parse(cli(repo.root, 'check', '--format', 'json', FIX_PLAN_PATH).stdout).files[0].diagnostics;
    assert.deepEqual(ds.filter((d) => d.fixable).map((d) => [d.rule, d.fix?.title]), [['MP009', 'Move citation to sim/routing.go:7-15'], ['MP001', 'Replace with sim/queue/queue.go']]);
    assert.ok(ds.every((d) => d.fixable === !!d.fix));
    const suggested = [...new Set(ds.filter((d) => d.suggestions?.length).map((d) => d.rule))].sort();
    assert.deepEqual(suggested, ['MP002', 'MP004', 'MP106', 'MP111', 'MP112', 'MP118', 'MP119', 'MP120']);
  });

  it('rewrites only those citations: every line kept, nothing else touched, a second run changes nothing', () => {
    const before = repo.read(FIX_PLAN_PATH);
    const r = cli(repo.root, 'check', '--fix', FIX_PLAN_PATH);
    assert.match(r.stdout, /\n2 fixes applied\n$/, r.stdout + r.stderr);
    const after = repo.read(FIX_PLAN_PATH);
    assert.equal(assertOnlyCitationsChanged(before, after, FIX_PLAN_PATH), 2);
    assert.ok(after.includes('- The router is `Route` (`sim/routing.go:7-15`).\n- The queue type was first sketched in `sim/queue/queue.go:4-6`.\n'));
    assert.doesNotMatch(after, /UNVERIFIED|\| Gate \||BC-1: event order is unchanged \(INV-1\)\n/);
    cli(repo.root, 'check', '--fix', FIX_PLAN_PATH);
    assert.equal(repo.read(FIX_PLAN_PATH), after);
  });

  it('keeps every corpus plan\'s prose and line count, with its code absent', function () {
    if (!fs.existsSync(CORPUS)) this.skip();
    const copy = makeFixture();
    const empty = makeFixture();
    const plans: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(path.join(dir, e.name));
        else if (e.name.endsWith('.md')) plans.push(path.relative(CORPUS, path.join(dir, e.name)));
      }
    };
    walk(CORPUS);
    assert.ok(plans.length > 5);
    for (const p of plans) copy.write(p, fs.readFileSync(path.join(CORPUS, p), 'utf8'));
    cli(copy.root, 'check', '--root', empty.root, '--no-history', '--fix', ...plans.map((p) => copy.path(p)));
    for (const p of plans) assertOnlyCitationsChanged(fs.readFileSync(path.join(CORPUS, p), 'utf8'), copy.read(p), p);
  });
});
