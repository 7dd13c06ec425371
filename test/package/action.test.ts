// The GitHub Action (action.yml) run as a runner runs a composite action: each step's script
// in bash with the inputs' expressions evaluated into the step's env, and the environment a
// runner sets (GITHUB_WORKSPACE, GITHUB_ACTION_PATH, GITHUB_OUTPUT, RUNNER_TEMP).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { load } from 'js-yaml';
import { cleanCheckout, REPO, run, tmp, userRepo } from './checkout';

interface Step { name: string; id?: string; shell?: string; run?: string; uses?: string; env?: Record<string, string>; 'working-directory'?: string }
interface Action { inputs: Record<string, { default?: string }>; outputs: Record<string, { value: string }>; runs: { using: string; steps: Step[] } }

const action = load(fs.readFileSync(path.join(REPO, 'action.yml'), 'utf8')) as Action;

/** Evaluates the only expressions the action may use: inputs, github.action_path and step outputs. */
function evaluate(text: string, ctx: { inputs: Record<string, string>; actionPath: string; steps: Record<string, Record<string, string>> }): string {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
    let m: RegExpExecArray | null;
    if ((m = /^inputs\.([\w-]+)$/.exec(expr))) return ctx.inputs[m[1]] ?? action.inputs[m[1]]?.default ?? '';
    if (expr === 'github.action_path') return ctx.actionPath;
    if ((m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr))) return ctx.steps[m[1]]?.[m[2]] ?? '';
    throw new Error(`action.yml uses an expression this test does not evaluate: ${expr}`);
  });
}

/** name=value lines and name<<DELIM heredocs, as the runner reads $GITHUB_OUTPUT. */
function readOutputs(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n') : [];
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([\w-]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const body: string[] = [];
      while (++i < lines.length && lines[i] !== heredoc[2]) body.push(lines[i]);
      out[heredoc[1]] = body.join('\n');
    } else if (lines[i].includes('=')) out[lines[i].slice(0, lines[i].indexOf('='))] = lines[i].slice(lines[i].indexOf('=') + 1);
  }
  return out;
}

/**
 * A PATH whose `node` logs its arguments before running the real one, and whose `npm` fails:
 * the test counts the checks a run makes and proves it installs nothing.
 */
function spyPath(): { dir: string; log: string } {
  const dir = tmp('spy-bin');
  const log = path.join(dir, 'node.log');
  fs.writeFileSync(path.join(dir, 'node'), `#!/usr/bin/env bash\nprintf '%s\\n' "$*" >>'${log}'\nexec '${process.execPath}' "$@"\n`, { mode: 0o755 });
  fs.writeFileSync(path.join(dir, 'npm'), '#!/usr/bin/env bash\necho "npm must not run: $*" >&2\nexit 97\n', { mode: 0o755 });
  return { dir, log };
}

