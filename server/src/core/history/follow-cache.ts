import type { GoDecl, GoFile } from '../gofile';
import { indexGoFile } from '../gofile';
import { goParser } from '../treesitter';
import type { Drift } from './drift';
import { diffLines, splitLines } from './linediff';
import type { Blob, FileChange, Hunk } from './types';

/** The current file at a repository path, read through the workspace (inside the fence only). */
export interface Current {
  rel: string;
  file: GoFile;
}

/** Work done, counted for tests: a check of a new plan version whose cited files did not change does none. */
export const followWork = { citations: 0, worktreeDiffs: 0 };

/**
 * The lines of a blob, kept with the blob: a language server checks the plan again on every
 * keystroke, and its remembered blobs are the same objects each time.
 */
const blobLines = new WeakMap<Blob, readonly string[]>();

export function linesOf(blob: Blob): readonly string[] {
  let lines = blobLines.get(blob);
  if (!lines) blobLines.set(blob, (lines = splitLines(blob.text)));
  return lines;
}

/**
 * HEAD -> working tree hunks of a file, by the indexed file now (the workspace hands out the
 * same object while the file is unchanged) and HEAD's blob id: typing in the plan changes
 * neither, so the diff is not redone each keystroke.
 */
const worktreeDiffs = new WeakMap<GoFile, Map<string, Hunk[]>>();

export function worktreeHunks(headBlob: Blob, now: GoFile): Hunk[] {
  let byBlob = worktreeDiffs.get(now);
  if (!byBlob) worktreeDiffs.set(now, (byBlob = new Map()));
  let hunks = byBlob.get(headBlob.oid);
  if (!hunks) {
    hunks = diffLines(linesOf(headBlob), now.lines);
    followWork.worktreeDiffs++;
    // HEAD moves rarely, and each move leaves one stale entry per file.
    if (byBlob.size >= 4) byBlob.clear();
    byBlob.set(headBlob.oid, hunks);
  }
  return hunks;
}

/**
 * What one citation's following found, kept between checks: the plan's text changes on every
 * keystroke, but a citation's drift depends only on its path and ranges (and the symbols it
 * names), the answers of history for its baseline and HEAD, and the files now it read (`reads`,
 * compared by identity: the workspace hands out the same indexed file while it is unchanged).
 * Kept by the list of changes of its (baseline, HEAD) pair, so a history that answers anew, or
 * HEAD moving, starts over.
 */
export interface Followed {
  drift: Drift;
  vanished?: GoDecl;
  reads: Map<string, Current | undefined>;
}
const followed = new WeakMap<readonly FileChange[], Map<string, Followed>>();
/** Citations remembered per pair at most (typing a citation leaves one entry per keystroke). */
const MAX_FOLLOWED = 5000;

export function followedBefore(list: readonly FileChange[], key: string): Followed | undefined {
  return followed.get(list)?.get(key);
}

export function rememberFollowed(list: readonly FileChange[], key: string, found: Followed): void {
  let memo = followed.get(list);
  if (!memo || memo.size >= MAX_FOLLOWED) followed.set(list, (memo = new Map()));
  memo.set(key, found);
}

/** Parsed old blobs, by blob id (equal ids, equal content). */
const parsed = new Map<string, Promise<GoFile | undefined>>();

export async function parseBlob(blob: Blob): Promise<GoFile | undefined> {
  let hit = parsed.get(blob.oid);
  if (!hit) {
    hit = (async () => {
      const text = blob.text.replace(/\r\n?/g, '\n');
      const tree = (await goParser()).parse(text);
      if (!tree) return undefined;
      try {
        return indexGoFile(text, tree);
      } finally {
        tree.delete();
      }
    })();
    parsed.set(blob.oid, hit);
    if (parsed.size > 500) parsed.delete(parsed.keys().next().value as string);
  }
  return hit;
}
