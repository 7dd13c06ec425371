import type { Baseline } from './baseline';
import type { CommitInfo } from './types';

/**
 * What happened to a cited range since its baseline:
 * - unchanged: the same lines of the same file;
 * - moved: the same lines elsewhere (insertions or deletions above, or the whole declaration
 *   moved, also to another file);
 * - renamed: the same lines in the file it was renamed to (perhaps also moved);
 * - reanchored: the lines were edited; the same declaration was found and the range aligned in it;
 * - edited: the lines were edited and no declaration tells where they went;
 * - deleted: the code is gone (with the commit that deleted it when it was committed).
 */
export type DriftKind = 'unchanged' | 'moved' | 'renamed' | 'reanchored' | 'edited' | 'deleted';

export interface Span {
  start: number;
  end: number;
}

export interface Drift {
  kind: DriftKind;
  baseline: Baseline;
  /** The cited file at the baseline and now, as the workspace names it. */
  oldPath: string;
  newPath?: string;
  /** The cited file at the baseline, repository-relative (where an anchor of it is kept). */
  oldRepoPath?: string;
  /** Each range of the citation at the baseline and now (absent when it has no new place). */
  ranges: { old: Span; now?: Span }[];
  /** Re-anchored onto the very lines it cites: edited where it stands, nothing to report. */
  inPlace?: boolean;
  /**
   * Re-anchored onto the very lines it cites, which now hold other code (replaced.ts): reported,
   * with nothing to move it to. `oldCode`/`newCode` are the range that was replaced.
   */
  replaced?: boolean;
  /** The declaration the range was followed through: `func (r *Router) Route`. */
  declaration?: string;
  /** The cited lines at the baseline and now (a few lines), for messages and hovers. */
  oldCode?: string;
  newCode?: string;
  /** The new place, repository-relative (for permalinks). */
  newRepoPath?: string;
  /** The file at the new place is committed as it is now (its lines are HEAD's lines too). */
  committedNow?: boolean;
  /** The commit that moved the code, when following found it by the lines it lost (follow-lost.ts). */
  movedBy?: CommitInfo;
  /** The commit that deleted the code (undefined: deleted in the working tree only). */
  deletedBy?: CommitInfo;
  /**
   * The commit that wrote the plan line also removed or rewrote the cited lines (the plan
   * committed with its implementation): the citation was right at its parent. Reported at info.
   */
  ownCommit?: CommitInfo;
  /** The last commit that changed lines now `replaced` (undefined: replaced in the working tree only). */
  replacedBy?: CommitInfo;
}
