import type { Rule } from '../../rule';
import type { TaskPart } from '../../plan/profile';
import type { Task } from '../../plan/micro';
import { listIds, microFor, microSpec } from './micro-util';

const NAMES: Record<TaskPart, string> = { files: 'Files', test: 'Test', impl: 'Impl (or implementation steps)', verify: 'Verify (a command to run and its expected result)', commit: 'Commit' };

export const rule: Rule = {
  meta: {
    id: 'MP203',
    name: 'task-anatomy',
    severity: 'warning',
    description: 'A task without a part the template requires: Files, Test, Impl or steps, Verify, Commit.',
    scope: 'plan',
    kinds: ['micro'],
    needs: ['plan-structure'],
  },
  check(ctx) {
    const { tasks } = microFor(ctx);
    const required = microSpec(ctx).taskParts;
    const tested: Task[] = [];
    for (const t of tasks) {
      const missing = required.filter((p) => !t.parts.has(p) && !excused(p, t, tested));
      if (t.parts.has('test')) tested.push(t);
      if (!missing.length) continue;
      ctx.report({ start: t.heading.start, end: t.heading.end, message: `Task ${t.number} has no ${listIds(missing.map((p) => NAMES[p]))}.` });
    }
  },
};

/**
 * Parts a task may leave out: a task that changes no Go code (docs, CLAUDE.md) needs no test and no
 * test run; a task that only writes tests needs no implementation (and, when it runs them expecting
 * a failure, no passing run); a task whose failing test an earlier task serving the same contract
 * wrote (TDD split over two tasks) needs no test of its own.
 */
function excused(part: TaskPart, t: Task, tested: Task[]): boolean {
  if ((part === 'test' || part === 'verify') && !t.touchesGo) return true;
  if (part === 'impl' && t.testOnly && t.parts.has('test')) return true;
  // TDD split: the test-only task runs its test expecting it to fail; a later task makes it pass.
  if (part === 'verify' && t.testOnly && t.failingRun) return true;
  if (part === 'test' && tested.some((e) => e.contracts.some((c) => t.contracts.includes(c)))) return true;
  return false;
}
