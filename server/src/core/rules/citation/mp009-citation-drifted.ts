import type { Rule } from '../../rule';
import type { CheckedCitation } from '../../rule';
import type { Fix } from '../../types';
import { formatSpec } from '../../citations';
import { describeBaseline, describeChange, describeCommit, shortSha } from '../../history/baseline';
import type { Drift, Span } from '../../history/drift';
import { diffLines } from '../../history/linediff';
import { shortDeclaration } from '../shared/citation-text';

export const rule: Rule = {
  meta: {
    id: 'MP009',
    name: 'citation-drifted',
    severity: 'warning',
    description: 'Git history shows the cited code moved, was renamed, edited or deleted since the citation was written.',
    scope: 'markdown',
    needs: ['citations', 'go-files', 'history'],
  },
  check(ctx) {
    for (const c of ctx.citations) {
      const d = c.drift;
      if (!d || d.kind === 'unchanged' || d.inPlace) continue;
      const since = describeBaseline(d.baseline);
      const now = d.ranges.every((r) => r.now) ? d.ranges.map((r) => r.now!) : undefined;
      const newSpec = now ? spec(c, now) : '';
      // The file the citation resolves to now (a short path found by suffix names it too): only
      // the lines change, and the fix keeps the author's form of the path.
      const samePath = d.newPath === undefined || d.newPath === d.oldPath || (c.resolution.kind === 'ok' && d.newPath === c.resolution.rel);
      // The message names the file it found (`sim/policy/admission.go` for `admission.go:45`).
      const was = `${samePath && c.resolution.kind === 'ok' ? c.resolution.rel : d.oldPath}${spec(c, d.ranges.map((r) => r.old))}`;
      const target = now ? (samePath ? newSpec.slice(1) : `${d.newPath}${newSpec}`) : '';
      // The cited path or lines no longer resolve: as serious as the MP001/MP003 it stands for.
      const broken = c.resolution.kind !== 'ok' || d.kind === 'deleted' ? 'error' as const : undefined;
      // A link target names the new file relative to the plan, as it named the old one.
      const newCited = d.newPath === undefined ? '' : ctx.workspace.asCited(c, d.newPath, ctx.path);
      const move: Fix | undefined = now ? { title: `Move citation to ${samePath ? c.rawPath : newCited}${newSpec}`, edits: [samePath ? { start: c.pathEnd, end: c.end, newText: newSpec } : { start: c.pathStart, end: c.end, newText: `${newCited}${newSpec}` }] } : undefined;
      // Code that moved or a file renamed whole has one new place: a fix. An edited range
      // re-anchored is the checker's best guess at where the sentence now points: a suggestion.
      const fix = move && { fix: move };
      const suggest = move && { suggestions: [move] };
      if (d.ownCommit) {
        // Right at the parent of the commit that wrote the plan line, changed by that commit: the
        // plan describes the change it came with. True, and not a drift to follow.
        ctx.report({ start: c.start, end: c.end, severity: 'info', message: `the code cited here was changed by this plan's own commit ${shortSha(d.ownCommit.sha)} ("${d.ownCommit.subject}"): before it, ${was} held ${firstLine(d.oldCode)}.` });
        continue;
      }
      switch (d.kind) {
        case 'moved':
          ctx.report({ start: c.start, end: c.end, severity: broken, message: `the code cited here moved${samePath ? '' : ' to another file'}${movedIn(d)}: ${was} is now ${target} (${since}).`, ...fix });
          break;
        case 'renamed':
          ctx.report({ start: c.start, end: c.end, severity: broken, message: `the file cited here was renamed${movedIn(d)}: ${was} is now ${target} (${since}).`, ...fix });
          break;
        case 'reanchored':
          // The same lines hold other code: nothing to move the citation to, the sentence needs rereading.
          if (d.replaced) {
            const by = describeChange(d.replacedBy, d.baseline);
            ctx.report({ start: c.start, end: c.end, severity: broken, message: `the code cited here was replaced${by ? ` ${by}` : ''}: ${was} now holds ${firstLine(d.newCode)} where it held ${firstLine(d.oldCode)} (${since}); check the sentence still holds.` });
            break;
          }
          ctx.report({ start: c.start, end: c.end, severity: broken, message: `the code cited here was edited: ${was} is now ${target}, inside \`${shortDeclaration(d.declaration!)}\` (${since}).${whatChanged(d)}`, ...suggest });
          break;
        case 'edited':
          ctx.report({ start: c.start, end: c.end, severity: broken, message: `the code cited here was edited ${since}: ${was} ${now ? `is now about ${target}` : 'has no single place now'}; check the sentence still holds.${whatChanged(d)}`, ...suggest });
          break;
        case 'deleted': {
          const by = describeChange(d.deletedBy, d.baseline);
          ctx.report({ start: c.start, end: c.end, severity: 'error', message: `the code cited here was deleted${by ? ` ${by}` : ''}: ${was} (${since}).` });
          break;
        }
      }
    }
    for (const { link, drift: d, fixable } of ctx.history?.permalinks ?? []) {
      const was = `${link.path}${formatSpec('hash', link.startLine, link.endLine)}`;
      const now = d.ranges[0].now;
      const since = describeBaseline(d.baseline);
      const what = d.kind === 'deleted' ? `was deleted${d.deletedBy ? ` ${describeCommit(d.deletedBy)}` : ''}`
        : d.kind === 'moved' || d.kind === 'renamed' ? `moved: it is now ${d.newPath}${now ? formatSpec('hash', now.start, now.end) : ''}`
        : `changed${now && d.newPath ? `: it is now about ${d.newPath}${formatSpec('hash', now.start, now.end)}` : ''}`;
      const head = ctx.history?.head;
      const repoint: Fix | undefined = fixable && now && head && d.newRepoPath
        ? { title: 'Point the permalink at HEAD', edits: [{ start: link.start, end: link.end, newText: `https://github.com/${link.owner}/${link.repo}/blob/${head}/${d.newRepoPath}${formatSpec('hash', now.start, now.end)}` }] }
        : undefined;
      const exact = d.kind === 'moved' || d.kind === 'renamed';
      ctx.report({ start: link.start, end: link.end, severity: d.kind === 'deleted' ? 'error' : undefined, message: `the code this permalink shows (${was}) ${what} (${since}).`, ...(repoint ? (exact ? { fix: repoint } : { suggestions: [repoint] }) : {}) });
    }
  },
};

