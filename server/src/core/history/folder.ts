import type { Blob, BlamedLine, CommitInfo, CommitPair, FileChange, History, LoggedCommit, RepositoryInfo } from './types';
import { pairKey } from './types';

/**
 * HEAD of a folder no repository holds: no commit at all, one point in time that stands for
 * "now". A baseline at it is an anchor's (the cited file's text as a check last saw the citation
 * right), followed by a line diff against the file now, as an anchor on uncommitted code is.
 */
export const FOLDER_HEAD: CommitInfo = Object.freeze({ sha: 'f'.repeat(40), time: 0, subject: '', parents: [] });

/** Whether a commit is `FOLDER_HEAD`: history of a folder without git, whose messages name no commit. */
export function isFolderHead(c: CommitInfo | undefined): boolean {
  return c?.sha === FOLDER_HEAD.sha;
}

/**
 * History of a workspace root that no git repository holds (issue 20): nothing is committed, so
 * every question about commits answers "none", and the one baseline a citation can have is its
 * anchor (plan.ts). The front door uses it when git says "not a git repository" (`NotARepository`),
 * with the anchor store in the user's cache folder (anchorfile.ts). Runs no process, reads nothing.
 */
export class FolderHistory implements History {
  /** The same empty list for a pair each time: following keeps its work by this list (follow-cache.ts). */
  private none = new Map<string, FileChange[]>();

  /** `root`: the workspace root's real path, where anchors' paths are relative to. */
  constructor(private readonly root: string) {}

  async repository(): Promise<RepositoryInfo> {
    return { root: this.root, shallow: false };
  }
  async commit(ref: string): Promise<CommitInfo | undefined> {
    return ref === 'HEAD' || ref === FOLDER_HEAD.sha ? FOLDER_HEAD : undefined;
  }
  async blame(): Promise<BlamedLine[] | undefined> {
    return undefined;
  }
  async readFile(): Promise<Blob | undefined> {
    return undefined;
  }
  async changes(pairs: CommitPair[]): Promise<Map<string, FileChange[]>> {
    const out = new Map<string, FileChange[]>();
    for (const p of pairs) {
      const k = pairKey(p);
      let list = this.none.get(k);
      if (!list) this.none.set(k, (list = []));
      out.set(k, list);
    }
    return out;
  }
  async commitBefore(): Promise<CommitInfo | undefined> {
    return undefined;
  }
  async log(): Promise<LoggedCommit[]> {
    return [];
  }
  async tracked(): Promise<Set<string>> {
    return new Set();
  }
  async isPublished(): Promise<boolean> {
    return false;
  }
  async mergeBase(): Promise<string | undefined> {
    return undefined;
  }
  async remotes(): Promise<string[]> {
    return [];
  }
  dispose(): void {
    // nothing held
  }
}
