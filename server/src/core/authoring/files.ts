/** The Markdown files of a workspace folder, for "check all plans" and the cited-by index. */
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';

const SKIP = new Set(['node_modules', '.git', '.hg', '.svn', 'vendor', 'dist', 'out', 'build', 'testdata']);

export interface MarkdownFile {
  abs: string;
  /** Slash-separated, relative to the root. */
  rel: string;
  mtimeMs: number;
  size: number;
}

/**
 * Lists `.md` files under a root, breadth first, skipping dot folders, dependencies and build output,
 * never following directory links (nothing outside the root is listed), at most `limit` files.
 */
export async function listMarkdownFiles(root: string, limit = 5000): Promise<MarkdownFile[]> {
  const out: MarkdownFile[] = [];
  const queue = [path.resolve(root)];
  while (queue.length && out.length < limit) {
    const dir = queue.shift()!;
    let entries;
    try {
      entries = await fsp.readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const abs = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP.has(e.name) && !e.name.startsWith('.')) queue.push(abs);
      } else if (e.isFile() && /\.md$/i.test(e.name)) {
        try {
          const st = await fsp.stat(abs);
          out.push({ abs, rel: path.relative(root, abs).split(path.sep).join('/'), mtimeMs: st.mtimeMs, size: st.size });
        } catch {
          // Gone since the listing.
        }
        if (out.length >= limit) break;
      }
    }
  }
  return out;
}
