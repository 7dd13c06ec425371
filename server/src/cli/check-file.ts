import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CheckArgs } from './args';
import type { FileReport } from './report';
import { existsAbove } from './root';
import type { Config } from '../core/config';
import type { Workspace } from '../core/workspace';
import { checkDocument } from '../core/engine';
import { preloadCitedGrammars } from '../core/lang';
import type { History } from '../core/history/types';
import type { HistoryOptions } from '../core/history/plan';
import { rememberDrifted, rememberSeenRight, type PlanAnchors } from '../core/history/anchorsight';
import type { AnchorStore } from '../core/history/anchors';
import { applyEdits, chooseFixes } from '../core/fixes';
import type { Diagnostic, TextEdit } from '../core/types';
import type { RawCitation } from '../core/citations';
import { LineIndex } from '../core/text';
import type { CacheKey, ResultCache } from '../core/resultcache';
import type { Observations } from '../core/recordfs';

/** What checking one file needs: the same in process and in a worker thread (`parallel.ts`). */
export interface FileCheckContext {
  ws: Workspace;
  config: Config;
  root: string;
  args: Pick<CheckArgs, 'fix' | 'since'>;
  /** Undefined with --no-history. */
  git?: History;
  /** The anchor store (core/history/anchors.ts): this thread's own; each thread saves it merged with the file. */
  anchors?: AnchorStore;
  /** History's reasons for not answering, said once by the front door. */
  say: (message: string) => void;
  log: (message: string) => void;
  /**
   * The result cache (core/resultcache.ts) and what the workspace's reads observed; undefined
   * with --no-cache, --fix, or history in a repository (its answer depends on git's state).
   */
  cache?: { results: ResultCache; mode: CacheKey['mode']; seen(): Observations };
}

/** One target checked (and with --fix, fixed and re-checked): its report and the fixes applied. */
export async function checkFile(ctx: FileCheckContext, t: { shown: string; abs: string }): Promise<{ report: FileReport; fixed: number }> {
  const { ws, config, root, args, git } = ctx;
  let fixed = 0;
  const raw = fs.readFileSync(t.abs, 'utf8');
  // Editors hide a byte-order mark and so does the Markdown parser: positions count without it.
  const bom = raw.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
  let text = bom ? raw.slice(1) : raw;
  // What history says it cannot answer is kept with a cached answer, to be said again with it.
  const said: string[] = [];
  // The modification time is read before any fix rewrites the file.
  const history: HistoryOptions | undefined = git && {
    history: git,
    since: args.since ?? config.since,
    planMtime: fs.statSync(t.abs).mtimeMs,
    unavailable: (m) => {
      said.push(m);
      ctx.say(m);
    },
    anchors: ctx.anchors,
  };
  const cache = ctx.cache && !args.fix ? ctx.cache : undefined;
  const key: CacheKey = { root, path: t.abs, config, mode: cache?.mode ?? 'plain' };
  const hit = cache && (await cache.results.get(key, text));
  if (hit) {
    // What history said when it could not answer is said again: the run reads as without the cache.
    for (const m of hit.said ?? []) ctx.say(m);
    const diagnostics = hit.diagnostics.map((d) => suggestRoot(d, hit.citations, root));
    return { report: { path: t.shown, abs: t.abs, lines: new LineIndex(text), diagnostics, profile: hit.profile, profileReason: hit.reason }, fixed: 0 };
  }
  // The grammars of the languages it cites compile off this thread while the plan is parsed.
  await preloadCitedGrammars(text);
  let result = await checkDocument(ws, text, { config, path: t.abs, log: ctx.log, history });
  if (cache) cache.results.put(key, text, result, cache.seen(), said);
  const planAnchors = anchorsOf(ctx.anchors, result, t.abs);
  // Before a fix writes the plan (moving its modification time): where its drifted citations were right.
  if (planAnchors && git) await rememberDrifted(planAnchors, git, result.model, result.citations);
  if (args.fix) {
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
  }
  if (planAnchors) rememberSeenRight(planAnchors, result.model, result.citations, result.diagnostics, result.history?.head);
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
function suggestRoot(d: Diagnostic, citations: readonly Pick<RawCitation, 'start' | 'end' | 'path'>[], root: string): Diagnostic {
  if (d.rule !== 'MP001') return d;
  const c = citations.find((x) => x.start <= d.start && d.end <= x.end);
  const above = c && existsAbove(root, c.path);
  if (!above) return d;
  const rel = path.relative(process.cwd(), above) || '.';
  return { ...d, message: `${d.message} It exists under ${above}: check with \`--root ${rel}\`.` };
}

type Checked = Awaited<ReturnType<typeof checkDocument>>;

/** Where a plan's anchors are kept: only for a plan history placed in a repository. */
function anchorsOf(store: AnchorStore | undefined, result: Checked, abs: string): PlanAnchors | undefined {
  const h = result.history;
  return store && h?.repoRoot ? { store, base: h.repoRoot, plan: h.planPath ?? abs } : undefined;
}
