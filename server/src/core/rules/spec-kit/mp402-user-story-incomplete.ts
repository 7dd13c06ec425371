import type { Rule } from '../../rule';
import { specDoc, specKitSections } from '../../plan/speckit';

export const rule: Rule = {
  meta: {
    id: 'MP402',
    name: 'user-story-incomplete',
    severity: 'warning',
    description: 'A user story of a spec-kit spec without a priority or without Given/When/Then acceptance scenarios, or a scenario lacking one of its clauses.',
    scope: 'plan',
    kinds: ['spec-kit-spec'],
    needs: [],
  },
  check(ctx) {
    const { stories } = specDoc(ctx.model);
    if (stories.length === 0) {
      const section = specKitSections(ctx.model, ctx.profile).sections.find((s) => s.spec.role === 'user-stories');
      if (section) {
        ctx.report({
          start: section.heading.start, end: section.heading.end,
          message: 'This section has no user story: write each as "### User Story 1 - Title (Priority: P1)" with "**Acceptance Scenarios**:" and numbered "**Given** ..., **When** ..., **Then** ..." items.',
        });
      }
      return;
    }
    for (const s of stories) {
      const where = { start: s.heading.start, end: s.heading.end };
      const name = `User Story ${s.number}`;
      if (!s.priority) {
        ctx.report({ ...where, message: `${name} has no priority: end its heading with "(Priority: P${s.number})" (P1 is the most critical), as in "### ${name} - ${s.title || 'Title'} (Priority: P${s.number})".` });
      }
      if (s.scenarios.length === 0) {
        if (s.proseScenarios) continue;
        ctx.report({ ...where, message: `${name} has no acceptance scenarios: add "**Acceptance Scenarios**:" and numbered items "1. **Given** <state>, **When** <action>, **Then** <outcome>".` });
        continue;
      }
      s.scenarios.forEach((sc, i) => {
        if (sc.missing.length === 0) return;
        ctx.report({
          start: sc.item.textSpan.start, end: Math.min(sc.item.textSpan.end, sc.item.textSpan.start + 200),
          message: `Acceptance scenario ${i + 1} of ${name} has no ${sc.missing.join(' or ')}: write it as "**Given** <state>, **When** <action>, **Then** <outcome>".`,
        });
      });
    }
  },
};
