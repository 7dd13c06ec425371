import type { Rule } from '../../rule';
import { spPlan, spSpec } from './sp-util';

export const rule: Rule = {
  meta: {
    id: 'MP509',
    name: 'create-path-exists',
    severity: 'info',
    description: 'A `Create:` path of a superpowers plan that already exists while no step of its task is ticked.',
    scope: 'plan',
    kinds: ['superpowers'],
    needs: [],
  },
  async check(ctx) {
    const [create, modify] = spSpec(ctx).fileKinds;
    for (const task of spPlan(ctx).tasks) {
      // A ticked step is done: what the task created may well exist now.
      if (task.started) continue;
      for (const f of task.files) {
        if (f.kind !== create) continue;
        const res = await ctx.workspace.resolve(f.path.replace(/^\.\//, ''));
        if (res.kind !== 'ok' || res.viaSuffix) continue;
        ctx.report({
          start: f.start,
          end: f.end,
          message: `${create}: \`${f.path}\` already exists and no step of Task ${task.number} is ticked: list it as ${modify}: (with the lines it changes) if the task edits it, or choose a new path.`,
        });
      }
    }
  },
};
