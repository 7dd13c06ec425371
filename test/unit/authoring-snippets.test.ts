import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildModel } from '../../server/src/core/model';
import { planStructure } from '../../server/src/core/plan/structure';
import { BUILTIN_PROFILES } from '../../server/src/core/plan/profile';
import { isPlanDocument } from '../../server/src/core/plan/recognise';
import { defaultConfig } from '../../server/src/core/config';
import { prCards } from '../../server/src/core/plan/prcards';
import { expandSnippet, parseSnippet, SnippetSyntaxError, escapeSnippetText } from '../../server/src/core/authoring/snippet';
import { prCardSnippet } from '../../server/src/core/authoring/cards';
import { contractSnippet } from '../../server/src/core/authoring/contracts';
import { riskRowSnippet } from '../../server/src/core/authoring/risks';
import { resolveProfile } from '../../server/src/core/plan/profile';
import { checkDocument } from '../../server/src/core/engine';
import { FileWorkspace } from '../../server/src/core/workspace';
import { makeFixture } from '../helpers/fixture';

const REPO = path.resolve(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
const prompt = BUILTIN_PROFILES.prompt;

interface Snippet {
  prefix: string;
  body: string[] | string;
  description: string;
}

function loadSnippets(): Record<string, Snippet> {
  const entry = (pkg.contributes?.snippets ?? []).find((s: { language: string }) => s.language === 'markdown');
  assert.ok(entry, 'package.json contributes snippets for markdown');
  return JSON.parse(fs.readFileSync(path.join(REPO, entry.path), 'utf8'));
}

const body = (s: Snippet) => (Array.isArray(s.body) ? s.body.join('\n') : s.body);
const VARS = { CURRENT_YEAR: '2026', CURRENT_MONTH: '11', CURRENT_DATE: '25' };

describe('authoring: snippets', () => {
  const snippets = loadSnippets();
  const byPrefix = new Map(Object.values(snippets).map((s) => [s.prefix, s]));

  it('has every prefix of the brief, each with a description', () => {
    for (const p of ['mp-contract', 'mp-pr', 'mp-pr-tier1', 'mp-pr-tier2', 'mp-scoping', 'mp-risk', 'mp-risk-row', 'mp-correspondence', 'mp-revision', 'mp-plan']) {
      const s = byPrefix.get(p);
      assert.ok(s, `snippet ${p}`);
      assert.ok(s.description.length > 10, `${p} has a description`);
    }
  });

  it('every body is valid snippet syntax', () => {
    for (const [name, s] of Object.entries(snippets)) {
      assert.doesNotThrow(() => parseSnippet(body(s), VARS), `${name}`);
      // Balanced `${ ... }` even counting escapes away.
      const raw = body(s).replace(/\\[\\$}]/g, '');
      let depth = 0;
      for (let i = 0; i < raw.length; i++) {
        if (raw[i] === '$' && raw[i + 1] === '{') depth++;
        else if (raw[i] === '}') depth--;
        assert.ok(depth >= 0, `${name}: "}" without "\${"`);
      }
      assert.equal(depth, 0, `${name}: balanced \${...}`);
    }
  });

  it('the parser rejects malformed snippets and escapes literal text', () => {
    assert.throws(() => parseSnippet('${1:open'), SnippetSyntaxError);
    assert.throws(() => parseSnippet('close}'), SnippetSyntaxError);
    assert.throws(() => parseSnippet('${1|a,|}'), SnippetSyntaxError);
    assert.throws(() => parseSnippet('${1|a,b}'), SnippetSyntaxError);
    assert.equal(expandSnippet('${1|x,y|} ${2:a ${3:b}} $1 $CURRENT_YEAR', VARS), 'x a b x 2026');
    const s = 'cost $5 {ok} \\ } end';
    assert.equal(expandSnippet(escapeSnippetText(s)), s);
  });

  it('the module contract has the six fields with tab stops and EVENTS offers both classes', () => {
    const s = byPrefix.get('mp-contract')!;
    const p = parseSnippet(body(s));
    for (const f of prompt.contractFields) assert.match(p.text, new RegExp(`^- ${f}: \\S`, 'm'), f);
    assert.ok([...p.choices.values()].some((c) => c.join() === 'EXOGENOUS,ENDOGENOUS'));
    assert.ok(p.tabstops.length >= 7);
  });

  it('the PR cards hold every Tier 1 / Tier 2 field of the default profile and offer the four extension types', () => {
    const has = (prefix: string, fields: string[]) => {
      const p = parseSnippet(body(byPrefix.get(prefix)!));
      for (const f of fields) if (f !== 'Title' || prefix !== 'mp-pr-tier2') assert.ok(p.text.includes(`**${f}:**`), `${prefix}: ${f}`);
      return p;
    };
    const both = has('mp-pr', [...prompt.prCard.tier1, ...prompt.prCard.tier2]);
    has('mp-pr-tier1', prompt.prCard.tier1);
    has('mp-pr-tier2', prompt.prCard.tier2);
    assert.ok([...both.choices.values()].some((c) => c.join() === prompt.extensionTypes.join()));
  });

  it('the card snippets are read as complete PR cards by the engine', () => {
    const card = expandSnippet(body(byPrefix.get('mp-pr')!)).replace('### PR N:', '### PR 4:');
    const text = `## I) PR Plan\n\n${card}\n`;
    const model = buildModel(text);
    const cards = prCards(model, planStructure(model, prompt));
    assert.equal(cards.length, 1);
    assert.equal(cards[0].number, 4);
    assert.deepEqual(cards[0].missing, { tier1: [], tier2: [] });
    assert.equal(cards[0].extensionType?.value, 'policy template');
  });

  it('the tables carry the profile columns', () => {
    const header = (prefix: string) => parseSnippet(body(byPrefix.get(prefix)!)).text.split('\n')[0];
    assert.equal(header('mp-scoping'), `| ${prompt.tables.scoping.join(' | ')} |`);
    assert.equal(header('mp-risk'), `| ${prompt.tables.risks.join(' | ')} |`);
    assert.ok(header('mp-correspondence').startsWith('| Building Block |'));
    assert.equal(parseSnippet(body(byPrefix.get('mp-risk-row')!)).text.split('|').length, 7);
  });

  it("the revision note is dated today (YYYY-MM-DD)", () => {
    const p = parseSnippet(body(byPrefix.get('mp-revision')!), VARS);
    assert.deepEqual(p.variables, ['CURRENT_YEAR', 'CURRENT_MONTH', 'CURRENT_DATE']);
    assert.match(p.text, /Revision 2026-11-25\b/);
  });

  it('the expanded plan skeleton is recognised as a plan with all sections in order', () => {
    const text = expandSnippet(body(byPrefix.get('mp-plan')!), VARS);
    const model = buildModel(text);
    assert.ok(isPlanDocument(model, defaultConfig(), '/nowhere', undefined, prompt));
    const plan = planStructure(model, prompt);
    assert.deepEqual(plan.sections.map((s) => s.letter), prompt.sections.map((s) => s.letter));
    for (const s of plan.sections) assert.equal(s.spec?.letter, s.letter, `section ${s.letter} matches its title`);
    const cards = prCards(model, plan);
    assert.equal(cards.length, 1);
    assert.deepEqual(cards[0].missing, { tier1: [], tier2: [] });
  });

  it('the expanded plan skeleton checks clean of structure errors (only its placeholder citation and single block are flagged)', async () => {
    const fx = makeFixture({ 'go.mod': 'module x\n' });
    try {
      const text = expandSnippet(body(byPrefix.get('mp-plan')!), VARS);
      const r = await checkDocument(new FileWorkspace({ root: fx.root }), text, { config: defaultConfig(), path: fx.path('docs/x-macro-plan.md') });
      assert.ok(r.isPlan);
      assert.deepEqual([...new Set(r.diagnostics.map((d) => d.rule))].sort(), ['MP001', 'MP107']);
    } finally {
      fx.remove();
    }
  });
});

