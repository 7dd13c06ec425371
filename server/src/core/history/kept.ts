import type { ChildProcess } from 'node:child_process';
import { HistoryUnavailable } from './types';

/**
 * A git process kept open for a run (`cat-file --batch`, `diff-tree --stdin`), tied to its
 * owner: git missing or the process ending is the owner's `fail`, a write to a process that
 * ended is dropped (the exit says it), and idle it keeps no command-line run alive.
 */
export function keepOpen(child: ChildProcess, command: string, fail: (e: Error) => void): ChildProcess {
  child.on('error', (e) => fail((e as NodeJS.ErrnoException).code === 'ENOENT' ? new HistoryUnavailable('git was not found on PATH') : e));
  child.on('exit', () => fail(new HistoryUnavailable(`git ${command} ended`)));
  child.stdin!.on('error', () => undefined);
  child.unref();
  (child.stdout as unknown as { unref?: () => void }).unref?.();
  (child.stdin as unknown as { unref?: () => void }).unref?.();
  return child;
}

/** Ends every question waiting on a kept process with `e`, its timer cleared (the process failed or was closed). */
export function rejectAll(queue: { reject(e: Error): void; timer?: NodeJS.Timeout }[], e: Error): void {
  for (const q of queue.splice(0)) {
    clearTimeout(q.timer);
    q.reject(e);
  }
}
