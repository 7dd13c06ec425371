/** Which files are source code the index reads, by name alone: no grammar is loaded here. */
import { posix } from 'node:path';
import type { LangId } from './langid';

const BY_EXTENSION: Record<string, LangId> = {
  '.go': 'go',
  '.js': 'javascript',
  '.cjs': 'javascript',
  '.mjs': 'javascript',
  '.jsx': 'javascript',
  '.ts': 'typescript',
  '.mts': 'typescript',
  '.cts': 'typescript',
  '.tsx': 'tsx',
  '.py': 'python',
  '.rs': 'rust',
  '.sh': 'shell',
  '.bash': 'shell',
};

/** Extensions of the files a citation can name and the index reads, `.go` first. */
export const SOURCE_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION);

/** Whether a path names a file of a language the index reads, by its extension. */
export function isSourcePath(path: string): boolean {
  const dot = path.lastIndexOf('.');
  return dot > 0 && BY_EXTENSION[path.slice(dot).toLowerCase()] !== undefined && !path.endsWith('/' + path.slice(dot));
}

/** A file watcher's glob for them. */
export const SOURCE_GLOB = `**/*.{${SOURCE_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`;

/** The git pathspecs of those files (`*.go`, `*.py`, ...). */
export const SOURCE_PATHSPECS: readonly string[] = SOURCE_EXTENSIONS.map((e) => `*${e}`);

/** The language of a path by its extension, or for a file without one by its `#!` line. */
export function languageOf(path: string, firstLine?: string): LangId | undefined {
  const ext = posix.extname(path).toLowerCase();
  const byExt = BY_EXTENSION[ext];
  if (byExt) return byExt;
  if (ext !== '' || !firstLine?.startsWith('#!')) return undefined;
  const m = /^#!\s*(?:\S*\/)?([\w.-]+)(?:\s+(?:-\S+\s+)*([\w.-]+))?/.exec(firstLine);
  const prog = m?.[1] === 'env' ? m[2] : m?.[1];
  if (!prog) return undefined;
  if (/^(?:ba|da|k|z)?sh$/.test(prog)) return 'shell';
  if (/^python[\d.]*$/.test(prog)) return 'python';
  if (prog === 'node' || prog === 'deno' || prog === 'bun') return 'javascript';
  return undefined;
}


/** JavaScript and TypeScript are one family: a TypeScript project's own `.js` is no other project's. */
const FAMILY: Record<LangId, string> = { go: 'Go', javascript: 'JavaScript/TypeScript', typescript: 'JavaScript/TypeScript', tsx: 'JavaScript/TypeScript', python: 'Python', rust: 'Rust', shell: 'shell' };

/** The language family of a path, by its extension, named for a reader (workspace.ts: code of another project). */
export function languageFamily(path: string): string | undefined {
  const lang = languageOf(path);
  return lang && FAMILY[lang];
}
