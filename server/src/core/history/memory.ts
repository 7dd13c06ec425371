import { createHash } from 'node:crypto';
import { isSourcePath } from '../lang/paths';
import type { Cancellation } from '../types';
import { throwIfCancelled } from '../types';
import { diffLines, splitLines } from './linediff';
import { HistoryUnavailable, pairKey, type BlamedLine, type Blob, type CommitInfo, type CommitPair, type FileChange, type History, type LoggedCommit, type RepositoryInfo } from './types';

/** One commit of a `MemoryHistory`: the files it writes (null deletes) and renames. */
export interface MemoryCommit {
  /** Files written by this commit, by repository path; `null` deletes the file. */
  files?: Record<string, string | null>;
  /** Renames made by this commit (applied before `files`). */
  renames?: Record<string, string>;
  subject?: string;
  /** ms since the epoch; default: one day after the previous commit. */
  time?: number;
  /** Tags naming this commit. */
  tags?: string[];
}

export interface MemoryHistoryOptions {
  root: string;
  commits: MemoryCommit[];
  shallow?: boolean;
  /** Paths in the index (default: every file at the last commit). */
  tracked?: string[];
  /** Commits on a remote-tracking branch, by index (default: none). */
  published?: number[];
  remotes?: string[];
  /** Makes every question fail as if git were missing. */
  unavailable?: string;
}

interface Snapshot {
  info: CommitInfo;
  files: Map<string, string>;
  /** path at this commit -> path at the parent, for files renamed by this commit. */
  renamedFrom: Map<string, string>;
  tags: string[];
}

/**
 * A linear history held in memory, for tests: the same answers as `GitHistory` would give for a
 * repository built by the same commits (diffs by the same line differ, renames only as declared).
 */
export class MemoryHistory implements History {
  private readonly snaps: Snapshot[] = [];
  /** Every question asked, in order: tests assert how many were needed. */
  readonly calls: string[] = [];

  constructor(private readonly opts: MemoryHistoryOptions) {
    let files = new Map<string, string>();
    let time = Date.UTC(2026, 0, 1);
    opts.commits.forEach((c, i) => {
      files = new Map(files);
      const renamedFrom = new Map<string, string>();
      for (const [from, to] of Object.entries(c.renames ?? {})) {
        const text = files.get(from);
        if (text === undefined) continue;
        files.delete(from);
        files.set(to, text);
        renamedFrom.set(to, from);
      }
      for (const [p, text] of Object.entries(c.files ?? {})) {
        if (text === null) files.delete(p);
        else files.set(p, text);
      }
      time = c.time ?? time + 86_400_000;
      const sha = createHash('sha1').update(`commit ${i}`).digest('hex');
      const parents = i === 0 ? [] : [this.snaps[i - 1].info.sha];
      this.snaps.push({ info: { sha, time, subject: c.subject ?? `commit ${i}`, parents }, files, renamedFrom, tags: c.tags ?? [] });
    });
  }

  /** The id of the commit at an index (negative counts from the end). */
  sha(index: number): string {
    return this.snaps[index < 0 ? this.snaps.length + index : index].info.sha;
  }

  private ask(what: string, token?: Cancellation): void {
    throwIfCancelled(token);
    this.calls.push(what);
    if (this.opts.unavailable) throw new HistoryUnavailable(this.opts.unavailable);
  }

  private find(ref: string): number {
    if (ref === 'HEAD') return this.snaps.length - 1;
    const m = /^(.*)~(\d+)$/.exec(ref);
    if (m) {
      const i = this.find(m[1]);
      return i < 0 ? -1 : Math.max(-1, i - Number(m[2]));
    }
    if (ref.length >= 4 && /^[0-9a-f]+$/.test(ref)) {
      const hits = this.snaps.map((s, i) => (s.info.sha.startsWith(ref) ? i : -1)).filter((i) => i >= 0);
      if (hits.length === 1) return hits[0];
    }
    return this.snaps.findIndex((s) => s.tags.includes(ref));
  }

  async repository(token?: Cancellation): Promise<RepositoryInfo> {
    this.ask('repository', token);
    return { root: this.opts.root, shallow: !!this.opts.shallow };
  }

  async commit(ref: string, token?: Cancellation): Promise<CommitInfo | undefined> {
    this.ask('commit', token);
    const i = this.find(ref);
    return i < 0 ? undefined : { ...this.snaps[i].info };
  }

