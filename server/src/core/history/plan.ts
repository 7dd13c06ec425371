import * as path from 'node:path';
import type { Cancellation } from '../types';
import { CancelledError, throwIfCancelled } from '../types';
import type { CheckedCitation } from '../checked-citation';
import type { PlanModel } from '../model';
import type { Workspace } from '../workspace';
import { planBaselines, type Baseline, type BaselineOptions, type PlanBaselines } from './baseline';
import { followCitations } from './follow';
import type { Drift } from './drift';
import { HistoryUnavailable, NotCached, type Blob, type CommitInfo, type History } from './types';
import { findPermalinks, permalinkCitation, remoteIs, type Permalink } from './permalink';
import type { AnchorStore } from './anchors';
import { citationKeys } from './anchorsight';
import { insideRepo } from './follow-tasks';
import { isFolderHead } from './folder';

/**
 * What a front door gives the engine to check a plan with history (`CheckOptions.history`).
 * Without it, checking is exactly as without history.
 */
export interface HistoryOptions {
  history: History;
  /** One baseline for every citation of the plan: a ref (`--since`, `since` in the config). */
  since?: string;
  /** Modification time of the plan file (ms): the baseline of an untracked plan with no stamp. */
  planMtime?: number;
  /**
   * Citations as written (`sim/routing.go:51-53`) that were just rewritten (by `--fix`) and so
   * have no baseline: they are right at HEAD, not at the plan's baseline.
   */
  rewritten?: Set<string>;
  /**
   * Where each citation was last seen right (anchors.ts): a citation with an anchor is followed
   * from it, before blame, stamp or modification time. Read here; the front door writes it.
   */
  anchors?: AnchorStore;
  /**
   * Why history could not answer (no git, not a repository, an unknown `since`, ...). Called
   * for every plan; the front door says each reason once (`onceSayer`).
   */
  unavailable(reason: string): void;
}

export interface PlanHistory {
  /** The followed citations, each with what happened to it (kind `unchanged` included). */
  drifts: Map<CheckedCitation, Drift>;
  /** The plan as git knows it; undefined when history could not answer. */
  status?: 'tracked' | 'untracked' | 'outside';
  /** HEAD when the plan was followed. */
  head?: string;
  /** The repository's top folder (a real path) and the plan's path in it: where the front door records anchors. */
  repoRoot?: string;
  planPath?: string;
  /** Permalinks to this repository's code whose code moved, changed or went since their commit. */
  permalinks: { link: Permalink; drift: Drift; fixable: boolean }[];
}

interface Started {
  repoRoot: string;
  planPath?: string;
  head: CommitInfo;
  baselines: PlanBaselines;
}

/**
 * The questions about the plan itself (repository, HEAD, blame): they need no citation, so the
 * engine asks them while it resolves and loads the cited files. Undefined when history cannot
 * answer (already said through `opts.unavailable`); throws only CancelledError.
 */
export async function startPlanHistory(ws: Workspace, model: PlanModel, planAbs: string | undefined, opts: HistoryOptions, token?: Cancellation): Promise<Started | undefined> {
  const h = opts.history;
  try {
    const repo = await h.repository(token);
    const head = await h.commit('HEAD', token);
    if (!head) {
      opts.unavailable('history: the repository has no commits yet');
      return undefined;
    }
    let planPath: string | undefined;
    if (planAbs) {
      planPath = repoPath(repo.root, await ws.fs.realpath(planAbs).catch(() => planAbs));
    }
    // No repository: a citation's one baseline is its anchor (nothing is committed to blame or stamp).
    if (isFolderHead(head)) {
      if (opts.since !== undefined) opts.unavailable(`history: "${opts.since}" (since) needs a git repository; citations are followed from their anchors only`);
      return { repoRoot: repo.root, planPath, head, baselines: { at: () => undefined, status: 'untracked' } };
    }
    const warn: BaselineOptions['warn'] = (reason) => opts.unavailable(reason);
    // Where each citation stands, as followPlan's baselineOf asks: its line's baseline is walked
    // back past commits that reworded the line but left the citation alone.
    const citations = model.citations.map((c) => {
      const at = model.lines.positionAt(c.start);
      return { line: at.line + 1, cited: model.text.slice(c.start, c.end), column: at.character };
    });
    const baselines = await planBaselines(h, head, planPath, model.text, { since: opts.since, planMtime: opts.planMtime, warn, citations }, token);
    return { repoRoot: repo.root, planPath, head, baselines };
  } catch (e) {
    if (e instanceof CancelledError) throw e;
    // Answering from memory only, and the plan's own questions were not remembered: no MP009 yet.
    if (e instanceof NotCached) return undefined;
    said(opts, e);
    return undefined;
  }
}

