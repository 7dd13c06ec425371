import type { Rule } from '../../rule';
import { citedFile, codeLinesIn, describeRange, validRanges } from './citation-util';

export const rule: Rule = {
  meta: {
    id: 'MP005',
    name: 'citation-empty-range',
    severity: 'warning',
    description: 'The cited lines hold only blank lines, comments or closing braces: the code has likely moved.',
    scope: 'markdown',
    needs: ['citations', 'go-files'],
  },
  check(ctx) {
    for (const c of ctx.citations) {
      const file = citedFile(c);
      if (!file || c.resolution.kind !== 'ok') continue;
      if (c.drift) continue; // MP009 says what happened to this citation's code
      for (const r of validRanges(c, file)) {
        if (codeLinesIn(file, r.start, r.end) === 0) {
          ctx.report({ start: c.start, end: c.end, message: `${describeRange(r)} of ${c.resolution.rel} hold${r.start === r.end ? 's' : ''} no code (only blank lines, comments or braces).` });
        }
      }
    }
  },
};
