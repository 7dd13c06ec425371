/**
 * "Check all plans in workspace": every Markdown file of the workspace folders that is a plan is
 * checked (an open one: its editor text) and its diagnostics published, with work done progress.
 */
import type { CancellationToken, Connection, WorkDoneProgressReporter } from 'vscode-languageserver/node';
import { buildModel } from '../../core/model';
import { checkDocument } from '../../core/engine';
import { isPlanDocument } from '../../core/plan/recognise';
import { listMarkdownFiles } from '../../core/markdownfiles';
import type { Folder } from '../folders';
import type { Feature, ServerContext } from '../context';
import { pathToUri, toLspDiagnostic } from '../convert';
import { readPlanFile } from '../planRead';
import { REQUESTS, type CheckSummary } from '../protocol';
import type { CitedBy } from './citedBy';
import { lensRefresher } from './codeLens';

interface Supports {
  workspaceFolders: boolean;
  workDoneProgress: boolean;
  codeLensRefresh: boolean;
}

export function checkWorkspaceFeature(citedBy: CitedBy): Feature {
  const supports: Supports = { workspaceFolders: false, workDoneProgress: false, codeLensRefresh: false };
  return {
    capabilities(client) {
      supports.workspaceFolders = !!client.workspace?.workspaceFolders;
      supports.workDoneProgress = !!client.window?.workDoneProgress;
      supports.codeLensRefresh = !!client.workspace?.codeLens?.refreshSupport;
      return {};
    },
    register(c, ctx, guard) {
      c.onRequest(REQUESTS.checkWorkspace, guard('checkWorkspace', (p: { workDoneToken?: string | number }, token) => checkWorkspace(c, ctx, citedBy, supports, p ?? {}, token)));
    },
  };
}

/** The folders to check: as the client lists them now, else as it listed them at start. */
async function foldersToCheck(c: Connection, ctx: ServerContext, supports: Supports): Promise<Folder[]> {
  if (supports.workspaceFolders) {
    try {
      const listed = await c.workspace.getWorkspaceFolders();
      if (listed) {
        const out: Folder[] = [];
        for (const wf of listed) {
          const f = await ctx.folderForUri(wf.uri);
          if (f) out.push(f);
        }
        return out;
      }
    } catch (e) {
      ctx.logError('workspace/workspaceFolders', e);
    }
  }
  const out: Folder[] = [];
  for (const f of ctx.workspaceFolders()) {
    const ready = f.uri ? await ctx.folderForUri(f.uri) : undefined;
    if (ready) out.push(ready);
  }
  return out;
}

async function checkWorkspace(c: Connection, ctx: ServerContext, citedBy: CitedBy, supports: Supports, params: { workDoneToken?: string | number }, token?: CancellationToken): Promise<CheckSummary> {
  let progress: WorkDoneProgressReporter | undefined;
  if (params?.workDoneToken !== undefined) progress = c.window.attachWorkDoneProgress(params.workDoneToken);
  else if (supports.workDoneProgress) progress = await c.window.createWorkDoneProgress().catch(() => undefined);
  const results: CheckSummary['results'] = [];
  let files = 0;
  try {
    progress?.begin('Macro Plan: checking plans', 0, 'listing files', true);
    const lists: { folder: Folder; files: Awaited<ReturnType<typeof listMarkdownFiles>> }[] = [];
    for (const folder of await foldersToCheck(c, ctx, supports)) lists.push({ folder, files: await listMarkdownFiles(folder.root, { limit: 5000, fs: folder.ws.fs }) });
    const total = lists.reduce((n, l) => n + l.files.length, 0);
    for (const { folder, files: list } of lists) {
      for (const f of list) {
        if (token?.isCancellationRequested || (progress as { token?: { isCancellationRequested: boolean } } | undefined)?.token?.isCancellationRequested) break;
        files++;
        progress?.report(Math.round((files / Math.max(total, 1)) * 100), `${files}/${total} ${f.rel}`);
        const uri = pathToUri(f.abs);
        try {
          const r = await checkOne(c, ctx, citedBy, folder, uri, f.abs, f.size);
          if (r) results.push({ uri, ...r });
        } catch (e) {
          ctx.logError(`check ${f.abs}`, e);
        }
      }
    }
  } finally {
    progress?.done();
  }
  lensRefresher(c, () => supports.codeLensRefresh)();
  const sum = (k: 'errors' | 'warnings' | 'infos') => results.reduce((n, r) => n + r[k], 0);
  return { files, plans: results.length, errors: sum('errors'), warnings: sum('warnings'), infos: sum('infos'), results };
}

/** Checks one Markdown file (open: its editor text) and publishes its diagnostics when it is a plan. */
async function checkOne(c: Connection, ctx: ServerContext, citedBy: CitedBy, folder: Folder, uri: string, abs: string, size: number) {
  const open = ctx.documents.get(uri);
  if (open) {
    const r = await ctx.ensureResult(open);
    if (!r || !r.isPlan) return undefined;
    citedBy.indexCitations(uri, r.model, r.citations);
    return count(r.diagnostics);
  }
  if (size > folder.config.maxPlanSize) return undefined;
  const text = await readPlanFile(folder, abs);
  const model = buildModel(text);
  if (!isPlanDocument(model, folder.config, folder.root, abs)) return undefined;
  const result = await checkDocument(folder.ws, text, { config: folder.config, path: abs, model, log: ctx.log });
  await c.sendDiagnostics({ uri, diagnostics: result.diagnostics.map((d) => toLspDiagnostic(d, model.lines, -1)) });
  citedBy.indexCitations(uri, model, result.citations);
  citedBy.checkedOnDisk(abs);
  return count(result.diagnostics);
}

function count(ds: { severity: string }[]) {
  return { errors: ds.filter((d) => d.severity === 'error').length, warnings: ds.filter((d) => d.severity === 'warning').length, infos: ds.filter((d) => d.severity === 'info').length };
}
