import type { PlanModel } from '../model';
import type { CheckedCitation } from '../checked-citation';
import { LineKind, normaliseWs, type GoFile } from '../gofile';
import { exactComment, MAX_COMMENT_LINES } from './cited-lines';

/**
 * Signs that a citation whose lines hold no code, or none of the names its sentence claims, still
 * points where the author meant (MP004, MP005): the plan copies the cited text, or talks about
 * what the cited comment says.
 */

/**
 * Whether the cited lines hold text the sentence quotes (a code span copied from them, a phrase
 * in double quotes copied from a comment): the citation points at what the author read.
 */
export function quotedIn(file: GoFile, quotes: readonly string[], r: { start: number; end: number }): boolean {
  if (!quotes.length) return false;
  const hi = Math.min(r.end, r.start + MAX_COMMENT_LINES, file.lines.length);
  const cited = normaliseWs(file.lines.slice(r.start - 1, hi).map((l) => l.replace(/^\s*(?:\/\/+|\/?\*+\/?)/, '')).join(' ')).toLowerCase();
  return quotes.some((q) => cited.includes(normaliseWs(q).toLowerCase()));
}

// Words too common in prose to tie a sentence to a comment.
const COMMON = new Set('about above after again against along among another because before below between could every first their there these those through under until where which while would should other still since being'.split(' '));

/**
 * Prose words of five letters or more, lower case, a plural's final s dropped; and symbols
 * outside ASCII (`§`, `¶`, `∑`), which a sentence shares with a comment only on purpose.
 */
function words(s: string): Set<string> {
  const out = new Set((s.toLowerCase().match(/\p{L}{5,}/gu) ?? []).filter((w) => !COMMON.has(w)).map((w) => w.replace(/(?<=[^s])s$/, '')));
  for (const ch of s.match(/(?![\x00-\x7f\u2026\u00b7\u2022])[\p{S}\p{Po}]/gu) ?? []) out.add(ch);
  return out;
}

/**
 * Whether a range that is exactly a comment (comment lines at both ends, no code) is what the
 * sentence talks about: the sentence shares two words of five letters or more with it. A range
 * that drifted rarely lands on a whole comment, and more rarely on one about the same thing.
 */
export function commentDiscussed(file: GoFile, sentence: string, r: { start: number; end: number }): boolean {
  if (!exactComment(file, r)) return false;
  const said = words(sentence);
  let shared = 0;
  const seen = new Set<string>();
  for (let l = r.start; l <= Math.min(r.end, r.start + MAX_COMMENT_LINES); l++) {
    if (file.lineKinds[l - 1] !== LineKind.Comment) continue;
    for (const w of words(file.lines[l - 1] ?? '')) {
      if (said.has(w) && !seen.has(w)) {
        seen.add(w);
        if (++shared >= 2) return true;
      }
    }
  }
  return false;
}

/**
 * Whether a range is exactly lines of a code example in a doc comment (`//` then a tab, as gofmt
 * writes preformatted text): code shown in the documentation, cited as such.
 */
export function docExample(file: GoFile, r: { start: number; end: number }): boolean {
  if (!exactComment(file, r) || r.end - r.start > MAX_COMMENT_LINES) return false;
  for (let l = r.start; l <= r.end; l++) if (!/^\s*\/\/\t\s*\S/.test(file.lines[l - 1] ?? '')) return false;
  return true;
}

/** A cited line worth matching: long enough that finding it elsewhere is no accident. */
const MIN_COPIED = 20;

/**
 * Whether a code block under the citation's heading (up to the next heading as deep or shallower)
 * holds one of the cited lines: a task that cites the comment it rewrites and shows it, a change
 * shown before and after. For a range of comments only (MP005), its first line must be shown and the
 * range must be exactly a comment: a range that drifted onto a doc comment the plan also shows
 * rarely starts where the comment starts.
 */
export function copiedNearby(model: PlanModel, c: CheckedCitation, file: GoFile, r: { start: number; end: number }, commentOnly = false): boolean {
  if (commentOnly && !exactComment(file, r)) return false;
  let from = 0;
  let to = model.text.length;
  let depth = 0;
  for (const h of model.headings) {
    if (h.start <= c.start) {
      from = h.start;
      depth = h.depth;
    } else if (depth && h.depth <= depth) {
      to = h.start;
      break;
    }
  }
  const blocks = model.codeBlocks.filter((b) => b.start >= from && b.start < to);
  if (!blocks.length) return false;
  const shown = new Set(blocks.flatMap((b) => b.value.split('\n').map((l) => normaliseWs(l))).filter((l) => l.length >= MIN_COPIED));
  const hi = Math.min(r.end, r.start + MAX_COMMENT_LINES, file.lines.length);
  for (let l = r.start; l <= (commentOnly ? r.start : hi); l++) if (shown.has(normaliseWs(file.lines[l - 1] ?? ''))) return true;
  return false;
}
