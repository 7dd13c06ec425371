import type { ChildProcess } from 'node:child_process';
import { SOURCE_PATHSPECS } from '../lang/paths';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Cancellation } from '../types';
import { CancelledError } from '../types';
import { SharedAnswers } from './shared';
import { discoverRepository } from './discover';
import { DiffTreeProcess } from './difftree';
import { keepOpen, rejectAll } from './kept';
import { parseBlame, parseCommit, parsePatch, unquotePath } from './gitparse';
import { replayBlames } from './blamelog';
import { HistoryUnavailable, NotARepository, pairKey, type BlamedLine, type Blob, type CommitInfo, type CommitPair, type FileChange, type History, type LoggedCommit, type RepositoryInfo } from './types';

export interface GitHistoryOptions {
  /** A folder inside the repository (the workspace root). */
  cwd: string;
  /** Milliseconds one git call may take before it is killed (default 10 s). */
  timeout?: number;
  /** The git program; default: `git` found on PATH (absolute PATH entries only). */
  git?: string;
  /** PATH to look git up in (default process.env.PATH); tests use it to hide git. */
  searchPath?: string;
  log?: (message: string) => void;
}

/**
 * Options that keep repository configuration from starting programs: a repository's own config
 * can name an fsmonitor hook, external diff drivers, textconv filters, a pager or a signature
 * checker, and any of them runs with the user's rights. Git is only ever asked about objects
 * and refs (never the working tree, whose clean filters are programs too), and never writes.
 */
const SAFE_CONFIG = [
  '-c', 'core.fsmonitor=false',
  '-c', 'core.quotePath=false',
  '-c', 'core.pager=cat',
  '-c', 'color.ui=false',
  '-c', 'diff.external=',
  '-c', 'log.showSignature=false',
  '-c', 'gc.auto=0',
  '-c', 'maintenance.auto=false',
];
const DIFF_SAFE = ['--no-ext-diff', '--no-textconv', '--no-color', '--src-prefix=a/', '--dst-prefix=b/', '--no-relative'];
const MAX_OUTPUT = 256 * 1024 * 1024;
const COMMIT_FORMAT = '--format=%x01%H%x00%ct%x00%s';

/** A ref or path given to git on stdin or as an argument must not smuggle a newline or an option. */
function safeName(s: string): boolean {
  return s.length > 0 && s.length < 4096 && !/[\0\n\r]/.test(s) && !s.startsWith('-');
}

/** node:child_process takes ~3 ms to load: only a run that starts git loads it. */
function childProcess(): typeof import('node:child_process') {
  return require('node:child_process');
}

