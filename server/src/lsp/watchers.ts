/**
 * Files changed on disk, as the client's watchers report them: Go files (cached parses dropped,
 * the documents citing them re-checked), `.macroplan.json` (the folder's configuration re-read)
 * and git's HEAD and refs (every open document re-judged against the new HEAD).
 */
import * as path from 'node:path';
import { DidChangeWatchedFilesNotification, FileChangeType, type Connection } from 'vscode-languageserver/node';
import { CONFIG_FILE } from '../core/config';
import type { Folder } from './folders';
import type { FolderSet } from './folderSet';
import type { HistoryService } from './history';
import { cites, type DocState } from './documents';
import { uriToPath } from './convert';

export interface WatchersHost {
  folders: FolderSet;
  history: HistoryService;
  reloadFolder(folder: Folder): Promise<void>;
  /** Schedules a check of every open Markdown document the predicate selects. */
  recheck(pred: (st: DocState, uri: string) => boolean): void;
}

/** Asks the client to watch the Go files and configuration files (the history service adds git's). */
export async function registerWatchers(connection: Connection): Promise<void> {
  await connection.client.register(DidChangeWatchedFilesNotification.type, {
    watchers: [{ globPattern: '**/*.go' }, { globPattern: `**/${CONFIG_FILE}` }],
  });
}

export function filesChanged(host: WatchersHost, changes: { uri: string; type: FileChangeType }[]): void {
  const recheckAll = new Set<Folder>();
  const changedGo = new Set<string>();
  // HEAD moved (a commit, a checkout): every open document is judged against the new one.
  if (host.history.headMoved(changes.map((c) => uriToPath(c.uri) ?? ''))) {
    host.recheck(() => true);
    changes = changes.filter((c) => !uriToPath(c.uri)?.includes(`${path.sep}.git${path.sep}`));
  }
  for (const ch of changes) {
    const abs = uriToPath(ch.uri);
    if (!abs) continue;
    if (path.basename(abs) === CONFIG_FILE) {
      for (const f of host.folders.all()) {
        if (f.configFile === abs) {
          void host.reloadFolder(f);
          recheckAll.add(f);
        }
      }
      continue;
    }
    if (!abs.endsWith('.go')) continue;
    for (const f of host.folders.holding(abs)) {
      f.ws.invalidate(abs);
      if (ch.type !== FileChangeType.Changed) {
        f.ws.invalidateListing();
        recheckAll.add(f);
      }
    }
    changedGo.add(abs);
  }
  // Wait for any configuration reload before checking again.
  void Promise.all([...recheckAll].map((f) => f.ready)).then(() => {
    host.recheck((st, uri) => {
      const abs = uriToPath(uri);
      if (abs && [...recheckAll].some((f) => f.contains(abs))) return true;
      return [...changedGo].some((g) => cites(st, g));
    });
  });
}
