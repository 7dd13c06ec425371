import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BUILTIN_PROFILES, resolveProfile, validateProfile } from '../../server/src/core/plan/profile';
import { defaultConfig, loadConfig, mergeConfig, type ConfigProblem } from '../../server/src/core/config';
import { checkDocument } from '../../server/src/core/engine';
import { FileWorkspace } from '../../server/src/core/workspace';
import { rules } from '../../server/src/core/rules';
import { makeFixture } from '../helpers/fixture';
import promptJson from '../../server/src/core/profiles/prompt.json';
import templateJson from '../../server/src/core/profiles/template.json';
import designJson from '../../server/src/core/profiles/design.json';

const repo = path.resolve(__dirname, '..', '..');
const readJson = (rel: string) => JSON.parse(fs.readFileSync(path.join(repo, rel), 'utf8'));

describe('profile configuration', () => {
  it('validates the shipped profiles without a problem', () => {
    for (const raw of [promptJson, templateJson]) {
      const problems: string[] = [];
      const p = validateProfile(raw as unknown as Record<string, unknown>, problems);
      assert.deepEqual(problems, []);
      assert.deepEqual(JSON.parse(JSON.stringify(p)), JSON.parse(JSON.stringify(BUILTIN_PROFILES[raw.name])));
    }
  });

  it('leaves the configuration object it reads unfrozen', () => {
    const raw = { sections: [{ title: 'Summary', aliases: ['Intro'] }], contractFields: ['IN', 'OUT'], limits: { objectives: [1, 2] } };
    resolveProfile(raw);
    assert.equal(Object.isFrozen(raw.sections[0].aliases), false);
    assert.equal(Object.isFrozen(raw.contractFields), false);
    assert.equal(Object.isFrozen(raw.limits.objectives), false);
    assert.equal(Object.isFrozen(resolveProfile(raw).profile.contractFields), true);
  });

  it('reports profile problems through mergeConfig and keeps a usable profile', () => {
    const problems: ConfigProblem[] = [];
    const c = mergeConfig(defaultConfig(), { profile: 'strict' }, problems);
    assert.equal(c.profile, 'strict');
    assert.match(problems[0].message, /unknown profile "strict"/);
    const p2: ConfigProblem[] = [];
    mergeConfig(defaultConfig(), { profile: { sections: [{ title: 'Summary', go: 'sometimes' }] } }, p2);
    assert.deepEqual(p2.map((p) => p.message), ['profile.sections[0].go must be one of forbidden, frozen-interfaces, allowed']);
  });

  it('ships JSON schemas that describe the same profile shape, wired into package.json', () => {
    const profileSchema = readJson('schemas/profile.schema.json');
    const configSchema = readJson('schemas/macroplan.schema.json');
    const { $schema, $id, title, description, definitions, ...body } = profileSchema;
    void $schema; void $id; void title; void description;
    assert.deepEqual(configSchema.definitions.profile, body);
    assert.deepEqual(configSchema.definitions.section, definitions.section);
    // Every key the shipped profiles use is described by the schema.
    for (const raw of [promptJson, templateJson, designJson] as Record<string, unknown>[]) {
      for (const k of Object.keys(raw)) assert.ok(k in body.properties, `profile key ${k}`);
      for (const s of raw.sections as Record<string, unknown>[]) for (const k of Object.keys(s)) assert.ok(k in definitions.section.properties, `section key ${k}`);
      for (const k of Object.keys((raw.limits ?? {}) as object)) assert.ok(k in body.properties.limits.properties, `limit ${k}`);
    }
    // Every key mergeConfig reads is described too.
    for (const k of ['profile', 'rules', 'files', 'sourceRoots', 'maxFileSize', 'maxPlanSize']) assert.ok(k in configSchema.properties, k);
    const pkg = readJson('package.json');
    const v = pkg.contributes.jsonValidation.find((x: { fileMatch: string }) => x.fileMatch === '.macroplan.json');
    assert.ok(v && fs.existsSync(path.join(repo, v.url)));
    // Packaged in the .vsix (scripts/package-vsix.mjs lists its files) and in the npm package.
    assert.ok(/VSIX_FILES = \[[^\]]*'schemas'/.test(fs.readFileSync(path.join(repo, 'scripts', 'package-vsix.mjs'), 'utf8')), 'schemas are in the .vsix');
    assert.ok(pkg.files.includes('schemas/'), 'schemas are in the npm package');
  });

  it('validates the shipped profiles and sample configurations against the schemas (with ajv when installed)', function () {
    let Ajv: new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown } };
    try {
      // ajv comes with the packaging tools (@vscode/vsce), not as a direct dependency.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      Ajv = require('ajv');
    } catch {
      this.skip();
      return;
    }
    const ajv = new Ajv({ strict: false, allErrors: true });
    const profile = ajv.compile(readJson('schemas/profile.schema.json'));
    for (const raw of [promptJson, templateJson, designJson]) assert.ok(profile(raw), JSON.stringify(profile.errors));
    const config = ajv.compile(readJson('schemas/macroplan.schema.json'));
    const good = { profile: { name: 'team', extends: 'template', sections: [{ letter: 'A', title: 'Summary', maxLines: 10 }], limits: { objectives: [2, 5] } }, rules: { MP103: 'off', 'section-order': 'warning' }, files: ['docs/**/*.md'], sourceRoots: ['.'] };
    assert.ok(config(good), JSON.stringify(config.errors));
    assert.ok(config({ profile: 'template' }));
    for (const bad of [{ profile: 'strict' }, { rules: { MP103: 'loud' } }, { profile: { sections: [{ title: 'X', go: 'sometimes' }] } }, { unknown: 1 }]) assert.equal(config(bad), false, JSON.stringify(bad));
  });

  it('checks plans against an inline profile from .macroplan.json', async () => {
    const fx = makeFixture({
      '.macroplan.json': JSON.stringify({ profile: { name: 'lean', sections: [
        { letter: 'A', title: 'Summary', maxLines: 2, role: 'summary' },
        { letter: 'B', title: 'Design', role: 'concept-model' },
        { letter: 'C', title: 'Rollout', role: 'pr-plan' },
      ], contractFields: ['INPUTS', 'OUTPUTS'], limits: { buildingBlocks: [1, 2] } } }),
    });
    try {
      const { config, problems } = await loadConfig(fx.root);
      assert.deepEqual(problems, []);
      const text = ['## A) Summary', '', 'one', 'two', 'three', '', '## B) Design', '', '### Building Blocks', '', '**1. Router**', '- INPUTS: requests', '', '**2. Queue**', '- INPUTS: pushes', '- OUTPUTS: order', ''].join('\n');
      const mine = rules.filter((r) => /^MP1(0\d|10)$/.test(r.meta.id));
      const r = await checkDocument(new FileWorkspace({ root: fx.root }), text, { config, rules: mine, path: path.join(fx.root, 'docs/plans/lean-macro-plan.md') });
      assert.deepEqual(r.diagnostics.map((d) => `${d.rule} ${d.message.split(':')[0]}`), [
        'MP103 Section A) Summary has 3 non-blank lines; the limit is 2. It is part of the human-review core',
        'MP101 Section C) Rollout is missing (after B) Design)',
        'MP106 Building block "Router" lacks OUTPUTS',
      ]);
    } finally {
      makeFixture.cleanup();
    }
  });
});

