import type { Rule } from '../../rule';
import { missingMessage } from './citation-util';

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
      const written = (rel: string) => ctx.workspace.asCited(c, rel, ctx.path);
      const s = c.resolution.suggestions.map(written);
      ctx.report({
        start: c.start,
        end: c.end,
        message: missingMessage(c.rawPath, c.resolution, written),
        fixes: s.map((p) => ({ title: `Replace with ${p}`, edits: [{ start: c.pathStart, end: c.pathEnd, newText: p }] })),
      });
    }
  },
};
