import type { Rule } from '../../rule';
import * as path from 'node:path';
import { specTasks } from '../../plan/speckit';
import { pathKind, type PathKind } from '../../plan/speckit-folder';
import { closeBy } from './speckit-util';

export const rule: Rule = {
  meta: {
    id: 'MP411',
    name: 'task-file-missing',
    severity: 'warning',
    description: 'A file a spec-kit task modifies that does not exist and that no earlier task creates.',
    scope: 'plan',
    kinds: ['spec-kit-tasks'],
    needs: [],
  },
  async check(ctx) {
    const memo = new Map<string, Promise<PathKind>>();
    const mentioned = new Set<string>();
    for (const t of specTasks(ctx.model)) {
      for (const p of t.paths) {
        const earlier = mentioned.has(p.path);
        mentioned.add(p.path);
        // Only a task whose verb changes a file (Update, Add ... to, Modify) claims it exists;
        // the first task naming a new file in any other way ("Implement X in a/b.go") creates it.
        if (!t.modifies || earlier || t.done) continue;
        if (await pathKind(ctx.workspace, p.path, memo)) continue;
        // A file in a folder that is not here either belongs to another checkout or a new tree.
        const dir = path.posix.dirname(p.path);
        if (dir === '.' || (await pathKind(ctx.workspace, dir, memo)) !== 'dir') continue;
        const near = await closeBy(ctx.workspace, p.path);
        ctx.report({
          start: p.start, end: p.end,
          message: `${t.id ?? 'This task'} changes ${p.path}, which does not exist and which no earlier task creates: correct the path${near ? ` (${near}?)` : ''}, or say the task creates it ("${p.path} (new file)").`,
        });
      }
    }
  },
};
