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
}

export const nodeFs: FileSystem = {
  readFile: (p) => fsp.readFile(p),
  stat: (p) => fsp.stat(p),
  realpath: (p) => fsp.realpath(p),
  readdir: (p) => fsp.readdir(p, { withFileTypes: true }),
};
