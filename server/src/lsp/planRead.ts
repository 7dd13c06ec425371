/**
 * The one read of a plan file by path for the editor ("check this file", the authoring requests,
 * "check all plans", the cited-by index): the core's plan read through the folder's FileSystem,
 * its refusals turned into request errors.
 */
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { readPlan } from '../core/planread';
import type { Folder } from './folders';

export async function readPlanFile(folder: Folder, abs: string): Promise<{ text: string; size: number }> {
  const read = await readPlan(folder.ws.fs, abs, folder.root, folder.config.maxPlanSize);
  if (read.kind === 'outside') {
    throw new ResponseError(ErrorCodes.InvalidParams, `${abs} is a link that leads outside the workspace folders; it was not read`);
  }
  if (read.kind === 'notFile') throw new ResponseError(ErrorCodes.InvalidParams, `${abs} is not a file`);
  return { text: read.text, size: read.size };
}
