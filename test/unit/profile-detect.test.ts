import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildModel } from '../../server/src/core/model';
import { defaultConfig, mergeConfig, type Config, type ConfigProblem } from '../../server/src/core/config';
import { chooseProfile, type ProfileChoice } from '../../server/src/core/plan/detect';
import { checkDocument } from '../../server/src/core/engine';
import { FileWorkspace } from '../../server/src/core/workspace';
import { makeFixture, type Fixture } from '../helpers/fixture';

const REPO = path.resolve(__dirname, '..', '..');
const SHARED = path.resolve(REPO, '..', 'shared');
const BIN = path.join(REPO, 'bin', 'macroplan.js');
const read = (...p: string[]) => fs.readFileSync(path.join(...p), 'utf8');
/** Every file under a folder, as paths relative to it with '/' (shared/ holds subfolders). */
const filesUnder = (dir: string): string[] =>
  (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath ?? e.path, e.name)).split(path.sep).join('/'))
    .sort();

const full = read(REPO, 'test', 'fixtures', 'plans', 'micro', 'discount-cap-micro-plan.md');
const compact = read(REPO, 'test', 'fixtures', 'plans', 'micro', 'coupon-typo-compact-micro-plan.md');
const macro = read(REPO, 'test', 'fixtures', 'plans', 'queue-sharding-macro-plan.md');
const example = read(REPO, 'examples', 'workspace', 'docs', 'plans', 'routing-macro-plan.md');

function choose(text: string, rel = 'docs/x.md', config: Config = defaultConfig()): ProfileChoice {
  return chooseProfile(buildModel(text), config, '/ws', path.join('/ws', rel));
}

function withConfig(raw: unknown): Config {
  const problems: ConfigProblem[] = [];
  const c = mergeConfig(defaultConfig(), raw, problems);
  assert.deepEqual(problems, []);
  return c;
}

const TEMPLATE_ORDER = [
  '# Queue plan', '',
  '### A) Executive Summary', '', 'x', '', '### B) High-Level Objectives and Model Scoping', '', 'x', '', '### C) Concept Model', '', 'x', '',
  '### D) Architectural Evolution', '', 'x', '', '### E) PR Series (Ordered)', '', 'x', '', '### G) Dependency DAG', '', 'x', '', '### H) Risk Register', '', 'x', '',
].join('\n');

const GUIDE = [
  '# Micro Plan Writing Guide', '',
  'Every micro plan has these sections.', '',
  '## Behavioral Contracts', '', 'Write each contract as BC-1: a name, then GIVEN / WHEN / THEN.', '',
  '## Tasks', '', '### Task 1: what a task looks like (BC-1)', '', 'Files, Test, Impl, Verify, Commit.', '',
  '## Sanity Checklist', '', '- [ ] every contract has a task', '',
].join('\n');

const COMMAND = ['---', 'description: Write a micro plan for an issue', 'allowed-tools: Read, Grep', '---', '', 'Write a micro plan for issue $ARGUMENTS following docs/templates/micro-plan.md.', '', '## Behavioral Contracts', '', '## Tasks', '', '## Sanity Checklist', ''].join('\n');

const README = ['# shop', '', 'A small Go shop.', '', '## Install', '', '`go install ./...`', '', '## Usage', '', 'See `shop/cart.go:1`.', ''].join('\n');

const TEMPLATE_BY_PLACEHOLDERS = [
  '# [PR Title] Implementation Plan', '',
  '**Goal:** [One sentence a non-contributor could understand]', '',
  '## Behavioral Contracts', '', 'BC-1: <Name>', '- GIVEN <precondition>', '- WHEN <action>', '- THEN <observable outcome>', '',
  '## Tasks', '', '### Task 1: <Name> (BC-1)', '', '**Files:** `path/to/file.go:NN`', '',
  '## Sanity Checklist', '', '- [ ] ok', '',
].join('\n');

