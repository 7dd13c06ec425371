import { promises as fsp, type Dirent, type Stats } from 'node:fs';

/**
 * Every file-system access of the engine goes through this interface, so tests can record
 * which paths were touched and prove nothing outside the workspace was opened.
 */
export interface FileSystem {
  readFile(path: string): Promise<Buffer>;
  stat(path: string): Promise<Stats>;
  realpath(path: string): Promise<string>;
  readdir(path: string): Promise<Dirent[]>;
  /** At most `bytes` bytes from the start of a file (a cap on what a huge file costs); readFile's prefix when absent. */
  readPrefix?(path: string, bytes: number): Promise<Buffer>;
}

export const nodeFs: FileSystem = {
  readFile: (p) => fsp.readFile(p),
  stat: (p) => fsp.stat(p),
  realpath: (p) => fsp.realpath(p),
  readdir: (p) => fsp.readdir(p, { withFileTypes: true }),
  readPrefix: async (p, bytes) => {
    const handle = await fsp.open(p, 'r');
    try {
      const buf = Buffer.alloc(bytes);
      const { bytesRead } = await handle.read(buf, 0, bytes, 0);
      return buf.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  },
};

/** The first `bytes` bytes of a file, through the file system's own capped read when it has one. */
export async function readPrefix(fs: FileSystem, path: string, bytes: number): Promise<Buffer> {
  if (fs.readPrefix) return fs.readPrefix(path, bytes);
  return (await fs.readFile(path)).subarray(0, bytes);
}
