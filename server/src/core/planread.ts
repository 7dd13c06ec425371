import * as path from 'node:path';
import type { FileSystem } from './fs';

export type PlanRead =
  | { kind: 'ok'; text: string; real: string; size: number }
  /** A link inside the root that leads outside it: not read. */
  | { kind: 'outside'; real: string }
  /** A folder, FIFO or device: never opened. */
  | { kind: 'notFile' };

/**
 * Reads a plan on disk for a check: its real path (links resolved) must lie inside the root, it
 * must be a regular file, and never more than one byte past `maxPlanSize` is read, so the engine
 * reports an oversized plan (MP008) without holding it. A file that cannot be stat'ed throws.
 */
export async function readPlan(fs: FileSystem, abs: string, root: string, maxPlanSize: number): Promise<PlanRead> {
  const real = await fs.realpath(abs).catch(() => abs);
  const realRoot = await fs.realpath(root).catch(() => root);
  if (real !== realRoot && !real.startsWith(realRoot.endsWith(path.sep) ? realRoot : realRoot + path.sep)) return { kind: 'outside', real };
  const st = await fs.stat(real);
  if (!st.isFile()) return { kind: 'notFile' };
  const cap = Math.min(st.size, maxPlanSize + 1);
  const buf = await fs.readFile(real, cap);
  return { kind: 'ok', text: buf.subarray(0, cap).toString('utf8'), real, size: st.size };
}
