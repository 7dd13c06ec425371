import { nodeFs, type FileSystem } from '../../server/src/core/fs';

export interface Access {
  op: keyof FileSystem;
  path: string;
}

/** The engine's file system, recording every path it is asked to touch. */
export function recordingFs(inner: FileSystem = nodeFs): FileSystem & { accesses: Access[]; opened(): string[] } {
  const accesses: Access[] = [];
  const wrap = <K extends keyof FileSystem>(op: K) => ((p: string) => {
    accesses.push({ op, path: p });
    return (inner[op] as (p: string) => unknown)(p);
  }) as FileSystem[K];
  return {
    accesses,
    readFile: wrap('readFile'),
    stat: wrap('stat'),
    realpath: wrap('realpath'),
    readdir: wrap('readdir'),
    /** Paths whose content was read or that were stat'ed (not just resolved). */
    opened: () => accesses.filter((a) => a.op === 'readFile' || a.op === 'stat').map((a) => a.path),
  };
}
