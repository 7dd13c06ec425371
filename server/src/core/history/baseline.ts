import type { Cancellation, TextEdit } from '../types';
import { diffLines, mapLine, mapRangeIntact, splitLines } from './linediff';
import { NOT_COMMITTED, type CommitInfo, type History } from './types';

/** Where a citation's baseline came from; it is named in every MP009 message. */
export type BaselineSource = 'blame' | 'since' | 'stamp' | 'mtime' | 'permalink';

/** The commit a citation was last known to be right at. */
export interface Baseline {
  commit: CommitInfo;
  source: BaselineSource;
  /** The ref as given (`--since v1.2`). */
  ref?: string;
}

export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** "since a1b2c3d, 2026-02-26", "since the plan's stamp a1b2c3d", ... */
export function describeBaseline(b: Baseline): string {
  const sha = shortSha(b.commit.sha);
  switch (b.source) {
    case 'blame': return `since ${sha}, ${isoDate(b.commit.time)}`;
    case 'since': return b.ref && !b.commit.sha.startsWith(b.ref) ? `since ${b.ref} (${sha}, ${isoDate(b.commit.time)})` : `since ${sha}, ${isoDate(b.commit.time)}`;
    case 'stamp': return `since the plan's stamp ${sha}`;
    case 'mtime': return `since ${sha}, the last commit before the plan was saved`;
    case 'permalink': return `since the permalink's commit ${sha}, ${isoDate(b.commit.time)}`;
  }
}

/** "in a1b2c3d (2026-02-26, "drop routing")": the commit that deleted cited code; undefined when not committed. */
export function describeCommit(c: CommitInfo | undefined): string | undefined {
  return c ? `in ${shortSha(c.sha)} (${isoDate(c.time)}, "${c.subject}")` : undefined;
}

/** Where code was deleted or replaced: in a commit, else in the working tree. */
export function describeChange(c: CommitInfo | undefined): string {
  return describeCommit(c) ?? 'in the working tree (not committed yet)';
}

/**
 * The stamp of a plan that is never committed: an HTML comment (invisible when rendered) naming
 * the commit at which every citation of the plan last checked clean, and a short digest of each
 * citation it vouches for. A citation written or rewritten after the stamp (a fix applied, a
 * line edited) is not among them and gets no baseline, like an uncommitted line of a tracked plan.
 */
const STAMP = /<!--\s*macroplan-stamp:\s*([0-9a-f]{7,64})(?:\s+cites=([0-9a-f,]*))?\s*-->/;

export interface Stamp {
  sha: string;
  /** Digests of the citations vouched for; undefined: every citation (a stamp written by hand). */
  cites?: Set<string>;
}

export function readStamp(text: string): Stamp | undefined {
  const m = STAMP.exec(text);
  if (!m) return undefined;
  return { sha: m[1], cites: m[2] === undefined ? undefined : new Set(m[2].split(',').filter(Boolean)) };
}

/** A short digest of a citation as written (`sim/routing.go:43-45`). */
export function citationDigest(cited: string): string {
  // node:crypto is required here, not imported: loading it costs every process ~4 ms.
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  return createHash('sha1').update(cited).digest('hex').slice(0, 8);
}

/** The edit writing or updating the stamp: in place when there is one, else at the end. */
export function stampEdit(text: string, sha: string, citations: string[]): TextEdit | undefined {
  const m = STAMP.exec(text);
  const digests = [...new Set(citations.map(citationDigest))].sort();
  const comment = `<!-- macroplan-stamp: ${sha} cites=${digests.join(',')} -->`;
  if (m) return m[0] === comment ? undefined : { start: m.index, end: m.index + m[0].length, newText: comment };
  const sep = text === '' || text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
  return { start: text.length, end: text.length, newText: `${sep}${comment}\n` };
}

export interface PlanBaselines {
  /**
   * The baseline of a citation (`cited`, as written, starting at 0-based UTF-16 `column`) on a
   * 1-based line of the plan as it is now; undefined: no drift is claimed.
   */
  at(line: number, cited?: string, column?: number): Baseline | undefined;
  /** How the plan is known to git. */
  status: 'tracked' | 'untracked' | 'outside';
  /** Whether the plan-wide baseline vouches for a citation as written (a stamp lists them). */
  vouches?(cited: string): boolean;
}

export interface BaselineOptions {
  /** One baseline for the whole plan (`--since`, `since` in .macroplan.json or the setting). */
  since?: string;
  /** Modification time of the plan file (ms), for an untracked plan without a stamp. */
  planMtime?: number;
  /** Says why a requested baseline cannot be used (an unknown `since`, a shallow clone). */
  warn(reason: string): void;
}

/**
 * The baseline of each line of a plan: `since` for all; else, for a tracked plan, the commit
 * that last changed the line (blame at HEAD, then the working text diffed against HEAD's:
 * lines not committed have none); for an untracked or ignored plan, its stamp, else the last
 * commit before it was saved.
 */
