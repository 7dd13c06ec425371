import type { Cancellation } from '../types';
import { throwIfCancelled } from '../types';
import { type Blob, type CommitInfo, type History } from './types';

/**
 * Lines that hold no code: blank, or nothing but braces, brackets and separators. A citation is
 * never right on them, and following never lands a citation on them (issue 20: specs committed
 * after their code moved were followed onto a blank line and a lone `}`).
 */
export function holdsNoCode(lines: readonly string[]): boolean {
  return lines.every((l) => /^[\s{}()[\];,]*$/.test(l));
}

/** Commits a walk back looks at, at most, along first parents before the baseline. */
export const MAX_WALK_BACK_COMMITS = 40;
/** Distinct versions of the cited file a walk back judges, at most. */
export const MAX_WALK_BACK_VERSIONS = 8;

export interface RightVersion {
  /** The latest commit, at or before where the walk started, whose version of the file the citation was right on. */
  commit: CommitInfo;
  blob: Blob;
}

/**
 * Where a citation that is wrong at its baseline was last right: the cited file's versions
 * before `from` (its first parents, newest first, the file at the same path), each distinct
 * version judged once by `isRight`, at most MAX_WALK_BACK_VERSIONS of them within
 * MAX_WALK_BACK_COMMITS commits. Undefined when none was: then it was off when written, and the
 * rules about the cited lines speak for it. The walk stops where the file did not exist.
 *
 * Git processes: none of its own; commits and blobs come through the `cat-file` process.
 * Throws NotCached when answering from memory and an answer was not remembered.
 */
export async function lastRightVersion(h: History, from: CommitInfo, path: string, isRight: (blob: Blob) => Promise<boolean>, token?: Cancellation): Promise<RightVersion | undefined> {
  const judged = new Set<string>();
  const start = await h.readFile(from.sha, path, token);
  if (start) judged.add(start.oid);
  let at: CommitInfo | undefined = from;
  for (let i = 0; i < MAX_WALK_BACK_COMMITS && judged.size <= MAX_WALK_BACK_VERSIONS; i++) {
    throwIfCancelled(token);
    const parent: string | undefined = (at.parents ?? (await h.commit(at.sha, token))?.parents)?.[0];
    if (!parent) return undefined;
    at = await h.commit(parent, token);
    if (!at) return undefined;
    const blob = await h.readFile(at.sha, path, token);
    if (!blob) return undefined;
    if (judged.has(blob.oid)) continue;
    judged.add(blob.oid);
    if (await isRight(blob)) return { commit: at, blob };
  }
  return undefined;
}