let runs = 0;
function runAction(actionPath: string, workspace: string, inputs: Record<string, string> = {}) {
  const n = ++runs;
  const runnerTemp = tmp(`runner-temp-${n}`);
  const spy = spyPath();
  fs.rmSync(spy.log, { force: true });
  const steps: Record<string, Record<string, string>> = {};
  let stdout = '';
  let failed: { step: string; status: number | null } | undefined;
  for (const step of action.runs.steps) {
    assert.equal(step.uses, undefined, 'the test runs shell steps only');
    assert.equal(step.shell, 'bash');
    assert.ok(!/\$\{\{/.test(step.run!), `step "${step.name}": expressions in a script can inject commands; pass them through env`);
    const output = path.join(runnerTemp, `output-${step.id ?? step.name.replace(/\W/g, '')}`);
    fs.writeFileSync(output, '');
    const script = path.join(runnerTemp, 'step.sh');
    fs.writeFileSync(script, step.run!);
    const env: NodeJS.ProcessEnv = {
      PATH: `${spy.dir}${path.delimiter}${process.env.PATH}`, HOME: process.env.HOME, CI: 'true', GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace, GITHUB_ACTION_PATH: actionPath, GITHUB_OUTPUT: output, RUNNER_TEMP: runnerTemp,
    };
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = evaluate(String(v), { inputs, actionPath, steps });
    // How the runner starts a bash step.
    const r = run('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: step['working-directory'] ? evaluate(step['working-directory'], { inputs, actionPath, steps }) : workspace, env });
    stdout += r.stdout;
    if (step.id) steps[step.id] = readOutputs(output);
    if (r.status !== 0) {
      failed = { step: step.name, status: r.status };
      if (r.stderr) process.stderr.write(r.stderr);
      break;
    }
  }
  const outputs = Object.fromEntries(Object.entries(action.outputs).map(([k, v]) => [k, evaluate(v.value, { inputs, actionPath, steps })]));
  const nodeRuns = fs.existsSync(spy.log) ? fs.readFileSync(spy.log, 'utf8').trim().split('\n') : [];
  return { stdout, failed, outputs, runnerTemp, checks: nodeRuns.filter((l) => / check( |$)/.test(l)).length };
}

describe('the GitHub Action (action.yml)', function () {
  this.timeout(900_000);
  let actionPath: string;
  before(() => {
    // The runner fetches the action's repository at a ref: a clean checkout, its committed files only.
    actionPath = cleanCheckout();
  });

  it('is a composite action with the documented inputs and outputs', () => {
    assert.equal(action.runs.using, 'composite');
    assert.deepEqual(Object.keys(action.inputs).sort(), ['args', 'fail-on-warnings', 'paths', 'profile', 'sarif-file']);
    assert.deepEqual(Object.keys(action.outputs).sort(), ['exit-code', 'sarif-file']);
  });

  it('installs nothing, checks once, annotates the findings, writes SARIF to the path it outputs, and fails on errors', () => {
    const repo = userRepo('action-repo');
    const r = runAction(actionPath, repo);
    assert.deepEqual(r.failed, { step: 'Check plans', status: 1 }, r.stdout);
    assert.equal(r.checks, 1, 'one macroplan check writes both the annotations and the SARIF report');
    assert.ok(!fs.existsSync(path.join(actionPath, 'node_modules')), 'no npm install in the action checkout');
    assert.match(r.stdout, /^::error file=docs\/plans\/cart-plan\.md,line=4,col=7,endLine=4,endColumn=23,title=MP001 citation-file-missing::shop\/basket\.go does not exist in the workspace\.$/m);
    assert.equal(r.outputs['exit-code'], '1');
    assert.equal(r.outputs['sarif-file'], path.join(r.runnerTemp, 'macroplan.sarif'));
    const sarif = JSON.parse(fs.readFileSync(r.outputs['sarif-file'], 'utf8'));
    assert.equal(sarif.version, '2.1.0');
    assert.deepEqual(sarif.runs[0].results.map((x: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => [x.ruleId, x.locations[0].physicalLocation.artifactLocation.uri]), [['MP001', 'docs/plans/cart-plan.md']]);
    assert.ok(!fs.existsSync(path.join(repo, 'node_modules')) && !fs.existsSync(path.join(repo, 'macroplan.sarif')), 'nothing written to the user repository');
  });

  it('paths narrow the check; warnings pass unless fail-on-warnings; extra args and profile reach the checker', () => {
    const repo = userRepo('action-warn', '# Notes\n\nOnly a brace: shop/cart.go:6.\n');
    const warn = runAction(actionPath, repo, { paths: 'docs/plans\ndocs/notes.md' });
    assert.equal(warn.failed, undefined, warn.stdout);
    assert.match(warn.stdout, /^::warning file=docs\/plans\/cart-plan\.md,line=3,.*title=MP005 citation-empty-range::/m);
    assert.match(warn.stdout, /in 2 files$/m);

    const strict = runAction(actionPath, repo, { paths: 'docs/plans', 'fail-on-warnings': 'true' });
    assert.deepEqual(strict.failed, { step: 'Check plans', status: 1 });
    const viaArgs = runAction(actionPath, repo, { paths: 'docs/plans', args: '--max-warnings 0' });
    assert.deepEqual(viaArgs.failed, { step: 'Check plans', status: 1 });

    const custom = path.join(tmp('sarif-out'), 'reports', 'mp.sarif');
    const profile = runAction(actionPath, repo, { profile: 'template', 'sarif-file': custom });
    assert.equal(profile.failed, undefined, profile.stdout);
    assert.equal(profile.outputs['sarif-file'], custom);
    assert.ok(fs.existsSync(custom));

    const bad = runAction(actionPath, repo, { profile: 'no-such-profile' });
    assert.deepEqual(bad.failed, { step: 'Check plans', status: 2 });
    assert.equal(bad.outputs['exit-code'], '2');
    assert.equal(bad.outputs['sarif-file'], '', 'no report to upload after a usage error');
    const badFlag = runAction(actionPath, repo, { 'fail-on-warnings': 'yes' });
    assert.deepEqual(badFlag.failed, { step: 'Check plans', status: 2 });
  });

  it('past GitHub\'s 10 annotations per level, the log lists the rest with file and line; SARIF has all', () => {
    const gone = Array.from({ length: 12 }, (_, i) => `Gone ${i}: shop/gone${i}.go:3.`).join('\n');
    const repo = userRepo('action-many', `# Cart plan\n\n${gone}\n`);
    const r = runAction(actionPath, repo, { paths: 'docs/plans' });
    assert.equal(r.checks, 1);
    assert.equal(r.stdout.split('\n').filter((l) => l.startsWith('::error ')).length, 12);
    assert.match(r.stdout, /^macroplan: GitHub shows only the first 10 annotations of each level in a step; the other 2 \(all are in the SARIF report\):\n {2}docs\/plans\/cart-plan\.md:13:10: error: shop\/gone10\.go does not exist in the workspace\. \(MP001\)\n {2}docs\/plans\/cart-plan\.md:14:10: error: /m);
    const sarif = JSON.parse(fs.readFileSync(r.outputs['sarif-file'], 'utf8'));
    assert.equal(sarif.runs[0].results.length, 12);
  });

  it('treats inputs as data: shell syntax in paths or args runs nothing', () => {
    const repo = userRepo('action-inject');
    const marker = path.join(repo, 'pwned');
    const r = runAction(actionPath, repo, { paths: `docs; touch ${marker}`, args: `$(touch ${marker})` });
    assert.ok(!fs.existsSync(marker));
    assert.equal(r.failed?.status, 2, 'unknown paths are a usage error');
  });
});
