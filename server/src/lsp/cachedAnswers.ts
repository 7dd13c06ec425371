/**
 * The result cache in the server (core/resultcache.ts): a document's first check of the session
 * publishes the answer a cache kept before anything is parsed (with history when one holds, as
 * the command line keeps them too, else without), and the checks that follow publish again only
 * if they differ. Answers are kept from checks without history when the document is opened and
 * when it is saved, and from checks with history whose text is the disk's: what the next session
 * opens from disk. Untrusted workspaces neither read nor write it.
 * An open code file's text stands in for the disk in a check: the cache is used only while each
 * one's text is the disk's (read and compared: a few files, the editor's open tabs).
 */
import type { Connection } from 'vscode-languageserver/node';
import type { CheckResult } from '../core/engine';
import { LineIndex } from '../core/text';
import { statKey, type RecordingFs } from '../core/recordfs';
import type { CacheKey } from '../core/resultcache';
import { currentDependency, PlanDependencies } from '../core/historykey';
import type { HistoryBasis } from './history';
import { toLspDiagnostics, uriToPath } from './convert';
import type { DocState } from './documents';
import type { Folder } from './folders';
import type { FolderSet } from './folderSet';
import { sendProfile } from './notices';
import type { Run } from './scheduler';
import { startMark } from '../core/startmarks';

/** What a check without history rests on: its folder, key and recorder, as they were when it began. */
export interface Basis {
  folder: Folder;
  key: CacheKey;
  recorder: RecordingFs;
  /** The recorder's count of changed observations then: a change during the check and the answer is not kept. */
  changes: number;
  /** The folder set's count of overlay changes then: likewise. */
  overlayChanges: number;
}

interface Kept extends Basis {
  version: number;
  text: string;
  result: CheckResult;
}

export class CachedAnswers {
  /** The last check without history of each document, until it is kept or superseded. */
  private last = new Map<string, Kept>();

  constructor(
    private readonly connection: Connection,
    private readonly folders: FolderSet,
  ) {}

  /**
   * The stat of each open code file of the folder when its text is the disk's, undefined when one
   * differs (an unsaved edit: answers about the disk are not answers about it). Stat'ed before read.
   */
  private async openAsOnDisk(folder: Folder): Promise<Record<string, string> | undefined> {
    const out: Record<string, string> = {};
    for (const [abs, text] of this.folders.overlaysIn(folder)) {
      try {
        const st = await folder.fs.stat(abs);
        if ((await folder.fs.readFile(abs)).toString('utf8') !== text) return undefined;
        out[abs] = statKey(st);
      } catch {
        return undefined;
      }
    }
    return out;
  }

  /**
   * Publishes the kept answer for this text, if one still holds: the answer with history first
   * (`history`: how it is kept, when history takes part), else the one without. Says which, or false.
   */
  async publish(uri: string, st: DocState, run: Run, version: number, folder: Folder, text: string, history?: HistoryBasis): Promise<'history' | 'plain' | false> {
    const abs = uriToPath(uri);
    const cache = abs && folder.resultCache();
    if (!cache || !abs || !(await this.openAsOnDisk(folder))) return false;
    // The plan's time as the check with history reads it (history.ts), stat'ed first.
    const mtime = await folder.fs.stat(abs).then((st) => st.mtimeMs, () => undefined);
    const now = history && currentDependency(history.state, history.anchors, () => mtime);
    const get = (key: CacheKey) => cache.get(key, text, now).catch(() => undefined);
    const followed = history && ((await get(historyKey(folder, abs, history))) || (await get({ ...historyKey(folder, abs, history), front: 'server' })));
    const hit = followed || (await cache.get(folder.cacheKey(abs), text).catch(() => undefined));
    if (!hit || !run.mayPublish(version)) return false;
    const diagnostics = toLspDiagnostics({ diagnostics: hit.diagnostics, citations: hit.citations, model: { lines: new LineIndex(text) } }, version, folder.ws.root);
    st.published = diagnostics;
    st.publishedVersion = version;
    run.published(version);
    await this.connection.sendDiagnostics({ uri, version, diagnostics });
    startMark('cached answer sent');
    const profile = hit.profile && hit.kind ? { name: hit.profile, kind: hit.kind } : undefined;
    await sendProfile(this.connection, uri, st, { profile, choice: { reason: hit.reason } });
    // The answer leaves before the check takes the thread.
    await new Promise((r) => setImmediate(r));
    return followed ? 'history' : 'plain';
  }

