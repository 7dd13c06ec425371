/**
 * Anchors (issue 20): what a citation pointed at when a check last saw it right, kept outside
 * the plan and outside the working tree, so a plan that is never committed, or one written
 * against code not committed yet, is followed from what its author saw.
 *
 * An anchor is keyed by the plan, the citation as written and its occurrence among equal
 * citations of the plan: editing other lines of the plan (its own typo fixes included) keeps
 * every anchor; a citation whose text changes gets a new one when it is next seen right.
 *
 * The store is an interface: `MemoryAnchorStore` here (tests, and a run that must not write),
 * `FileAnchorStore` in anchorfile.ts (the repository's git directory or the user's cache folder).
 * Nothing read from a store is trusted: `parseStore` takes only well-formed entries, and a store
 * that is not one is ignored as a whole (said once by the front door).
 */

/** A cited file as it was when the citation was seen right. */
export interface Anchor {
  /** Repository-relative path (or root-relative without git) of the cited file, with `/`. */
  path: string;
  /** The citation's ranges (1-based, inclusive) as they were right. */
  ranges: [number, number][];
  /** Git's blob id of the file's content then: the key of its text in the store. */
  oid: string;
  /** HEAD then, when there was a repository. */
  commit?: string;
  /** When it was seen right (ms since the epoch): the oldest go first when the store is full. */
  seen: number;
}

export interface AnchorStore {
  get(key: string): { anchor: Anchor; text: string } | undefined;
  /** Remembers an anchor with the file's text then; a text over the bounds is not kept (nor its anchor). */
  put(key: string, anchor: Anchor, text: string): void;
  /** Writes what changed; a store that cannot write says nothing and keeps nothing. */
  save(): void;
}

/** Bounds of one store: a hostile or runaway store costs at most this much. */
export const ANCHOR_LIMITS = { anchors: 4000, textBytes: 8 * 1024 * 1024, fileText: 512 * 1024, storeBytes: 16 * 1024 * 1024 };

/** The key of a citation's anchor: the plan, the citation as written, its occurrence (0-based) among equal ones. */
export function anchorKey(plan: string, cited: string, occurrence: number): string {
  return `${plan}\0${cited}\0${occurrence}`;
}

