import type { ChildProcess } from 'node:child_process';
import { keepOpen, rejectAll } from './kept';
import { HistoryUnavailable } from './types';

/** Pieces of output shorter than this are joined to the next, so a marker spans at most two. */
const MERGE_BELOW = 256;

interface Asked {
  marker: string;
  resolve(text: string): void;
  reject(e: Error): void;
  timer?: NodeJS.Timeout;
}

/**
 * One `git diff-tree --stdin` kept open for a run: each question is its lines of commit pairs
 * and then a line that is not a commit id, which diff-tree echoes and flushes its output at. A
 * run following many plans asks one diff per plan; starting a process for each cost a spawn of
 * the whole (large) node process, about 17 ms of this thread each, and git's own start-up.
 * The answers are the text the same command gives when started per question.
 */
export class DiffTreeProcess {
  private child?: ChildProcess;
  private queue: Asked[] = [];
  private chunks: Buffer[] = [];
  private size = 0;
  private asked = 0;

  constructor(private start: () => ChildProcess, private timeout: number) {}

  /** The output for `input` (lines "FROM TO\n"), up to the marker that ends it. */
  ask(input: string): Promise<string> {
    this.child ??= this.open();
    const child = this.child;
    // No patch line starts with ':' (-p without --raw), so an echo is found only where it was
    // written. The opening echo puts a line before the end's even when nothing changed.
    const n = ++this.asked;
    const marker = `:macroplan-end-${n}\n`;
    return new Promise((resolve, reject) => {
      const a: Asked = { marker, resolve, reject };
      this.queue.push(a);
      // Timed from when git starts on it: questions are answered in turn.
      if (this.queue.length === 1) this.time(child);
      child.stdin!.write(`:macroplan-open-${n}\n${input}${marker}`);
    });
  }

  /** A question git works on too long ends the process; everything queued fails with it. */
  private time(child: ChildProcess): void {
    const a = this.queue[0];
    if (a) a.timer = setTimeout(() => child.kill(), this.timeout);
  }

  private open(): ChildProcess {
    const child = this.start();
    child.stdout!.on('data', (d: Buffer) => {
      const last = this.chunks[this.chunks.length - 1];
      if (last && last.length < MERGE_BELOW) this.chunks[this.chunks.length - 1] = Buffer.concat([last, d]);
      else this.chunks.push(d);
      this.size += d.length;
      this.drain();
    });
    const fail = (e: Error) => {
      if (this.child !== child) return;
      this.child = undefined;
      this.chunks = [];
      this.size = 0;
      rejectAll(this.queue, e);
    };
    return keepOpen(child, 'diff-tree', fail);
  }

  /**
   * Answers every question whose end has arrived. Output runs to megabytes for old baselines:
   * each piece is searched once, with the end of the piece before it (at least as long as a
   * marker: `open` merges short pieces), and the pieces are joined once, at the answer.
   */
  private drain(): void {
    while (this.queue.length > 0 && this.chunks.length > 0) {
      const a = this.queue[0];
      const end = `\n${a.marker}`;
      const last = this.chunks[this.chunks.length - 1];
      const prev = this.chunks.length > 1 ? this.chunks[this.chunks.length - 2] : undefined;
      const window = prev ? Buffer.concat([prev.subarray(Math.max(0, prev.length - end.length)), last]) : last;
      const at = window.indexOf(end);
      if (at < 0) return;
      const stop = this.size - window.length + at + 1;
      const all = this.chunks.length === 1 ? last : Buffer.concat(this.chunks, this.size);
      const rest = all.subarray(stop + a.marker.length);
      this.chunks = rest.length ? [rest] : [];
      this.size = rest.length;
      this.queue.shift();
      clearTimeout(a.timer);
      if (this.child) this.time(this.child);
      const text = all.subarray(0, stop).toString('utf8');
      // Without the echoed opening line.
      a.resolve(text.slice(text.indexOf('\n') + 1));
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

