/**
 * "Insert PR card", "Insert module contract" and "Insert risk register row" (custom requests, so any
 * LSP client gets the same numbers, placement and text): the core decides, this turns its answer
 * into an insertion at an LSP position.
 */
import type { PlanModel } from '../../core/model';
import { planPrCard, prCardSnippet } from '../../core/authoring/cards';
import { contractSnippet, planContract } from '../../core/authoring/contracts';
import { planRiskRow } from '../../core/authoring/risks';
import { wrap, type Insertion as CoreInsertion } from '../../core/authoring/place';
import { expandSnippet } from '../../core/authoring/snippet';
import type { Feature, ServerContext } from '../context';
import { REQUESTS, type DocParams, type Insertion, type PrCardOptions } from '../protocol';
import { planOf } from './planOf';

export async function prCardOptions(ctx: ServerContext, p: DocParams): Promise<PrCardOptions> {
  const { model, plan } = await planOf(ctx, p.textDocument?.uri);
  const pc = planPrCard(model, plan, model.lines.offsetAt(p.position));
  return { number: pc.number, extensionTypes: pc.extensionTypes, blocks: pc.blocks, firstBc: pc.bc.first, bcStyle: pc.bc.style, reason: pc.insertion.reason };
}

export async function prCard(ctx: ServerContext, p: DocParams & { extensionType?: string; buildingBlock?: string; title?: string }): Promise<Insertion & { number: number }> {
  const { model, plan, profile } = await planOf(ctx, p.textDocument?.uri);
  const pc = planPrCard(model, plan, model.lines.offsetAt(p.position));
  const snippet = prCardSnippet(profile, {
    number: pc.number,
    depth: pc.depth,
    title: str(p.title),
    extensionType: str(p.extensionType),
    buildingBlock: str(p.buildingBlock),
    firstBc: pc.bc.first,
    tierMarkers: pc.tierMarkers,
  });
  return { ...insertion(p.textDocument.uri, model, pc.insertion, snippet), number: pc.number };
}

export async function moduleContract(ctx: ServerContext, p: DocParams & { name?: string }): Promise<Insertion> {
  const { model, plan, profile } = await planOf(ctx, p.textDocument?.uri);
  const cp = planContract(model, plan, model.lines.offsetAt(p.position));
  const snippet = contractSnippet(profile, { ...cp.options, name: str(p.name) });
  return insertion(p.textDocument.uri, model, cp.insertion, snippet);
}

export async function riskRow(ctx: ServerContext, p: DocParams): Promise<Insertion & { kind: 'row' | 'table' }> {
  const { model, plan } = await planOf(ctx, p.textDocument?.uri);
  const rp = planRiskRow(model, plan, model.lines.offsetAt(p.position));
  return { ...insertion(p.textDocument.uri, model, rp.insertion, rp.snippet), kind: rp.kind };
}

export const insertionsFeature: Feature = {
  register(c, ctx, guard) {
    c.onRequest(REQUESTS.prCardOptions, guard('prCardOptions', (p: DocParams) => prCardOptions(ctx, p)));
    c.onRequest(REQUESTS.prCard, guard('prCard', (p: DocParams) => prCard(ctx, p)));
    c.onRequest(REQUESTS.moduleContract, guard('moduleContract', (p: DocParams) => moduleContract(ctx, p)));
    c.onRequest(REQUESTS.riskRow, guard('riskRow', (p: DocParams) => riskRow(ctx, p)));
  },
};

function insertion(uri: string, model: PlanModel, ins: CoreInsertion, snippet: string): Insertion {
  let full = wrap(ins, snippet);
  // The document's own line breaks (VS Code would convert; other clients insert as given).
  if (model.text.includes('\r\n')) full = full.replace(/\r?\n/g, '\r\n');
  return { uri, position: model.lines.positionAt(ins.offset), snippet: full, text: expandSnippet(full, todayVariables()), reason: ins.reason };
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/** Snippet variables for the plain-text expansion of inserted snippets. */
function todayVariables(): Record<string, string> {
  const d = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return { CURRENT_YEAR: String(d.getFullYear()), CURRENT_MONTH: two(d.getMonth() + 1), CURRENT_DATE: two(d.getDate()) };
}