/** A file's path in the repository (slash-separated), from its real path; undefined outside it. */
export function repoPath(repoRoot: string, real: string): string | undefined {
  const rel = path.relative(repoRoot, real);
  return rel && rel !== '..' && !rel.startsWith('..' + path.sep) && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : undefined;
}

function said(opts: HistoryOptions, e: unknown): void {
  opts.unavailable(e instanceof HistoryUnavailable ? `history: ${e.message}; citations are checked without it` : `history failed: ${(e as Error).message}; citations are checked without it`);
}

/**
 * Follows the citations of one plan through history. Never throws but CancelledError: when
 * history cannot answer, `opts.unavailable` is told why and the answer is empty.
 */
export async function followPlan(ws: Workspace, model: PlanModel, planAbs: string | undefined, citations: CheckedCitation[], opts: HistoryOptions, token?: Cancellation, started?: Promise<Started | undefined>): Promise<PlanHistory> {
  const ready = await (started ?? startPlanHistory(ws, model, planAbs, opts, token));
  if (!ready) return { drifts: new Map(), permalinks: [] };
  const { baselines, head, repoRoot, planPath } = ready;
  const where = { repoRoot, planPath };
  try {
    throwIfCancelled(token);
    const anchored = await anchorBaselines(opts, model, citations, planPath ?? planAbs, repoRoot, head, baselines.status === 'tracked' ? head.sha : undefined, token);
    const baselineOf = (c: CheckedCitation): Baseline | undefined => {
      const cited = model.text.slice(c.start, c.end);
      if (opts.rewritten?.has(cited)) return undefined;
      const anchor = anchored.get(c);
      if (anchor !== undefined) return anchor ?? undefined;
      if (baselines.vouches && !baselines.vouches(cited)) return undefined;
      const at = model.lines.positionAt(c.start);
      return baselines.at(at.line + 1, cited, at.character);
    };
    const drifts = await followCitations({ ws, history: opts.history, repoRoot, head, citations, docAbs: planAbs, model, baselineOf, token });
    const permalinks = await followPermalinks(ws, model, opts, repoRoot, head, token).catch((e) => {
      if (e instanceof NotCached) return [];
      throw e;
    });
    // Without a repository there is no HEAD to name (nor to anchor at).
    return { drifts, status: baselines.status, head: isFolderHead(head) ? undefined : head.sha, permalinks, ...where };
  } catch (e) {
    if (e instanceof CancelledError) throw e;
    if (e instanceof NotCached) return { drifts: new Map(), permalinks: [] };
    said(opts, e);
    return { drifts: new Map(), permalinks: [] };
  }
}

/** One blob object per anchored text: its lines and parse are kept by blob (follow-cache.ts). */
const anchorBlobs = new Map<string, Blob>();

function anchorBlob(oid: string, text: string): Blob {
  let b = anchorBlobs.get(oid);
  if (!b) {
    if (anchorBlobs.size >= 200) anchorBlobs.delete(anchorBlobs.keys().next().value as string);
    anchorBlobs.set(oid, (b = { oid, text }));
  }
  return b;
}

/**
 * The baseline of each citation that has an anchor: HEAD as it was then, with the cited file's
 * text as it was then. An anchor whose commit this repository does not have is passed over.
 * null: answering from memory, the anchor's commit was not remembered (no baseline until the
 * check with git, rather than another one now and the anchor's then).
 */