describe('profile detection: which profile each file gets', () => {
  it('matches fixture plans of each kind to their profile, with a reason', () => {
    const cases: [string, string, string][] = [
      [full, 'docs/plans/discount-cap-micro-plan.md', 'micro'],
      [compact, 'docs/plans/coupon-typo-compact-micro-plan.md', 'micro-compact'],
      [macro, 'docs/plans/queue-sharding-macro-plan.md', 'prompt'],
      [example, 'docs/plans/routing-macro-plan.md', 'prompt'],
      [TEMPLATE_ORDER, 'docs/notes/queue.md', 'template'],
      // A guide word in a plan's title does not make it a guide.
      [compact.replace('# Coupon error message typo Implementation Plan', '# Process Guide Cleanup Implementation Plan'), 'docs/plans/c.md', 'micro-compact'],
      // Nor does a template or prompt word: the title ends in Plan.
      [macro.replace(/^# .*$/m, '# Config Templates and Source Scanning — Macro Plan'), 'docs/plans/t.md', 'prompt'],
      [compact.replace('# Coupon error message typo Implementation Plan', '# Prompt Cache Eviction Implementation Plan'), 'docs/plans/p.md', 'micro-compact'],
    ];
    for (const [text, rel, want] of cases) {
      const c = choose(text, rel);
      assert.equal(c.profile?.name, want, `${rel}: ${c.reason}`);
      assert.match(c.reason, new RegExp(`"${want}" profile`));
    }
    assert.match(choose(full).reason, /10 of the 11 sections of the "micro" profile, 3 contracts, 2 tasks/);
  });

  it('does not take templates, prompts, guides, agent command files or a README for plans', () => {
    const cases: [string, string, RegExp][] = [
      [GUIDE, 'docs/contributing/micro-planning.md', /not a plan: a guide/],
      [COMMAND, '.claude/commands/micro-plan.md', /not a plan: an agent command file/],
      [COMMAND, 'tools/plan-command.md', /not a plan: an agent command file/],
      [README, 'README.md', /not a plan: it has too few sections/],
      [TEMPLATE_BY_PLACEHOLDERS, 'docs/contributing/templates/micro.md', /not a plan: a template \(placeholders/],
      [`# Macro Plan Template\n\n${macro}`, 'docs/templates/macro.md', /not a plan: a template \(its title/],
      [`# Macro Plan Template (Multi-PR Feature Plan)\n\n${macro}`, 'docs/templates/macro2.md', /not a plan: a template \(its title/],
      [`You are writing a macro plan.\n\n${macro}`, 'docs/prompts/macro.md', /not a plan: a prompt/],
    ];
    for (const [text, rel, want] of cases) {
      const c = choose(text, rel);
      assert.equal(c.profile, undefined, `${rel} got ${c.profile?.name}: ${c.reason}`);
      assert.match(c.reason, want, rel);
    }
    // Even where a "files" glob would make it a plan.
    assert.equal(choose(`# Macro Plan Template\n\n${macro}`, 'docs/plans/x-macro-plan.md').profile, undefined);
  });

  it('gives no structure findings to a template and checks none of its placeholder citations; a leftover placeholder in a plan is still reported', async () => {
    const fx = makeFixture({ 'go.mod': 'module shop\n' });
    try {
      const ws = new FileWorkspace({ root: fx.root });
      const t = await checkDocument(ws, TEMPLATE_BY_PLACEHOLDERS + '\nSee `exact/path/to/existing.go:123-145`.\n', { config: defaultConfig(), path: fx.path('docs/templates/micro.md') });
      assert.deepEqual(t.diagnostics.map((d) => `${d.rule} ${d.message}`), []);
      const p = await checkDocument(ws, compact.replace('**Files:** modify `shop/coupon.go`', '**Files:** modify `path/to/file.go:12`'), { config: defaultConfig(), path: fx.path('docs/plans/c.md') });
      assert.equal(p.profile?.name, 'micro-compact');
      assert.ok(p.diagnostics.some((d) => d.rule === 'MP001' && /path\/to\/file\.go/.test(d.message)), p.diagnostics.map((d) => d.message).join('\n'));
    } finally {
      fx.remove();
    }
  });

  it('pins profiles by glob in .macroplan.json ("none": not a plan), first match wins', () => {
    const config = withConfig({ profiles: [{ files: ['docs/plans/legacy/**'], profile: 'template' }, { files: 'docs/drafts/*.md', profile: 'none' }, { files: ['docs/**'], profile: 'micro' }] });
    assert.equal(choose(macro, 'docs/plans/legacy/a.md', config).profile?.name, 'template');
    assert.equal(choose(full, 'docs/drafts/a.md', config).profile, undefined);
    assert.match(choose(full, 'docs/drafts/a.md', config).reason, /pinned by "profiles"/);
    assert.equal(choose(macro, 'docs/plans/b.md', config).profile?.name, 'micro');
    assert.equal(choose(macro, 'elsewhere/b.md', config).profile?.name, 'prompt');
    const problems: ConfigProblem[] = [];
    mergeConfig(defaultConfig(), { profiles: [{ files: ['x'], profile: 'strict' }, { profile: 'micro' }] }, problems);
    assert.equal(problems.length, 2);
    assert.match(problems[0].message, /unknown profile "strict"/);
  });

  it('keeps a configured profile for plans of its kind and gives a plan of the other kind its own', () => {
    const template = withConfig({ profile: 'template' });
    assert.equal(choose(macro, 'docs/plans/q-macro-plan.md', template).profile?.name, 'template');
    assert.equal(choose(full, 'docs/plans/pr-12.md', template).profile?.name, 'micro');
    assert.match(choose(full, 'docs/plans/pr-12.md', template).reason, /a micro plan, which the configured "template" \(macro\) does not describe/);
    const micro = withConfig({ profile: 'micro' });
    assert.equal(choose(compact, 'docs/plans/c.md', micro).profile?.name, 'micro');
    assert.equal(choose(macro, 'docs/plans/q.md', micro).profile?.name, 'prompt');
  });

  it('reads the reference templates and prompts as not plans, and the corpus plans as their kind', function () {
    if (!fs.existsSync(SHARED)) {
      this.skip();
      return;
    }
    const ref = path.join(SHARED, 'reference');
    if (fs.existsSync(ref)) {
      for (const f of filesUnder(ref)) {
        const c = choose(read(ref, f), `docs/contributing/${f}`);
        assert.equal(c.profile, undefined, `${f} got ${c.profile?.name}: ${c.reason}`);
        // The superpowers templates are not plans for want of sections (for now).
        if (!f.includes('/')) assert.ok(c.notPlan && ['template', 'prompt', 'guide'].includes(c.notPlan), `${f}: ${c.reason}`);
        // The spec-kit templates are templates by their placeholders, in .specify/templates/ and in a feature folder alike.
        if (f.startsWith('spec-kit/')) {
          assert.equal(c.notPlan, 'template', `${f}: ${c.reason}`);
          const kind = path.basename(f).replace('-template.md', '');
          const inFolder = choose(read(ref, f), kind === 'checklist' ? 'specs/001-x/checklists/ux.md' : `specs/001-x/${kind}.md`);
          assert.equal(inFolder.notPlan, 'template', `${f} in a feature folder: ${inFolder.reason}`);
        }
      }
    } else console.log(`      (skipped the reference files: ${ref} is absent)`);
    const corpus = path.join(SHARED, 'corpus');
    if (!fs.existsSync(corpus)) {
      console.log(`      (skipped the corpus: ${corpus} is absent)`);
      return;
    }
    const want: Record<string, string> = {
      'pr-1169-priority-preemption-micro-plan.md': 'micro',
      'replay-anomaly-parity-compact-micro-plan.md': 'micro-compact',
    };
    const files = filesUnder(corpus);
    assert.ok(files.length >= 4, `only ${files.length} corpus files found`);
    for (const f of files) {
      const c = choose(read(corpus, f), `docs/plans/${path.basename(f)}`);
      if (want[f]) assert.equal(c.profile?.name, want[f], `${f}: ${c.reason}`);
      else if (/macro-plan/.test(f)) assert.equal(c.profile?.kind, 'macro', `${f}: ${c.reason}`);
      else if (f.startsWith('micro-plans/')) assert.equal(c.profile?.kind, 'micro', `${f}: ${c.reason}`);
      else if (f.startsWith('design-docs/')) assert.notEqual(c.profile?.kind, 'macro', `${f}: ${c.reason}`);
      // A spec-kit feature folder's documents by their path, and by their title and sections elsewhere.
      if (f.startsWith('spec-kit-')) {
        const name = path.basename(f, '.md');
        const inFolder = choose(read(corpus, f), `specs/${path.dirname(f).replace(/^spec-kit-/, '')}/${path.basename(f)}`);
        assert.equal(inFolder.profile?.name, `spec-kit-${name}`, `${f}: ${inFolder.reason}`);
        assert.match(inFolder.reason, /feature folder's document \(by its path\)/);
        assert.equal(c.profile?.name, `spec-kit-${name}`, `${f} outside its folder: ${c.reason}`);
      }
    }
  });
});

describe('profile detection: shown in the CLI output', function () {
  this.timeout(30_000);
  let fx: Fixture;
  before(() => {
    fx = makeFixture({ 'go.mod': 'module shop\n', 'docs/plans/discount-cap-micro-plan.md': full.replace('## Part 1', '### D) Deviation Log\n\n## Part 1'), 'README.md': README });
  });
  after(() => fx.remove());
  const run = (...args: string[]) => spawnSync(process.execPath, [BIN, 'check', '--root', fx.root, ...args], { cwd: fx.root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

  it('as `profile` and `profileReason` per file in JSON, in the text header and in the SARIF run properties', () => {
    const j = JSON.parse(run('--format', 'json', 'docs', 'README.md').stdout);
    assert.deepEqual(j.files.map((f: { path: string; profile: string | null }) => [f.path, f.profile]), [['docs/plans/discount-cap-micro-plan.md', 'micro'], ['README.md', null]]);
    assert.match(j.files[0].profileReason, /"micro" profile/);
    assert.match(j.files[1].profileReason, /not a plan/);
    const text = run('docs').stdout;
    assert.match(text, /^docs\/plans\/discount-cap-micro-plan\.md {2}\(profile micro\)$/m);
    const sarif = JSON.parse(run('--format', 'sarif', 'docs', 'README.md').stdout);
    assert.deepEqual(sarif.runs[0].properties.profiles.map((p: { uri: string; profile: string | null }) => [p.uri, p.profile]), [['docs/plans/discount-cap-micro-plan.md', 'micro'], ['README.md', null]]);
  });
});
