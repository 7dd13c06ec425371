/**
 * The configuration of each folder: the editor's `macroplan.*` settings (asked per folder when the
 * client can answer, else as last sent) under the folder's `.macroplan.json`, re-read serially per
 * folder; the file's problems are published on it.
 */
import { DiagnosticSeverity, type Connection, type Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import { debounceOf, type Folder, type Settings } from './folders';
import { SOURCE, pathToUri } from './convert';
import type { Scheduler } from './scheduler';
import type { HistoryService } from './history';
import type { FolderSet } from './folderSet';
import { DEFAULT_DEBOUNCE_MS } from './scheduler';

export const SECTION = 'macroplan';

export class Configuration {
  /** The settings as the client sent them (initialization options, didChangeConfiguration). */
  settings: Settings | undefined;
  trusted = true;
  /** The client answers `workspace/configuration`. */
  perFolder = false;
  private publishedProblems = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly folders: FolderSet,
    private readonly scheduler: Scheduler,
    private readonly history: HistoryService,
    private readonly logError: (where: string, e: unknown) => void,
  ) {}

  private async settingsFor(folder: Folder): Promise<Settings | undefined> {
    if (!this.perFolder) return this.settings;
    try {
      const s = await this.connection.workspace.getConfiguration({ scopeUri: folder.uri, section: SECTION });
      return s && typeof s === 'object' ? (s as Settings) : this.settings;
    } catch (e) {
      this.logError('workspace/configuration', e);
      return this.settings;
    }
  }

  /** Re-reads a folder's configuration (serialised per folder) and publishes the config file's problems. */
  reloadFolder(folder: Folder): Promise<void> {
    folder.ready = folder.ready.then(async () => {
      const settings = await this.settingsFor(folder);
      if (folder.uri) this.scheduler.debounce = debounceOf(settings, this.scheduler.debounce);
      const { fileProblems, replaced } = await folder.reload(settings, this.trusted);
      this.history.reset(folder);
      if (replaced) this.folders.applyOverlays(folder);
      const uri = pathToUri(folder.configFile);
      if (fileProblems.length > 0 || this.publishedProblems.has(uri)) {
        const diagnostics: LspDiagnostic[] = fileProblems.map((p) => ({
          range: { start: { line: Math.max(0, (p.line ?? 1) - 1), character: 0 }, end: { line: Math.max(0, (p.line ?? 1) - 1), character: 1000 } },
          severity: DiagnosticSeverity.Error,
          source: SOURCE,
          code: 'config',
          message: `${p.message} (using defaults for this setting)`,
        }));
        if (diagnostics.length) this.publishedProblems.add(uri);
        else this.publishedProblems.delete(uri);
        await this.connection.sendDiagnostics({ uri, diagnostics });
      }
    }).catch((e) => this.logError(`configuration of ${folder.root}`, e));
    return folder.ready;
  }

  /** Re-reads every folder's configuration. */
  async reloadAll(): Promise<void> {
    if (!this.perFolder) this.scheduler.debounce = debounceOf(this.settings, DEFAULT_DEBOUNCE_MS);
    await Promise.all(this.folders.all().map((f) => this.reloadFolder(f)));
  }
}