async function anchorBaselines(opts: HistoryOptions, model: PlanModel, citations: CheckedCitation[], plan: string | undefined, repoRoot: string, head: CommitInfo, trackedAt: string | undefined, token?: Cancellation): Promise<Map<CheckedCitation, Baseline | null>> {
  const out = new Map<CheckedCitation, Baseline | null>();
  const store = opts.anchors;
  if (!store || !plan) return out;
  // A plan git tracks has its own version on each branch: an anchor seen on another branch (its
  // commit not behind HEAD) is not this version's, and blame answers for it. An ignored plan is
  // one file across branches: its anchors hold wherever HEAD is.
  const behindHead = new Map<string, Promise<boolean>>();
  const usable = (sha: string): Promise<boolean> => {
    if (!trackedAt || sha === trackedAt) return Promise.resolve(true);
    let hit = behindHead.get(sha);
    if (!hit) behindHead.set(sha, (hit = opts.history.mergeBase(sha, trackedAt, token).then((b) => b === sha)));
    return hit;
  };
  for (const [c, key] of citationKeys(model, plan, citations)) {
    const hit = store.get(key);
    // An anchor kept without a repository has no commit; with one, it has (a folder's store is not a repository's).
    if (!hit || (hit.anchor.commit === undefined) !== isFolderHead(head)) continue;
    // The ranges are part of the citation's text: a key with others is not this citation's.
    const rs = c.ranges;
    if (rs.length !== hit.anchor.ranges.length || rs.some((r, i) => r.start !== hit.anchor.ranges[i][0] || r.end !== hit.anchor.ranges[i][1])) continue;
    // Nor one naming another file than the citation resolves to now (a file renamed since resolves to none).
    if (c.resolution.kind === 'ok' && insideRepo(repoRoot, c.resolution.real ?? c.resolution.abs) !== hit.anchor.path) continue;
    try {
      const commit = hit.anchor.commit ? await opts.history.commit(hit.anchor.commit, token) : head;
      if (commit && (await usable(commit.sha))) out.set(c, { commit, source: 'anchor', anchor: { path: hit.anchor.path, blob: anchorBlob(hit.anchor.oid, hit.text) } });
    } catch (e) {
      if (!(e instanceof NotCached)) throw e;
      out.set(c, null);
    }
  }
  return out;
}

/**
 * Permalinks to this repository (a remote on github.com names OWNER/REPO), followed from their
 * commit. A fix is offered only when HEAD is on a remote-tracking branch (a permalink to an
 * unpushed commit is dead) and the file is committed as it is now.
 */
async function followPermalinks(ws: Workspace, model: PlanModel, opts: HistoryOptions, repoRoot: string, head: CommitInfo, token?: Cancellation): Promise<PlanHistory['permalinks']> {
  const links = findPermalinks(model);
  if (links.length === 0) return [];
  const h = opts.history;
  const remotes = await h.remotes(token);
  const ours = links.filter((l) => remotes.some((r) => remoteIs(r, l.owner, l.repo)));
  if (ours.length === 0) return [];
  const out: PlanHistory['permalinks'] = [];
  const published = await h.isPublished(head.sha, token);
  for (const link of ours) {
    const commit = await h.commit(link.sha, token);
    if (!commit) {
      opts.unavailable(`history: a permalink's commit ${link.sha.slice(0, 7)} is not in this clone; it is not followed`);
      continue;
    }
    const c = await permalinkCitation(ws, repoRoot, link);
    if (!c) continue;
    const baseline: Baseline = { commit, source: 'permalink' };
    const drifts = await followCitations({ ws, history: h, repoRoot, head, citations: [c], baselineOf: () => baseline, token });
    const drift = drifts.get(c);
    // A permalink shows the code of its commit: an edit where it stands is a change too.
    if (!drift || drift.kind === 'unchanged') continue;
    out.push({ link, drift, fixable: published && !!drift.committedNow && !!drift.newRepoPath });
  }
  return out;
}

/** A sayer that passes each distinct message on once: "says why once". */
export function onceSayer(say: (message: string) => void): (message: string) => void {
  const said = new Set<string>();
  return (m) => {
    if (said.has(m)) return;
    said.add(m);
    say(m);
  };
}
