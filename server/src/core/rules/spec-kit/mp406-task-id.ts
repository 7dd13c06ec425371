import type { Rule } from '../../rule';
import { specTasks, taskOrder } from '../../plan/speckit';
import { lineOf } from './speckit-util';

export const rule: Rule = {
  meta: {
    id: 'MP406',
    name: 'task-id',
    severity: 'error',
    description: 'A spec-kit task id (T###, sub-ids such as T007a allowed) used twice, or lower than the task before it.',
    scope: 'plan',
    kinds: ['spec-kit-tasks'],
    needs: [],
  },
  check(ctx) {
    const tasks = specTasks(ctx.model).filter((t) => t.id && t.idSpan);
    const first = new Map<string, number>();
    const used = new Set(tasks.map((t) => t.id!));
    const width = Math.max(3, ...tasks.map((t) => String(t.number).length));
    let prev: (typeof tasks)[number] | undefined;
    for (const t of tasks) {
      const at = first.get(t.id!);
      if (at !== undefined) {
        let sub = 'a';
        while (used.has(`${prev?.id ?? t.id}${sub}`) && sub < 'z') sub = String.fromCharCode(sub.charCodeAt(0) + 1);
        let n = Math.max(...tasks.map((x) => x.number)) + 1;
        while (used.has(`T${String(n).padStart(width, '0')}`)) n++;
        const after = prev && !prev.suffix ? ` or ${prev.id}${sub} (a sub-id after ${prev.id})` : '';
        ctx.report({ ...t.idSpan!, message: `${t.id} is already the id of the task on line ${lineOf(ctx, at)}: dependencies and checkpoints name tasks by id. Give this task a free id, T${String(n).padStart(width, '0')}${after}.` });
      } else {
        first.set(t.id!, t.start);
        if (prev && taskOrder(t) < taskOrder(prev)) {
          ctx.report({ ...t.idSpan!, severity: 'warning', message: `${t.id} comes after ${prev.id}: tasks are numbered in the order they are written (the order they run). Renumber it, or move it after the tasks numbered below it.` });
        }
      }
      prev = t;
    }
  },
};
