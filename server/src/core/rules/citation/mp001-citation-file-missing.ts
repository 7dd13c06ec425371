import { posix } from 'node:path';
import type { Rule } from '../../rule';
import { missingMessage } from '../shared/citation-text';

export const rule: Rule = {
  meta: {
    id: 'MP001',
    name: 'citation-file-missing',
    severity: 'error',
    description: 'The cited path resolves to no Go file in the workspace.',
    scope: 'markdown',
    needs: ['citations'],
    // One citation and its file: nothing outside the citation's chunk.
    reads: 'chunk',
  },
  check(ctx) {
    for (const c of ctx.citations) {
      if (c.resolution.kind !== 'missing') continue;
      if (c.drift) continue; // renamed or deleted: MP009 says so, with history
      if (c.resolution.foreign) continue; // another project's code: MP006 says so once
      const written = (rel: string) => ctx.workspace.asCited(c, rel, ctx.path);
      const s = c.resolution.suggestions.map(written);
      const replace = (p: string) => ({ title: `Replace with ${p}`, edits: [{ start: c.pathStart, end: c.pathEnd, newText: p }] });
      // The only file of the cited name, and nothing else close: the path qualified to its one
      // match. A close name of another file (`read_test.go` for `reader_test.go`) is a guess.
      const one = c.resolution.suggestions.length === 1 && posix.basename(c.resolution.suggestions[0]) === posix.basename(c.rawPath);
      ctx.report({
        start: c.start,
        end: c.end,
        message: missingMessage(c.rawPath, c.resolution, written),
        ...(one ? { fix: replace(s[0]) } : { suggestions: s.map(replace) }),
      });
    }
  },
};