export async function planBaselines(h: History, head: CommitInfo, planPath: string | undefined, text: string, opts: BaselineOptions, token?: Cancellation): Promise<PlanBaselines> {
  const none: PlanBaselines = { at: () => undefined, status: planPath ? 'untracked' : 'outside' };
  if (opts.since !== undefined) {
    const commit = await h.commit(opts.since, token);
    if (!commit) {
      opts.warn(`history: "${opts.since}" (since) names no commit in this repository${(await h.repository(token)).shallow ? ' (the clone is shallow)' : ''}; citations are checked without history`);
      return none;
    }
    const b: Baseline = { commit, source: 'since', ref: opts.since };
    return { at: () => b, status: none.status };
  }
  // Blame first: a plan committed at HEAD needs no other question; only one that is not asks
  // whether git tracks it at all (a new file staged but not committed is tracked).
  const [blame, committed] = planPath ? await Promise.all([h.blame(head.sha, planPath, token), h.readFile(head.sha, planPath, token)]) : [];
  const tracked = planPath ? !!blame || (await h.tracked([planPath], token)).has(planPath) : false;
  if (planPath && tracked) {
    if (!blame || !committed) return { at: () => undefined, status: 'tracked' };
    const headLines = splitLines(committed.text);
    const nowLines = splitLines(text);
    const hunks = diffLines(headLines, nowLines);
    // Line now -> line at HEAD: the diff read backwards.
    const back = hunks.map((x) => ({ oldStart: x.newStart, oldCount: x.newCount, newStart: x.oldStart, newCount: x.oldCount }));
    const commits = new Map<string, Promise<CommitInfo | undefined>>();
    const resolved = new Map<string, CommitInfo | undefined>();
    for (const sha of new Set(blame)) if (sha !== NOT_COMMITTED) commits.set(sha, h.commit(sha, token));
    for (const [sha, p] of commits) resolved.set(sha, await p);
    if ((await h.repository(token)).shallow) {
      // A shallow clone's boundary commit stands for all the history it cut off: the line's
      // real commit is unknown, so it gets no baseline.
      let cut = false;
      for (const [sha, c] of resolved) {
        for (const parent of c?.parents ?? []) {
          if (!(await h.commit(parent, token))) {
            resolved.set(sha, undefined);
            cut = true;
            break;
          }
        }
      }
      if (cut) opts.warn('history: the clone is shallow and lacks the commits some plan lines were written at; those citations are checked without history');
    }
    return {
      status: 'tracked',
      at(line, cited, column) {
        const atHead = mapLine(back, line) ?? (cited === undefined || column === undefined ? undefined : sameCitationAtHead(back, headLines, nowLines[line - 1] ?? '', line, cited, column));
        const sha = atHead === undefined ? undefined : blame[atHead - 1];
        const commit = sha && sha !== NOT_COMMITTED ? resolved.get(sha) : undefined;
        return commit ? { commit, source: 'blame' } : undefined;
      },
    };
  }
  const stamp = readStamp(text);
  if (stamp) {
    const commit = await h.commit(stamp.sha, token);
    if (commit) {
      const b: Baseline = { commit, source: 'stamp' };
      const cites = stamp.cites;
      return { at: () => b, status: none.status, vouches: cites ? (cited) => cites.has(citationDigest(cited)) : undefined };
    }
    opts.warn(`history: the plan's stamp ${stamp.sha} names no commit in this repository; citations are checked without history`);
    return none;
  }
  if (opts.planMtime !== undefined) {
    const commit = await h.commitBefore(opts.planMtime, token);
    if (commit) {
      const b: Baseline = { commit, source: 'mtime' };
      return { at: () => b, status: none.status };
    }
  }
  return none;
}

/**
 * A line edited since HEAD keeps, for a citation left as it was, the HEAD line that held it in
 * the same change: editing a sentence (or `--fix` rewriting another citation of the line) does
 * not make that citation new, and it must not lose what MP009 knows about it. Left as it was
 * means its very characters survive a character diff of the two lines: after `a.go:3-5 and
 * a.go:7-9` became `a.go:7-9 and a.go:7-9`, the first `a.go:7-9` is new, not the old second one.
 */
function sameCitationAtHead(back: readonly { oldStart: number; oldCount: number; newStart: number; newCount: number }[], headLines: readonly string[], now: string, line: number, cited: string, column: number): number | undefined {
  const hunk = back.find((x) => x.oldStart <= line && line < x.oldStart + x.oldCount);
  if (!hunk || now.slice(column, column + cited.length) !== cited) return undefined;
  for (let l = hunk.newStart; l < hunk.newStart + hunk.newCount; l++) {
    const was = headLines[l - 1] ?? '';
    if (!was.includes(cited)) continue;
    // Characters as lines: the diff says which characters of the line now were there before.
    const kept = mapRangeIntact(diffLines(now.split(''), was.split('')), column + 1, column + cited.length);
    // Not a part of a longer citation then: `a.go:3` was not `b/a.go:3-5`.
    if (kept && was.slice(kept.start - 1, kept.end) === cited && !/[\w./-]/.test(was[kept.start - 2] ?? '') && !/[\w:,-]/.test(was[kept.end] ?? '')) return l;
  }
  return undefined;
}
