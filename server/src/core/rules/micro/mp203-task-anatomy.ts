import type { Rule } from '../../rule';
import type { TaskPart } from '../../plan/profile';
import type { Task, TaskKind } from '../../plan/micro';
import { listIds, microFor, microSpec, structureFor } from './micro-util';

/** What each missing part is called, and what to write instead. */
const PARTS: Record<TaskPart, { what: string; add: string }> = {
  files: { what: 'Files', add: '`**Files:**` naming each file it creates or modifies' },
  test: { what: 'failing test', add: '`**Test:**` with the test code that fails before the change' },
  impl: { what: 'implementation', add: '`**Impl:**` (or `**Changes:**`) with the complete code' },
  verify: { what: 'Verify', add: '`**Verify:**` with the command to run and its expected result' },
  commit: { what: 'Commit', add: '`**Commit:**` with the commit message (or say which later task commits it)' },
};

/** The parts each kind of task has: a docs task no test, a verification task only its run, an administrative task none. */
const KIND_PARTS: Record<TaskKind, TaskPart[]> = {
  code: ['files', 'test', 'impl', 'verify', 'commit'],
  test: ['files', 'test', 'verify', 'commit'],
  docs: ['files', 'impl', 'commit'],
  verification: ['verify'],
  administrative: [],
};

export const rule: Rule = {
  meta: {
    id: 'MP203',
    name: 'task-anatomy',
    severity: 'warning',
    description: 'A task without a part its kind needs: a code task its Files, failing test, implementation, Verify and Commit; a docs task its Files, change and Commit; a verification task its run.',
    scope: 'plan',
    kinds: ['micro'],
    needs: ['plan-structure'],
  },
  check(ctx) {
    const { tasks } = microFor(ctx);
    const required = microSpec(ctx).taskParts;
    // A single-task plan may name its files in the Implementation Overview above the task.
    const overview = structureFor(ctx).byRole('overview');
    const overviewFiles = tasks.length === 1 && !!overview && /(?:^|[\s`(])(?:[\w.-]+\/)*[\w.-]+\.(?:go|md|ya?ml|json|sh|txt)\b/.test(ctx.model.text.slice(overview.bodyStart, overview.end));
    const tested: Task[] = [];
    tasks.forEach((t, i) => {
      const missing = required.filter((p) => KIND_PARTS[t.kind].includes(p) && !t.parts.has(p) && !excused(p, t, tested, tasks.slice(i + 1), overviewFiles));
      if (t.parts.has('test')) tested.push(t);
      if (!missing.length) return;
      // A code task without its failing test, code or run is a gap a reviewer asks about; the rest is form.
      const gap = (t.kind === 'code' || t.kind === 'test') && missing.some((p) => p === 'test' || p === 'impl' || p === 'verify');
      const parts = missing.map((p) => (t.kind === 'docs' && p === 'impl' ? { what: 'change', add: '`**Changes:**` (or steps) with the text to write' } : PARTS[p]));
      ctx.report({
        start: t.heading.start,
        end: t.heading.end,
        severity: gap ? 'warning' : 'info',
        message: `Task ${t.number} has no ${listIds(parts.map((x) => x.what))}: add ${listIds(parts.map((x) => x.add))}.`,
      });
    });
  },
};

/**
 * Parts a task may leave out: a task that changes no Go code needs no test and no test run; a task
 * that only writes tests needs no implementation (and, when it runs them expecting a failure, no
 * passing run); a task whose failing test an earlier task serving the same contract wrote (TDD split
 * over two tasks) needs no test of its own; a task that a later task commits needs no commit.
 */
function excused(part: TaskPart, t: Task, tested: Task[], later: Task[], overviewFiles: boolean): boolean {
  if ((part === 'test' || (part === 'verify' && t.kind !== 'verification')) && !t.touchesGo) return true;
  if (part === 'impl' && t.testOnly && t.parts.has('test')) return true;
  // TDD split: the test-only task runs its test expecting it to fail; a later task makes it pass.
  if (part === 'verify' && t.testOnly && t.failingRun) return true;
  if (part === 'test' && tested.some((e) => e.contracts.some((c) => t.contracts.includes(c)))) return true;
  if (part === 'files' && overviewFiles) return true;
  if (part === 'commit') return committedLater(t, later);
  return false;
}

/** Whether a later task commits this one's work, as the task or the later commit says. */
function committedLater(t: Task, later: Task[]): boolean {
  const committing = later.filter((l) => l.parts.has('commit'));
  if (!committing.length) return false;
  // "Commit: deferred — single commit with Task 2", "committed together with Task 3".
  if (/\bcommit\w*\b[^.\n]{0,60}\b(?:with|in|by|after)\s+(?:the\s+next\s+task|task\s+\d+)|\b(?:task\s+\d+|next\s+task)\b[^.\n]{0,40}\bcommits?\b/i.test(t.prose)) return true;
  const own = new RegExp(`\\btasks?\\s+(?:\\d+\\s*(?:,|and|&|-|\\u2013)\\s*)*${t.number}\\b`, 'i');
  return committing.some((l) => own.test(l.commitText) || (t.files.length > 0 && t.files.every((f) => l.commitText.includes(f))));
}
