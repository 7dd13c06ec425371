import type { Rule } from '../../rule';
import { goSnippet, rowSpan } from '../../plan/gocode';
import { describeSpec } from '../shared/structure-util';
import type { CodeBlock, PlanModel } from '../../model';

const GO_LINE_REF = /[\w./-]+\.go:\d+/;

/** The block cites the code it copies: a `path.go:N` in its text, or a citation on the line just above it. */
function citedBeside(model: PlanModel, block: CodeBlock): boolean {
  if (GO_LINE_REF.test(block.value)) return true;
  let line = model.lines.positionAt(block.start).line - 1;
  while (line >= 0 && !model.lines.lineText(line).trim()) line--;
  if (line < 0) return false;
  const start = model.lines.starts[line];
  const end = model.lines.lineEnd(line);
  return model.citations.some((c) => c.start >= start && c.end <= end);
}

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
        // A signature of merged code copied beside its citation (`// sim/routing.go:28-39`, in the block
        // or the line above it) is a fact the section may state: a struct a frozen method returns, a
        // function's signature. Bodies are still implementation.
        const cited = citedBeside(ctx.model, block);
        for (const t of snippet.otherTypes) {
          if (cited) continue;
          ctx.report({ ...rowSpan(ctx.model, block, t.row), severity: 'warning', message: `${t.kind === 'struct' ? 'Struct' : 'Type'} ${t.name} in the frozen-interface section: it holds interface signatures only. Cite the declaration (path.go:LINE) and describe the type behaviorally instead of copying ${t.kind === 'struct' ? 'its field list' : 'it'}.` });
        }
        for (const c of snippet.otherCode) {
          if (cited && !c.body) continue;
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
