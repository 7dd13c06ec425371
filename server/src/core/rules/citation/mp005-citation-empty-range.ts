import type { Rule } from '../../rule';
import { citedFile, claimHolds, codeLinesIn, describeRange, moveToDeclaration, validRanges } from './citation-util';

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
        // A comment the sentence is about (it names a word of it, or the declaration it documents) is cited on purpose.
        if (codeLinesIn(file, r.start, r.end) === 0 && !(c.claimed.length > 0 && claimHolds(file, c.claimed, [r]))) {
          // MP004 gives way to this finding, so it carries MP004's news: where the named declaration is now.
          const move = c.claimed.length > 0 && c.ranges.length === 1 ? moveToDeclaration(c, file) : undefined;
          const message = `${describeRange(r)} of ${c.resolution.rel} hold${r.start === r.end ? 's' : ''} no code (only blank lines, comments or braces)`;
          ctx.report({ start: c.start, end: c.end, message: move ? `${message}; ${move.note}.` : `${message}.`, fixes: move && [move.fix] });
        }
      }
    }
  },
};
