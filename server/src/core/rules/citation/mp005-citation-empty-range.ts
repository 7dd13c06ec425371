import type { Rule } from '../../rule';
import { codeLinesIn } from '../../claims/cited-lines';
import { docExample } from '../../claims/quotes';
import { lineAround, onPurpose } from '../../claims/comment-purpose';
import { describeRange } from '../shared/citation-text';
import { citedFile, moveToDeclaration, validRanges } from './citation-util';
import type { CheckedCitation } from '../../rule';
import type { PlanModel } from '../../model';

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
        if (codeLinesIn(file, r.start, r.end) > 0 || docExample(file, r)) continue;
        if (onPurpose(ctx.model, c, file, r)) continue;
        // A task's Files line, with the same lines cited on purpose in the same task (its Impl).
        if (onFilesLine(ctx.model, c) && ctx.citations.some((o) => o !== c && citedFile(o) === file && o.ranges.some((x) => x.start === r.start && x.end === r.end) && sameSection(ctx.model, c, o) && onPurpose(ctx.model, o, file, r))) continue;
        // MP004 gives way to this finding, so it carries MP004's news: where the named declaration is now.
        const move = c.claimed.length > 0 && c.ranges.length === 1 ? moveToDeclaration(c, file) : undefined;
        const message = `${describeRange(r)} of ${c.resolution.rel} hold${r.start === r.end ? 's' : ''} no code (only blank lines, comments or braces)`;
        ctx.report({ start: c.start, end: c.end, message: move ? `${message}; ${move.note}.` : `${message}.`, suggestions: move && [move.suggestion] });
      }
    }
  },
};

/** Whether a citation is in a list of files to change: `**Files:** modify ...`, `- Modify: ...`. */
function onFilesLine(model: PlanModel, c: CheckedCitation): boolean {
  const before = model.text.slice(lineAround(model, c).start, c.start);
  return /^\s*(?:[-*+]\s+)?(?:\*\*)?(?:files|modify|create|update|edit|change|test)\b/i.test(before);
}

/** Whether two citations fall under the same heading. */
function sameSection(model: PlanModel, a: CheckedCitation, b: CheckedCitation): boolean {
  const heading = (at: number) => model.headings.filter((h) => h.start < at).pop();
  return heading(a.start) === heading(b.start);
}
