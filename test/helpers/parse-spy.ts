import { goParser } from '../../server/src/core/treesitter';

/**
 * Runs `fn` while recording the length of every text handed to the Go parser (the one
 * tree-sitter Parser of the process, whose parse method is wrapped and then restored), so a test
 * can prove an oversized Go file was never parsed by observing it, not by timing the check.
 */
export async function recordGoParses<T>(fn: () => Promise<T>): Promise<{ result: T; go: number[] }> {
  const go: number[] = [];
  const parser = await goParser();
  const goParse = parser.parse;
  const own = Object.prototype.hasOwnProperty.call(parser, 'parse');
  parser.parse = function (this: typeof parser, ...args: Parameters<typeof goParse>) {
    go.push(typeof args[0] === 'string' ? args[0].length : -1);
    return goParse.apply(this, args);
  } as typeof goParse;
  try {
    return { result: await fn(), go };
  } finally {
    if (own) parser.parse = goParse;
    else delete (parser as Partial<typeof parser>).parse;
  }
}

/**
 * A stand-in for a document's text that records every property read of it but its length
 * (charCodeAt, slice, conversion to a string...): a check that skips the document at once reads
 * nothing else, while any parse or scan of it must read its characters. Typed as a string for
 * the engine; it is a String object behind a Proxy.
 */
export function recordingText(text: string): { text: string; reads: string[] } {
  const reads: string[] = [];
  const target = new String(text);
  const proxy = new Proxy(target, {
    get(t, prop) {
      if (prop !== 'length') reads.push(String(prop));
      const v = Reflect.get(t, prop, t);
      return typeof v === 'function' ? v.bind(t) : v;
    },
  });
  return { text: proxy as unknown as string, reads };
}
