import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CheckArgs } from './args';
import type { FileReport } from './report';
import { existsAbove } from './root';
import type { Config } from '../core/config';
import type { Workspace } from '../core/workspace';
import { checkDocument } from '../core/engine';
import type { History } from '../core/history/types';
import type { HistoryOptions } from '../core/history/plan';
import { readStamp, stampEdit } from '../core/history/baseline';
import { applyEdits, chooseFixes } from '../core/fixes';
import type { Diagnostic, TextEdit } from '../core/types';
import type { RawCitation } from '../core/citations';

/** What checking one file needs: the same in process and in a worker thread (`parallel.ts`). */
export interface FileCheckContext {
  ws: Workspace;
  config: Config;
  root: string;
  args: Pick<CheckArgs, 'fix' | 'since'>;
  /** Undefined with --no-history. */
  git?: History;
  /** History's reasons for not answering, said once by the front door. */
  say: (message: string) => void;
  log: (message: string) => void;
}

/** One target checked (and with --fix, fixed and re-checked): its report and the fixes applied. */
export async function checkFile(ctx: FileCheckContext, t: { shown: string; abs: string }): Promise<{ report: FileReport; fixed: number }> {
  const { ws, config, root, args, git } = ctx;
  let fixed = 0;
  const raw = fs.readFileSync(t.abs, 'utf8');
  // Editors hide a byte-order mark and so does the Markdown parser: positions count without it.
  const bom = raw.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
  let text = bom ? raw.slice(1) : raw;
  // The modification time is read before any fix rewrites the file.
  const history: HistoryOptions | undefined = git && {
    history: git,
    since: args.since ?? config.since,
    planMtime: fs.statSync(t.abs).mtimeMs,
    unavailable: ctx.say,
  };
  let result = await checkDocument(ws, text, { config, path: t.abs, log: ctx.log, history });
  if (args.fix) {
    const before = { text, result };
    // Fixes can uncover others (a moved citation is then checked for emptiness): repeat a few times.
    for (let round = 0; round < 5; round++) {
      const { edits, applied } = chooseFixes(result.diagnostics);
      const next = applyEdits(text, edits);
      if (applied === 0 || next === text) break;
      fixed += applied;
      text = next;
      fs.writeFileSync(t.abs, bom + text);
      result = await checkDocument(ws, text, { config, path: t.abs, history });
      if (history) {
        // A citation a fix rewrote is right at HEAD: history must not follow it again from the
        // plan's old baseline (the next round would move it twice). Told by where the edits
        // landed, not by its text: another citation of the plan may have read so before.
        const landed = editedSpans(edits);
        for (const c of result.citations) {
          if (landed.some((e) => c.start < e.end && e.start < c.end)) (history.rewritten ??= new Set()).add(text.slice(c.start, c.end));
        }
        result = await checkDocument(ws, text, { config, path: t.abs, history });
      }
    }
    const stamped = stampIfClean(text, result) ?? keepBaseline(text, result, before, history?.rewritten);
    if (stamped !== text) {
      text = stamped;
      fs.writeFileSync(t.abs, bom + text);
      result = await checkDocument(ws, text, { config, path: t.abs, history });
    }
  }
  const diagnostics = result.diagnostics.map((d) => suggestRoot(d, result.citations, root));
  return { report: { path: t.shown, abs: t.abs, lines: result.model.lines, diagnostics, profile: result.profile?.name ?? null, profileReason: result.choice.reason }, fixed };
}

/** Where non-overlapping edits lie in the text they produce. */
function editedSpans(edits: readonly TextEdit[]): { start: number; end: number }[] {
  let shift = 0;
  return [...edits].sort((a, b) => a.start - b.start).map((e) => {
    const start = e.start + shift;
    shift += e.newText.length - (e.end - e.start);
    return { start, end: start + e.newText.length };
  });
}

/**
 * An MP001 whose path exists in a folder above the root (up to the repository's top): the root
 * is too deep (given so, or found from a subfolder with no .git above), and --root is the answer.
 */
function suggestRoot(d: Diagnostic, citations: readonly RawCitation[], root: string): Diagnostic {
  if (d.rule !== 'MP001') return d;
  const c = citations.find((x) => x.start <= d.start && d.end <= x.end);
  const above = c && existsAbove(root, c.path);
  if (!above) return d;
  const rel = path.relative(process.cwd(), above) || '.';
  return { ...d, message: `${d.message} It exists under ${above}: check with \`--root ${rel}\`.` };
}

const CITATION_RULE = /^MP00[1-9]$/;

type Checked = Awaited<ReturnType<typeof checkDocument>>;

/**
 * A plan git does not track gets a stamp naming HEAD when every citation checks clean: the
 * baseline its citations are followed from next time (`core/history/baseline.ts`). Undefined
 * when the plan is not such a plan or not clean.
 */
function stampIfClean(text: string, result: Checked): string | undefined {
  const h = result.history;
  if (!h?.head || (h.status !== 'untracked' && h.status !== 'outside') || result.citations.length === 0) return undefined;
  if (result.diagnostics.some((d) => CITATION_RULE.test(d.rule))) return undefined;
  const edit = stampEdit(text, h.head, result.citations.map((c) => text.slice(c.start, c.end)));
  return edit ? applyEdits(text, [edit]) : text;
}

/**
 * An untracked plan without a stamp is judged from the last commit before it was saved; `--fix`
 * saving it would move that to HEAD and silence what it left to fix (code edited or deleted since).
 * So when fixes were written and the plan is not clean, a stamp names the baseline it was judged
 * from, for the citations the fixes left as they were (those rewritten are right at HEAD).
 */
function keepBaseline(text: string, result: Checked, before: { text: string; result: Checked }, rewritten: ReadonlySet<string> | undefined): string {
  const h = result.history;
  if (text === before.text || !h || (h.status !== 'untracked' && h.status !== 'outside') || readStamp(before.text)) return text;
  const base = [...(before.result.history?.drifts.values() ?? [])].find((d) => d.baseline.source === 'mtime')?.baseline.commit.sha;
  if (!base) return text;
  const was = new Set(before.result.citations.map((c) => before.text.slice(c.start, c.end)));
  const kept = result.citations.map((c) => text.slice(c.start, c.end)).filter((c) => was.has(c) && !rewritten?.has(c));
  const edit = kept.length ? stampEdit(text, base, kept) : undefined;
  return edit ? applyEdits(text, [edit]) : text;
}

