import { throwIfCancelled, type Cancellation } from '../types';
import { diffLines, mapLine, mapRangeIntact, splitLines } from './linediff';
import { isFolderHead } from './folder';
import { NOT_COMMITTED, NotCached, type BlamedLine, type Blob, type CommitInfo, type History, type Hunk } from './types';

/** Where a citation's baseline came from; it is named in every MP009 message. */
export type BaselineSource = 'blame' | 'since' | 'stamp' | 'mtime' | 'permalink' | 'anchor';

/** The commit a citation was last known to be right at. */
export interface Baseline {
  commit: CommitInfo;
  source: BaselineSource;
  /** The ref as given (`--since v1.2`). */
  ref?: string;
  /**
   * An anchor's (source `anchor`): the cited file as the citation was last seen right, which
   * may not be committed (`commit` is HEAD then). Followed from this text, not from the commit's.
   */
  anchor?: { path: string; blob: Blob };
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
    case 'anchor': return isFolderHead(b.commit) ? 'since it was last seen right' : `since it was last seen right (HEAD was ${sha})`;
  }
}

/** "in a1b2c3d (2026-02-26, "drop routing")": the commit that deleted cited code; undefined when not committed. */
export function describeCommit(c: CommitInfo | undefined): string | undefined {
  return c ? `in ${shortSha(c.sha)} (${isoDate(c.time)}, "${c.subject}")` : undefined;
}

/**
 * Where code was deleted or replaced: in a commit, else in the working tree; undefined without
 * a repository (nothing to tell apart: the baseline already says "since it was last seen right").
 */
export function describeChange(c: CommitInfo | undefined, b: Baseline): string | undefined {
  return describeCommit(c) ?? (isFolderHead(b.commit) ? undefined : 'in the working tree (not committed yet)');
}

/**
 * The stamp of a plan that is never committed: an HTML comment (invisible when rendered) naming
 * the commit at which every citation of the plan last checked clean, and a short digest of each
 * citation it vouches for. `check --fix` of earlier versions wrote it; it is read, never written
 * now (anchors.ts keeps what it kept, outside the plan). A citation written or rewritten after the stamp (a fix applied, a
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
  /**
   * The plan's citations (as written, where they stand now): a committed line's citation is
   * walked back past commits that changed its line but not it (`walkBack`). Citations not
   * listed get the commit that last changed their line.
   */
  citations?: CitationAt[];
}