describe('authoring: generated snippets', () => {
  it('are valid for a custom profile, its fields and types escaped', () => {
    const { profile, problems } = resolveProfile({
      name: 'team',
      extensionTypes: ['policy, template', 'plug|in', 'a $ b'],
      contractFields: ['INPUTS', 'OUTPUTS', 'EVENTS'],
      eventClasses: ['EXTERNAL', 'INTERNAL'],
      prCard: { tier1: ['Title', 'Extension Type', 'Owner {team}'], tier2: ['Rollout'] },
    });
    assert.deepEqual(problems, []);
    const card = parseSnippet(prCardSnippet(profile, { number: 7, depth: 4, firstBc: 'BC-7-1' }));
    assert.deepEqual([...card.choices.values()][0], ['policy, template', 'plug|in', 'a $ b']);
    assert.match(card.text, /^#### PR 7: Short imperative title\n/);
    assert.match(card.text, /- \*\*Owner \{team\}:\*\* Owner \{team\}\n/);
    assert.match(card.text, /- \*\*Rollout:\*\* Rollout$/);
    assert.doesNotMatch(card.text, /Behavioral Guarantees/);
    const chosen = parseSnippet(prCardSnippet(profile, { number: 7, depth: 3, firstBc: 'BC-1', extensionType: 'a $ b', title: 'Costs {x}' }));
    assert.match(chosen.text, /- \*\*Extension Type:\*\* a \$ b\n/);
    assert.match(chosen.text, /^### PR 7: Costs \{x\}/);
    const contract = parseSnippet(contractSnippet(profile, { number: 2, name: 'Gate' }));
    assert.equal(contract.text, '**2. Gate** — One-sentence responsibility.\n- INPUTS: inputs\n- OUTPUTS: outputs\n- EVENTS: EventName (EXTERNAL)');
    assert.equal(parseSnippet(riskRowSnippet(['Risk', 'Cost if Wrong', ''])).text, '| risk | PR N rework (1 PR) | ... |');
  });

  it('continue a plan that numbers contracts per PR', () => {
    const p = parseSnippet(prCardSnippet(prompt, { number: 18, depth: 3, firstBc: 'BC-18-1' }));
    assert.match(p.text, /  - BC-18-1: what must hold after this PR merges\n  - BC-18-2: another guarantee\n/);
  });
});
