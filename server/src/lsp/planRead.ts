/**
 * The one read of a plan file by path for the editor ("check this file", the authoring requests,
 * "check all plans", the cited-by index): through the folder's FileSystem, only a regular file
 * whose real path is inside the folder's real root, and never more than one byte past the plan
 * size limit (the engine then reports the file as too large).
 */
import * as path from 'node:path';
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { readPrefix } from '../core/fs';
import type { Folder } from './folders';

export async function readPlanFile(folder: Folder, abs: string): Promise<{ text: string; size: number }> {
  const fs = folder.ws.fs;
  // A link inside the folder may lead outside it: compare real paths, and read the real file.
  const real = await fs.realpath(abs).catch(() => abs);
  const realRoot = await fs.realpath(folder.root).catch(() => folder.root);
  if (real !== realRoot && !real.startsWith(realRoot.endsWith(path.sep) ? realRoot : realRoot + path.sep)) {
    throw new ResponseError(ErrorCodes.InvalidParams, `${abs} is a link that leads outside the workspace folders; it was not read`);
  }
  const st = await fs.stat(real);
  if (!st.isFile()) throw new ResponseError(ErrorCodes.InvalidParams, `${abs} is not a file`);
  const buf = await readPrefix(fs, real, Math.min(st.size, folder.config.maxPlanSize + 1));
  return { text: buf.toString('utf8'), size: st.size };
}
