import type { RuleContext } from '../../rule';
import * as path from 'node:path';
import type { Span } from '../../model';
import type { Workspace } from '../../workspace';

/** The document's `#` title, where findings about the whole document go (the start when it has none). */
export function titleRange(ctx: RuleContext): Span {
  const h = ctx.model.headings.find((x) => x.depth === 1) ?? ctx.model.headings[0];
  return h ? { start: h.start, end: h.end } : { start: 0, end: 0 };
}

/** 1-based line of an offset, for messages. */
export function lineOf(ctx: RuleContext, offset: number): number {
  return ctx.model.lines.positionAt(offset).line + 1;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `T005, T006 and T007`. */
export function listed(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The Go file a missing path most likely meant: the closest one in the same folder, if any. */
export async function closeBy(ws: Workspace, cited: string): Promise<string | undefined> {
  if (!cited.endsWith('.go')) return undefined;
  const near = (await ws.suggest(cited, 1))[0];
  return near && path.posix.dirname(near) === path.posix.dirname(cited) ? near : undefined;
}
