import * as path from 'node:path';
import type { Dirent, Stats } from 'node:fs';
import type { FileSystem } from '../../server/src/core/fs';

/**
 * A FileSystem over a map of absolute paths to file contents (folders are implied by the files
 * under them). Nothing touches the disk: a test that passes with it proves the code under test
 * reads only through its FileSystem. `reads` lists the files whose content was read.
 */
export function memoryFs(files: Record<string, string>): FileSystem & { reads: string[]; write(abs: string, text: string): void } {
  const contents = new Map<string, Buffer>(Object.entries(files).map(([p, t]) => [path.resolve(p), Buffer.from(t, 'utf8')]));
  const isDir = (p: string) => [...contents.keys()].some((f) => f.startsWith(p.endsWith(path.sep) ? p : p + path.sep));
  const missing = (p: string) => Object.assign(new Error(`ENOENT: no such file or directory, '${p}'`), { code: 'ENOENT' });
  const stats = (p: string): Stats => {
    const file = contents.get(p);
    if (!file && !isDir(p)) throw missing(p);
    return { isFile: () => !!file, isDirectory: () => !file, isSymbolicLink: () => false, size: file?.length ?? 0, mtimeMs: 1, dev: 1, ino: 1 } as unknown as Stats;
  };
  const reads: string[] = [];
  return {
    reads,
    write: (abs, text) => void contents.set(path.resolve(abs), Buffer.from(text, 'utf8')),
    readFile: async (p) => {
      const file = contents.get(path.resolve(p));
      if (!file) throw missing(p);
      reads.push(path.resolve(p));
      return file;
    },
    stat: async (p) => stats(path.resolve(p)),
    realpath: async (p) => (stats(path.resolve(p)), path.resolve(p)),
    readdir: async (p) => {
      const dir = path.resolve(p);
      if (!isDir(dir)) throw missing(p);
      const names = new Map<string, boolean>();
      for (const f of contents.keys()) {
        const rel = path.relative(dir, f);
        if (rel.startsWith('..')) continue;
        const [first, ...rest] = rel.split(path.sep);
        names.set(first, rest.length === 0);
      }
      return [...names].map(([name, file]) => ({ name, isFile: () => file, isDirectory: () => !file, isSymbolicLink: () => false }) as unknown as Dirent);
    },
  };
}
