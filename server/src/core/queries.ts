/**
 * Small read-only questions about a plan and its workspace that editors ask (which citation is
 * at an offset, what it points at, what to complete). No LSP types here: the language server
 * turns these answers into hovers, links and completion items.
 */
import { isLinkTarget, scanCitations, type RawCitation } from './citations';
import { enclosingDecl, type GoDecl, type GoFile } from './gofile';
import { missingMessage, rangeProblem } from './rules/shared/citation-text';
import { rules } from './rules';
import type { Resolution, Workspace } from './workspace';
import type { PlanModel } from './model';
import type { PlanStructure } from './plan/structure';
import { contractIds, type IdDef } from './plan/ids';
import { prCards, type PrCard } from './plan/prcards';
import { proseLines, prRefs } from './plan/scan';
import { projectIdAt, projectIds, type ProjectId } from './projectids';
export { specKitIdAt, type FolderId } from './plan/speckit-ids';
export { specKitReferences, type IdOccurrence, type IdReferences } from './plan/speckit-refs';

/** The citation whose text holds `offset` (its end counts too, for a cursor just after it). */
export function citationAt<C extends RawCitation>(citations: readonly C[], offset: number): C | undefined {
  let lo = 0;
  let hi = citations.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = citations[mid];
    if (c.end < offset) lo = mid + 1;
    else if (c.start > offset) hi = mid - 1;
    else return c;
  }
  return undefined;
}

/**
 * Citations on one line of `text`, found without parsing the whole document (so it does not
 * know about code blocks): for a quick answer while the full model is being rebuilt.
 */
export function citationsOnLine(text: string, lineStart: number, lineEnd: number): RawCitation[] {
  return scanCitations(text.slice(lineStart, lineEnd), lineStart);
}

export interface CitedRange {
  start: number;
  end: number;
  /** Why this range cannot be shown (line 0, past the end, ...). */
  problem?: string;
  /** The innermost top-level declaration holding the range's first line. */
  decl?: GoDecl;
}

export interface CitationInfo {
  resolution: Resolution;
  /** The indexed Go file, when the citation resolved and the file could be read. */
  file?: GoFile;
  /** Why a resolved file cannot be shown. */
  fileProblem?: string;
  ranges: CitedRange[];
}

/** Resolves a citation and loads the cited file (both cached by the workspace). */
export async function inspectCitation(ws: Workspace, c: RawCitation, docAbs?: string): Promise<CitationInfo> {
  const resolution = await ws.resolveCitation(c, docAbs);
  const info: CitationInfo = { resolution, ranges: c.ranges.map((r) => ({ start: r.start, end: r.end })) };
  if (resolution.kind !== 'ok') return info;
  const loaded = await ws.load(resolution.abs);
  if (loaded.kind !== 'ok') {
    info.fileProblem = loaded.reason;
    return info;
  }
  info.file = loaded.file;
  for (const r of info.ranges) {
    r.problem = rangeProblem({ start: r.start, end: r.end, specStart: 0, specEnd: 0 }, loaded.file.lineCount);
    if (!r.problem) r.decl = enclosingDecl(loaded.file, r.start);
  }
  return info;
}

/**
 * A declaration's head as written in the source (gofmt spacing kept), for display:
 * `func NewRoutingPolicy(name string) (RoutingPolicy, error)`, `type T struct`. Parameter
 * lists over several lines are kept, up to `maxLines`.
 */
