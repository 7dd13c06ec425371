import * as path from 'node:path';
import type { CheckedCitation } from '../checked-citation';
import type { Diagnostic } from '../types';
import type { PlanModel } from '../model';
import { anchorKey, blobId, type AnchorStore } from './anchors';
import type { History } from './types';
import { insideRepo } from './follow-tasks';
import { holdsNoCode } from './walkback';

/** The rules whose finding on a citation means it is not right as written. */
const CITATION_RULE = /^MP00[1-9]$/;

/** What the front door knows of a plan's anchors: the store, and how the plan is named in it. */
export interface PlanAnchors {
  store: AnchorStore;
  /** The folder anchor paths are relative to: the repository's top folder, else the workspace root (real paths). */
  base: string;
  /** The plan's name in the store (its path relative to `base`, or as given). */
  plan: string;
}

/** Each citation's key in the store: its text as written and its occurrence among equal ones, in plan order. */
export function citationKeys<C extends { start: number; end: number }>(model: PlanModel, plan: string, citations: readonly C[]): Map<C, string> {
  const seen = new Map<string, number>();
  const out = new Map<C, string>();
  for (const c of [...citations].sort((a, b) => a.start - b.start)) {
    const cited = model.text.slice(c.start, c.end);
    const n = seen.get(cited) ?? 0;
    seen.set(cited, n + 1);
    out.set(c, anchorKey(plan, cited, n));
  }
  return out;
}

/**
 * Remembers every citation a check saw right: resolved to a file it could read, no citation
 * finding on its line (MP004's judgement among them), not drifted, and its lines holding code.
 * Called by the front door after the plan's last check, with HEAD when there is a repository.
 */
export function rememberSeenRight(anchors: PlanAnchors, model: PlanModel, citations: readonly CheckedCitation[], diagnostics: readonly Diagnostic[], head: string | undefined, now = Date.now()): number {
  const lineOf = (offset: number) => model.lines.positionAt(offset).line;
  const badLines = new Set<number>();
  for (const d of diagnostics) if (CITATION_RULE.test(d.rule)) for (let l = lineOf(d.start); l <= lineOf(Math.max(d.start, d.end - 1)); l++) badLines.add(l);
  const keys = citationKeys(model, anchors.plan, citations);
  let n = 0;
  for (const c of citations) {
    if (c.resolution.kind !== 'ok' || c.loaded?.kind !== 'ok' || c.drift || badLines.has(lineOf(c.start))) continue;
    const file = c.loaded.file;
    if (c.ranges.some((r) => r.start < 1 || r.end < r.start || r.end > file.lineCount || holdsNoCode(file.lines.slice(r.start - 1, r.end)))) continue;
    const rel = insideRepo(anchors.base, c.resolution.real ?? c.resolution.abs);
    if (!rel) continue;
    const { text, oid } = fileText(file);
    anchors.store.put(keys.get(c)!, { path: rel, ranges: c.ranges.map((r) => [r.start, r.end]), oid, ...(head ? { commit: head } : {}), seen: now }, text);
    n++;
  }
  return n;
}

/**
 * A cited file's text and blob id, once per file: the workspace hands every plan of a run the
 * same indexed file, and a run of 150 plans cites 60 files 1,800 times.
 */
const texts = new WeakMap<object, { text: string; oid: string }>();

function fileText(file: { lines: readonly string[] }): { text: string; oid: string } {
  let known = texts.get(file);
  if (!known) {
    // Go files end with a newline (the index drops the empty last line): so the text hashes as git's blob, when committed.
    const text = file.lines.length ? file.lines.join('\n') + '\n' : '';
    texts.set(file, (known = { text, oid: blobId(text) }));
  }
  return known;
}

/** The plan's name in the store: relative to the base when inside it. */
export function planName(base: string, planAbs: string): string {
  return insideRepo(base, planAbs) ?? path.resolve(planAbs);
}

/**
 * Remembers where each drifted citation was right when its baseline is a plan-wide guess (an
 * untracked plan's modification time or stamp): `--fix` writing the plan moves its modification
 * time to now, and the citations it left to fix would go silent. Their anchor is the baseline
 * they were judged right at, with the cited file as it was there.
 */
export async function rememberDrifted(anchors: PlanAnchors, history: History, model: PlanModel, citations: readonly CheckedCitation[], now = Date.now()): Promise<void> {
  const keys = citationKeys(model, anchors.plan, citations);
  for (const c of citations) {
    const d = c.drift;
    if (!d?.oldRepoPath || (d.baseline.source !== 'mtime' && d.baseline.source !== 'stamp')) continue;
    const blob = await history.readFile(d.baseline.commit.sha, d.oldRepoPath).catch(() => undefined);
    if (!blob || blob.text.length === 0) continue;
    const text = blob.text.replace(/\r\n?/g, '\n');
    anchors.store.put(keys.get(c)!, { path: d.oldRepoPath, ranges: d.ranges.map((r) => [r.old.start, r.old.end]), oid: blobId(text), commit: d.baseline.commit.sha, seen: now }, text);
  }
}
