import type { Rule } from '../../rule';
import { specTasks, type Task } from '../../plan/speckit';
import { listed } from './speckit-util';

/**
 * Test files: teams routinely mark tasks that each add their own test functions to one test file [P]
 * (inference-sim's task lists do, 7 times at its head), so there it is template form, said at info.
 */
const TEST_FILE = /(?:_test\.go|_test\.py|(?:^|\/)test_[^/]*\.py|\.(?:test|spec)\.[cm]?[jt]sx?|_test\.rs|\.bats)$|(?:^|\/)tests?\//;

export const rule: Rule = {
  meta: {
    id: 'MP408',
    name: 'parallel-same-file',
    severity: 'warning',
    description: 'Two [P] (parallel) tasks of one phase of a spec-kit task list name the same file.',
    scope: 'plan',
    kinds: ['spec-kit-tasks'],
    needs: [],
  },
  check(ctx) {
    // Per phase and file, the [P] tasks naming it: one finding per file, at the second task.
    const groups = new Map<string, Task[]>();
    for (const t of specTasks(ctx.model)) {
      if (!t.parallel || !t.id) continue;
      for (const p of t.paths) {
        const key = `${t.phase?.start ?? -1}\0${p.path}`;
        const g = groups.get(key);
        if (!g) groups.set(key, [t]);
        else if (!g.includes(t)) g.push(t);
      }
    }
    for (const [key, g] of groups) {
      if (g.length < 2) continue;
      const file = key.slice(key.indexOf('\0') + 1);
      const [firstTask, second, ...more] = g;
      const path = second.paths.find((p) => p.path === file)!;
      const phase = firstTask.phase ? ` in "${firstTask.phase.text}"` : '';
      const others = [second, ...more].map((t) => t.id!);
      ctx.report({
        start: path.start, end: path.end,
        severity: TEST_FILE.test(file) ? 'info' : undefined,
        message: `${listed([firstTask.id!, ...others])} are marked [P]${phase} but ${others.length === 1 ? 'both' : 'all'} name ${file}: parallel tasks must touch different files. Drop [P] from ${listed(others)} so they run after ${firstTask.id}, or split the file.`,
      });
    }
  },
};
