import { strict as assert } from 'node:assert';
import { buildModel } from '../../server/src/core/model';
import { planStructure, parseLetteredHeading, parseNumberedHeading } from '../../server/src/core/plan/structure';
import { resolveProfile, BUILTIN_PROFILES } from '../../server/src/core/plan/profile';
import { isPlanDocument } from '../../server/src/core/plan/recognise';
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

  it('reads a number in place of a letter: `3. Title`, `3) Title`, `Section 3: Title`', () => {
    assert.deepEqual(parseNumberedHeading('3. High-Level Objectives + Non-Goals'), { number: 3, title: 'High-Level Objectives + Non-Goals' });
    assert.deepEqual(parseNumberedHeading('4) Concept Model'), { number: 4, title: 'Concept Model' });
    assert.deepEqual(parseNumberedHeading('Section 5: Architectural Risk Register'), { number: 5, title: 'Architectural Risk Register' });
    assert.deepEqual(parseNumberedHeading('section 6 — Architectural Evolution'), { number: 6, title: 'Architectural Evolution' });
    assert.deepEqual(parseNumberedHeading('(7) Cross-Cutting Infrastructure Plan'), { number: 7, title: 'Cross-Cutting Infrastructure Plan' });
    assert.deepEqual(parseNumberedHeading('10 - Dependency DAG'), { number: 10, title: 'Dependency DAG' });
    assert.deepEqual(parseNumberedHeading('✅ 9. PR Plan'), { number: 9, title: 'PR Plan' });
    assert.equal(parseNumberedHeading('3.1 Affected packages'), undefined);
    assert.equal(parseNumberedHeading('Part 1: Design Validation'), undefined);
    assert.equal(parseNumberedHeading('PR 1: Title'), undefined);
    assert.equal(parseNumberedHeading('2024: a year in review'), undefined);
    assert.equal(parseNumberedHeading('10:30 stand-up'), undefined);
    assert.equal(parseNumberedHeading('3.'), undefined);
    // The lettered forms the brief lists stay recognised.
    assert.deepEqual(parseLetteredHeading('A. Executive Summary'), { letter: 'A', title: 'Executive Summary' });
    assert.deepEqual(parseLetteredHeading('Section A: Executive Summary'), { letter: 'A', title: 'Executive Summary' });
  });

  it('finds numbered sections by their titles, lettered ones mixed in, the numbers unchecked', () => {
    // Numbering skips the optional G, so from 7 on a number is one less than the letter.
    const text = [
      '# Scan limits — Macro Plan', '',
      '## A) Executive Summary', '', 'One PR.', '',
      '## B) Repository Recon Summary', '', '- The cap is a constant (UNVERIFIED).', '',
      '## 3. High-Level Objectives + Non-Goals + Model Scoping Table', '', '**Objectives**', '', '1. Lower the depth.', '',
      '## 4) Concept Model', '', '### 1. Depth Guard', '', 'Counts nesting.', '',
      '## Section 5: Architectural Risk Register', '', 'r', '',
      '## 6. Architectural Evolution', '', 'e', '',
      '## 7. Cross-Cutting Infrastructure Plan', '', 'c', '',
      '## 8. PR Plan', '', 'p', '',
      '## 9. Dependency DAG', '', 'd', '',
      '## 10. Design Bug Prevention Checklist', '', 'k', '',
      '## 11. Open Questions', '', 'q', '',
    ].join('\n');
    const s = planStructure(buildModel(text), prompt);
    assert.deepEqual(s.sections.map((x) => x.letter), ['A', 'B', 'C', 'D', 'E', 'F', 'H', 'I', 'J', 'K', '']);
    assert.deepEqual(s.sections.map((x) => x.writtenNumber), [undefined, undefined, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    assert.equal(s.matchedCount, 10);
    // B ends at the numbered C; `### 1. Depth Guard` is a subsection of D; an unknown numbered heading ends K.
    assert.equal(s.sectionAt(text.indexOf('Lower the depth'))?.letter, 'C');
    assert.equal(s.sectionAt(text.indexOf('Counts nesting'))?.letter, 'D');
    assert.equal(s.sectionAt(text.indexOf('\nq\n') + 1)?.spec, undefined);
    assert.equal(s.byLetter('K')!.lineCount, 1);
  });

  it('lets a number stand for its letter only when the numbering follows the profile', () => {
    const follows = planStructure(buildModel('## 1. Executive Summary\n\n## 2. Repository Recon Summary\n\n## 3. Scope\n\n## 4. Concept Model\n'), prompt);
    assert.deepEqual(follows.sections.map((x) => x.spec?.letter), ['A', 'B', 'C', 'D']);
    const shifted = planStructure(buildModel('## 1. Executive Summary\n\n## 2. Background\n\n## 3. Concept Model\n\n## 4. Architectural Risk Register\n'), prompt);
    assert.deepEqual(shifted.sections.map((x) => x.spec?.letter), ['A', undefined, 'D', 'E']);
  });

  it('takes a numbered plan for a plan outside the globs', () => {
    const heads = ['Executive Summary', 'Repository Recon Summary', 'High-Level Objectives', 'Concept Model', 'Architectural Risk Register'];
    const numbered = buildModel(heads.map((h, i) => `## ${i + 1}. ${h}\n\nx\n`).join('\n'));
    assert.equal(isPlanDocument(numbered, defaultConfig(), '/w', '/w/notes/scan-limits.md'), true);
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
