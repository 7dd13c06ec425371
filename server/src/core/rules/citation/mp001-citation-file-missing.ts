import type { Rule } from '../../rule';

export const rule: Rule = {
  meta: {
    id: 'MP001',
    name: 'citation-file-missing',
    severity: 'error',
    description: 'The cited path resolves to no Go file in the workspace.',
    scope: 'markdown',
    needs: ['citations'],
  },
  check(ctx) {
    for (const c of ctx.citations) {
      if (c.resolution.kind !== 'missing') continue;
      if (c.drift) continue; // renamed or deleted: MP009 says so, with history
      const s = c.resolution.suggestions;
      const closest = s.length ? ` Closest: ${s.join(', ')}.` : '';
      ctx.report({
        start: c.start,
        end: c.end,
        message: `${c.rawPath} does not exist in the workspace.${closest}`,
        fixes: s.map((p) => ({ title: `Replace with ${p}`, edits: [{ start: c.pathStart, end: c.pathEnd, newText: p }] })),
      });
    }
  },
};
