import type { Rule } from '../../rule';

const citations = (n: number) => (n === 1 ? '1 citation' : `${n} citations`);

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
    type Cited = (typeof ctx.citations)[number];
    // Citations left unchecked (into a repository mapped to nothing, or of a language the
    // workspace has no file of: another project's code): said once per plan and group, at the first.
    const unchecked = new Map<string, { first: Cited; count: number; says: (count: number) => string }>();
    const group = (key: string, c: Cited, says: (count: number) => string) => {
      const g = unchecked.get(key);
      if (g) g.count++;
      else unchecked.set(key, { first: c, count: 1, says });
    };
    for (const c of ctx.citations) {
      const r = c.resolution;
      if (r.kind === 'external') {
        group(`repo:${r.prefix}`, c, (n) => `${citations(n)} into ${r.prefix}/ ${n === 1 ? 'is' : 'are'} not checked: "repositories" in .macroplan.json maps it to no checkout.`);
      } else if (r.kind === 'missing' && r.foreign) {
        const lang = r.foreign;
        const shown = c.rawPath.slice(0, 200);
        group(`lang:${lang}`, c, (n) => `${citations(n)} of ${lang} files (${shown}${n > 1 ? ', ...' : ''}) ${n === 1 ? 'is' : 'are'} not checked: this workspace has no ${lang} file, so ${n === 1 ? 'it cites' : 'they cite'} another project's code (to check ${n === 1 ? 'it' : 'them'}, write the project's folder before the path and map it in "repositories" of .macroplan.json).`);
      } else if (r.kind === 'outside') {
        ctx.report({ start: c.start, end: c.end, message: `${c.rawPath.slice(0, 200)} is outside the workspace: ${r.reason}. It was not read.` });
      }
    }
    for (const { first, count, says } of unchecked.values()) ctx.report({ start: first.start, end: first.end, severity: 'info', message: says(count) });
  },
};
