/**
 * The one Markdown walk: the command line's folders (cli/targets.ts), the editor's "Check all
 * plans" and its cited-by index list the same files for the same folder.
 */
import * as path from 'node:path';
import { nodeFs, type FileSystem } from './fs';

/**
 * Folders no plan is looked for in: version control, dependencies, build output and Go test
 * data (copies and inputs, not the project's plans), and every dot folder (tool state, CI
 * templates). A folder named as the walk's start is walked whatever its name.
 */
const SKIP = new Set(['node_modules', '.git', '.hg', '.svn', 'vendor', 'dist', 'out', 'build', 'testdata']);

export function skipsFolder(name: string): boolean {
  return SKIP.has(name) || name.startsWith('.');
}

export function isMarkdownName(name: string): boolean {
  return /\.md$/i.test(name);
}

export interface MarkdownFile {
  abs: string;
  /** Slash-separated, relative to the root. */
  rel: string;
  mtimeMs: number;
  size: number;
}

/**
 * Lists `.md` files under a root, breadth first (so a cap keeps the shallow ones), never following
 * directory links (nothing outside the root is listed), at most `limit` files, sorted by path.
 */
export async function listMarkdownFiles(root: string, opts: { limit?: number; fs?: FileSystem } = {}): Promise<MarkdownFile[]> {
  const fs = opts.fs ?? nodeFs;
  const limit = opts.limit ?? Infinity;
  const out: MarkdownFile[] = [];
  const top = path.resolve(root);
  const queue = [top];
  while (queue.length && out.length < limit) {
    const dir = queue.shift()!;
    let entries;
    try {
      entries = await fs.readdir(dir);
    } catch {
      continue;
    }
    // Code-unit order: a locale sort costs the command line ~10 ms of ICU start-up.
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const abs = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!skipsFolder(e.name)) queue.push(abs);
      } else if (e.isFile() && isMarkdownName(e.name)) {
        try {
          const st = await fs.stat(abs);
          out.push({ abs, rel: path.relative(top, abs).split(path.sep).join('/'), mtimeMs: st.mtimeMs, size: st.size });
        } catch {
          // Gone since the listing.
        }
        if (out.length >= limit) break;
      }
    }
  }
  return out.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}
