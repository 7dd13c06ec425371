/**
 * The part of a citation's hover that history adds (MP009): where the cited code went since the
 * citation's baseline and what changed — the lines then and now as a diff for edited code, the
 * deleting commit for deleted code. Only from the last check with history of this version: a
 * hover never runs git.
 */
import * as path from 'node:path';
import type { RawCitation } from '../core/citations';
import type { CheckResult } from '../core/engine';
import { describeBaseline, describeChange, describeCommit, shortSha } from '../core/history/baseline';
import type { Drift, Span } from '../core/history/drift';
import { diffLines } from '../core/history/linediff';
import { isFolderHead } from '../core/history/folder';
import { shortDeclaration } from '../core/rules/shared/citation-text';
import { fence, lineUri } from './convert';
import { fenceOf, languageOf } from '../core/lang';

/** What history found for the citation under the cursor, if it moved, changed or went. */
export function driftOf(result: CheckResult | undefined, c: RawCitation): Drift | undefined {
  const checked = result?.citations.find((x) => x.start === c.start && x.end === c.end);
  return checked?.drift && checked.drift.kind !== 'unchanged' ? checked.drift : undefined;
}

const HEADLINE: Record<Drift['kind'], string> = {
  unchanged: 'unchanged',
  moved: 'The cited code moved',
  renamed: 'The cited file was renamed',
  reanchored: 'The cited code was edited',
  edited: 'The cited code was edited',
  deleted: 'The cited code was deleted',
};

function spans(ranges: Span[]): string {
  return ranges.map((r) => (r.start === r.end ? `${r.start}` : `${r.start}-${r.end}`)).join(',');
}

/** The cited lines then and now as a diff (both are a few lines: every line is shown). */
function diffOf(oldCode: string, newCode: string): string {
  const a = oldCode.split('\n');
  const b = newCode.split('\n');
  const out: string[] = [];
  let i = 0;
  for (const h of diffLines(a, b)) {
    // An empty side's start is the line after it, so the unchanged lines end just before it either way.
    while (i < h.oldStart - 1) out.push(`  ${a[i++]}`);
    for (let k = 0; k < h.oldCount; k++) out.push(`- ${a[i++]}`);
    for (let k = 0; k < h.newCount; k++) out.push(`+ ${b[h.newStart - 1 + k]}`);
  }
  while (i < a.length) out.push(`  ${a[i++]}`);
  return out.join('\n');
}

export function renderDrift(d: Drift, root: string): string {
  const out: string[] = [];
  const was = `${d.oldPath}:${spans(d.ranges.map((r) => r.old))}`;
  const nowRanges = d.ranges.every((r) => r.now) ? d.ranges.map((r) => r.now!) : undefined;
  const newPath = d.newPath ?? d.oldPath;
  const now = nowRanges ? `${newPath}:${spans(nowRanges)}` : undefined;
  if (d.ownCommit) {
    // The plan came with this change: what the citation showed before it.
    out.push(`**Changed by this plan's own commit** ${describeCommit(d.ownCommit)}`, '', `Before it, \`${was}\` held:`, fence(d.oldCode ?? '', 'go'));
    return out.join('\n');
  }
  out.push(`**${d.replaced ? 'The cited lines now hold other code' : HEADLINE[d.kind]}** (${describeBaseline(d.baseline)})`, '');
  if (d.kind === 'deleted') {
    const by = describeChange(d.deletedBy, d.baseline);
    out.push(`\`${was}\` was deleted${by ? ` ${by}` : ''}.`);
    if (d.oldCode !== undefined) out.push('', `${isFolderHead(d.baseline.commit) ? 'When last seen right' : `At ${shortSha(d.baseline.commit.sha)}`}:`, fence(d.oldCode, fenceOf(languageOf(d.oldPath))));
    return out.join('\n');
  }
  const replacedBy = d.replaced && describeChange(d.replacedBy, d.baseline);
  if (d.replaced) out.push(`\`${was}\` was replaced${replacedBy ? ` ${replacedBy}` : ''}.`);
  else out.push(now ? `\`${was}\` is now [\`${now}\`](${lineUri(path.join(root, newPath), nowRanges![0].start, nowRanges![0].end)})` : `\`${was}\` has no single place now`);
  if (d.declaration) out.push('', `Inside \`${shortDeclaration(d.declaration)}\`.`);
  const edited = d.kind === 'reanchored' || d.kind === 'edited';
  if (edited && d.oldCode !== undefined && d.newCode !== undefined) {
    out.push('', `Then${isFolderHead(d.baseline.commit) ? '' : ` (${shortSha(d.baseline.commit.sha)})`} and now:`, fence(diffOf(d.oldCode, d.newCode), 'diff'));
  } else if (d.newCode !== undefined) {
    out.push('', 'Now:', fence(d.newCode, fenceOf(languageOf(newPath))));
  }
  return out.join('\n');
}
