import * as fs from 'node:fs';
import { promises as fsp } from 'node:fs';

/** What a listing says of one entry (node's Dirent is one). */
export interface FileEntry {
  name: string;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

/** What a stat says of one file (node's Stats is one). */
export interface FileStat {
  size: number;
  mtimeMs: number;
  isFile(): boolean;
  isDirectory(): boolean;
}

/**
 * Every file-system access of the engine goes through this interface, so tests can record
 * which paths were touched and prove nothing outside the workspace was opened. Hosts: `nodeFs`
 * (the disk) here, `memoryFs` (core/memfs.ts).
 */
export interface FileSystem {
  /**
   * The file's bytes; with `maxBytes`, a host may stop after that many (callers cut the rest
   * themselves, so a host that reads it all is still right, only slower).
   */
  readFile(path: string, maxBytes?: number): Promise<Buffer>;
  stat(path: string): Promise<FileStat>;
  realpath(path: string): Promise<string>;
  readdir(path: string): Promise<FileEntry[]>;
}

export const nodeFs: FileSystem = {
  readFile: (p, maxBytes) => (maxBytes === undefined ? fsp.readFile(p) : readPrefix(p, maxBytes)),
  stat: (p) => fsp.stat(p),
  realpath: (p) => fsp.realpath(p),
  readdir: (p) => fsp.readdir(p, { withFileTypes: true }),
};

async function readPrefix(p: string, maxBytes: number): Promise<Buffer> {
  const handle = await fsp.open(p, 'r');
  try {
    const st = await handle.stat();
    const buf = Buffer.alloc(Math.min(st.size, maxBytes));
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * The disk read synchronously behind the same promises: for a command-line run, which has
 * nothing to do while a read is out. Each `fs/promises` call is a round trip through libuv's
 * thread pool (a readFile four: open, stat, read, close), and on a loaded machine the main
 * thread sat idle for a quarter of a 24-plan check waiting on them (measured with --cpu-prof).
 * The same system calls, so the same answers and errors (as rejections).
 */
export const nodeSyncFs: FileSystem = {
  readFile: async (p, maxBytes) => (maxBytes === undefined ? fs.readFileSync(p) : readPrefixSync(p, maxBytes)),
  stat: async (p) => fs.statSync(p),
  realpath: async (p) => fs.realpathSync.native(p),
  readdir: async (p) => fs.readdirSync(p, { withFileTypes: true }),
};

function readPrefixSync(p: string, maxBytes: number): Buffer {
  const fd = fs.openSync(p, 'r');
  try {
    const buf = Buffer.alloc(Math.min(fs.fstatSync(fd).size, maxBytes));
    const bytesRead = fs.readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    fs.closeSync(fd);
  }
}
