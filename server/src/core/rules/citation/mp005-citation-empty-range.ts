import type { Rule } from '../../rule';
import { citedFile, claimHolds, codeLinesIn, describeRange, moveToDeclaration, validRanges } from './citation-util';
import { commentDiscussed, copiedNearby, quotedIn } from './quotes';

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
      const sentence = () => ctx.model.text.slice(c.sentence.start, c.start) + ' ' + ctx.model.text.slice(c.end, c.sentence.end);
      for (const r of validRanges(c, file)) {
        if (codeLinesIn(file, r.start, r.end) > 0) continue;
        // A comment the sentence is about is cited on purpose: it names a word of it or the
        // declaration it documents, quotes it, or talks of the same things.
        if (c.claimed.length > 0 && claimHolds(file, c.claimed, [r])) continue;
        if (quotedIn(file, c.quotes, r) || commentDiscussed(file, sentence(), r) || copiedNearby(ctx.model, c, file, r, true)) continue;
        // MP004 gives way to this finding, so it carries MP004's news: where the named declaration is now.
        const move = c.claimed.length > 0 && c.ranges.length === 1 ? moveToDeclaration(c, file) : undefined;
        const message = `${describeRange(r)} of ${c.resolution.rel} hold${r.start === r.end ? 's' : ''} no code (only blank lines, comments or braces)`;
        ctx.report({ start: c.start, end: c.end, message: move ? `${message}; ${move.note}.` : `${message}.`, fixes: move && [move.fix] });
      }
    }
  },
};
