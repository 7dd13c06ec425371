import { unified } from 'unified';
import { goParser } from '../../server/src/core/treesitter';

export interface Parses<T> {
  result: T;
  /** Lengths of the texts handed to the Markdown parser (remark), in order. */
  markdown: number[];
  /** Lengths of the texts handed to the Go parser (tree-sitter), in order. */
  go: number[];
}

/**
 * Runs `fn` while recording every text the engine hands to its two parsers, so a test can prove
 * that an oversized plan or Go file was never parsed by observing it, not by timing the check.
 * It wraps the parse methods the core calls (the remark processor's prototype and the one
 * tree-sitter Parser of the process) and restores them afterwards.
 */
export async function recordParses<T>(fn: () => Promise<T>): Promise<Parses<T>> {
  const markdown: number[] = [];
  const go: number[] = [];
  const proto = Object.getPrototypeOf(unified()) as { parse: (file?: unknown) => unknown };
  const mdParse = proto.parse;
  const parser = await goParser();
  const goParse = parser.parse;
  const ownGo = Object.prototype.hasOwnProperty.call(parser, 'parse');
  proto.parse = function (this: unknown, file?: unknown) {
    markdown.push(String(file ?? '').length);
    return mdParse.call(this, file);
  };
  parser.parse = function (this: typeof parser, ...args: Parameters<typeof goParse>) {
    go.push(typeof args[0] === 'string' ? args[0].length : -1);
    return goParse.apply(this, args);
  } as typeof goParse;
  try {
    return { result: await fn(), markdown, go };
  } finally {
    proto.parse = mdParse;
    if (ownGo) parser.parse = goParse;
    else delete (parser as Partial<typeof parser>).parse;
  }
}
