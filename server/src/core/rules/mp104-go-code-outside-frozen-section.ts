import type { Rule } from '../rule';
import { goSnippet } from '../plan/gocode';
import { describeSpec } from './structure-util';

export const rule: Rule = {
  meta: {
    id: 'MP104',
    name: 'go-code-outside-frozen-section',
    severity: 'error',
    description: 'Go code in a section other than the frozen-interface one: a ```go fence, or an unlabelled code block that parses as Go.',
    scope: 'plan',
    needs: ['plan-structure'],
  },
  async check(ctx) {
    const plan = ctx.plan;
    if (!plan) return;
    const frozen = plan.profile.sections.find((s) => s.go === 'frozen-interfaces');
    for (const block of ctx.model.codeBlocks) {
      const section = plan.sectionAt(block.start);
      // Text before the first section (title, revision notes) follows the strictest rule too.
      const policy = section?.spec?.go ?? 'forbidden';
      if (policy !== 'forbidden') continue;
      const snippet = await goSnippet(block);
      if (!snippet.isGo) continue;
      const where = section?.spec ? `section ${describeSpec(section.spec)}` : section ? `section ${section.letter}) ${section.title}` : 'the text before the first section';
      const kind = snippet.labelled ? 'a Go code block' : 'an unlabelled code block that parses as Go';
      const allowed = frozen ? ` Go code belongs only in ${describeSpec(frozen)}, and only for interfaces whose freeze PR has merged;` : '';
      const fenceEnd = ctx.model.text.indexOf('\n', block.start);
      ctx.report({
        start: block.start,
        end: fenceEnd < 0 || fenceEnd > block.end ? block.end : fenceEnd,
        message: `${kind[0].toUpperCase()}${kind.slice(1)} in ${where}.${allowed} describe modules behaviorally instead (what they observe, control and guarantee).`,
      });
    }
  },
};
