import type { CheckedCitation, Rule } from '../../rule';
import { namesBorneOut } from '../../claims/borne-out';
import { describeRange } from '../shared/citation-text';
import { citedFile, moveToDeclaration, validRanges } from './citation-util';

export const rule: Rule = {
  meta: {
    id: 'MP004',
    name: 'citation-symbol-mismatch',
    severity: 'warning',
    description: 'None of the symbols named next to the citation is declared or used in the cited lines.',
    scope: 'markdown',
    needs: ['citations', 'go-files'],
  },
  check(ctx) {
    for (const c of ctx.citations) {
      const file = citedFile(c);
      if (!file || c.claimed.length === 0 || c.resolution.kind !== 'ok') continue;
      if (c.drift) continue; // MP009 says what happened to this citation's code
      const ranges = validRanges(c, file);
      if (ranges.length === 0 || ranges.length < c.ranges.length) continue;
      if (namesBorneOut(ctx.model, c, file, ranges)) continue;
      const names = c.claimed.map((n) => '`' + n + '`').join(', ');
      const where = ranges.map(describeRange).join(', ');
      const move = moveToDeclaration(c, file);
      const message = `${names} ${c.claimed.length > 1 ? 'do' : 'does'} not appear in ${where} of ${c.resolution.rel}`;
      ctx.report({ start: c.start, end: c.end, message: move ? `${message}; ${move.note}.` : `${message}.`, suggestions: move && [move.suggestion] });
    }
  },
};
