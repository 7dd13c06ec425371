import type { GoDecl, GoFile } from '../gofile';
import type { Span } from './drift';
import { diffLines } from './linediff';
import type { Current } from './follow-cache';
import { squashSpace } from '../text';

/** Where lines `r` of `old` are in `cur`, when the block occurs exactly once in each (whitespace runs aside). */
export function uniqueBlock(old: readonly string[], cur: readonly string[], r: Span): Span | undefined {
  // Whitespace aside: gofmt realigns a struct's or var block's fields when a longer one is added,
  // and the lines are the same code (a real repository's flag block: 6 lines "edited", widened
  // to the whole 125-line block).
  const block = old.slice(r.start - 1, r.end).map(squashSpace);
  if (!block.some((l) => /[\p{L}\p{N}_]{2}/u.test(l))) return undefined;
  const find = (raw: readonly string[], limit: number): number[] => {
    const lines = raw.map(squashSpace);
    const hits: number[] = [];
    for (let i = 0; i + block.length <= lines.length && hits.length < limit; i++) {
      let k = 0;
      while (k < block.length && lines[i + k] === block[k]) k++;
      if (k === block.length) hits.push(i);
    }
    return hits;
  };
  if (find(old, 2).length !== 1) return undefined;
  const hits = find(cur, 2);
  return hits.length === 1 ? { start: hits[0] + 1, end: hits[0] + block.length } : undefined;
}

/** The top-level declaration holding a whole range (its doc comment counts as part of it). */
export function enclosing(file: GoFile, r: Span): GoDecl | undefined {
  let best: GoDecl | undefined;
  for (const d of file.decls) {
    if (d.startLine <= r.start && r.end <= d.endLine && (!best || d.endLine - d.startLine < best.endLine - best.startLine)) best = d;
  }
  if (best) return best;
  // A range starting in the comment right above a declaration, or lying in its doc comment.
  for (const d of file.decls) {
    if (r.start < d.startLine && r.end <= d.endLine) {
      let ok = true;
      for (let l = r.start; l < d.startLine; l++) {
        const line = file.lines[l - 1] ?? '';
        // Between a comment-only range and its declaration, nothing but the doc comment.
        if (!(l > r.end ? /^\s*\/\//.test(line) : /^\s*(\/\/.*)?$/.test(line))) ok = false;
      }
      if (ok) return d;
    }
  }
  return undefined;
}

/** The first line of the doc comment directly above line `at` (`at` itself when there is none). */
export function docTop(lines: readonly string[], at: number, lang?: GoFile['language']): number {
  // Go's doc comments are `//` lines; elsewhere also JSDoc's `/** ... */` and `#` lines.
  const comment = lang ? /^\s*(?:\/\/|\/\*|\*|#(?!!))/ : /^\s*\/\//;
  let top = at;
  while (top > 1 && comment.test(lines[top - 2] ?? '')) top--;
  return top;
}

/** The same declaration (kind, receiver, name) in the first file holding exactly one. */
export function findSame(decl: GoDecl, files: Current[], oldLines: readonly string[]): { file: Current; decl: GoDecl } | undefined {
  for (const f of files) {
    const same = f.file.decls.filter((d) => d.kind === decl.kind && d.name === decl.name && (d.receiver ?? '') === (decl.receiver ?? ''));
    if (same.length === 1) return { file: f, decl: same[0] };
  }
  return sameMethodOtherReceiver(decl, files, oldLines);
}

/** Old lines a method needs, and the share of them kept, to be recognised under another receiver. */
const MIN_RECEIVER_MOVE_LINES = 4;
const MIN_RECEIVER_MOVE_KEPT = 0.6;

/**
 * A method gone from its receiver but found, mostly the same code, under another one: its type
 * was renamed, or the method moved to a new type (a `(mux *ServeMux) match` that became
 * `(mux *serveMux121) match`). Only the one clearly best match; short methods never (one-line
 * bodies are alike across types).
 */
function sameMethodOtherReceiver(decl: GoDecl, files: Current[], oldLines: readonly string[]): { file: Current; decl: GoDecl } | undefined {
  if (decl.kind !== 'method') return undefined;
  const was = oldLines.slice(decl.startLine - 1, decl.endLine);
  if (was.length < MIN_RECEIVER_MOVE_LINES) return undefined;
  let best: { file: Current; decl: GoDecl } | undefined;
  let bestScore = 0;
  let tie = false;
  for (const f of files) {
    for (const d of f.file.decls) {
      if (d.kind !== 'method' || d.name !== decl.name || d.receiver === decl.receiver) continue;
      const is = f.file.lines.slice(d.startLine - 1, d.endLine);
      const lost = diffLines(was, is).reduce((n, h) => n + h.oldCount, 0);
      const score = (was.length - lost) / Math.max(was.length, is.length);
      if (score > bestScore) {
        best = { file: f, decl: d };
        bestScore = score;
        tie = false;
      } else if (score === bestScore) {
        tie = true;
      }
    }
  }
  return best && !tie && bestScore >= MIN_RECEIVER_MOVE_KEPT ? best : undefined;
}
