import * as path from 'node:path';
import type { FileEntry, FileStat, FileSystem } from './fs';

export interface MemoryFileSystem extends FileSystem {
  /** Adds or replaces a file (its modification time moves on); undefined removes it. */
  set(abs: string, content: string | Uint8Array | undefined): void;
}

/**
 * A file system held in memory: absolute path -> content, folders implied by the paths. No links:
 * a real path is the path itself. For in-process tests of the engine and the editor features.
 */
export function memoryFs(initial: Record<string, string | Uint8Array> = {}): MemoryFileSystem {
  const files = new Map<string, { bytes: Buffer; mtimeMs: number }>();
  let clock = 1;
  const set = (abs: string, content: string | Uint8Array | undefined) => {
    const key = path.resolve(abs);
    if (content === undefined) files.delete(key);
    else files.set(key, { bytes: Buffer.from(content), mtimeMs: clock++ });
  };
  for (const [abs, content] of Object.entries(initial)) set(abs, content);
  const isDir = (p: string) => {
    const prefix = p.endsWith(path.sep) ? p : p + path.sep;
    for (const f of files.keys()) if (f.startsWith(prefix)) return true;
    return false;
  };
  const missing = (p: string, op: string) => Object.assign(new Error(`ENOENT: no such file or directory, ${op} '${p}'`), { code: 'ENOENT' });
  const entry = (name: string, file: boolean): FileEntry => ({ name, isFile: () => file, isDirectory: () => !file, isSymbolicLink: () => false });
  return {
    set,
    async readFile(p, maxBytes) {
      const f = files.get(path.resolve(p));
      if (!f) throw missing(p, 'open');
      return Buffer.from(maxBytes === undefined ? f.bytes : f.bytes.subarray(0, maxBytes));
    },
    async stat(p): Promise<FileStat> {
      const abs = path.resolve(p);
      const f = files.get(abs);
      if (f) return { size: f.bytes.length, mtimeMs: f.mtimeMs, isFile: () => true, isDirectory: () => false };
      if (isDir(abs)) return { size: 0, mtimeMs: 0, isFile: () => false, isDirectory: () => true };
      throw missing(p, 'stat');
    },
    async realpath(p) {
      const abs = path.resolve(p);
      if (files.has(abs) || isDir(abs)) return abs;
      throw missing(p, 'realpath');
    },
    async readdir(p) {
      const abs = path.resolve(p);
      if (files.has(abs)) throw Object.assign(new Error(`ENOTDIR: not a directory, scandir '${p}'`), { code: 'ENOTDIR' });
      const prefix = abs.endsWith(path.sep) ? abs : abs + path.sep;
      const out = new Map<string, FileEntry>();
      for (const f of files.keys()) {
        if (!f.startsWith(prefix)) continue;
        const [name, ...more] = f.slice(prefix.length).split(path.sep);
        if (!out.has(name)) out.set(name, entry(name, more.length === 0));
      }
      if (out.size === 0) throw missing(p, 'scandir');
      return [...out.values()];
    },
  };
}
