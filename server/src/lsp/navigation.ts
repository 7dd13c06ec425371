/** Go to definition and document links: from a citation to the cited Go lines. */
import type { DefinitionParams, DocumentLink, DocumentLinkParams, Location, LocationLink, Range } from 'vscode-languageserver/node';
import { inspectCitation, planReferenceAt, projectIdAtOffset, specKitIdAt } from '../core/queries';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveProfile } from '../core/plan/profile';
import { planStructure } from '../core/plan/structure';
import type { Folder } from './folders';
import type { Resolution } from '../core/workspace';
import type { RawCitation } from '../core/citations';
import { isMarkdown, lineUri, pathToUri, uriToPath } from './convert';
import type { Feature, ServerContext } from './context';
import { citationUnder } from './citationAt';

export async function definition(ctx: ServerContext, params: DefinitionParams): Promise<LocationLink[] | Location[] | null> {
  const doc = ctx.documents.get(params.textDocument.uri);
  if (!doc || !isMarkdown(doc.uri, doc.languageId)) return null;
  const c = citationUnder(ctx, doc, params.position);
  const folder = await ctx.folderForUri(doc.uri);
  if (!folder) return null;
  if (!c) return idDefinition(ctx, doc, doc.offsetAt(params.position), folder);
  const info = await inspectCitation(folder.ws, c, uriToPath(doc.uri));
  if (info.resolution.kind !== 'ok') return null;
  const uri = pathToUri(info.resolution.abs);
  const r = info.ranges.find((x) => !x.problem);
  // A range past the end still opens the file, at its top.
  const start = r ? r.start - 1 : 0;
  const end = r ? r.end - 1 : 0;
  const endChar = r && info.file ? (info.file.lines[end] ?? '').length : 0;
  const targetRange: Range = { start: { line: start, character: 0 }, end: { line: end, character: endChar } };
  const targetSelectionRange: Range = { start: { line: start, character: 0 }, end: { line: start, character: 0 } };
  if (!ctx.clientSupports.linkSupport) return [{ uri, range: targetRange }];
  const originSelectionRange = { start: doc.positionAt(c.start), end: doc.positionAt(c.end) };
  return [{ originSelectionRange, targetUri: uri, targetRange, targetSelectionRange }];
}

export async function documentLinks(ctx: ServerContext, params: DocumentLinkParams): Promise<DocumentLink[] | null> {
  const doc = ctx.documents.get(params.textDocument.uri);
  if (!doc || !isMarkdown(doc.uri, doc.languageId)) return null;
  const folder = await ctx.folderForUri(doc.uri);
  if (!folder) return null;
  // The last check already resolved every citation of this version; otherwise resolve each path once.
  const checked = ctx.cachedResult(doc)?.citations;
  const citations: RawCitation[] = checked ?? ctx.modelFor(doc).citations;
  const resolved = new Map<string, Promise<Resolution>>();
  const docAbs = uriToPath(doc.uri);
  const links: DocumentLink[] = [];
  for (let i = 0; i < citations.length; i++) {
    const c = citations[i];
    let res: Resolution;
    if (checked) res = checked[i].resolution;
    else {
      const target = folder.ws.citationTarget(c, docAbs);
      let p = resolved.get(target);
      if (!p) resolved.set(target, (p = folder.ws.resolve(target)));
      res = await p;
    }
    if (res.kind !== 'ok') continue;
    const first = c.ranges[0];
    const target = first && first.start > 0 && first.end >= first.start ? lineUri(res.abs, first.start, first.end) : pathToUri(res.abs);
    links.push({
      range: { start: doc.positionAt(c.start), end: doc.positionAt(c.end) },
      target,
      tooltip: `Open ${res.rel}${first ? (first.start === first.end ? `:${first.start}` : `:${first.start}-${first.end}`) : ''}`,
    });
  }
  return links;
}

/** Go to definition on BC-n / INV-n / R-n: its definition in this plan, else in the project's id sources. */
async function idDefinition(ctx: ServerContext, doc: TextDocument, offset: number, folder: Folder): Promise<LocationLink[] | Location[] | null> {
  const result = ctx.cachedResult(doc);
  let target: { uri: string; range: Range } | undefined;
  let origin: { start: number; end: number } | undefined;
  if (result?.profile?.kind.startsWith('spec-kit')) {
    // US / FR / SC / T ids of a spec-kit feature folder: their definition in spec.md or tasks.md.
    const id = await specKitIdAt(folder.ws, uriToPath(doc.uri), result.model, offset);
    if (id?.def) {
      const line = { line: id.def.line, character: 0 };
      target = { uri: pathToUri(id.def.abs), range: { start: line, end: { line: id.def.line, character: id.def.text.length } } };
      origin = id;
    }
  } else if (result?.isPlan) {
    const plan = planStructure(result.model, result.profile ?? resolveProfile(folder.config.profile).profile);
    const ref = planReferenceAt(result.model, plan, offset);
    if (ref && ref.kind !== 'PR' && ref.def) {
      target = { uri: doc.uri, range: { start: doc.positionAt(ref.def.start), end: doc.positionAt(ref.def.end) } };
      origin = ref;
    }
  }
  if (!target) {
    const p = await projectIdAtOffset(folder.ws, folder.config.idSources, doc.getText(), offset);
    if (!p?.def) return null;
    const line = { line: p.def.line, character: 0 };
    target = { uri: pathToUri(p.def.abs), range: { start: line, end: { line: p.def.line, character: p.def.text.length } } };
    origin = p;
  }
  if (!ctx.clientSupports.linkSupport) return [target];
  return [{ originSelectionRange: { start: doc.positionAt(origin!.start), end: doc.positionAt(origin!.end) }, targetUri: target.uri, targetRange: target.range, targetSelectionRange: target.range }];
}

export const definitionFeature: Feature = {
  capabilities: () => ({ definitionProvider: true }),
  register(c, ctx, guard) {
    c.onDefinition(guard('definition', (p: DefinitionParams) => definition(ctx, p)));
  },
};

export const documentLinkFeature: Feature = {
  capabilities: () => ({ documentLinkProvider: { resolveProvider: false } }),
  register(c, ctx, guard) {
    c.onDocumentLinks(guard('documentLink', (p: DocumentLinkParams) => documentLinks(ctx, p)));
  },
};
