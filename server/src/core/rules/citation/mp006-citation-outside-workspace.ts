import type { Rule } from '../../rule';

export const rule: Rule = {
  meta: {
    id: 'MP006',
    name: 'citation-outside-workspace',
    severity: 'error',
    description: 'The cited path is absolute, climbs out of the workspace, or is a link leading outside it; it is never opened. Citations left unchecked (a repository mapped to nothing, a language the workspace has no file of) are said once, as info.',
    scope: 'markdown',
    needs: ['citations'],
  },
  check(ctx) {
    // Citations into a repository mapped to nothing: not checked, said once per plan and prefix.
    const external = new Map<string, { first: (typeof ctx.citations)[number]; count: number }>();
    // Citations of files in a language the workspace has none of (another project's code): the same, once per language.
    const foreign = new Map<string, { first: (typeof ctx.citations)[number]; count: number }>();
    for (const c of ctx.citations) {
      if (c.resolution.kind === 'external') {
        const e = external.get(c.resolution.prefix);
        if (e) e.count++;
        else external.set(c.resolution.prefix, { first: c, count: 1 });
      }
      if (c.resolution.kind === 'missing' && c.resolution.foreign) {
        const key = `lang:${c.resolution.foreign}`;
        const e = foreign.get(key);
        if (e) e.count++;
        else foreign.set(key, { first: c, count: 1 });
      }
      if (c.resolution.kind !== 'outside') continue;
      ctx.report({ start: c.start, end: c.end, message: `${c.rawPath.slice(0, 200)} is outside the workspace: ${c.resolution.reason}. It was not read.` });
    }
    for (const [prefix, { first, count }] of external) {
      const n = count === 1 ? '1 citation' : `${count} citations`;
      ctx.report({ start: first.start, end: first.end, severity: 'info', message: `${n} into ${prefix}/ ${count === 1 ? 'is' : 'are'} not checked: "repositories" in .macroplan.json maps it to no checkout.` });
    }
    for (const { first, count } of foreign.values()) {
      if (first.resolution.kind !== 'missing') continue;
      const n = count === 1 ? '1 citation' : `${count} citations`;
      ctx.report({
        start: first.start,
        end: first.end,
        severity: 'info',
        message: `${n} of ${first.resolution.foreign} files (${first.rawPath.slice(0, 200)}${count > 1 ? ', ...' : ''}) ${count === 1 ? 'is' : 'are'} not checked: this workspace has no ${first.resolution.foreign} file, so ${count === 1 ? 'it cites' : 'they cite'} another project's code (to check ${count === 1 ? 'it' : 'them'}, write the project's folder before the path and map it in "repositories" of .macroplan.json).`,
      });
    }
  },
};
