import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError, gitRef, walkArgs } from './args';
import { expandTargets } from './targets';
import { formatSarif, type FileReport } from './report';
import { loadConfig } from '../core/config';
import { Workspace } from '../core/workspace';
import { checkDocument } from '../core/engine';
import { GitHistory } from '../core/history/git';
import { impactBase, impactedCitations, type Impact, type StaleCitation } from '../core/history/impact';
import { HistoryUnavailable } from '../core/history/types';
import { shortSha } from '../core/history/baseline';
import { describeRange } from '../core/rules/citation/citation-util';
import type { Diagnostic } from '../core/types';

export interface ImpactArgs {
  paths: string[];
  root?: string;
  base?: string;
  format: 'text' | 'json' | 'sarif';
  failOnImpact: boolean;
}

export const IMPACT_RULE = { id: 'MP900', name: 'citation-impacted', severity: 'info' as const, description: 'The cited lines changed between the base and the working tree: check the sentence still holds.' };

export function parseImpactArgs(argv: string[]): ImpactArgs {
  const out: ImpactArgs = { paths: [], format: 'text', failOnImpact: false };
  out.paths = walkArgs(argv, (flag, value) => {
    switch (flag) {
      case '--root': out.root = value(); return true;
      case '--base': out.base = gitRef(flag, value()); return true;
      case '--format': {
        const f = value();
        if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not "${f}"`);
        out.format = f;
        return true;
      }
      case '--fail-on-impact': out.failOnImpact = true; return true;
      default: return false;
    }
  });
  return out;
}

/**
 * `macroplan impact`: every citation, in every plan, pointing into lines changed between the
 * base and the working tree, grouped by plan. For reviewers: which plan sentences a change makes
 * stale. Exit 1 with --fail-on-impact when there is any.
 */
export async function impact(argv: string[]): Promise<number> {
  const args = parseImpactArgs(argv);
  const root = path.resolve(args.root ?? '.');
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) throw new UsageError(`--root ${args.root}: not a folder`);
  const targets = expandTargets(args.paths, root);
  const { config, problems } = await loadConfig(root);
  for (const p of problems) process.stderr.write(`macroplan: .macroplan.json${p.line ? `:${p.line}` : ''}: ${p.message} (using defaults)\n`);
  const ws = new Workspace({ root, sourceRoots: config.sourceRoots, maxFileSize: config.maxFileSize });
  const git = new GitHistory({ cwd: root });
  const reports: (FileReport & { impacts: Impact[]; stale: StaleCitation[] })[] = [];
  let base;
  try {
    base = await impactBase(git, args.base);
    for (const t of targets) {
      const raw = fs.readFileSync(t.abs, 'utf8');
      const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
      const result = await checkDocument(ws, text, { config, path: t.abs });
      const { impacts, stale } = await impactedCitations(ws, git, base, result.model, t.abs, result.citations);
      const diagnostics: Diagnostic[] = impacts.map((i) => ({
        rule: IMPACT_RULE.id,
        name: IMPACT_RULE.name,
        severity: 'info',
        start: i.citation.start,
        end: i.citation.end,
        message: `${text.slice(i.citation.start, i.citation.end)}: ${impactMessage(i, base!.sha)}`,
      }));
      reports.push({ path: t.shown, abs: t.abs, lines: result.model.lines, diagnostics, impacts, stale });
    }
  } catch (e) {
    if (e instanceof HistoryUnavailable) {
      process.stderr.write(`macroplan: impact needs git history: ${e.message}\n`);
      return 2;
    }
    throw e;
  } finally {
    git.dispose();
  }
  const total = reports.reduce((n, r) => n + r.impacts.length, 0);
  const stale = reports.flatMap((r) => r.stale.map((s) => ({ r, s, pos: r.lines.positionAt(s.citation.start) })));
  if (args.format === 'json') {
    process.stdout.write(JSON.stringify({
      version: 1,
      base: base.sha,
      plans: reports.filter((r) => r.impacts.length).map((r) => ({
        path: r.path,
        citations: r.impacts.map((i) => {
          const pos = r.lines.positionAt(i.citation.start);
          return { line: pos.line + 1, column: pos.character + 1, citation: r.lines.text.slice(i.citation.start, i.citation.end), file: i.rel, side: i.side, changed: i.changed, ...(i.nowRel ? { now: i.nowRel } : {}), ...(i.deleted ? { deleted: true } : {}) };
        }),
      })),
      stale: stale.map(({ r, s, pos }) => ({ path: r.path, line: pos.line + 1, column: pos.character + 1, citation: r.lines.text.slice(s.citation.start, s.citation.end), file: s.rel, side: s.side, reason: s.reason })),
      summary: { plans: reports.filter((r) => r.impacts.length).length, citations: total, stale: stale.length },
    }, null, 2) + '\n');
  } else if (args.format === 'sarif') {
    process.stdout.write(formatSarif(reports, root, '0.1.0', [IMPACT_RULE]) + '\n');
  } else {
    const out: string[] = [];
    for (const r of reports) {
      if (!r.impacts.length) continue;
      out.push(r.path);
      for (const d of r.diagnostics) {
        const pos = r.lines.positionAt(d.start);
        out.push(`  ${pos.line + 1}:${pos.character + 1}  ${d.message}`);
      }
      out.push('');
    }
    out.push(total === 0 ? `no citation points into lines changed since ${shortSha(base.sha)}` : `${total} citation${total === 1 ? '' : 's'} in ${reports.filter((r) => r.impacts.length).length} plan${reports.filter((r) => r.impacts.length).length === 1 ? '' : 's'} point${total === 1 ? 's' : ''} into lines changed since ${shortSha(base.sha)}`);
    if (stale.length) {
      // Their numbers point at no code of the version they were written against: whatever the
      // change did, they were wrong before it; `macroplan check` is where they get fixed.
      out.push(`${stale.length} stale citation${stale.length === 1 ? '' : 's'} skipped (${stale.length === 1 ? 'its lines are' : 'their lines are'} not in the file ${stale.length === 1 ? 'it was' : 'they were'} written against):`);
      for (const { r, s, pos } of stale) out.push(`  ${r.path}:${pos.line + 1}:${pos.character + 1}  ${r.lines.text.slice(s.citation.start, s.citation.end)}: ${s.reason}`);
    }
    process.stdout.write(out.join('\n') + '\n');
  }
  return args.failOnImpact && total > 0 ? 1 : 0;
}

/** "line 9 of a.go changed since f7347ab.": lines numbered as the citation numbers them (at the base, or now). */
function impactMessage(i: Impact, base: string): string {
  const since = `since ${shortSha(base)}`;
  if (i.deleted) return `${i.rel} was deleted ${since}.`;
  return `${i.changed.map(describeRange).join(', ')} of ${i.rel}${i.nowRel ? ` (now ${i.nowRel})` : ''} changed ${since}.`;
}
