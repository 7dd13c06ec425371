import * as fs from 'node:fs';
import { UsageError, gitRef, walkArgs } from './args';
import { expandTargets } from './targets';
import { formatSarif, type FileReport } from './report';
import { loadConfig } from '../core/config';
import { FileWorkspace } from '../core/workspace';
import { checkDocument } from '../core/engine';
import { GitHistory } from '../core/history/git';
import { impactBase, impactedCitations, type Impact, type StaleCitation } from '../core/history/impact';
import { HistoryUnavailable } from '../core/history/types';
import { shortSha } from '../core/history/baseline';
import { describeRange } from '../core/rules/shared/citation-text';
import { clip, squashSpace } from '../core/text';
import { chooseRoot } from './root';
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
  const root = chooseRoot(args.root, args.paths).dir;
  const targets = await expandTargets(args.paths.length || args.root !== undefined ? args.paths : ['.'], root);
  const { config, problems } = await loadConfig(root);
  for (const p of problems) process.stderr.write(`macroplan: .macroplan.json${p.line ? `:${p.line}` : ''}: ${p.message} (using defaults)\n`);
  const ws = new FileWorkspace({ root, sourceRoots: config.sourceRoots, maxFileSize: config.maxFileSize });
  const git = new GitHistory({ cwd: root });
  const reports: (FileReport & { impacts: Impact[]; stale: StaleCitation[]; sentences: string[] })[] = [];
  let base;
  try {
    base = await impactBase(git, args.base);
    // Nothing changed since the base: no plan needs reading to say so.
    const head = await git.commit('HEAD');
    if (head?.sha === base.sha && (await git.worktreeClean())) {
      printNothingChanged(args.format, base.sha, root);
      return 0;
    }
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
      const sentences = impacts.map((i) => text.slice(i.citation.sentence.start, i.citation.sentence.end));
      reports.push({ path: t.shown, abs: t.abs, lines: result.model.lines, diagnostics, impacts, stale, sentences });
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
        citations: r.impacts.map((i, n) => {
          const pos = r.lines.positionAt(i.citation.start);
          return { line: pos.line + 1, column: pos.character + 1, citation: r.lines.text.slice(i.citation.start, i.citation.end), file: i.rel, side: i.side, changed: i.changed, ...(i.nowRel ? { now: i.nowRel } : {}), ...(i.deleted ? { deleted: true } : {}), sentence: squashSpace(r.sentences[n]), diff: i.diff };
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
      r.impacts.forEach((i, n) => out.push(...reviewComment(r, i, r.sentences[n], base!.sha), ''));
    }
    const plans = reports.filter((r) => r.impacts.length).length;
    out.push(total === 0 ? `no citation points into lines changed since ${shortSha(base.sha)}` : `${total} citation${total === 1 ? '' : 's'} in ${plans} plan${plans === 1 ? '' : 's'} point${total === 1 ? 's' : ''} into lines changed since ${shortSha(base.sha)}`);
    // Their numbers point at no code of the version they were written against: whatever the
    // change did, they were wrong before it; `macroplan check` reports them (and --format json lists them).
    if (stale.length) out.push(`(${stale.length} stale citation${stale.length === 1 ? '' : 's'} skipped: ${stale.length === 1 ? 'its lines are' : 'their lines are'} not in the file ${stale.length === 1 ? 'it was' : 'they were'} written against; \`macroplan check\` reports ${stale.length === 1 ? 'it' : 'them'})`);
    process.stdout.write(out.join('\n') + '\n');
  }
  return args.failOnImpact && total > 0 ? 1 : 0;
}

/** Lines of code shown per side of a change: a review comment quotes, it does not paste. */
const SHOWN_LINES = 3;

/**
 * One impacted citation as a reviewer would write it: where it is in the plan, what it cites,
 * what changed there, the sentence that may no longer hold, and the lines before and after.
 */
function reviewComment(r: FileReport, i: Impact, sentence: string, base: string): string[] {
  const pos = r.lines.positionAt(i.citation.start);
  const cited = r.lines.text.slice(i.citation.start, i.citation.end);
  const what = i.deleted ? `${i.rel} was deleted` : `${i.changed.map(describeRange).join(', ')} changed${i.nowRel ? ` (the file is ${i.nowRel} now)` : ''}`;
  const out = [`  ${pos.line + 1}:${pos.character + 1}  ${cited}: ${what} since ${shortSha(base)}${i.side === 'now' ? ' (cited as the code is now)' : ''}`];
  out.push(`    > ${clip(sentence, 110)}`);
  const side = (mark: string, lines: string[]) => {
    const code = lines.filter((l) => l.trim());
    for (const l of code.slice(0, SHOWN_LINES)) out.push(`    ${mark} ${clip(l, 100)}`);
    if (code.length > SHOWN_LINES) out.push(`    ${mark} … ${code.length - SHOWN_LINES} more`);
  };
  side('-', i.diff.was);
  side('+', i.diff.now);
  return out;
}

function printNothingChanged(format: ImpactArgs['format'], base: string, root: string): void {
  if (format === 'json') process.stdout.write(JSON.stringify({ version: 1, base, plans: [], stale: [], summary: { plans: 0, citations: 0, stale: 0 } }, null, 2) + '\n');
  else if (format === 'sarif') process.stdout.write(formatSarif([], root, '0.1.0', [IMPACT_RULE]) + '\n');
  else process.stdout.write(`nothing changed since ${shortSha(base)} (HEAD, and the working tree is clean): no citation is impacted\n`);
}

/** "line 9 of a.go changed since f7347ab.": lines numbered as the citation numbers them (at the base, or now). */
function impactMessage(i: Impact, base: string): string {
  const since = `since ${shortSha(base)}`;
  if (i.deleted) return `${i.rel} was deleted ${since}.`;
  return `${i.changed.map(describeRange).join(', ')} of ${i.rel}${i.nowRel ? ` (now ${i.nowRel})` : ''} changed ${since}.`;
}