  async blame(commit: string, path: string, token?: Cancellation): Promise<BlamedLine[] | undefined> {
    this.ask('blame', token);
    const end = this.find(commit);
    if (end < 0 || !this.snaps[end].files.has(path)) return undefined;
    // Walk back the path through renames, then forward assigning each line its commit.
    const names: string[] = [];
    let name = path;
    for (let i = end; i >= 0; i--) {
      names[i] = name;
      name = this.snaps[i].renamedFrom.get(name) ?? name;
    }
    let origin: BlamedLine[] = [];
    let prev: string[] = [];
    for (let i = 0; i <= end; i++) {
      const text = this.snaps[i].files.get(names[i]);
      if (text === undefined) {
        origin = [];
        prev = [];
        continue;
      }
      // The version this commit changed: the parent's, unless the file is new here.
      const before = i > 0 ? this.snaps[i].renamedFrom.get(names[i]) ?? names[i] : undefined;
      const previous = before !== undefined && this.snaps[i - 1].files.has(before) ? { commit: this.snaps[i - 1].info.sha, path: before } : undefined;
      const lines = splitLines(text);
      const next: BlamedLine[] = [];
      let oi = 0;
      let ni = 0;
      for (const h of diffLines(prev, lines)) {
        while (ni < h.newStart - 1) next[ni++] = origin[oi++];
        for (let k = 0; k < h.newCount; k++, ni++) next[ni] = { commit: this.snaps[i].info.sha, line: ni + 1, path: names[i], ...(previous ? { previous } : {}) };
        oi += h.oldCount;
      }
      while (ni < lines.length) next[ni++] = origin[oi++];
      origin = next;
      prev = lines;
    }
    return origin;
  }

  async readFile(commit: string, path: string, token?: Cancellation): Promise<Blob | undefined> {
    this.ask('readFile', token);
    const i = this.find(commit);
    const text = i < 0 ? undefined : this.snaps[i].files.get(path);
    return text === undefined ? undefined : { oid: createHash('sha1').update(`blob ${text}`).digest('hex'), text };
  }

  async changes(pairs: CommitPair[], token?: Cancellation): Promise<Map<string, FileChange[]>> {
    this.ask('changes', token);
    const out = new Map<string, FileChange[]>();
    for (const p of pairs) {
      const a = this.find(p.from);
      const b = this.find(p.to);
      if (a < 0 || b < 0) continue;
      out.set(pairKey(p), this.diff(a, b));
    }
    return out;
  }

  private diff(a: number, b: number, only?: Set<string>): FileChange[] {
    const from = this.snaps[a].files;
    const to = this.snaps[b].files;
    // Follow each old path forward through the declared renames.
    const newName = new Map<string, string>();
    for (const p of from.keys()) {
      let name = p;
      for (let i = a + 1; i <= b; i++) {
        for (const [n, o] of this.snaps[i].renamedFrom) if (o === name) { name = n; break; }
      }
      newName.set(p, name);
    }
    const out: FileChange[] = [];
    const reached = new Set<string>();
    for (const [p, text] of from) {
      if (!isSourcePath(p)) continue;
      const np = newName.get(p)!;
      const now = to.get(np);
      if (now === undefined) {
        out.push({ oldPath: p, hunks: [{ oldStart: 1, oldCount: splitLines(text).length, newStart: 1, newCount: 0 }] });
        continue;
      }
      reached.add(np);
      const hunks = diffLines(splitLines(text), splitLines(now));
      if (hunks.length || np !== p) out.push({ oldPath: p, newPath: np, hunks });
    }
    for (const [p, text] of to) {
      if (isSourcePath(p) && !reached.has(p)) out.push({ newPath: p, hunks: [{ oldStart: 1, oldCount: 0, newStart: 1, newCount: splitLines(text).length }] });
    }
    return only ? out.filter((c) => (c.oldPath && only.has(c.oldPath)) || (c.newPath && only.has(c.newPath))) : out;
  }

  async commitBefore(time: number, token?: Cancellation): Promise<CommitInfo | undefined> {
    this.ask('commitBefore', token);
    for (let i = this.snaps.length - 1; i >= 0; i--) if (this.snaps[i].info.time <= time) return { ...this.snaps[i].info };
    return undefined;
  }

  async log(from: string, to: string, paths: string[], token?: Cancellation): Promise<LoggedCommit[]> {
    this.ask('log', token);
    const a = this.find(from);
    const b = this.find(to);
    const out: LoggedCommit[] = [];
    const only = new Set(paths);
    for (let i = a + 1; i <= b && a >= 0; i++) {
      const changes = this.diff(i - 1, i, only);
      if (changes.length) out.push({ ...this.snaps[i].info, changes });
    }
    return out;
  }

  async tracked(paths: string[], token?: Cancellation): Promise<Set<string>> {
    this.ask('tracked', token);
    const all = new Set(this.opts.tracked ?? this.snaps[this.snaps.length - 1]?.files.keys() ?? []);
    return new Set(paths.filter((p) => all.has(p)));
  }

  async isPublished(commit: string, token?: Cancellation): Promise<boolean> {
    this.ask('isPublished', token);
    const i = this.find(commit);
    return i >= 0 && (this.opts.published ?? []).includes(i);
  }

  async mergeBase(a: string, b: string, token?: Cancellation): Promise<string | undefined> {
    this.ask('mergeBase', token);
    const i = Math.min(this.find(a), this.find(b));
    return i < 0 ? undefined : this.snaps[i].info.sha;
  }

  async remotes(token?: Cancellation): Promise<string[]> {
    this.ask('remotes', token);
    return this.opts.remotes ?? [];
  }

  dispose(): void {
    // nothing held
  }
}
