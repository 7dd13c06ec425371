import type { CheckedCitation } from '../checked-citation';
import type { GoFile } from '../gofile';
import type { PlanModel } from '../model';
import type { LineRange } from '../citations';
import { claimHolds, codeLinesIn } from './cited-lines';
import { copiedNearby, docExample, quotedIn } from './quotes';
import { onPurpose } from './comment-purpose';
import { namesDeclaredInPlan } from './plan-names';

/**
 * Whether the cited lines of `file` bear out the names the sentence gives them, as MP004 judges
 * it. MP009 asks it of the lines at the citation's baseline: one that was wrong then is not followed.
 */
export function namesBorneOut(model: PlanModel, c: CheckedCitation, file: GoFile, ranges: readonly LineRange[], noCodeIsMp005 = true): boolean {
  if (claimHolds(file, c.claimed, ranges)) return true;
  // A name the sentence says is not there yet is no claim; found on the cited lines, it is there.
  if (c.unborn && claimHolds(file, c.unborn, ranges)) return true;
  // Names the plan's own Go declares and the cited file lacks are what the PR adds, not claims.
  const added = namesDeclaredInPlan(model);
  if (c.claimed.every((n) => added.has(n) && !file.idents.has(n))) return true;
  // Several citations in one sentence: which name goes with which is a guess; any will do,
  // unless a range straddles an edge of a declaration the citation names (it slid off it).
  if (c.sentenceClaimed && !ranges.some((r) => straddles(file, c.claimed, r)) && claimHolds(file, c.sentenceClaimed, ranges)) return true;
  // Code the sentence copies from the cited lines (`pos.col -= n(line)`) says they are the ones meant.
  if (ranges.some((r) => quotedIn(file, c.quotes, r) || copiedNearby(model, c, file, r))) return true;
  // One citation, one finding: lines without code are MP005's, which says more. Asked whether
  // a citation was right at a version (MP009), MP005's judgement is asked too: a comment not
  // cited on purpose (a per-SLO comment for `printPerModelMetrics`) is where the code was not.
  const noCode = ranges.filter((r) => codeLinesIn(file, r.start, r.end) === 0);
  if (noCodeIsMp005) return noCode.length > 0;
  return noCode.length > 0 && noCode.every((r) => docExample(file, r) || onPurpose(model, c, file, r));
}

/** Whether a range overlaps the declaration of one of `names` without lying inside it. */
function straddles(file: GoFile, names: readonly string[], r: { start: number; end: number }): boolean {
  return file.decls.some((d) => names.includes(d.name) && r.start <= d.endLine && r.end >= d.startLine && (r.start < d.startLine || r.end > d.endLine));
}
