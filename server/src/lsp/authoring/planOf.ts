/** The plan a custom authoring request is about: the open editor's text, else the file's. */
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { buildModel, type PlanModel } from '../../core/model';
import { profileFor } from '../../core/plan/recognise';
import { resolveProfile, type Profile } from '../../core/plan/profile';
import { planStructure, type PlanStructure } from '../../core/plan/structure';
import type { Folder } from '../folders';
import type { ServerContext } from '../context';
import { uriToPath } from '../convert';
import { readPlanFile } from '../planRead';

/** The text of a Markdown document: the open editor's, else the file's (through the plan read's fences). */
export async function textOf(ctx: ServerContext, uri: string): Promise<{ text: string; version: number; doc?: TextDocument }> {
  const doc = ctx.documents.get(uri);
  if (doc) return { text: doc.getText(), version: doc.version, doc };
  const abs = uriToPath(uri);
  if (!abs) throw new ResponseError(ErrorCodes.InvalidParams, `not a file URI: ${uri}`);
  const folder = await ctx.folderForUri(uri);
  if (!folder) throw new ResponseError(ErrorCodes.InvalidParams, `no folder for ${uri}`);
  if ((await folder.ws.fs.stat(abs)).size > folder.config.maxPlanSize) throw new ResponseError(ErrorCodes.InvalidParams, `${abs} is too large`);
  return { text: await readPlanFile(folder, abs), version: -1 };
}

export interface PlanOf {
  model: PlanModel;
  plan: PlanStructure;
  profile: Profile;
  folder?: Folder;
  version: number;
}

export async function planOf(ctx: ServerContext, uri: string): Promise<PlanOf> {
  if (!uri || typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'expected { textDocument: { uri } }');
  const { text, version, doc } = await textOf(ctx, uri);
  const folder = await ctx.folderForUri(uri);
  const model = doc ? ctx.modelFor(doc) : buildModel(text);
  const profile = folder ? profileFor(model, folder.config, folder.root, uriToPath(uri) ?? undefined) : resolveProfile(undefined).profile;
  return { model, plan: planStructure(model, profile), profile, folder, version };
}
