/**
 * Which plans cite which Go lines, for the "cited by N plans" code lens: the plans of each folder
 * on disk (re-read when their size or modification time changed, at most every 2 s) and the open
 * ones (their current text wins). "Check all plans" feeds it too.
 */
import { buildModel, type PlanModel } from '../../core/model';
import { isPlanDocument } from '../../core/plan/recognise';
import type { CheckedCitation } from '../../core/rule';
import { CitedByIndex, type CitingLine } from '../../core/authoring/citedby';
import { listMarkdownFiles } from '../../core/markdownfiles';
import type { Folder } from '../folders';
import type { ServerContext } from '../context';
import { isMarkdown, pathToUri, uriToPath } from '../convert';
import { readPlanFile } from '../planRead';

export class CitedBy {
  readonly index = new CitedByIndex();
  /** Per plan file on disk: the mtime/size it was indexed at. */
  private indexed = new Map<string, { mtimeMs: number; size: number }>();
  private refreshing = new Map<string, { at: number; done: Promise<void> }>();

  constructor(private readonly ctx: ServerContext) {}

  indexCitations(planUri: string, model: PlanModel, citations: readonly CheckedCitation[]): void {
    const cites: { abs: string; cite: CitingLine }[] = [];
    for (const c of citations) {
      if (c.resolution.kind !== 'ok') continue;
      const s = model.lines.positionAt(c.start);
      const e = model.lines.positionAt(c.end);
      cites.push({ abs: c.resolution.abs, cite: { planUri, line: s.line, character: s.character, endLine: e.line, endCharacter: e.character, ranges: c.ranges.map((r) => ({ start: r.start, end: Math.max(r.start, r.end) })) } });
    }
    this.index.setPlan(planUri, cites);
  }

  /** A plan file checked from disk ("check all plans"): indexed now, re-read by the next refresh. */
  checkedOnDisk(abs: string): void {
    this.indexed.set(abs, { mtimeMs: 0, size: -1 });
  }

  /** Re-reads the plans of a folder that changed on disk (at most every 2 s). */
  async refresh(folder: Folder): Promise<void> {
    const key = folder.root;
    const prev = this.refreshing.get(key);
    if (prev && Date.now() - prev.at < 2000) return prev.done;
    const done = (async () => {
      const seen = new Set<string>();
      for (const f of await listMarkdownFiles(folder.root, { limit: 5000, fs: folder.ws.fs })) {
        const uri = pathToUri(f.abs);
        seen.add(uri);
        if (this.ctx.documents.get(uri)) continue;
        const old = this.indexed.get(f.abs);
        if (old && old.mtimeMs === f.mtimeMs && old.size === f.size) continue;
        this.indexed.set(f.abs, { mtimeMs: f.mtimeMs, size: f.size });
        if (f.size > folder.config.maxPlanSize) continue;
        try {
          const model = buildModel(await readPlanFile(folder, f.abs));
          if (!isPlanDocument(model, folder.config, folder.root, f.abs)) {
            this.index.removePlan(uri);
            continue;
          }
          await this.indexModel(folder, uri, model);
        } catch (e) {
          this.ctx.logError(`index ${f.abs}`, e);
        }
      }
      // Files gone from disk leave the index (open documents are indexed by indexOpen).
      for (const uri of this.index.plans()) {
        const abs = uriToPath(uri);
        if (abs && folder.contains(abs) && !seen.has(uri) && !this.ctx.documents.get(uri)) this.index.removePlan(uri);
      }
    })();
    this.refreshing.set(key, { at: Date.now(), done });
    return done;
  }

  /** Open Markdown documents: their current text wins over the disk. */
  async indexOpen(): Promise<void> {
    for (const doc of this.ctx.documents.all()) {
      if (!isMarkdown(doc.uri, doc.languageId)) continue;
      const result = this.ctx.cachedResult(doc);
      if (result) {
        if (result.isPlan) this.indexCitations(doc.uri, result.model, result.citations);
        else this.index.removePlan(doc.uri);
        continue;
      }
      const folder = await this.ctx.folderForUri(doc.uri);
      const abs = uriToPath(doc.uri);
      if (!folder || !abs) continue;
      const model = this.ctx.modelFor(doc);
      if (isPlanDocument(model, folder.config, folder.root, abs)) await this.indexModel(folder, doc.uri, model);
      else this.index.removePlan(doc.uri);
    }
  }

  private async indexModel(folder: Folder, uri: string, model: PlanModel): Promise<void> {
    const resolved: CheckedCitation[] = [];
    const cache = new Map<string, ReturnType<Folder['ws']['resolve']>>();
    const docAbs = uriToPath(uri);
    for (const c of model.citations) {
      const target = folder.ws.citationTarget(c, docAbs);
      let r = cache.get(target);
      if (!r) cache.set(target, (r = folder.ws.resolve(target)));
      resolved.push({ ...c, resolution: await r });
    }
    this.indexCitations(uri, model, resolved);
  }
}
