import type { Rule } from '../../rule';

export const rule: Rule = {
  meta: {
    id: 'MP007',
    name: 'citation-file-unreadable',
    severity: 'warning',
    description: 'The cited file exists but cannot be checked: binary, too large, not a regular file, unreadable, or not valid UTF-8.',
    scope: 'markdown',
    needs: ['citations', 'go-files'],
    // One citation and its file: nothing outside the citation's chunk.
    reads: 'chunk',
  },
  check(ctx) {
    for (const c of ctx.citations) {
      if (c.resolution.kind !== 'ok' || !c.loaded) continue;
      if (c.loaded.kind === 'problem') {
        ctx.report({ start: c.start, end: c.end, message: `${c.resolution.rel} cannot be checked: ${c.loaded.reason}.` });
      } else if (c.loaded.encoding === 'latin1') {
        ctx.report({ start: c.start, end: c.end, severity: 'info', message: `${c.resolution.rel} is not valid UTF-8; it was read as Latin-1 and checked anyway.` });
      }
    }
  },
};
