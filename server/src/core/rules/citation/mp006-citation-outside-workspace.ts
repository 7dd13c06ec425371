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
    // Citations into a repository mapped to nothing: not checked, said once per plan and prefix.
    const external = new Map<string, { first: (typeof ctx.citations)[number]; count: number }>();
    for (const c of ctx.citations) {
      if (c.resolution.kind === 'external') {
        const e = external.get(c.resolution.prefix);
        if (e) e.count++;
        else external.set(c.resolution.prefix, { first: c, count: 1 });
      }
      if (c.resolution.kind !== 'outside') continue;
      ctx.report({ start: c.start, end: c.end, message: `${c.rawPath.slice(0, 200)} is outside the workspace: ${c.resolution.reason}. It was not read.` });
    }
    for (const [prefix, { first, count }] of external) {
      const n = count === 1 ? '1 citation' : `${count} citations`;
      ctx.report({ start: first.start, end: first.end, severity: 'info', message: `${n} into ${prefix}/ ${count === 1 ? 'is' : 'are'} not checked: "repositories" in .macroplan.json maps it to no checkout.` });
    }
  },
};
