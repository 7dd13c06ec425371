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
import type { CacheKey, CacheMode, ResultCache } from '../core/resultcache';
import { currentDependency, PlanDependencies, replaySightings } from '../core/historykey';
import type { RepoState } from '../core/history/repostate';
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
   * The result cache (core/resultcache.ts), what the workspace's reads observed and, with history
   * in a repository, its state (history/repostate.ts); undefined with --no-cache or --fix.
   */
  cache?: { results: ResultCache; mode: CacheMode; seen(): Observations; state?: RepoState; hits?: Map<string, { text: string; hit: Awaited<ReturnType<ResultCache['get']>> }> };
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
  const { cache, since, key, followed, hit } = await lookUp(ctx, t.abs, text);
  if (hit) {
    // What history said when it could not answer is said again, and the anchors it saw again are
    // seen again: the run reads, and leaves the store, as without the cache.
    for (const m of hit.said ?? []) ctx.say(m);
    replaySightings(ctx.anchors, hit.sightings ?? []);
    const diagnostics = hit.diagnostics.map((d) => suggestRoot(d, hit.citations, root));
    return { report: { path: t.shown, abs: t.abs, lines: new LineIndex(text), diagnostics, profile: hit.profile, profileReason: hit.reason }, fixed: 0 };
  }
  // The modification time is read before any fix rewrites the file.
  const planMtime = git ? fs.statSync(t.abs).mtimeMs : undefined;
  const deps = followed ? new PlanDependencies(cache?.state, planMtime) : undefined;
  const anchors = deps && ctx.anchors ? deps.anchors(ctx.anchors) : ctx.anchors;
  const asked = deps && git ? deps.history(git) : git;
  const history: HistoryOptions | undefined = asked && {
    history: asked,
    since,
    planMtime,
    unavailable: (m) => {
      said.push(m);
      ctx.say(m);
    },
    anchors,
  };
  // The grammars of the languages it cites compile off this thread while the plan is parsed.
  await preloadCitedGrammars(text);
  let result = await checkDocument(ws, text, { config, path: t.abs, log: ctx.log, history });
  const planAnchors = anchorsOf(anchors, result, t.abs);
  // Before a fix writes the plan (moving its modification time): where its drifted citations were right.
  if (planAnchors && asked) await rememberDrifted(planAnchors, asked, result.model, result.citations);
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
  // Kept after the anchors are written: an answer whose check wrote a new one is not kept.
  if (cache) {
    const kept = deps?.finish();
    if (!deps || kept) cache.results.put(key, text, result, cache.seen(), said, kept);
  }
  const diagnostics = result.diagnostics.map((d) => suggestRoot(d, result.citations, root));
  return { report: { path: t.shown, abs: t.abs, lines: result.model.lines, diagnostics, profile: result.profile?.name ?? null, profileReason: result.choice.reason }, fixed };
}

/** The plan's key in the result cache and its kept answer, when one holds. */
async function lookUp(ctx: FileCheckContext, abs: string, text: string) {
  const { config, root, args, git } = ctx;
  const cache = ctx.cache && !args.fix ? ctx.cache : undefined;
  const since = git ? args.since ?? config.since : undefined;
  const key: CacheKey = { root, path: abs, config, mode: cache?.mode ?? 'no-history', ...(since !== undefined ? { since } : {}) };
  // With history the answer rests on git's state and the plan's anchors too (core/historykey.ts).
  const followed = !!cache && (cache.mode === 'git' || cache.mode === 'folder');
  // Asked once per run: the look ahead for history (main.ts askAhead) asked it already.
  const asked = cache?.hits?.get(abs);
  const hit = asked?.text === text ? asked.hit : cache && (await cache.results.get(key, text, followed ? currentDependency(cache.state, ctx.anchors, () => mtimeOf(abs)) : undefined));
  if (cache?.hits && !asked) cache.hits.set(abs, { text, hit });
  return { cache, since, key, followed, hit };
}

function mtimeOf(abs: string): number | undefined {
  try {
    return fs.statSync(abs).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Whether a target's answer is kept in the result cache: its history need not be asked ahead. */
export async function isCached(ctx: FileCheckContext, abs: string): Promise<boolean> {
  if (!ctx.cache || ctx.args.fix) return false;
  let text: string;
  try {
    text = fs.readFileSync(abs, 'utf8');
  } catch {
    return false;
  }
  return !!(await lookUp(ctx, abs, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)).hit;
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
