/**
 * The result cache in the server (core/resultcache.ts): a document's first check of the session
 * publishes the answer a cache kept before anything is parsed, and the check that follows
 * publishes again only if it differs. Answers are kept from checks without history (the first of
 * a session in a repository, every one outside), when the document is opened and when it is
 * saved: what the next session opens from disk. Untrusted workspaces neither read nor write it.
 */
import type { Connection } from 'vscode-languageserver/node';
import type { CheckResult } from '../core/engine';
import { LineIndex } from '../core/text';
import type { RecordingFs } from '../core/recordfs';
import type { CacheKey } from '../core/resultcache';
import { toLspDiagnostics, uriToPath } from './convert';
import type { DocState } from './documents';
import type { Folder } from './folders';
import type { FolderSet } from './folderSet';
import { sendProfile } from './notices';
import type { Run } from './scheduler';

interface Kept {
  version: number;
  folder: Folder;
  /** The key and the recorder as they were for the check (a reload replaces both). */
  key: CacheKey;
  recorder: RecordingFs;
  text: string;
  result: CheckResult;
  /** The recorder's count of changed observations when the check ended (a later change: not kept). */
  changes: number;
}

export class CachedAnswers {
  /** The last check without history of each document, until it is kept or superseded. */
  private last = new Map<string, Kept>();

  constructor(
    private readonly connection: Connection,
    private readonly folders: FolderSet,
  ) {}

  private usable(folder: Folder) {
    // An open code file's unsaved text is no file on disk: answers about it are not kept.
    return this.folders.hasOverlays(folder) ? undefined : folder.resultCache();
  }

  /** Publishes the kept answer for this text, if one still holds; true when it did. */
  async publish(uri: string, st: DocState, run: Run, version: number, folder: Folder, text: string): Promise<boolean> {
    const abs = uriToPath(uri);
    const cache = abs && this.usable(folder);
    if (!cache || !abs) return false;
    const hit = await cache.get(folder.cacheKey(abs), text).catch(() => undefined);
    if (!hit || !run.mayPublish(version)) return false;
    const diagnostics = toLspDiagnostics({ diagnostics: hit.diagnostics, citations: hit.citations, model: { lines: new LineIndex(text) } }, version, folder.ws.root);
    st.publishedJson = JSON.stringify(diagnostics);
    st.publishedVersion = version;
    run.published(version);
    await this.connection.sendDiagnostics({ uri, version, diagnostics });
    const profile = hit.profile && hit.kind ? { name: hit.profile, kind: hit.kind } : undefined;
    await sendProfile(this.connection, uri, st, { profile, choice: { reason: hit.reason } });
    // The answer leaves before the check takes the thread.
    await new Promise((r) => setImmediate(r));
    return true;
  }

  /**
   * A check without history ended: its answer is kept now when it is the document's first of the
   * session, else when the document is saved. `changesAtStart`: the recorder's count before it ran.
   */
  checked(uri: string, version: number, folder: Folder, text: string, result: CheckResult, changesAtStart: number, first: boolean): void {
    const { recorder } = folder;
    const abs = uriToPath(uri);
    // A file seen to change while the check ran: the answer may mix both versions.
    if (!abs || recorder.changes !== changesAtStart) return void this.last.delete(uri);
    this.last.set(uri, { version, folder, key: folder.cacheKey(abs), recorder, text, result, changes: recorder.changes });
    if (first) setImmediate(() => this.keep(uri, version));
  }

  /** The document was saved: the answer of the saved version is kept, if it was checked without history. */
  saved(uri: string, version: number): void {
    this.keep(uri, version);
  }

  closed(uri: string): void {
    this.last.delete(uri);
  }

  private keep(uri: string, version: number): void {
    const k = this.last.get(uri);
    if (!k || k.version !== version || k.recorder.changes !== k.changes || k.folder.recorder !== k.recorder) return;
    this.usable(k.folder)?.put(k.key, k.text, k.result, k.recorder.snapshot());
  }
}