  /** The basis of a check with history about to run, when its answer may be kept: its dependencies are noted through it. */
  historyBasis(uri: string, folder: Folder, history: HistoryBasis | undefined): (Basis & { deps: PlanDependencies }) | undefined {
    const abs = uriToPath(uri);
    const { recorder } = folder;
    if (!abs || !history || !folder.resultCache()) return undefined;
    return { folder, key: { ...historyKey(folder, abs, history), front: 'server' }, recorder, changes: recorder.changes, overlayChanges: this.folders.overlayChanges, deps: new PlanDependencies(history.state, undefined) };
  }

  /**
   * A check with history ended: its answer is kept when its text is the file's on disk (the
   * version the next session opens), nothing it read changed meanwhile, and its history answered
   * from what the state read before it says (core/historykey.ts `finish`).
   */
  checkedWithHistory(basis: Basis & { deps: PlanDependencies }, text: string, result: CheckResult): void {
    setImmediate(() => void this.keepWithHistory(basis, text, result).catch(() => undefined));
  }

  private async keepWithHistory(k: Basis & { deps: PlanDependencies }, text: string, result: CheckResult): Promise<void> {
    const unchanged = () => k.recorder.changes === k.changes && this.folders.overlayChanges === k.overlayChanges;
    const cache = unchanged() ? k.folder.resultCache() : undefined;
    const kept = cache && k.deps.finish(true);
    if (!cache || !kept) return;
    const disk = await k.folder.fs.readFile(k.key.path).then((b) => b.toString('utf8'), () => undefined);
    if (disk === undefined || (disk.charCodeAt(0) === 0xfeff ? disk.slice(1) : disk) !== text) return;
    const open = await this.openAsOnDisk(k.folder);
    if (!open || !unchanged()) return;
    const seen = k.recorder.snapshot();
    Object.assign(seen.stats, open);
    cache.put(k.key, text, result, seen, [], kept);
  }

  /** The basis of a check about to run, when its answer may be kept (a file on disk). */
  basis(uri: string, folder: Folder): Basis | undefined {
    const abs = uriToPath(uri);
    const { recorder } = folder;
    return abs ? { folder, key: folder.cacheKey(abs), recorder, changes: recorder.changes, overlayChanges: this.folders.overlayChanges } : undefined;
  }

  /** A check without history ended: its answer is kept now when it is the document's first of the session, else when the document is saved. */
  checked(uri: string, version: number, basis: Basis, text: string, result: CheckResult, first: boolean): void {
    // A file seen to change while the check ran: the answer may mix both versions.
    if (basis.recorder.changes !== basis.changes) return void this.last.delete(uri);
    this.last.set(uri, { ...basis, version, text, result });
    if (first) setImmediate(() => void this.keep(uri, version));
  }

  /** The document was saved: the answer of the saved version is kept, if it was checked without history. */
  saved(uri: string, version: number): void {
    void this.keep(uri, version);
  }

  closed(uri: string): void {
    this.last.delete(uri);
  }

  private async keep(uri: string, version: number): Promise<void> {
    const k = this.last.get(uri);
    // Observations or open files that changed since the check began: no longer what it saw.
    const unchanged = () => k && k.version === version && k.recorder.changes === k.changes && this.folders.overlayChanges === k.overlayChanges;
    const cache = k && unchanged() ? k.folder.resultCache() : undefined;
    if (!k || !cache) return;
    // The open files' text was read instead of the disk: the answer rests on their stat, taken now.
    const open = await this.openAsOnDisk(k.folder).catch(() => undefined);
    if (!open || !unchanged()) return;
    const seen = k.recorder.snapshot();
    Object.assign(seen.stats, open);
    cache.put(k.key, k.text, k.result, seen);
  }
}

/** The key of a plan's answer with history: as the command line's (cli/check-file.ts), so either warms the other. */
function historyKey(folder: Folder, abs: string, history: HistoryBasis): CacheKey {
  const since = folder.config.since;
  return { ...folder.cacheKey(abs), mode: history.mode, ...(since !== undefined ? { since } : {}) };
}
