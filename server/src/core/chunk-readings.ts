/**
 * Readings of a document's text taken chunk by chunk and kept on each chunk's cache entry: on a
 * keystroke only the edited chunk is read again, the rest are combined as they were. A reading
 * must be one of the chunk alone: what it finds in the whole text is what it finds in each chunk,
 * in order (a chunk starts at a line's start and holds whole blocks, so a search whose matches
 * hold no line break, or a reading of one block at a time, qualifies). A model not built by
 * chunks is read whole, as one chunk; test/unit/incremental.test.ts compares both ways.
 */
import { modelChunks, type PlanModel } from './model';

export interface ChunkReading<T> {
  /** Where the chunk starts in the document: its offset and 0-based line. */
  start: number;
  line: number;
  value: T;
}

/** A reading's memo slot: looked up by identity in each chunk's entry (one per distinct key). */
interface Slot {
  readonly key: string;
}
const slots = new Map<string, Slot>();
const combined = new WeakMap<PlanModel, Map<Slot, ChunkReading<unknown>[]>>();

/**
 * `read` of each chunk's own model (its text and parts, in the chunk's offsets) with where the
 * chunk starts, in order. `key` names the reading and everything it depends on besides the
 * chunk's text: a chunk keeps its reading while its text is unchanged.
 */
export function perChunk<T>(model: PlanModel, key: string, read: (chunk: PlanModel) => T): ChunkReading<T>[] {
  let slot = slots.get(key);
  if (!slot) slots.set(key, (slot = { key }));
  let bySlot = combined.get(model);
  if (!bySlot) combined.set(model, (bySlot = new Map()));
  const hit = bySlot.get(slot);
  if (hit) return hit as ChunkReading<T>[];
  const chunks = modelChunks(model);
  let out: ChunkReading<T>[];
  if (!chunks || chunks.some((c) => !c.entry.part)) out = [{ start: 0, line: 0, value: read(model) }];
  else {
    out = new Array(chunks.length);
    for (let i = 0; i < chunks.length; i++) {
      const c = chunks[i];
      const kept = (c.entry.readings ??= new Map());
      let value = kept.get(slot) as T | undefined;
      if (value === undefined && !kept.has(slot)) kept.set(slot, (value = read(c.entry.part!)));
      out[i] = { start: c.start, line: c.line, value: value as T };
    }
  }
  bySlot.set(slot, out);
  return out;
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Whether the document's text is ASCII only. */
export function isAscii(model: PlanModel): boolean {
  return perChunk(model, 'ascii', (c) => ASCII_ONLY.test(c.text)).every((r) => r.value);
}

/**
 * Every match of `re` in the document, as a global search from its start finds them, in order.
 * Only for a search whose matches hold no line break and which looks at no character before or
 * after its match but a word boundary's (a chunk's edges are line starts, as the text's are).
 */
export function* matchesOf(model: PlanModel, re: RegExp): Generator<{ index: number; end: number }> {
  const flags = re.flags.includes('g') ? re.flags : re.flags + 'g';
  const readings = perChunk(model, `matches /${re.source}/${flags}`, (c) => {
    const found: number[] = [];
    const g = new RegExp(re.source, flags);
    for (let m = g.exec(c.text); m; m = g.exec(c.text)) {
      found.push(m.index, m[0].length);
      if (m[0].length === 0) g.lastIndex++;
    }
    return found;
  });
  for (const r of readings) for (let i = 0; i < r.value.length; i += 2) yield { index: r.start + r.value[i], end: r.start + r.value[i] + r.value[i + 1] };
}

/**
 * The lines (0-based, in order) holding a match of `re` whose text passes `test`. `key` names
 * `test`. The same conditions on `re` as for matchesOf; `test` reads the line's text alone.
 */
export function* linesHolding(model: PlanModel, key: string, re: RegExp, test: (line: string) => boolean): Generator<number> {
  const readings = perChunk(model, `lines /${re.source}/${re.flags} ${key}`, (c) => {
    const found: number[] = [];
    const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
    for (let m = g.exec(c.text); m; m = g.exec(c.text)) {
      const line = c.lines.positionAt(m.index).line;
      if (test(c.lines.lineText(line))) found.push(line);
      // The rest of the line is read: on to the next one.
      g.lastIndex = Math.max(c.lines.lineEnd(line), m.index + 1);
    }
    return found;
  });
  for (const r of readings) for (const line of r.value) yield r.line + line;
}
