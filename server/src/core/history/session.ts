import type { Cancellation } from '../types';
import { SharedAnswers } from './shared';
import { NotCached, pairKey, type BlamedLine, type Blob, type CommitInfo, type CommitPair, type FileChange, type History, type LoggedCommit, type RepositoryInfo } from './types';

const FULL_SHA = /^[0-9a-f]{40,64}$/;
/** Lasting answers kept at most (a long-lived server asks about many commits over hours). */
const MAX_LASTING = 4000;

/**
 * History for a long-lived process (the language server): every answer is remembered, so that a
 * check on the typing path can be answered from memory (`cached()`) without starting git.
 * Answers keyed by commit ids never change and are kept (the oldest dropped past a bound); what
 * depends on HEAD, the index, refs or the plan file (HEAD's commit, a ref, `tracked`,
 * `commitBefore`, `isPublished`, `remotes`) is kept until `refresh()` (HEAD moved, a plan was
 * saved). A question in flight is shared by its callers and cancelled only when all of them are.
 */
export class SessionHistory implements History {
  /** Settled answers by key; `lasting` ones survive refresh. */
  private answers = new Map<string, { value: unknown; lasting: boolean }>();
  private inflight = new SharedAnswers<unknown>();
  /** Bumped by refresh: an answer asked before it is not kept after. */
  private generation = 0;

  constructor(private readonly inner: History) {}

  refresh(): void {
    this.generation++;
    for (const [k, a] of this.answers) if (!a.lasting) this.answers.delete(k);
  }

  /** Whether the repository was ever answered: before that a `cached()` check can answer nothing. */
  get known(): boolean {
    return this.answers.has('repository');
  }

  /**
   * A view answering only from what this session remembers: it never starts git, and a question
   * it cannot answer throws `NotCached` (counted in `misses`).
   */
  cached(): History & { misses: number } {
    const session = this;
    const hit = <T>(key: string): Promise<T> => {
      const a = session.answers.get(key);
      if (a) return Promise.resolve(a.value as T);
      view.misses++;
      return Promise.reject(new NotCached(key.split('\0')[0]));
    };
    const view = {
      misses: 0,
      repository: () => hit<RepositoryInfo>('repository'),
      commit: (ref: string) => hit<CommitInfo | undefined>(`commit\0${ref}`),
      blame: (commit: string, file: string) => hit<BlamedLine[] | undefined>(`blame\0${commit}\0${file}`),
      readFile: (commit: string, file: string) => hit<Blob | undefined>(`read\0${commit}\0${file}`),
      async changes(pairs: CommitPair[]) {
        const out = new Map<string, FileChange[]>();
        for (const p of pairs) out.set(pairKey(p), await hit<FileChange[]>(`changes\0${pairKey(p)}`));
        return out;
      },
      commitBefore: (time: number) => hit<CommitInfo | undefined>(`before\0${time}`),
      log: (from: string, to: string, paths: string[]) => hit<LoggedCommit[]>(`log\0${from}\0${to}\0${paths.join('\0')}`),
      tracked: (paths: string[]) => hit<Set<string>>(`tracked\0${paths.join('\0')}`),
      isPublished: (commit: string) => hit<boolean>(`published\0${commit}`),
      mergeBase: (a: string, b: string) => hit<string | undefined>(`mergebase\0${a}\0${b}`),
      remotes: () => hit<string[]>('remotes'),
      dispose: () => undefined,
    };
    return view;
  }

  /** The answer to `key`, from memory or asked once for every caller waiting on it. */
  private async once<T>(key: string, lasting: boolean, token: Cancellation | undefined, ask: (t: Cancellation) => Promise<T>): Promise<T> {
    const a = this.answers.get(key);
    if (a) return a.value as T;
    const generation = this.generation;
    return (await this.inflight.get(`${generation}\0${key}`, token, async (t) => {
      const value = await ask(t);
      if (this.generation === generation) {
        this.answers.set(key, { value, lasting });
        if (lasting) this.bound();
      }
      return value;
    })) as T;
  }

  private bound(): void {
    if (this.answers.size <= MAX_LASTING) return;
    for (const [k, a] of this.answers) {
      if (this.answers.size <= MAX_LASTING * 0.9) break;
      if (a.lasting) this.answers.delete(k);
    }
  }

  repository(token?: Cancellation): Promise<RepositoryInfo> {
    return this.once('repository', true, token, (t) => this.inner.repository(t));
  }
  commit(ref: string, token?: Cancellation): Promise<CommitInfo | undefined> {
    return this.once(`commit\0${ref}`, FULL_SHA.test(ref), token, (t) => this.inner.commit(ref, t));
  }
  blame(commit: string, file: string, token?: Cancellation): Promise<BlamedLine[] | undefined> {
    return this.once(`blame\0${commit}\0${file}`, FULL_SHA.test(commit), token, (t) => this.inner.blame(commit, file, t));
  }
  readFile(commit: string, file: string, token?: Cancellation): Promise<Blob | undefined> {
    return this.once(`read\0${commit}\0${file}`, FULL_SHA.test(commit), token, (t) => this.inner.readFile(commit, file, t));
  }
  async changes(pairs: CommitPair[], token?: Cancellation): Promise<Map<string, FileChange[]>> {
    // Remembered per pair: a later plan (or a later check of fewer citations) asks a subset.
    const out = new Map<string, FileChange[]>();
    const todo: CommitPair[] = [];
    for (const p of pairs) {
      const a = this.answers.get(`changes\0${pairKey(p)}`);
      if (a) out.set(pairKey(p), a.value as FileChange[]);
      else todo.push(p);
    }
    if (todo.length === 0) return out;
    const key = todo.map(pairKey).sort().join('\0');
    const generation = this.generation;
    const got = (await this.inflight.get(`${generation}\0changes\0${key}`, token, (t) => this.inner.changes(todo, t))) as Map<string, FileChange[]>;
    for (const p of todo) {
      const list = got.get(pairKey(p)) ?? [];
      out.set(pairKey(p), list);
      const lasting = FULL_SHA.test(p.from) && FULL_SHA.test(p.to);
      if (lasting || this.generation === generation) this.answers.set(`changes\0${pairKey(p)}`, { value: list, lasting });
    }
    this.bound();
    return out;
  }
  commitBefore(time: number, token?: Cancellation): Promise<CommitInfo | undefined> {
    return this.once(`before\0${time}`, false, token, (t) => this.inner.commitBefore(time, t));
  }
  log(from: string, to: string, paths: string[], token?: Cancellation): Promise<LoggedCommit[]> {
    return this.once(`log\0${from}\0${to}\0${paths.join('\0')}`, FULL_SHA.test(from) && FULL_SHA.test(to), token, (t) => this.inner.log(from, to, paths, t));
  }
  tracked(paths: string[], token?: Cancellation): Promise<Set<string>> {
    return this.once(`tracked\0${paths.join('\0')}`, false, token, (t) => this.inner.tracked(paths, t));
  }
  isPublished(commit: string, token?: Cancellation): Promise<boolean> {
    return this.once(`published\0${commit}`, false, token, (t) => this.inner.isPublished(commit, t));
  }
  mergeBase(a: string, b: string, token?: Cancellation): Promise<string | undefined> {
    return this.once(`mergebase\0${a}\0${b}`, FULL_SHA.test(a) && FULL_SHA.test(b), token, (t) => this.inner.mergeBase(a, b, t));
  }
  remotes(token?: Cancellation): Promise<string[]> {
    return this.once('remotes', false, token, (t) => this.inner.remotes(t));
  }
  dispose(): void {
    this.inner.dispose();
  }
}