/** git found on PATH, skipping relative entries (a `git` in the current folder is the workspace's). */
export function findGit(searchPath = process.env.PATH ?? ''): string | undefined {
  for (const dir of searchPath.split(path.delimiter)) {
    if (!dir || !path.isAbsolute(dir)) continue;
    for (const name of process.platform === 'win32' ? ['git.exe', 'git.cmd'] : ['git']) {
      const p = path.join(dir, name);
      try {
        if (fs.statSync(p).isFile()) return p;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  // GIT_DIR, GIT_EXTERNAL_DIFF, GIT_CONFIG_* and friends would redirect or widen what git does.
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GIT_')) env[k] = v;
  env.GIT_OPTIONAL_LOCKS = '0';
  env.GIT_TERMINAL_PROMPT = '0';
  env.GIT_PAGER = 'cat';
  env.LC_ALL = 'C';
  return env;
}

/** History read from the git command line (execFile, never a shell). */
export class GitHistory implements History {
  private readonly cwd: string;
  private readonly timeout: number;
  private readonly gitPath?: string;
  private readonly env = gitEnv();
  private info?: Promise<RepositoryInfo>;
  private batch?: CatFile;
  private diffTree?: DiffTreeProcess;
  private blobs = new Map<string, Blob>();
  /** `commit:path` (a full commit id) -> the blob there, or undefined for no file. */
  private reads = new Map<string, Blob | undefined>();
  private commits = new Map<string, CommitInfo | undefined>();
  private blames = new Map<string, BlamedLine[] | undefined>();
  /** Blames replayed from one log for a run's plans (`blameAhead`), kept for the run. */
  private replayed = new Map<string, BlamedLine[] | undefined>();
  /** HEAD as a command-line run read it once (`holdHead`). */
  private heldHead?: CommitInfo;
  /** Answers in flight, shared by every caller until the last one cancels. */
  private shared = new SharedAnswers<unknown>();
  private diffs = new Map<string, FileChange[]>();
  private disposed = false;

  constructor(opts: GitHistoryOptions) {
    this.cwd = opts.cwd;
    this.timeout = opts.timeout ?? 10_000;
    this.gitPath = opts.git ?? findGit(opts.searchPath);
  }

  private run(args: string[], token?: Cancellation, input?: string, cwd?: string): Promise<string> {
    const git = this.gitPath;
    if (!git) return Promise.reject(new HistoryUnavailable('git was not found on PATH'));
    if (this.disposed) return Promise.reject(new HistoryUnavailable('history was closed'));
    return new Promise((resolve, reject) => {
      let poll: NodeJS.Timeout | undefined;
      // Killed because the token fired: a shared token may be live again by the time git exits.
      let cancelled = false;
      const child = childProcess().execFile(git, ['--no-pager', '--no-optional-locks', ...SAFE_CONFIG, ...args], { cwd: cwd ?? this.cwd, env: this.env, timeout: this.timeout, maxBuffer: MAX_OUTPUT, encoding: 'utf8', windowsHide: true }, (err, stdout, stderr) => {
        if (poll) clearInterval(poll);
        if (cancelled || token?.isCancellationRequested) return reject(new CancelledError());
        if (err) {
          const e = err as NodeJS.ErrnoException & { killed?: boolean; code?: number | string };
          if (e.code === 'ENOENT') return reject(new HistoryUnavailable('git was not found on PATH'));
          if (e.killed) return reject(new HistoryUnavailable(`git ${args[0]} took longer than ${this.timeout} ms`));
          return reject(Object.assign(new Error(String(stderr).trim() || e.message), { gitExit: e.code }));
        }
        resolve(stdout);
      });
      if (token) poll = setInterval(() => {
        if (!token.isCancellationRequested) return;
        cancelled = true;
        child.kill();
      }, 50);
      child.stdin?.on('error', () => undefined);
      child.stdin?.end(input ?? '');
    });
  }

  repository(token?: Cancellation): Promise<RepositoryInfo> {
    if (this.info) return this.info;
    const ask = (t: Cancellation): Promise<string> => {
      // Read from disk in the plain case (one process fewer), as rev-parse would print it.
      const known = this.gitPath && !this.disposed ? discoverRepository(this.cwd) : undefined;
      if (known === null) return Promise.reject(new NotARepository());
      if (known) return Promise.resolve(`${known.root}\n${known.shallow}\n`);
      return this.run(['rev-parse', '--show-toplevel', '--is-shallow-repository'], t);
    };
    return this.shared.get('repository', token, (t) => ask(t).then(
      (out) => {
        const [top, shallow] = out.trim().split('\n');
        let root = top;
        try {
          root = fs.realpathSync(top);
        } catch {
          // keep git's spelling
        }
        const info = { root, shallow: shallow === 'true' };
        this.info = Promise.resolve(info);
        return info;
      },
      (e) => {
        if (e instanceof HistoryUnavailable || e instanceof CancelledError) throw e;
        if (/not a git repository/i.test((e as Error).message)) throw new NotARepository();
        throw new HistoryUnavailable(`git cannot read the repository (${(e as Error).message.split('\n')[0]})`);
      },
    )) as Promise<RepositoryInfo>;
  }

  private async repoRun(args: string[], token?: Cancellation, input?: string): Promise<string> {
    const { root } = await this.repository(token);
    return this.run(args, token, input, root);
  }

  private async cat(spec: string, token?: Cancellation): Promise<{ oid: string; type: string; body: Buffer } | undefined> {
    if (!safeName(spec)) return undefined;
    const { root } = await this.repository(token);
    if (!this.gitPath) throw new HistoryUnavailable('git was not found on PATH');
    if (this.disposed) throw new HistoryUnavailable('history was closed');
    this.batch ??= new CatFile(this.gitPath, root, this.env, this.timeout);
    return this.batch.get(spec, token);
  }

  holdHead(head: CommitInfo): void {
    this.heldHead = head;
  }

  async commit(ref: string, token?: Cancellation): Promise<CommitInfo | undefined> {
    if (ref === 'HEAD' && this.heldHead) return this.heldHead;
    const full = /^[0-9a-f]{40,64}$/.test(ref);
    if (full && this.commits.has(ref)) return this.commits.get(ref);
    const obj = await this.cat(`${ref}^{commit}`, token);
    const info = obj && obj.type === 'commit' ? parseCommit(obj.oid, obj.body.toString('utf8')) : undefined;
    if (info) this.commits.set(info.sha, info);
    else if (full) this.commits.set(ref, undefined);
    bound(this.commits, 5000);
    return info;
  }

  async blame(commit: string, file: string, token?: Cancellation): Promise<BlamedLine[] | undefined> {
    const key = `${commit}\0${file}`;
    if (this.replayed.has(key)) return this.replayed.get(key);
    if (this.blames.has(key)) return this.blames.get(key);
    if (!safeName(commit) || !safeName(file)) return undefined;
    const answer = await this.shared.get(`blame\0${key}`, token, (t) => this.repoRun(['blame', '--porcelain', '--no-textconv', commit, '--', file], t).then(parseBlame, (e) => {
      if (e instanceof HistoryUnavailable || e instanceof CancelledError) throw e;
      return undefined; // no such path at that commit
    })) as BlamedLine[] | undefined;
    // Only commit-keyed answers are kept: HEAD moves.
    if (/^[0-9a-f]{40,64}$/.test(commit)) {
      this.blames.set(key, answer);
      bound(this.blames, 200);
    }
    return answer;
  }

  /**
   * Blames of many files at one commit from one `git log` of them all (blamelog.ts says why the
   * answer is blame's), kept for `blame` to answer from. Files the log cannot answer exactly are
   * left out, and all of them when the history has a merge, blame is told to ignore revisions,
   * or the clone is shallow: `blame` asks git then, as it would have. Returns the paths answered.
   */
  async blameAhead(commit: string, files: readonly string[], token?: Cancellation): Promise<Set<string>> {
    const answered = new Set<string>();
    const paths = [...new Set(files.filter(safeName))];
    if (!/^[0-9a-f]{40,64}$/.test(commit) || paths.length === 0) return answered;
    try {
      if ((await this.repository(token)).shallow) return answered;
      const specs = paths.map((p) => `:(literal)${p}`);
      // Blame's diff: Myers whatever diff.algorithm says (it reads only the indent heuristic's
      // setting, as log does), no hunks joined, the root commit's lines shown, no rename followed.
      const logOptions = ['-c', 'log.follow=false', '-c', 'log.showRoot=true', 'log', '--no-renames', '--format=%x01%H %P'];
      const none = (e: unknown) => {
        if (e instanceof CancelledError) throw e;
        return '';
      };
      const [log, raw, ignores] = await Promise.all([
        // Every merge shown (--full-history), against each parent (-m, separate whatever log.diffMerges says), parents rewritten to the log's commits.
        this.repoRun(['-c', 'log.diffMerges=separate', ...logOptions, '--reverse', '--topo-order', '--full-history', '--parents', '-m', '--full-index', '-p', '-U0', '--inter-hunk-context=0', '--diff-algorithm=myers', ...DIFF_SAFE, commit, '--', ...specs], token),
        // The same commits' real parents, and what each adds against a parent it also deletes a file against (-m: each parent apart): blame looks for a rename there.
        this.repoRun(['-c', 'log.diffMerges=separate', ...logOptions, '--full-history', '-m', '--raw', '--full-diff', '--no-abbrev', commit, '--', ...specs], token),
        this.repoRun(['config', '--get-all', 'blame.ignoreRevsFile'], token).catch(none),
      ]);
      if (ignores.trim()) return answered;
      const parentsOf = new Map<string, string[]>();
      const renameRisk = new Map<string, Set<string>>();
      for (const chunk of raw.split('\x01').slice(1)) {
        const rows = chunk.split('\n');
        const [sha, ...parents] = rows[0].trim().split(' ');
        parentsOf.set(sha, parents.filter(Boolean));
        const changes = rows.map((r) => /^:[0-7]+ [0-7]+ [0-9a-f]+ [0-9a-f]+ ([A-Z])\d*\t(.*)$/.exec(r)).filter((m) => m !== null);
        if (!changes.some((m) => m[1] === 'D')) continue;
        const risky = renameRisk.get(sha) ?? new Set<string>();
        for (const m of changes) if (m[1] === 'A') risky.add(unquotePath(m[2]));
        renameRisk.set(sha, risky);
      }
      for (const [p, answer] of replayBlames(log, paths, parentsOf, renameRisk)) {
        if (answer && !Array.isArray(answer)) continue;
        this.replayed.set(`${commit}\0${p}`, answer);
        answered.add(p);
      }
    } catch (e) {
      if (e instanceof CancelledError) throw e;
      // Anything else: each file is blamed by git, which reports what is wrong.
    }
    return answered;
  }

  async readFile(commit: string, file: string, token?: Cancellation): Promise<Blob | undefined> {
    // A file at a commit id never changes: the many plans of a run that cite one file at one
    // baseline read it from cat-file once.
    const key = /^[0-9a-f]{40,64}$/.test(commit) ? `${commit}:${file}` : undefined;
    if (this.disposed) throw new HistoryUnavailable('history was closed');
    if (key && this.reads.has(key)) return this.reads.get(key);
    const obj = await this.cat(`${commit}:${file}`, token);
    let blob: Blob | undefined;
    if (obj && obj.type === 'blob') {
      blob = this.blobs.get(obj.oid);
      if (!blob) {
        blob = { oid: obj.oid, text: obj.body.toString('utf8') };
        this.blobs.set(obj.oid, blob);
        bound(this.blobs, 2000);
      }
    }
    if (key) {
      this.reads.set(key, blob);
      bound(this.reads, 4000);
    }
    return blob;
  }

  async changes(pairs: CommitPair[], token?: Cancellation): Promise<Map<string, FileChange[]>> {
    const out = new Map<string, FileChange[]>();
    const todo = new Map<string, CommitPair>();
    for (const p of pairs) {
      const key = pairKey(p);
      const hit = this.diffs.get(key);
      if (hit) out.set(key, hit);
      else if (p.from === p.to) out.set(key, []);
      else if (/^[0-9a-f]{40,64}$/.test(p.from) && /^[0-9a-f]{40,64}$/.test(p.to)) todo.set(p.from, p);
    }
    if (todo.size === 0) return out;
    // One question reads every pair. A stdin line "A B" diffs B -> A and is headed by A, so each
    // pair is asked backwards (headed by its distinct `from`) and turned around here.
    const byTo = new Map<string, CommitPair[]>();
    for (const p of todo.values()) byTo.set(p.to, [...(byTo.get(p.to) ?? []), p]);
    for (const [, group] of byTo) {
      const found = parseDiffTrees(await this.diffTrees(group, token), group);
      for (const p of group) {
        const list = found.get(p.from)!;
        this.diffs.set(pairKey(p), list);
        bound(this.diffs, 500);
        out.set(pairKey(p), list);
      }
    }
    return out;
  }

  /** `git diff-tree --stdin` of `pairs` (backwards), from the process kept for the history. */
  private async diffTrees(pairs: CommitPair[], token?: Cancellation): Promise<string> {
    const input = pairs.map((p) => `${p.from} ${p.to}\n`).join('');
    const { root } = await this.repository(token);
    const git = this.gitPath;
    if (!git) throw new HistoryUnavailable('git was not found on PATH');
    if (this.disposed) throw new HistoryUnavailable('history was closed');
    if (token?.isCancellationRequested) throw new CancelledError();
    const args = ['--no-pager', '--no-optional-locks', ...SAFE_CONFIG, 'diff-tree', '--stdin', '-r', '-M', '-p', '-U0', ...DIFF_SAFE, '--', ...SOURCE_PATHSPECS];
    this.diffTree ??= new DiffTreeProcess(() => childProcess().spawn(git, args, { cwd: root, env: this.env, stdio: ['pipe', 'pipe', 'ignore'], windowsHide: true }), this.timeout);
    const text = await this.diffTree.ask(input);
    // The answer is kept for every later caller even when this one gave up meanwhile.
    if (token?.isCancellationRequested) throw new CancelledError();
    return text;
  }

  async commitBefore(time: number, token?: Cancellation): Promise<CommitInfo | undefined> {
    const out = await this.repoRun(['log', '-1', COMMIT_FORMAT, `--before=${new Date(Math.max(0, time)).toISOString()}`, 'HEAD', '--'], token).catch((e) => {
      if (e instanceof HistoryUnavailable || e instanceof CancelledError) throw e;
      return ''; // no commit yet
    });
    const [sha, ct, subject] = out.replace(/^\x01/, '').replace(/\n$/, '').split('\0');
    return sha ? { sha, time: Number(ct) * 1000, subject: subject ?? '' } : undefined;
  }

  async log(from: string, to: string, paths: string[], token?: Cancellation): Promise<LoggedCommit[]> {
    const safe = paths.filter(safeName);
    if (!safeName(from) || !safeName(to) || safe.length === 0) return [];
    const text = await this.repoRun(['log', '--reverse', '--no-merges', COMMIT_FORMAT, '-p', '-U0', '-M', ...DIFF_SAFE, `${from}..${to}`, '--', ...safe.map((p) => `:(literal)${p}`)], token);
    const out: LoggedCommit[] = [];
    for (const chunk of text.split('\x01').slice(1)) {
      const nl = chunk.indexOf('\n');
      const [sha, ct, subject] = (nl < 0 ? chunk : chunk.slice(0, nl)).split('\0');
      out.push({ sha, time: Number(ct) * 1000, subject: subject ?? '', changes: nl < 0 ? [] : parsePatch(chunk.slice(nl + 1)) });
    }
    return out;
  }

  async tracked(paths: string[], token?: Cancellation): Promise<Set<string>> {
    const safe = paths.filter(safeName);
    if (safe.length === 0) return new Set();
    const out = await this.repoRun(['ls-files', '-z', '--full-name', '--', ...safe.map((p) => `:(literal)${p}`)], token);
    return new Set(out.split('\0').filter(Boolean));
  }

  async isPublished(commit: string, token?: Cancellation): Promise<boolean> {
    if (!/^[0-9a-f]{40,64}$/.test(commit)) return false;
    const out = await this.repoRun(['branch', '-r', '--contains', commit, '--format=%(refname)'], token).catch((e) => {
      if (e instanceof HistoryUnavailable || e instanceof CancelledError) throw e;
      return '';
    });
    return out.trim() !== '';
  }

  /**
   * Whether the working tree is HEAD's: no tracked file modified, staged or deleted, no new file
   * git does not ignore. The command line's quick answer when HEAD is the base.
   */
  async worktreeClean(token?: Cancellation): Promise<boolean> {
    const modified = await this.repoRun(['diff', '--name-only', '-z', ...DIFF_SAFE, 'HEAD', '--'], token);
    if (modified) return false;
    const added = await this.repoRun(['ls-files', '-z', '--others', '--exclude-standard'], token);
    return added === '';
  }

  async mergeBase(a: string, b: string, token?: Cancellation): Promise<string | undefined> {
    if (!safeName(a) || !safeName(b)) return undefined;
    const out = await this.repoRun(['merge-base', a, b], token).catch((e) => {
      if (e instanceof HistoryUnavailable || e instanceof CancelledError) throw e;
      return '';
    });
    return out.trim() || undefined;
  }

  async remotes(token?: Cancellation): Promise<string[]> {
    const out = await this.repoRun(['config', '--get-regexp', '^remote\\..*\\.url$'], token).catch((e) => {
      if (e instanceof HistoryUnavailable || e instanceof CancelledError) throw e;
      return ''; // no remotes: git config exits 1
    });
    return out.split('\n').map((l) => l.slice(l.indexOf(' ') + 1)).filter(Boolean);
  }

  dispose(): void {
    this.disposed = true;
    this.batch?.close();
    this.batch = undefined;
    this.diffTree?.close();
    this.diffTree = undefined;
  }
}

/** A long-lived server keeps one GitHistory for hours: its caches drop their oldest entries. */
function bound<K, V>(map: Map<K, V>, max: number): void {
  while (map.size > max) map.delete(map.keys().next().value as K);
}

/**
 * diff-tree's answer to `group` (each pair asked backwards, headed by its `from`), per `from`.
 * A header is a line that is one of the commits asked (each a full id): a lookup per line, not
 * a pattern, as the patches of old baselines run to hundreds of thousands of lines.
 */
function parseDiffTrees(text: string, group: CommitPair[]): Map<string, FileChange[]> {
  const found = new Map<string, FileChange[]>(group.map((p) => [p.from, []]));
  const pieces: { header: string; start: number }[] = [];
  const lines = text.split('\n');
  lines.forEach((l, i) => { if (found.has(l)) pieces.push({ header: l, start: i }); });
  pieces.forEach((piece, i) => {
    const body = lines.slice(piece.start + 1, i + 1 < pieces.length ? pieces[i + 1].start : lines.length).join('\n');
    found.get(piece.header)!.push(...parsePatch(body).map(reverseChange));
  });
  return found;
}

/** A diff read backwards (new -> old) turned around. */
function reverseChange(c: FileChange): FileChange {
  return { oldPath: c.newPath, newPath: c.oldPath, hunks: c.hunks.map((h) => ({ oldStart: h.newStart, oldCount: h.newCount, newStart: h.oldStart, newCount: h.oldCount })) };
}

interface Pending {
  spec: string;
  resolve(v: { oid: string; type: string; body: Buffer } | undefined): void;
  reject(e: Error): void;
  timer?: NodeJS.Timeout;
}

/** One `git cat-file --batch` kept open: objects are read by writing their names to its stdin. */
class CatFile {
  private child?: ChildProcess;
  private queue: Pending[] = [];
  private buf: Buffer = Buffer.alloc(0);
  /** Names asked this turn of a process, written together (get). */
  private pending?: { child: ChildProcess; names: string[] };

  constructor(private git: string, private cwd: string, private env: NodeJS.ProcessEnv, private timeout: number) {}

  private start(): ChildProcess {
    const child = childProcess().spawn(this.git, ['--no-pager', '--no-optional-locks', ...SAFE_CONFIG, 'cat-file', '--batch'], { cwd: this.cwd, env: this.env, stdio: ['pipe', 'pipe', 'ignore'], windowsHide: true });
    child.stdout!.on('data', (d: Buffer) => {
      this.buf = this.buf.length ? Buffer.concat([this.buf, d]) : d;
      this.drain();
    });
    const fail = (e: Error) => {
      if (this.child !== child) return;
      this.child = undefined;
      this.buf = Buffer.alloc(0);
      rejectAll(this.queue, e);
    };
    return keepOpen(child, 'cat-file', fail);
  }

  get(spec: string, token?: Cancellation): Promise<{ oid: string; type: string; body: Buffer } | undefined> {
    if (token?.isCancellationRequested) return Promise.reject(new CancelledError());
    this.child ??= this.start();
    const child = this.child;
    return new Promise((resolve, reject) => {
      const p: Pending = { spec, resolve, reject };
      p.timer = setTimeout(() => {
        // A stuck process is ended; everything queued on it fails with it.
        child.kill();
      }, this.timeout);
      this.queue.push(p);
      // The names asked in one turn of the event loop go in one write: a run following hundreds
      // of citations asks for their blobs together, and each write is a system call that wakes git.
      let batch = this.pending;
      if (!batch || batch.child !== child) {
        const mine = (batch = this.pending = { child, names: [] });
        process.nextTick(() => {
          if (this.pending === mine) this.pending = undefined;
          if (this.child === child) child.stdin!.write(mine.names.join(''));
        });
      }
      batch.names.push(spec + '\n');
    });
  }

  private drain(): void {
    while (this.queue.length > 0) {
      const nl = this.buf.indexOf(10);
      if (nl < 0) return;
      const header = this.buf.subarray(0, nl).toString('utf8');
      const p = this.queue[0];
      if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
        this.buf = this.buf.subarray(nl + 1);
        this.queue.shift();
        clearTimeout(p.timer);
        p.resolve(undefined);
        continue;
      }
      const [oid, type, size] = header.split(' ');
      const n = Number(size);
      if (this.buf.length < nl + 1 + n + 1) return;
      const body = Buffer.from(this.buf.subarray(nl + 1, nl + 1 + n));
      this.buf = this.buf.subarray(nl + 1 + n + 1);
      this.queue.shift();
      clearTimeout(p.timer);
      p.resolve({ oid, type, body });
    }
  }

  close(): void {
    const child = this.child;
    this.child = undefined;
    rejectAll(this.queue, new HistoryUnavailable('history was closed'));
    child?.stdin?.end();
    child?.kill();
  }
}
