/**
 * The one test over every registered rule (the engine's MP000 and MP008 included): registration,
 * tags and doc pages. A rule's own behaviour is tested beside it; what every rule owes is here.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { registry, ruleDocPath, ruleDocUrl, ENGINE_RULES } from '../../server/src/core/rules/registry';
import { rules } from '../../server/src/core/rules';
import type { Rule } from '../../server/src/core/rule';

const repo = path.resolve(__dirname, '..', '..');
const rulesDir = path.join(repo, 'server', 'src', 'core', 'rules');
const SECTIONS = ['What it checks', 'Why', 'Fails', 'Passes', 'How to fix', 'How to disable'];

describe('rule registry', () => {
  it('holds each id once, the engine\'s own among them, sorted', () => {
    const ids = registry.map((r) => r.meta.id);
    assert.equal(new Set(ids).size, ids.length, 'an id registered twice');
    assert.deepEqual(ids, [...ids].sort());
    assert.deepEqual(registry.filter((r) => r.tags.includes('engine')).map((r) => r.meta), [ENGINE_RULES.internalError, ENGINE_RULES.tooLarge]);
    assert.equal(registry.length, rules.length + 2);
    for (const r of registry) assert.ok(r.meta.description.length > 20, `${r.meta.id}: a description`);
  });

  it('lets a rule that reads one chunk (RuleMeta.reads) need no input a chunk does not hold', () => {
    const chunkRules = rules.filter((r) => r.meta.reads === 'chunk');
    assert.ok(chunkRules.length > 0);
    // A chunk rule is run on a chunk's own model, without the plan's sections, project ids or history.
    for (const r of chunkRules) for (const need of r.meta.needs) assert.ok(need === 'citations' || need === 'go-files', `${r.meta.id} reads one chunk but needs ${need}`);
  });

  it('registers every rule file, tagged with the folder it lives in', () => {
    const byId = new Map(registry.map((r) => [r.meta.id, r]));
    let files = 0;
    for (const subject of fs.readdirSync(rulesDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)) {
      for (const name of fs.readdirSync(path.join(rulesDir, subject))) {
        const m = /^mp(\d{3})-.*\.ts$/.exec(name);
        if (!m || name.endsWith('-util.ts')) continue;
        files++;
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { rule } = require(path.join(rulesDir, subject, name)) as { rule: Rule };
        assert.equal(rule.meta.id, `MP${m[1]}`, `${subject}/${name} declares the id its name says`);
        assert.ok(rules.includes(rule), `${subject}/${name} is in rules/index.ts`);
        assert.deepEqual(byId.get(rule.meta.id)?.tags, [subject], `${rule.meta.id}: tagged ${subject}`);
      }
    }
    assert.equal(files, rules.length, 'a registered rule without a file of its own');
  });

  it('gives every registered rule a page with its title, severity and every section, and a README row', () => {
    const readme = fs.readFileSync(path.join(repo, 'README.md'), 'utf8');
    for (const { meta } of registry) {
      const file = path.join(repo, ruleDocPath(meta.id));
      assert.ok(fs.existsSync(file), `${meta.id}: no page`);
      const page = fs.readFileSync(file, 'utf8');
      assert.equal(page.split('\n')[0], `# ${meta.id} ${meta.name}`, meta.id);
      assert.match(page, new RegExp(`\\*\\*Default severity:\\*\\* ${meta.severity}\\b`), meta.id);
      for (const h of SECTIONS) assert.ok(page.includes(`\n## ${h}\n`), `${meta.id}: no "${h}" section`);
      assert.ok(readme.includes(`| [${meta.id}](${ruleDocPath(meta.id)}) | ${meta.name} | ${meta.severity} |`), `README row of ${meta.id}`);
    }
    // And no page of a rule that is not registered.
    const pages = fs.readdirSync(path.join(repo, 'docs', 'rules')).filter((f) => /^MP\d+\.md$/.test(f)).map((f) => f.slice(0, -3));
    assert.deepEqual(pages.sort(), registry.map((r) => r.meta.id));
  });

  it('links a page in the installed folder, on GitHub or GitLab at HEAD, and nowhere else', () => {
    assert.equal(ruleDocUrl('MP001', 'file:///opt/ext'), 'file:///opt/ext/docs/rules/MP001.md');
    assert.equal(ruleDocUrl('MP001', 'file:///opt/ext/'), 'file:///opt/ext/docs/rules/MP001.md');
    assert.equal(ruleDocUrl('MP001', 'https://github.com/octo/macroplan'), 'https://github.com/octo/macroplan/blob/HEAD/docs/rules/MP001.md');
    assert.equal(ruleDocUrl('MP001', 'https://gitlab.com/g/macroplan'), 'https://gitlab.com/g/macroplan/-/blob/HEAD/docs/rules/MP001.md');
    assert.equal(ruleDocUrl('MP001', 'https://example.com/x'), undefined);
    assert.equal(ruleDocUrl('MP001', undefined), undefined);
  });
});
