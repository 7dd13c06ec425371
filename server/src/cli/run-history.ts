import * as fs from 'node:fs';
import { GitHistory } from '../core/history/git';
import { FileAnchorStore, anchorStorePath, historyWithoutRepository } from '../core/history/anchorfile';
import { NotARepository, type History } from '../core/history/types';

/** Where a run's history comes from, as a worker thread is told it (structured-cloned). */
export interface HistoryPlace {
  /** The anchor store's file: the git folder's, or the cache folder's for a root no repository holds. */
  anchorFile?: string;
  /** Set when no repository holds the root: its real path, and citations are followed from anchors alone. */
  folderRoot?: string;
}

export interface RunHistory {
  history: History;
  anchors?: FileAnchorStore;
  place: HistoryPlace;
}

/**
 * The history of a `check` run: git's, with the repository's anchor store; or, when git says no
 * repository holds the root, the root's anchors alone (FolderHistory, the store in the user's
 * cache folder). Any other reason git cannot answer (not installed, a timeout) is said by the
 * first check that asks, and the run goes on without history.
 */
export async function openRunHistory(root: string, say: (m: string) => void): Promise<RunHistory> {
  const git = new GitHistory({ cwd: root });
  try {
    const repo = await git.repository();
    return withPlace(root, { anchorFile: anchorStorePath(root, repo.root) }, say, git);
  } catch (e) {
    if (!(e instanceof NotARepository)) return { history: git, place: {} };
    git.dispose();
    const real = fs.realpathSync(root);
    return withPlace(root, { anchorFile: anchorStorePath(real, undefined), folderRoot: real }, say);
  }
}

/** The same history in a worker thread, from where the main thread found it. */
export function workerHistory(root: string, place: HistoryPlace, say: (m: string) => void): RunHistory {
  return withPlace(root, place, say);
}

function withPlace(root: string, place: HistoryPlace, say: (m: string) => void, git?: History): RunHistory {
  if (place.folderRoot) return { ...historyWithoutRepository(place.folderRoot, say, place.anchorFile), place };
  return { history: git ?? new GitHistory({ cwd: root }), anchors: place.anchorFile ? new FileAnchorStore(place.anchorFile, say) : undefined, place };
}
