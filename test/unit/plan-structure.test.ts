import { strict as assert } from 'node:assert';
import { buildModel } from '../../server/src/core/model';
import { planStructure, parseLetteredHeading } from '../../server/src/core/plan/structure';
import { resolveProfile, BUILTIN_PROFILES } from '../../server/src/core/plan/profile';
import { isPlanDocument } from '../../server/src/core/plan';
import { blockName } from '../../server/src/core/plan/blocks';
import { defaultConfig } from '../../server/src/core/config';

const prompt = BUILTIN_PROFILES.prompt;

describe('plan structure', () => {
  it('recognises headings written in many styles', () => {
    assert.deepEqual(parseLetteredHeading('A) Executive Summary'), { letter: 'A', title: 'Executive Summary' });
    assert.deepEqual(parseLetteredHeading('a. executive summary'), { letter: 'A', title: 'executive summary' });
    assert.deepEqual(parseLetteredHeading('Section B — Repository Recon'), { letter: 'B', title: 'Repository Recon' });
    assert.deepEqual(parseLetteredHeading('C: Objectives'), { letter: 'C', title: 'Objectives' });
    assert.deepEqual(parseLetteredHeading('(D) Concept Model'), { letter: 'D', title: 'Concept Model' });
    assert.deepEqual(parseLetteredHeading('E - Risk Register'), { letter: 'E', title: 'Risk Register' });
    assert.deepEqual(parseLetteredHeading('✅ I) PR Plan'), { letter: 'I', title: 'PR Plan' });
    assert.deepEqual(parseLetteredHeading('§ Part J: Dependency DAG'), { letter: 'J', title: 'Dependency DAG' });
    assert.equal(parseLetteredHeading('B.1 Affected Packages'), undefined);
    assert.equal(parseLetteredHeading('A-B testing'), undefined);
    assert.equal(parseLetteredHeading('PR 1: Title'), undefined);
    assert.equal(parseLetteredHeading('Appendix: Repository Recon'), undefined);
  });

  it('finds sections, their spans, specs and line counts', () => {
    const text = [
      '# Plan', '',
      '## A) Executive Summary', '', 'One.', 'Two.', '', '---', '',
      '## Section B — repository recon', '', '### Objectives', 'not a section', '',
      '### B.1 Packages', 'x', '',
      '## C. High-Level Objectives + Non-Goals', '', '1. a', '',
      '# D: Concept Model (under 80 lines)', 'blocks', '',
    ].join('\n');
    const m = buildModel(text);
    const s = planStructure(m, prompt);
    assert.deepEqual(s.sections.map((x) => x.letter), ['A', 'B', 'C', 'D']);
    assert.equal(s.byLetter('a')?.lineCount, 2);
    assert.equal(s.byRole('recon')?.title, 'repository recon');
    assert.equal(s.byRole('recon')?.lineCount, 4);
    assert.equal(s.byRole('concept-model')?.spec?.maxLines, 80);
    const b = s.byLetter('B')!;
    assert.equal(text.slice(b.start, b.end).startsWith('## Section B'), true);
    assert.equal(text.slice(b.end).startsWith('## C.'), true);
    assert.equal(s.sections[3].end, text.length);
    assert.equal(s.sectionAt(text.indexOf('not a section'))?.letter, 'B');
    assert.equal(planStructure(m, prompt), s, 'memoised per model');
  });

  it('ends a section at a shallower heading that is no section', () => {
    const text = '# Plan\n\n## J) Dependency DAG\n\nx\n\n## K) Design Bug Prevention Checklist\n\ny\n\n# Appendix\n\nz\n';
    const s = planStructure(buildModel(text), prompt);
    assert.equal(text.slice(s.sections[1].start, s.sections[1].end), '## K) Design Bug Prevention Checklist\n\ny\n\n');
    assert.equal(s.sectionAt(text.indexOf('z')), undefined);
  });

  it('pairs a letter with the title of another section', () => {
    const s = planStructure(buildModel('## A) Executive Summary\n\n## B) Concept Model\n'), prompt);
    assert.equal(s.sections[1].writtenLetter, 'B');
    assert.equal(s.sections[1].spec?.letter, 'D');
    assert.equal(s.sections[1].letter, 'D');
  });

  it('lets a letter stand for its section only when no heading names that section', () => {
    const s = planStructure(buildModel('## A) Executive Summary\n\n## D) Concept model and blocks\n\n## G) Dependency DAG\n\n## J) Extension Friction Assessment\n'), prompt);
    assert.deepEqual(s.sections.map((x) => [x.writtenLetter, x.spec?.letter]), [['A', 'A'], ['D', 'D'], ['G', 'J'], ['J', undefined]]);
  });

  it('recognises letterless sections by exact title at the section depth only', () => {
    const s = planStructure(buildModel('## Executive Summary\n\n## Concept Model\n\n### Objectives\n\n## Risk Register\n'), prompt);
    assert.deepEqual(s.sections.map((x) => x.letter), ['A', 'D', 'E']);
  });

  it('recognises a plan by five section headings', () => {
    const heads = ['A) Executive Summary', 'B) Repository Recon Summary', 'C) Objectives', 'D) Concept Model'];
    const four = buildModel(heads.map((h) => `## ${h}\n`).join('\n'));
    const five = buildModel([...heads, 'E) Architectural Risk Register'].map((h) => `## ${h}\n`).join('\n'));
    assert.equal(isPlanDocument(four, defaultConfig(), '/w', '/w/notes.md'), false);
    assert.equal(isPlanDocument(five, defaultConfig(), '/w', '/w/notes.md'), true);
  });
});

describe('profiles', () => {
  it('resolves names, reports unknown names and validates inline profiles', () => {
    assert.equal(resolveProfile('template').profile.name, 'template');
    const unknown = resolveProfile('nope');
    assert.equal(unknown.profile.name, 'prompt');
    assert.match(unknown.problems[0], /unknown profile "nope"/);
    const inline = resolveProfile({ name: 'team', extends: 'template', sections: [{ letter: 'A', title: 'Summary', maxLines: 'x' }], limits: { objectives: [2, 4] }, bogus: 1 });
    assert.equal(inline.profile.name, 'team');
    assert.equal(inline.profile.sections.length, 1);
    assert.deepEqual(inline.profile.limits.objectives, [2, 4]);
    assert.deepEqual(inline.profile.limits.buildingBlocks, [3, 7]);
    assert.equal(inline.problems.length, 2, inline.problems.join('\n'));
  });

  it('ships the prompt order and the template order', () => {
    assert.deepEqual(prompt.sections.map((s) => s.role), ['summary', 'recon', 'objectives', 'concept-model', 'risks', 'evolution', 'frozen', 'cross-cutting', 'pr-plan', 'dag', 'checklist']);
    assert.equal(BUILTIN_PROFILES.template.sections[7].role, 'risks');
    assert.equal(prompt.sections.find((s) => s.role === 'frozen')?.required, false);
  });
});

describe('building block names', () => {
  it('drop numbering, a "Block:" prefix and a trailing parenthetical', () => {
    assert.equal(blockName('1. GPU Memory Field (data extension)'), 'GPU Memory Field');
    assert.equal(blockName('Block: Queue'), 'Queue');
    assert.equal(blockName('**2. Stateless Scorers**'), 'Stateless Scorers');
    assert.equal(blockName('Block 3 — Clock'), 'Clock');
  });
});
