/**
 * The folders documents are checked in: the workspace folders the client lists, a loose folder per
 * directory for files outside all of them, and the text of the Go files open in the editor
 * (overlays), applied to every folder's Workspace that holds them.
 */
import * as path from 'node:path';
import type { WorkspaceFolder } from 'vscode-languageserver/node';
import type { FileSystem } from '../core/fs';
import { Folder } from './folders';
import { uriToPath } from './convert';

export interface FolderSetHost {
  log(message: string): void;
  /** The client reports file changes (so a workspace folder's Go parses are trusted until told). */
  watched(): boolean;
  /** Reads a folder's configuration (a loose folder's, when it is made). */
  reload(folder: Folder): Promise<void>;
  /** A folder went: what is kept for it (its git history) goes too. */
  gone(folder: Folder): void;
  fs?: FileSystem;
}

export class FolderSet {
  /** Longest root first, so a nested folder wins over its parent. */
  private folders: Folder[] = [];
  /** The workspace folders as the client listed them. */
  private listed: Folder[] = [];
  /** Folders for documents outside every workspace folder, by directory. */
  private loose = new Map<string, Folder>();
  private goOverlays = new Map<string, { version: number; text: string }>();
  /** Bumped by every overlay set or dropped: a check's answer is kept only if none changed while it ran. */
  overlayChanges = 0;

  constructor(private readonly host: FolderSetHost) {}

  /** The first workspace folder, as the client listed them (untitled documents are checked there). */
  get first(): Folder | undefined {
    return this.listed[0];
  }

  workspace(): Folder[] {
    return this.listed;
  }

  /** Every folder, workspace and loose. */
  all(): Folder[] {
    return [...this.folders, ...this.loose.values()];
  }

  set(list: WorkspaceFolder[]): void {
    const next: Folder[] = [];
    for (const f of list) {
      const root = uriToPath(f.uri);
      if (!root) continue;
      next.push(this.folders.find((o) => o.root === path.resolve(root)) ?? new Folder(path.resolve(root), f.uri, this.host.log, this.host.watched(), this.host.fs));
    }
    for (const f of this.folders) if (!next.includes(f)) this.host.gone(f);
    this.listed = next;
    this.folders = next.slice().sort((a, b) => b.root.length - a.root.length);
  }

  /** Drops the workspace folders with these URIs; the rest, in order, as WorkspaceFolders. */
  without(uris: string[]): WorkspaceFolder[] {
    return this.folders.filter((f) => !uris.includes(f.uri!)).map((f) => ({ uri: f.uri!, name: '' }));
  }

  /** The folder holding a file: the innermost workspace folder, else one for its directory. */
  forPath(abs: string): Folder {
    const f = this.folders.find((x) => x.contains(abs));
    if (f) return f;
    const dir = path.dirname(abs);
    let loose = this.loose.get(dir);
    if (!loose) {
      // No watcher covers a loose file's folder reliably: check the disk each time.
      loose = new Folder(dir, undefined, this.host.log, false, this.host.fs);
      this.loose.set(dir, loose);
      this.applyOverlays(loose);
      void this.host.reload(loose);
    }
    return loose;
  }

  holding(abs: string): Folder[] {
    return this.all().filter((f) => f.contains(abs));
  }

  /** An open Go file's text (undefined: closed, the disk's again). */
  setOverlay(abs: string, version: number, text: string | undefined): void {
    this.overlayChanges++;
    if (text === undefined) this.goOverlays.delete(abs);
    else this.goOverlays.set(abs, { version, text });
    for (const f of this.holding(abs)) {
      f.ws.setOverlay(abs, version, text);
      if (text === undefined) f.ws.invalidate(abs);
    }
  }

  /** The open code files of a folder and their text (which the folder's Workspace reads instead of the disk). */
  overlaysIn(folder: Folder): [string, string][] {
    return [...this.goOverlays].filter(([abs]) => folder.contains(abs)).map(([abs, o]) => [abs, o.text]);
  }

  /** Puts the open Go files' text into a folder's (new) Workspace. */
  applyOverlays(folder: Folder): void {
    for (const [abs, o] of this.goOverlays) if (folder.contains(abs)) folder.ws.setOverlay(abs, o.version, o.text);
  }
}
