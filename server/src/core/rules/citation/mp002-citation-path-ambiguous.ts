import type { Rule } from '../../rule';

export const rule: Rule = {
  meta: {
    id: 'MP002',
    name: 'citation-path-ambiguous',
    severity: 'warning',
    description: 'A partial path matches more than one Go file in the workspace.',
    scope: 'markdown',
    needs: ['citations'],
    // One citation and its file: nothing outside the citation's chunk.
    reads: 'chunk',
  },
  check(ctx) {
    for (const c of ctx.citations) {
      if (c.resolution.kind !== 'ambiguous') continue;
      const all = c.resolution.candidates.map((rel) => ctx.workspace.asCited(c, rel, ctx.path));
      ctx.report({
        start: c.start,
        end: c.end,
        message: `${c.rawPath} matches ${all.length} files: ${all.join(', ')}. Qualify the path.`,
        suggestions: all.map((p) => ({ title: `Qualify as ${p}`, edits: [{ start: c.pathStart, end: c.pathEnd, newText: p }] })),
      });
    }
  },
};