/** The citation's line spec for some ranges, in its own form (`:a-b,c` or `#La-Lb`). */
function spec(c: CheckedCitation, ranges: Span[]): string {
  if (c.form === 'hash' || ranges.length === 1) return formatSpec(c.form, ranges[0].start, ranges[0].end);
  return ':' + ranges.map((r) => formatSpec('colon', r.start, r.end).slice(1)).join(',');
}

/** The first line with content of some cited code, quoted (a blank line said as such). */
/** " in a1b2c3d (2026-03-01, "subject")" when the commit that moved the code is known. */
function movedIn(d: Drift): string {
  return d.movedBy ? ` ${describeCommit(d.movedBy)}` : '';
}

function firstLine(code: string | undefined): string {
  const line = (code ?? '').split('\n').map((l) => l.trim()).find((l) => l !== '');
  return line === undefined ? 'blank lines' : `\`${line.length > 80 ? `${line.slice(0, 79)}…` : line}\``;
}

/**
 * What changed in the cited lines: the first edit of a line diff, the removed line and the added
 * one, each shown around where they differ (two long lines alike for 80 characters no longer
 * read the same); a blank line is said, not quoted as ``.
 */
function whatChanged(d: Drift): string {
  if (d.oldCode === undefined || d.newCode === undefined) return '';
  const a = d.oldCode.split('\n');
  const b = d.newCode.split('\n');
  for (const h of diffLines(a, b)) {
    const gone = a.slice(h.oldStart - 1, h.oldStart - 1 + h.oldCount).map((l) => l.trim());
    const came = b.slice(h.newStart - 1, h.newStart - 1 + h.newCount).map((l) => l.trim());
    // A hunk that only re-indents or moves blank lines is no change a reader needs.
    if (gone.filter(Boolean).join('\n') === came.filter(Boolean).join('\n')) continue;
    const was = gone.find((l) => l !== '');
    const now = came.find((l) => l !== '');
    if (was === undefined && now === undefined) continue;
    if (was === undefined) return ` Added: ${quoteLine(now!, 0)}.`;
    if (now === undefined) return ` Removed: ${quoteLine(was, 0)}.`;
    const at = firstDifference(was, now);
    return ` Was: ${quoteLine(was, at)}; now: ${quoteLine(now, at)}.`;
  }
  return '';
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

const SHOWN = 80;

/** A line of code in backticks, at most SHOWN characters around `at` (where it differs), an ellipsis where cut. */
function quoteLine(line: string, at: number): string {
  return `\`${clip(line, Math.max(0, Math.min(at - 20, line.length - SHOWN)), SHOWN)}\``;
}

function clip(text: string, from: number, length: number): string {
  const part = text.slice(from, from + length);
  return `${from > 0 ? '…' : ''}${part}${from + length < text.length ? '…' : ''}`;
}