/** A citation as written (`cited`) on a 1-based `line` of the plan now, from 0-based UTF-16 `column`. */
export interface CitationAt {
  line: number;
  cited: string;
  column: number;
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
    const atHead = (line: number, cited?: string, column?: number): { line: number; column?: number } | undefined => {
      const same = mapLine(back, line);
      if (same !== undefined) return { line: same, column };
      return cited === undefined || column === undefined ? undefined : sameCitationIn(back, headLines, nowLines[line - 1] ?? '', line, cited, column);
    };
    // Each listed citation of a committed line: the commit it was last written at, walked back
    // past commits that only reworded its line (null: not answered from memory, no baseline yet).
    const walked = new Map<string, string | null>();
    const starts: { key: string; cited: string; column: number; at: BlamedLine; headLine: number }[] = [];
    for (const c of opts.citations ?? []) {
      const head = atHead(c.line, c.cited, c.column);
      const at = head && blame[head.line - 1];
      if (head && at && head.column !== undefined) starts.push({ key: citationKey(c.line, c.cited, c.column), cited: c.cited, column: head.column, at, headLine: head.line });
    }
    if (starts.length) for (const [key, sha] of await walkBack(h, blame, starts, token)) walked.set(key, sha);
    const commits = new Map<string, Promise<CommitInfo | undefined>>();
    const resolved = new Map<string, CommitInfo | undefined>();
    for (const sha of new Set([...blame.map((b) => b.commit), ...walked.values()])) if (sha && sha !== NOT_COMMITTED) commits.set(sha, h.commit(sha, token));
    for (const [sha, p] of commits) resolved.set(sha, await p);
    if ((await h.repository(token)).shallow) await forgetCutOff(h, resolved, opts, token);
    return {
      status: 'tracked',
      at(line, cited, column) {
        const w = cited === undefined || column === undefined ? undefined : walked.get(citationKey(line, cited, column));
        if (w === null) return undefined;
        const head = w === undefined ? atHead(line, cited, column) : undefined;
        const sha = w ?? (head && blame[head.line - 1]?.commit);
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
 * A shallow clone's boundary commit stands for all the history it cut off: the line's real
 * commit is unknown, so it gets no baseline.
 */
async function forgetCutOff(h: History, resolved: Map<string, CommitInfo | undefined>, opts: BaselineOptions, token?: Cancellation): Promise<void> {
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

function citationKey(line: number, cited: string, column: number): string {
  return `${line}\0${column}\0${cited}`;
}

/** How many commits a citation's baseline is walked back past, at most (`walkBack`). */
const MAX_WALK_STEPS = 3;
/** Blames a plan's walk may ask at most, in all its steps. */
const MAX_WALK_BLAMES = 32;
/** Blames run at once. */
const WALK_PARALLEL = 4;

/**
 * Walks answered, by the blame at HEAD they started from (the same object while a
 * `SessionHistory` remembers it): a check on the typing path repeats none of the work.
 */
const walkMemo = new WeakMap<readonly BlamedLine[], Map<string, string>>();

/**
 * The commit each citation was last written at: blame names the commit that last changed its
 * plan line, but a commit that changed the line and left the citation as it was (a typo fixed
 * elsewhere in the sentence, `--fix` rewriting another citation of the line) did not write it.
 * Then the citation is looked for in the line's previous version (blame's `previous`: the
 * parent and the plan's path there, the line mapped by an in-process line diff of the two
 * versions, the citation's characters surviving a character diff of the two lines, as
 * `sameCitationIn` decides for an uncommitted line) and the parent is blamed in turn, at most
 * MAX_WALK_STEPS times. Answers by citation key: the commit, or null when an answer was not in
 * memory (a `SessionHistory.cached()` view: no baseline until a check with git).
 *
 * Git processes: none per citation. Both versions of a line are read by the one `cat-file`
 * process; each step blames every distinct (parent, path) its citations reached once, shared by
 * all of them, so a plan's walk runs at most one blame per distinct commit that reworded a cited
 * line without changing its citation, per step, and never more than MAX_WALK_BLAMES in all
 * (past that, a citation keeps the commit reached so far); WALK_PARALLEL at a time. Blames are
 * keyed by commit: a `SessionHistory` remembers them across checks.
 */
async function walkBack(h: History, headBlame: readonly BlamedLine[], starts: { key: string; cited: string; column: number; at: BlamedLine; headLine: number }[], token?: Cancellation): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>();
  let memo = walkMemo.get(headBlame);
  if (!memo) walkMemo.set(headBlame, (memo = new Map()));
  const memoKey = (s: { cited: string; column: number; headLine: number }) => `${s.headLine}\0${s.column}\0${s.cited}`;
  type Walking = { key: string; cited: string; at: BlamedLine; headLine: number; headColumn: number; line: number; column: number };
  let walking: Walking[] = [];
  for (const s of starts) {
    const hit = memo.get(memoKey(s));
    if (hit !== undefined) out.set(s.key, hit);
    else walking.push({ ...s, headColumn: s.column, line: s.at.line });
  }
  const read = blobReader(h, token);
  const diffs = new Map<string, Hunk[]>();
  let blames = 0;
  const missed = new Set<string>();
  const notCached = (e: unknown) => {
    if (!(e instanceof NotCached)) throw e;
    return 'missed' as const;
  };
  for (let step = 0; step < MAX_WALK_STEPS && walking.length; step++) {
    // Where each citation stood in its line's previous version, if it was there.
    const found: { s: (typeof walking)[number]; prev: { commit: string; path: string }; line: number; column: number }[] = [];
    await Promise.all(walking.map(async (s) => {
      const prev = s.at.previous;
      if (!prev) return;
      const got = await Promise.all([read(s.at.commit, s.at.path), read(prev.commit, prev.path)]).catch(notCached);
      if (got === 'missed') return void missed.add(s.key);
      const [now, was] = got;
      if (!now || !was) return;
      const dk = `${now.oid}\0${was.oid}`;
      let back = diffs.get(dk);
      const nowLines = splitLines(now.text);
      const wasLines = splitLines(was.text);
      if (!back) diffs.set(dk, (back = diffLines(nowLines, wasLines)));
      const text = nowLines[s.line - 1] ?? '';
      if (text.slice(s.column, s.column + s.cited.length) !== s.cited) return;
      const same = mapLine(back, s.line);
      const there = same !== undefined ? { line: same, column: s.column } : sameCitationIn(back, wasLines, text, s.line, s.cited, s.column);
      if (there) found.push({ s, prev, ...there });
    }));
    throwIfCancelled(token);
    const groups = byParent(found, MAX_WALK_BLAMES - blames);
    blames += groups.size;
    const next: typeof walking = [];
    const keys = [...groups.keys()];
    for (let i = 0; i < keys.length; i += WALK_PARALLEL) {
      await Promise.all(keys.slice(i, i + WALK_PARALLEL).map(async (k) => {
        const g = groups.get(k)!;
        const blamed = await h.blame(g[0].prev.commit, g[0].prev.path, token).catch(notCached);
        for (const f of g) {
          if (blamed === 'missed') missed.add(f.s.key);
          const at = blamed === 'missed' ? undefined : blamed?.[f.line - 1];
          if (at) next.push({ ...f.s, at, line: at.line, column: f.column });
        }
      }));
    }
    // Those that did not go on keep the commit they reached.
    const going = new Set(next.map((s) => s.key));
    for (const s of walking) if (!going.has(s.key) && !missed.has(s.key)) settle(s);
    walking = next;
  }
  for (const s of walking) settle(s);
  for (const k of missed) out.set(k, null);
  return out;

  function settle(s: Walking): void {
    if (missed.has(s.key)) return;
    out.set(s.key, s.at.commit);
    memo!.set(memoKey({ cited: s.cited, column: s.headColumn, headLine: s.headLine }), s.at.commit);
  }
}
/** Blobs read once per walk, however many citations reach the same version. */
function blobReader(h: History, token?: Cancellation): (commit: string, path: string) => Promise<Blob | undefined> {
  const blobs = new Map<string, Promise<Blob | undefined>>();
  return (commit, path) => {
    const k = `${commit}\0${path}`;
    let p = blobs.get(k);
    if (!p) blobs.set(k, (p = h.readFile(commit, path, token)));
    return p;
  };
}

/** One blame per (parent, path), shared by every citation that reached it; at most `budget` of them. */
function byParent<T extends { prev: { commit: string; path: string } }>(found: T[], budget: number): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const f of found) {
    const k = `${f.prev.commit}\0${f.prev.path}`;
    const g = groups.get(k);
    if (g) g.push(f);
    else if (groups.size < budget) groups.set(k, [f]);
  }
  return groups;
}

/**
 * A line edited since HEAD keeps, for a citation left as it was, the HEAD line that held it in
 * the same change: editing a sentence (or `--fix` rewriting another citation of the line) does
 * not make that citation new, and it must not lose what MP009 knows about it. Left as it was
 * means its very characters survive a character diff of the two lines: after `a.go:3-5 and
 * a.go:7-9` became `a.go:7-9 and a.go:7-9`, the first `a.go:7-9` is new, not the old second one.
 * The same question walks a committed line back (`walkBack`). `back` maps lines of `now`'s
 * version to `before`; the answer is the line there and the citation's column in it.
 */
function sameCitationIn(back: readonly Hunk[], before: readonly string[], now: string, line: number, cited: string, column: number): { line: number; column: number } | undefined {
  const hunk = back.find((x) => x.oldStart <= line && line < x.oldStart + x.oldCount);
  if (!hunk || now.slice(column, column + cited.length) !== cited) return undefined;
  for (let l = hunk.newStart; l < hunk.newStart + hunk.newCount; l++) {
    const was = before[l - 1] ?? '';
    if (!was.includes(cited)) continue;
    // Characters as lines: the diff says which characters of the line now were there before.
    const kept = mapRangeIntact(diffLines(now.split(''), was.split('')), column + 1, column + cited.length);
    // Not a part of a longer citation then: `a.go:3` was not `b/a.go:3-5`.
    if (kept && was.slice(kept.start - 1, kept.end) === cited && !/[\w./-]/.test(was[kept.start - 2] ?? '') && !/[\w:,-]/.test(was[kept.end] ?? '')) return { line: l, column: kept.start - 1 };
  }
  return undefined;
}
