import type { Rule } from '../../rule';
import { goSnippet, rowSpan } from '../../plan/gocode';
import { describeSpec } from './structure-util';

export const rule: Rule = {
  meta: {
    id: 'MP104',
    name: 'go-code-outside-frozen-section',
    severity: 'error',
    description: 'Go code in a section other than the frozen-interface one: a ```go fence, or an unlabelled code block that parses as Go (and, as a warning, Go other than interface signatures in the frozen-interface section).',
    scope: 'plan',
    kinds: ['macro'],
    needs: ['plan-structure'],
  },
  async check(ctx) {
    const plan = ctx.plan;
    if (!plan) return;
    const frozen = plan.profile.sections.find((s) => s.go === 'frozen-interfaces');
    for (const block of ctx.model.codeBlocks) {
      const section = plan.sectionAt(block.start);
      // Text outside the sections (title, revision notes, appendices) follows the strictest rule too.
      const policy = section?.spec?.go ?? 'forbidden';
      if (policy === 'allowed') continue;
      const snippet = await goSnippet(block);
      if (policy === 'frozen-interfaces') {
        // Only interface signatures are facts the frozen section may state; struct field lists and
        // function bodies are implementation detail even there.
        if (!snippet.isGo) continue;
        for (const t of snippet.otherTypes) {
          ctx.report({ ...rowSpan(ctx.model, block, t.row), severity: 'warning', message: `${t.kind === 'struct' ? 'Struct' : 'Type'} ${t.name} in the frozen-interface section: it holds interface signatures only. Cite the declaration (path.go:LINE) and describe the type behaviorally instead of copying ${t.kind === 'struct' ? 'its field list' : 'it'}.` });
        }
        for (const c of snippet.otherCode) {
          ctx.report({ ...rowSpan(ctx.model, block, c.row), severity: 'warning', message: `Go ${c.kind}${c.name ? ` ${c.name}` : ''} in the frozen-interface section: it holds interface signatures only, not implementations.` });
        }
        continue;
      }
      if (!snippet.isGo) continue;
      const where = section?.spec ? `section ${describeSpec(section.spec)}` : section ? `section ${section.letter}) ${section.title}` : 'text outside the plan\'s sections';
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
