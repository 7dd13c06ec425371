import * as path from 'node:path';
import type { PlanModel } from '../model';
import type { CheckedCitation } from '../checked-citation';
import type { Workspace } from '../workspace';

/** A GitHub permalink to a Go file of this repository: its SHA is the citation's baseline. */
export interface Permalink {
  /** Offsets of the URL in the plan. */
  start: number;
  end: number;
  owner: string;
  repo: string;
  sha: string;
  /** Repository-relative path. */
  path: string;
  startLine: number;
  endLine: number;
}

// The form GitHub's "Copy permalink" gives: a full commit id, a Go file, one line or a range.
const PERMALINK = /^https:\/\/github\.com\/([\w.-]+)\/([\w.-]+)\/blob\/([0-9a-f]{40})\/([^#?\s]+\.go)#L(\d{1,9})(?:-L(\d{1,9}))?$/;

export function findPermalinks(model: PlanModel): Permalink[] {
  const out: Permalink[] = [];
  for (const link of model.links) {
    const m = PERMALINK.exec(link.url);
    if (!m) continue;
    const at = model.text.indexOf(link.url, link.start);
    if (at < 0 || at >= link.end) continue;
    let p: string;
    try {
      p = decodeURIComponent(m[4]);
    } catch {
      continue;
    }
    const startLine = Number(m[5]);
    out.push({ start: at, end: at + link.url.length, owner: m[1], repo: m[2], sha: m[3], path: p, startLine, endLine: m[6] ? Number(m[6]) : startLine });
  }
  return out;
}

/** Whether a remote URL (https or ssh) names github.com/OWNER/REPO. */
export function remoteIs(url: string, owner: string, repo: string): boolean {
  const m = /github\.com[:/]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/i.exec(url.trim());
  return !!m && m[1].toLowerCase() === owner.toLowerCase() && m[2].toLowerCase() === repo.toLowerCase();
}

/** The permalink as a citation the follower reads (never one the other rules see). */
export async function permalinkCitation(ws: Workspace, repoRoot: string, p: Permalink): Promise<CheckedCitation | undefined> {
  const norm = path.posix.normalize(p.path);
  if (norm.startsWith('../') || path.posix.isAbsolute(norm)) return undefined;
  const rel = path.relative(ws.root, path.join(repoRoot, ...norm.split('/'))).split(path.sep).join('/');
  if (rel.startsWith('../') || rel === '..') return undefined;
  const spec = { start: p.startLine, end: p.endLine, specStart: p.end, specEnd: p.end };
  return {
    start: p.start, end: p.end, pathStart: p.start, pathEnd: p.end, rawPath: rel, path: rel, form: 'hash',
    ranges: [spec], claimed: [], quotes: [], sentence: { start: p.start, end: p.end }, container: { start: p.start, end: p.end }, link: false, // a repository path already, not relative to the plan
    resolution: await ws.resolve(rel),
  };
}
