/**
 * The editor's read of a plan file by path ("check this file", the authoring requests, "check all
 * plans", the cited-by index): core/planread.ts's capped, real-path-checked read through the
 * folder's FileSystem, its refusals as the request's error.
 */
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { readPlan } from '../core/planread';
import type { Folder } from './folders';

export async function readPlanFile(folder: Folder, abs: string): Promise<string> {
  const read = await readPlan(folder.ws.fs, abs, folder.root, folder.config.maxPlanSize);
  if (read.kind === 'outside') throw new ResponseError(ErrorCodes.InvalidParams, `${abs} is a link that leads outside the workspace folders; it was not read`);
  if (read.kind === 'notFile') throw new ResponseError(ErrorCodes.InvalidParams, `${abs} is not a file`);
  return read.text;
}