/** Git's object id of a blob with this text (what `git hash-object` prints), so committed content is recognised. */
export function blobId(text: string): string {
  // node:crypto is required here, not imported: loading it costs every process ~4 ms.
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  const body = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${body.length}\0`).update(body).digest('hex');
}

export interface StoreData {
  anchors: Map<string, Anchor>;
  texts: Map<string, string>;
}

const OID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/**
 * The store's JSON, checked entry by entry; undefined when it is not a store at all (then it is
 * ignored whole, not repaired). Entries over the bounds, or whose text is missing or does not
 * hash to its id, are dropped: a stale or tampered entry must never move a citation.
 */
export function parseStore(json: string): StoreData | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!isObject(raw) || raw.version !== 1 || !isObject(raw.anchors) || !isObject(raw.texts)) return undefined;
  const texts = new Map<string, string>();
  let bytes = 0;
  for (const [oid, text] of Object.entries(raw.texts)) {
    if (!OID.test(oid) || typeof text !== 'string' || text.length > ANCHOR_LIMITS.fileText) continue;
    bytes += text.length;
    if (bytes > ANCHOR_LIMITS.textBytes) break;
    if (blobId(text) === oid) texts.set(oid, text);
  }
  const anchors = new Map<string, Anchor>();
  for (const [key, a] of Object.entries(raw.anchors)) {
    if (anchors.size >= ANCHOR_LIMITS.anchors) break;
    const anchor = asAnchor(a);
    if (anchor && texts.has(anchor.oid) && key.split('\0').length === 3) anchors.set(key, anchor);
  }
  return { anchors, texts };
}

function asAnchor(a: unknown): Anchor | undefined {
  if (!isObject(a)) return undefined;
  const { path, ranges, oid, commit, seen } = a;
  if (typeof path !== 'string' || !safeRelPath(path)) return undefined;
  if (typeof oid !== 'string' || !OID.test(oid)) return undefined;
  if (commit !== undefined && (typeof commit !== 'string' || !OID.test(commit))) return undefined;
  if (typeof seen !== 'number' || !Number.isFinite(seen)) return undefined;
  if (!Array.isArray(ranges) || ranges.length === 0 || ranges.length > 16) return undefined;
  const rs: [number, number][] = [];
  for (const r of ranges) {
    if (!Array.isArray(r) || r.length !== 2 || !r.every((n) => Number.isInteger(n) && n >= 1 && n <= 1_000_000) || r[0] > r[1]) return undefined;
    rs.push([r[0], r[1]]);
  }
  return { path, ranges: rs, oid, ...(commit ? { commit } : {}), seen };
}

/** A relative path that stays where it is put: no `..`, no absolute path, no drive, no NUL. */
function safeRelPath(p: string): boolean {
  return p.length > 0 && p.length < 4096 && !p.startsWith('/') && !/^[A-Za-z]:/.test(p) && !p.includes('\\') && !p.includes('\0') && !p.split('/').some((s) => s === '..' || s === '.' || s === '');
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The store as JSON, bounded: the anchors seen last are kept, and only the texts they need. */
export function serializeStore(data: StoreData): string {
  const kept = [...data.anchors].sort((a, b) => b[1].seen - a[1].seen);
  const anchors: Record<string, Anchor> = {};
  const texts: Record<string, string> = {};
  let bytes = 0;
  let n = 0;
  for (const [key, a] of kept) {
    if (n >= ANCHOR_LIMITS.anchors) break;
    const text = data.texts.get(a.oid);
    if (text === undefined) continue;
    if (!(a.oid in texts)) {
      if (bytes + text.length > ANCHOR_LIMITS.textBytes) continue;
      bytes += text.length;
      texts[a.oid] = text;
    }
    anchors[key] = a;
    n++;
  }
  return JSON.stringify({ version: 1, anchors, texts });
}

/**
 * Two versions of a store as one: every key of either, the newer sighting of a key winning (on a
 * tie, `ours`), with the texts they need. Two writers that read the same store and each added
 * anchors keep both sets; the bounds apply when it is serialized.
 */
export function mergeStores(theirs: StoreData, ours: StoreData): StoreData {
  const anchors = new Map(ours.anchors);
  const texts = new Map(ours.texts);
  for (const [key, a] of theirs.anchors) {
    const mine = anchors.get(key);
    const text = theirs.texts.get(a.oid);
    if ((mine && mine.seen >= a.seen) || text === undefined) continue;
    anchors.set(key, a);
    texts.set(a.oid, text);
  }
  return { anchors, texts };
}

/** A store held in memory: tests, and what a file store keeps between its load and save. */
export class MemoryAnchorStore implements AnchorStore {
  /** Saves done, counted for tests. */
  saves = 0;
  protected data: StoreData;
  protected dirty = false;

  constructor(data?: StoreData) {
    this.data = data ?? { anchors: new Map(), texts: new Map() };
  }

  get(key: string): { anchor: Anchor; text: string } | undefined {
    const anchor = this.data.anchors.get(key);
    const text = anchor && this.data.texts.get(anchor.oid);
    return anchor && text !== undefined ? { anchor, text } : undefined;
  }

  put(key: string, anchor: Anchor, text: string): void {
    if (text.length > ANCHOR_LIMITS.fileText) return;
    const was = this.data.anchors.get(key);
    // The same content, path and ranges: already known, nothing to write. Seen again all the
    // same: a merge with another writer's store (anchorfile.ts) keeps the newer sighting.
    if (was && was.oid === anchor.oid && was.path === anchor.path && sameRanges(was.ranges, anchor.ranges)) {
      if (anchor.seen > was.seen) this.data.anchors.set(key, { ...was, seen: anchor.seen });
      return;
    }
    this.data.anchors.set(key, anchor);
    this.data.texts.set(anchor.oid, text);
    this.dirty = true;
  }

  save(): void {
    if (!this.dirty) return;
    // Round-trip through the bounds, as a file store would.
    const again = parseStore(serializeStore(this.data));
    if (again) this.data = again;
    this.dirty = false;
    this.saves++;
  }

  /** The anchors kept, for tests. */
  keys(): string[] {
    return [...this.data.anchors.keys()];
  }
}

function sameRanges(a: [number, number][], b: [number, number][]): boolean {
  return a.length === b.length && a.every((r, i) => r[0] === b[i][0] && r[1] === b[i][1]);
}
