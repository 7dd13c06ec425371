import * as path from 'node:path';
import type { Cancellation } from '../types';
import { throwIfCancelled } from '../types';
import type { CheckedCitation } from '../rule';
import type { Workspace } from '../workspace';
import { diffLines, splitLines } from './linediff';
import { HistoryUnavailable, pairKey, type CommitInfo, type History } from './types';
import type { Span } from './follow';

/** A citation pointing into lines changed since the base. */
export interface Impact {
  citation: CheckedCitation;
  /** The cited file, as the workspace names it. */
  rel: string;
  /** Changed lines inside the cited ranges (numbered as in the working tree). */
  changed: Span[];
}

/** Branches tried, in order, for the default base: the remote's default first. */
const DEFAULT_BRANCHES = ['origin/HEAD', 'origin/main', 'origin/master', 'main', 'master'];

/** The base of `macroplan impact`: a ref as given, else the merge base of HEAD with the default branch. */
export async function impactBase(h: History, ref: string | undefined, token?: Cancellation): Promise<CommitInfo> {
  if (ref !== undefined) {
    const c = await h.commit(ref, token);
    if (!c) throw new HistoryUnavailable(`--base ${ref} names no commit in this repository`);
    return c;
  }
  const head = await h.commit('HEAD', token);
  if (!head) throw new HistoryUnavailable('the repository has no commits yet');
  for (const b of DEFAULT_BRANCHES) {
    const branch = await h.commit(b, token);
    if (!branch) continue;
    const base = await h.mergeBase(branch.sha, head.sha, token);
    const c = base ? await h.commit(base, token) : undefined;
    if (c) return c;
  }
  throw new HistoryUnavailable('no default branch (origin/HEAD, main or master) to compare with; give --base REF');
}

/**
 * Every citation whose lines (in the working tree) changed between `base` and the working tree:
 * the cited file is diffed from its content at the base (followed through renames) to its
 * content now, read through the workspace.
 */
export async function impactedCitations(ws: Workspace, h: History, base: CommitInfo, citations: CheckedCitation[], token?: Cancellation): Promise<Impact[]> {
  const repo = await h.repository(token);
  const head = await h.commit('HEAD', token);
  if (!head) return [];
  const changes = (await h.changes([{ from: base.sha, to: head.sha }], token)).get(pairKey({ from: base.sha, to: head.sha })) ?? [];
  const changedLines = new Map<string, Promise<Span[] | undefined>>();
  const changedIn = (abs: string, lines: readonly string[]): Promise<Span[] | undefined> => {
    let hit = changedLines.get(abs);
    if (!hit) {
      hit = (async () => {
        const rel = path.relative(repo.root, abs).split(path.sep).join('/');
        if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
        const change = changes.find((c) => c.newPath === rel);
        const oldPath = change ? change.oldPath : rel;
        const old = oldPath ? await h.readFile(base.sha, oldPath, token) : undefined;
        const hunks = diffLines(old ? splitLines(old.text) : [], lines);
        // A deletion counts on the lines around it; an insertion or edit on its new lines.
        return hunks.map((x) => (x.newCount > 0 ? { start: x.newStart, end: x.newStart + x.newCount - 1 } : { start: x.newStart - 1, end: x.newStart }));
      })();
      changedLines.set(abs, hit);
    }
    return hit;
  };
  const out: Impact[] = [];
  for (const c of citations) {
    throwIfCancelled(token);
    if (c.resolution.kind !== 'ok' || c.loaded?.kind !== 'ok') continue;
    const real = await ws.fs.realpath(c.resolution.abs).catch(() => undefined);
    if (!real) continue;
    const spans = await changedIn(real, c.loaded.file.lines);
    if (!spans) continue;
    const changed: Span[] = [];
    for (const r of c.ranges) {
      for (const s of spans) {
        const a = Math.max(r.start, s.start);
        const b = Math.min(r.end, s.end);
        // A deletion point touching a range's edge from outside leaves the range intact.
        if (a <= b && !(s.end === s.start + 1 && (s.end === r.start || s.start === r.end))) changed.push({ start: a, end: b });
      }
    }
    if (changed.length) out.push({ citation: c, rel: c.resolution.rel, changed });
  }
  return out;
}