export function declarationHead(file: GoFile, decl: GoDecl, maxLines = 8): string {
  const out: string[] = [];
  for (let l = decl.startLine; l <= decl.endLine && out.length < maxLines; l++) {
    const line = file.lines[l - 1] ?? '';
    if (/\{\s*$/.test(line) && !/\{\s*\}/.test(line)) {
      out.push(line.replace(/\s*\{\s*$/, ''));
      break;
    }
    out.push(line);
    if (decl.kind !== 'func' && decl.kind !== 'method') break;
  }
  return out.join('\n').trimEnd();
}

/** What is wrong with a citation, in one sentence per problem; empty when nothing is. */
export function citationProblems(c: RawCitation, info: CitationInfo): string[] {
  const res = info.resolution;
  switch (res.kind) {
    case 'missing':
      if (res.notHere || res.checkout) return [missingMessage(c.rawPath, res).replace(/^(\S+)/, '`$1`')];
      return [`No Go file in the workspace matches \`${c.rawPath}\`.` + (res.suggestions.length ? ` Closest: ${res.suggestions.map((s) => '`' + s + '`').join(', ')}.` : '')];
    case 'external':
      return [`\`${c.rawPath}\` is in another repository (\`${res.prefix}/\`), which \`repositories\` maps to no checkout: not checked.`];
    case 'ambiguous':
      return [`\`${c.rawPath}\` matches ${res.candidates.length} files: ${res.candidates.map((s) => '`' + s + '`').join(', ')}. Qualify the path.`];
    case 'outside':
      return [`\`${c.rawPath}\` is outside the workspace: ${res.reason}. It is never opened.`];
    case 'ok':
      break;
  }
  if (info.fileProblem) return [`${res.rel} cannot be shown: ${info.fileProblem}.`];
  return info.ranges.filter((r) => r.problem).map((r) => `${res.rel}: ${r.problem}.`);
}

export interface Snippet {
  /** 1-based line of `lines[0]`. */
  firstLine: number;
  lines: string[];
  /** Lines were cut at the cap. */
  truncated: boolean;
}

/** The lines `start..end` of a file with `context` lines around them, at most `cap` lines. */
export function snippet(file: GoFile, start: number, end: number, context = 2, cap = 40): Snippet {
  const first = Math.max(1, start - context);
  const last = Math.min(file.lineCount, end + context);
  const count = Math.max(0, last - first + 1);
  const take = Math.min(count, cap);
  return { firstLine: first, lines: file.lines.slice(first - 1, first - 1 + take), truncated: take < count };
}

/**
 * Workspace paths matching a partial path, best first. The query is matched segment by
 * segment: `ro/pol` finds `sim/routing/policy.go`; each query segment matches, in order, a
 * path segment by prefix, substring or subsequence (case-insensitive).
 */
export function matchPaths(paths: Iterable<string>, query: string, limit = 50): string[] {
  const q = query.replace(/\\/g, '/').replace(/^\.\//, '').toLowerCase();
  const qsegs = q.split('/').filter((s, i, all) => s !== '' || i === all.length - 1);
  const scored: [number, string][] = [];
  for (const p of paths) {
    const s = q === '' ? 0 : scorePath(p, qsegs);
    if (s !== undefined) scored.push([s, p]);
  }
  scored.sort((a, b) => b[0] - a[0] || a[1].length - b[1].length || a[1].localeCompare(b[1]));
  return scored.slice(0, limit).map((s) => s[1]);
}

function scorePath(path: string, qsegs: string[]): number | undefined {
  const psegs = path.toLowerCase().split('/');
  let score = 0;
  let pi = 0;
  for (let qi = 0; qi < qsegs.length; qi++) {
    const qs = qsegs[qi];
    if (qs === '') continue;
    let found = false;
    for (; pi < psegs.length; pi++) {
      const s = segmentScore(psegs[pi], qs);
      if (s > 0) {
        score += s;
        found = true;
        pi++;
        break;
      }
      score -= 1; // a skipped segment
    }
    if (!found) return undefined;
  }
  // A match that ends on the file name ranks above one inside a folder name.
  if (pi === psegs.length) score += 2;
  return score;
}

function segmentScore(seg: string, q: string): number {
  if (seg === q) return 12;
  if (seg.startsWith(q)) return 8;
  if (seg.includes(q)) return 5;
  let i = 0;
  for (let j = 0; j < seg.length && i < q.length; j++) if (seg[j] === q[i]) i++;
  return i === q.length ? 2 : 0;
}

const PATH_CHAR = /[A-Za-z0-9_.\-/\\~%@+]/;

export type CompletionContext =
  /** Typing a path: replace `start..end` with a workspace path (relative to the document's folder in a link target). */
  | { kind: 'path'; start: number; end: number; typed: string; link?: true }
  /** After `path.go:` (or `path.go#`, `path.go#L`): replace `start..end` with a line spec. */
  | { kind: 'lines'; path: string; start: number; end: number; form: 'colon' | 'hash'; prefix: '' | 'L'; link?: true };

/**
 * What the user is typing at `offset`, when it is (the start of) a citation. A path is only
 * offered where a citation is likely: the word holds a `/`, or it is inside an inline code span.
 */
export function completionContextAt(text: string, offset: number): CompletionContext | undefined {
  let lineStart = offset;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) lineStart--;
  let lineEnd = offset;
  while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
  const before = text.slice(lineStart, offset);
  const spec = /([A-Za-z0-9_.\-/\\~%@+]+\.go)(:|#L|#)([0-9,\-L]*)$/.exec(before);
  if (spec) {
    const typedStart = offset - spec[3].length;
    let end = offset;
    while (end < lineEnd && /[0-9,\-L]/.test(text[end])) end++;
    const form = spec[2] === ':' ? 'colon' : 'hash';
    const link = isLinkTarget(text, offset - spec[0].length) || undefined;
    return { kind: 'lines', path: spec[1].replace(/\\/g, '/'), start: typedStart, end, form, prefix: spec[2] === '#' ? 'L' : '', ...(link ? { link } : {}) };
  }
  let start = offset;
  while (start > lineStart && PATH_CHAR.test(text[start - 1])) start--;
  const typed = text.slice(start, offset);
  let ticks = 0;
  for (let i = lineStart; i < start; i++) if (text.charCodeAt(i) === 96) ticks++;
  const inCode = ticks % 2 === 1;
  if (!typed.includes('/') && !(inCode && typed.length > 0)) return undefined;
  // A URL is not a workspace path.
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text.slice(Math.max(lineStart, start - 12), offset)) || text[start - 1] === ':') return undefined;
  let end = offset;
  while (end < lineEnd && PATH_CHAR.test(text[end])) end++;
  return { kind: 'path', start, end, typed, ...(isLinkTarget(text, start) ? { link: true as const } : {}) };
}

/** Declarations of a Go file for completion after `path.go:`, in file order. */
export async function declarationsOf(ws: Workspace, cited: { path: string; link?: boolean }, docAbs?: string): Promise<{ rel: string; decls: GoDecl[] } | undefined> {
  const res = await ws.resolveCitation(cited, docAbs);
  if (res.kind !== 'ok') return undefined;
  const loaded = await ws.load(res.abs);
  if (loaded.kind !== 'ok') return undefined;
  return { rel: res.rel, decls: loaded.file.decls };
}

const citationRuleIds = new Set(rules.filter((r) => r.meta.scope === 'markdown' && r.meta.needs.includes('citations')).map((r) => r.meta.id));

/** Whether a rule id is one of the citation rules (MP001-MP00x). */
export function isCitationRule(id: string): boolean {
  return citationRuleIds.has(id);
}

export type PlanReference =
  | { kind: 'BC' | 'INV'; id: string; start: number; end: number; def?: IdDef; external: boolean }
  | { kind: 'PR'; id: string; number: number; start: number; end: number; card?: PrCard };

/** The BC-n / INV-n / PR n mention at an offset and what it stands for (a plan's structure is memoised per model). */
export function planReferenceAt(model: PlanModel, plan: PlanStructure, offset: number): PlanReference | undefined {
  const idx = contractIds(model, plan);
  const hit = idx.uses.find((u) => u.start <= offset && offset <= u.end) ?? idx.defs.find((d) => d.start <= offset && offset <= d.end);
  if (hit) return { kind: hit.kind, id: hit.id, start: hit.start, end: hit.end, def: idx.definitionAt(hit.start), external: 'external' in hit ? hit.external : false };
  const { line } = model.lines.positionAt(offset);
  const lineStart = model.lines.starts[line];
  const ref = prRefs(model.text.slice(lineStart, model.lines.lineEnd(line)), lineStart).find((r) => r.start <= offset && offset <= r.end);
  if (!ref) return undefined;
  const card = prCards(model, plan).find((c) => c.number === ref.number);
  return { kind: 'PR', id: `PR ${ref.number}`, number: ref.number, start: ref.start, end: ref.end, card };
}

/**
 * Find references within one plan for the BC-n / INV-n / PR n at an offset: the mentions that
 * stand for the same contract (a BC is scoped to its PR card, so PR 2's BC-1 is not PR 1's), or
 * every mention of the PR, its card's heading as the definition. Spans are offsets in the plan.
 */
export function planReferences(model: PlanModel, plan: PlanStructure, offset: number): { id: string; spans: { start: number; end: number; definition: boolean }[] } | undefined {
  const ref = planReferenceAt(model, plan, offset);
  if (!ref) return undefined;
  const spans: { start: number; end: number; definition: boolean }[] = [];
  if (ref.kind === 'PR') {
    const heading = ref.card?.heading;
    for (const ln of proseLines(model, 0, model.text.length))
      for (const r of prRefs(ln.text, ln.start))
        if (r.number === ref.number) spans.push({ start: r.start, end: r.end, definition: !!heading && heading.start <= r.start && r.end <= heading.end });
  } else {
    const idx = contractIds(model, plan);
    // Without a definition (external or undefined), the mentions of the same id without one.
    const same = (def: IdDef | undefined, id: string) => (ref.def ? def === ref.def : !def && id === ref.id);
    for (const d of idx.defs) if (same(d, d.id)) spans.push({ start: d.start, end: d.end, definition: true });
    for (const u of idx.uses) if (same(u.def, u.id)) spans.push({ start: u.start, end: u.end, definition: false });
  }
  spans.sort((a, b) => a.start - b.start);
  return { id: ref.id, spans };
}

/**
 * The project-wide id (INV-n, R-n) at an offset and its definition in the project's id sources
 * (`config.idSources`), for hover and go to definition. Sources are read lazily and cached.
 */
export async function projectIdAtOffset(ws: Workspace, idSources: readonly string[], text: string, offset: number): Promise<{ id: string; start: number; end: number; def?: ProjectId } | undefined> {
  const at = projectIdAt(text, offset);
  if (!at) return undefined;
  const ids = await projectIds(ws, idSources);
  return { ...at, def: ids.get(at.id) };
}
