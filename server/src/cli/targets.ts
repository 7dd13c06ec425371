import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from './args';
import { listMarkdownFiles } from '../core/markdownfiles';
import { nodeSyncFs } from '../core/fs';

/** The Markdown files named on the command line (folders expanded); the root when none is. */
export async function expandTargets(paths: string[], root: string): Promise<{ shown: string; abs: string }[]> {
  const given = paths.length ? paths : [path.relative(process.cwd(), root) || '.'];
  const targets: { shown: string; abs: string }[] = [];
  for (const p of given) {
    const abs = path.resolve(p);
    if (!fs.existsSync(abs)) throw new UsageError(`${p}: no such file or folder`);
    const st = fs.statSync(abs);
    if (st.isDirectory()) {
      for (const f of await listMarkdownFiles(abs, { fs: nodeSyncFs })) targets.push({ shown: path.join(p, f.rel), abs: f.abs });
    } else if (st.isFile()) targets.push({ shown: p, abs });
    // A FIFO would block and a device like /dev/zero would never end: only regular files are read.
    else throw new UsageError(`${p}: not a regular file`);
  }
  return targets;
}
