import type { Rule } from '../../rule';

export const rule: Rule = {
  meta: {
    id: 'MP006',
    name: 'citation-outside-workspace',
    severity: 'error',
    description: 'The cited path is absolute, climbs out of the workspace, or is a link leading outside it; it is never opened.',
    scope: 'markdown',
    needs: ['citations'],
  },
  check(ctx) {
    for (const c of ctx.citations) {
      if (c.resolution.kind !== 'outside') continue;
      ctx.report({ start: c.start, end: c.end, message: `${c.rawPath.slice(0, 200)} is outside the workspace: ${c.resolution.reason}. It was not read.` });
    }
  },
};
