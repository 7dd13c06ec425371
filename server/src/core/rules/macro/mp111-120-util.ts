import type { PlanModel, Span, Table, TableCell } from '../../model';
import type { RuleContext } from '../../rule';
import { planStructure, type PlanStructure } from '../../plan/structure';
import type { BuildingBlock } from '../../plan/blocks';
import { labelKey } from '../../plan/scan';

/** Helpers of the rules MP111-MP120. */

/** The plan structure the engine prepared (or built here, for callers that run a rule directly). */
export function planFor(ctx: RuleContext): PlanStructure {
  return ctx.plan ?? planStructure(ctx.model, ctx.profile);
}

/** Tables that start inside a span. */
export function tablesIn(model: PlanModel, span: Span): Table[] {
  return model.tables.filter((t) => t.start >= span.start && t.start < span.end);
}

/** A name reduced for comparison: lower-case words, markup and plural `s` dropped. */
export function nameKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w))
    .join(' ');
}

/** Whether `text` names `name` as whole words. */
export function mentions(text: string, name: string): boolean {
  const n = nameKey(name);
  if (!n) return false;
  if (` ${nameKey(text)} `.includes(` ${n} `)) return true;
  // `Warmup Model` for `Warm-up Model`: compare without separators (long names only, to stay precise).
  const squash = (s: string) => nameKey(s).replace(/ /g, '');
  const sq = squash(name);
  return sq.length >= 8 && squash(text).includes(sq);
}

/**
 * The names a building block goes by: its name, and the members listed in a parenthesis on its title
 * line (`**Stateless Scorers** (queue-depth, kv-utilization, load-balance)`).
 */
export function blockNames(model: PlanModel, b: BuildingBlock): string[] {
  const names = [b.name];
  const lineEnd = model.lines.lineEnd(model.lines.positionAt(b.titleSpan.start).line);
  const after = model.text.slice(b.titleSpan.start, lineEnd);
  const paren = /\(([^)]*,[^)]*)\)/.exec(after);
  if (paren) for (const m of paren[1].split(/\s*,\s*|\s+and\s+/)) if (nameKey(m)) names.push(m.trim());
  return names;
}

/** Whether a piece of text names the block (its name or one of its members). */
export function namesBlock(model: PlanModel, text: string, b: BuildingBlock): boolean {
  return blockNames(model, b).some((n) => mentions(text, n));
}

/**
 * Matches a table's header cells to required column names (by label key, also when the header adds
 * words: `Validation Method (cheap)`, `llm-d EPP`). Returns the index of each required column or -1.
 */
export function matchColumns(header: TableCell[], required: string[], aliases: Record<string, string[]> = {}): number[] {
  const keys = header.map((c) => ` ${labelKey(c.text)} `);
  return required.map((name) => {
    const wanted = [name, ...(aliases[name] ?? [])].map((n) => labelKey(n)).filter(Boolean);
    let idx = keys.findIndex((k) => wanted.some((w) => k.trim() === w));
    if (idx < 0) idx = keys.findIndex((k) => wanted.some((w) => k.includes(` ${w} `)));
    return idx;
  });
}

/** Edits that append columns to every line of a table (header, delimiter row, body rows), in its own pipe style. */
export function appendColumnsEdits(model: PlanModel, table: Table, names: string[]): { start: number; end: number; newText: string }[] {
  const first = model.lines.positionAt(table.start).line;
  const last = model.lines.positionAt(Math.max(table.start, table.end - 1)).line;
  const edits: { start: number; end: number; newText: string }[] = [];
  for (let l = first; l <= last; l++) {
    const text = model.lines.lineText(l);
    if (!text.includes('|')) continue;
    const end = model.lines.lineEnd(l);
    const closed = /\|\s*$/.test(text);
    const cells = l === first ? names : l === first + 1 ? names.map(() => '---') : names.map(() => ' ');
    const add = cells.map((c) => ` ${c} |`).join('');
    edits.push({ start: end, end, newText: closed ? add : ` |${add}` });
  }
  return edits;
}

/** A short quote of a value for messages. */
export function quote(s: string, max = 60): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return `"${t.length > max ? `${t.slice(0, max - 1)}…` : t}"`;
}

/** `A, B and C`. */
export function list(names: string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The offset where new lines can go at the end of a span: before trailing blank lines and a `---`. */
export function insertionPoint(model: PlanModel, span: Span): number {
  let l = model.lines.positionAt(Math.max(span.start, span.end - 1)).line;
  const firstLine = model.lines.positionAt(span.start).line;
  while (l > firstLine) {
    const t = model.lines.lineText(l).trim();
    if (t === '' || /^([-*_])(\s*\1){2,}$/.test(t)) l--;
    else break;
  }
  return model.lines.lineEnd(l);
}
