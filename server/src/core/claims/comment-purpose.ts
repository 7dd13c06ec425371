import type { CheckedCitation } from '../checked-citation';
import type { PlanModel } from '../model';
import { LineKind, type GoFile } from '../gofile';
import { claimHolds, MAX_COMMENT_LINES } from './cited-lines';
import { commentDiscussed, copiedNearby, quotedIn } from './quotes';

// Whether lines holding only comments (or braces) are cited on purpose: MP005's judgement, and
// MP009's when it asks whether a citation was right on such lines at an earlier version.

/**
 * Whether a comment is cited on purpose: the sentence names a word of it or the declaration it
 * documents, quotes it, or talks of the same things (a table row, all of its cells).
 */
export function onPurpose(model: PlanModel, c: CheckedCitation, file: GoFile, r: { start: number; end: number }): boolean {
  if (c.claimed.length > 0 && claimHolds(file, c.claimed, [r])) return true;
  const sentence = sentenceAround(model, c);
  return quotedIn(file, c.quotes, r) || commentDiscussed(file, sentence, r) || copiedNearby(model, c, file, r, true) || meantAsIs(sentence, file, r);
}

/**
 * "Remove the stale `// ToDo` comment", "modify `x.go` (the doc comment at x.go:5)": the sentence
 * deletes or rewrites a comment. A sentence that only names one ("A comment at x.go:27") says
 * nothing of why the lines hold no code.
 */
const CHANGES_COMMENT = /\b(?:delete|remove|drop|strip|rewrite|reword|replace|update|modify|edit|fix|correct|change)\w*\b(?:[^.;\n]|\.(?=\w)){0,60}\b(?:comments?|todo|fixme)\b|\b(?:stale|outdated|obsolete|misleading|wrong)\s+(?:`[^`]*`\s+)?(?:comments?|todo)\b/i;
/** "(add guard after ParseFloat)", "insert the check below this line": the line is where new code goes. */
const INSERTS_AT = /\b(?:add|insert|append|put|place|wire)\w*\b(?:[^.;\n]|\.(?=\w)){0,60}\b(?:after|before|below|above|following)\b|\binsertion\s+point\b/i;

/**
 * Whether the sentence says it means the empty lines: the comment it deletes or rewrites (every cited
 * line a comment), or the point after which it inserts code (one or two lines of braces or blanks).
 */
function meantAsIs(sentence: string, file: GoFile, r: { start: number; end: number }): boolean {
  const all = (ok: (k: LineKind) => boolean) => {
    for (let l = r.start; l <= r.end; l++) if (!ok(file.lineKinds[l - 1])) return false;
    return true;
  };
  // A comment is a few lines: a long range cited with the word "comment" is no comment cited whole.
  if (r.end - r.start < MAX_COMMENT_LINES && CHANGES_COMMENT.test(sentence) && all((k) => k === LineKind.Comment)) return true;
  return r.end - r.start <= 1 && INSERTS_AT.test(sentence) && all((k) => k === LineKind.Brace || k === LineKind.Blank);
}

/** The citation's sentence without it; in a table, its whole row. */
function sentenceAround(model: PlanModel, c: CheckedCitation): string {
  const line = lineAround(model, c);
  const row = /^\s*\|/.test(model.text.slice(line.start, c.start));
  const [from, to] = row ? [line.start, line.end] : [c.sentence.start, c.sentence.end];
  return model.text.slice(from, c.start) + ' ' + model.text.slice(c.end, to);
}

/** The line holding the citation's start (a table row is one line). */
export function lineAround(model: PlanModel, c: CheckedCitation): { start: number; end: number } {
  const line = model.lines.positionAt(c.start).line;
  return { start: model.lines.starts[line], end: model.lines.lineEnd(line) };
}
