import { TextDecoder } from 'node:util';
import type { GoFile } from './gofile';
import { indexText, languageOf } from './lang';

/**
 * A cited file's bytes to its index: the one way both the workspace (workspace.ts) and the index
 * worker (indexworker-main.ts) turn what they read into what the rules see, so a file indexed
 * ahead in the worker is the file the check would have indexed.
 */
export type LoadedGoFile =
  | { kind: 'ok'; file: GoFile; encoding: 'utf-8' | 'utf-16' | 'latin1' }
  | { kind: 'problem'; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decode(buf: Buffer): { kind: 'binary' } | { kind: 'utf-8' | 'utf-16' | 'latin1'; text: string } {
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    // An odd trailing byte is no UTF-16 unit (and would make swap16 throw): it is dropped.
    const body = Buffer.from(buf.subarray(2, buf.length - (buf.length % 2)));
    if (buf[0] === 0xfe) body.swap16();
    return { kind: 'utf-16', text: body.toString('utf16le') };
  }
  if (buf.subarray(0, 8000).includes(0)) return { kind: 'binary' };
  try {
    let text = utf8.decode(buf);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { kind: 'utf-8', text };
  } catch {
    return { kind: 'latin1', text: buf.toString('latin1') };
  }
}

/** A file's bytes indexed (`abs` names its language); binary content is a problem, not a parse. */
export async function indexBytes(abs: string, buf: Buffer): Promise<LoadedGoFile> {
  const decoded = decode(buf);
  if (decoded.kind === 'binary') return { kind: 'problem', reason: abs.endsWith('.go') ? 'binary content, not Go source' : 'binary content, not source code' };
  return parseSource(abs, decoded.text, decoded.kind);
}

/** Indexes a file in its language (by extension, or a `#!` line); its grammar loads on first use. */
export async function parseSource(abs: string, text: string, encoding: 'utf-8' | 'utf-16' | 'latin1'): Promise<LoadedGoFile> {
  const normalised = text.replace(/\r\n?/g, '\n');
  const lang = languageOf(abs, normalised.slice(0, 200).split('\n')[0]) ?? 'go';
  const file = await indexText(lang, normalised);
  if (!file) return { kind: 'problem', reason: `the ${lang === 'go' ? 'Go' : lang} parser gave up on this file` };
  return { kind: 'ok', file, encoding };
}

/** A file indexed by the index worker (indexahead.ts): what it stat'ed (its real path) and found. */
export interface IndexedAhead {
  real: string;
  mtimeMs: number;
  size: number;
  loaded: LoadedGoFile;
}
