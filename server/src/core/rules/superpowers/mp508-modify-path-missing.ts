import type { Rule } from '../../rule';
import { isPlaceholderPath } from '../../plan/detect';
import { spPlan, spSpec } from './sp-util';

export const rule: Rule = {
  meta: {
    id: 'MP508',
    name: 'modify-path-missing',
    severity: 'error',
    description: 'A `Modify:` path of a superpowers plan that does not exist in the workspace and that no task of the plan creates.',
    scope: 'plan',
    kinds: ['superpowers'],
    needs: ['citations'],
  },
  async check(ctx) {
    const [create, modify] = spSpec(ctx).fileKinds;
    const created = new Set<string>();
    for (const task of spPlan(ctx).tasks) {
      for (const f of task.files) if (f.kind === create) created.add(norm(f.path));
    }
    for (const task of spPlan(ctx).tasks) {
      for (const f of task.files) {
        if (f.kind !== modify || created.has(norm(f.path))) continue;
        // `file.go:123-145` is a citation: the citation rules say whether its file and lines are right.
        if (ctx.citations.some((c) => c.start < f.end && f.start < c.end)) continue;
        const res = await ctx.workspace.resolve(norm(f.path));
        if (res.kind !== 'missing') continue;
        const closest = res.suggestions.length ? ` (closest existing: ${res.suggestions.map((s) => `\`${s}\``).join(', ')})` : '';
        ctx.report({
          start: f.start,
          end: f.end,
          message: isPlaceholderPath(f.path)
            ? `${modify}: \`${f.path}\` is the skill's placeholder: name the real file Task ${task.number} changes.`
            : `${modify}: \`${f.path}\` does not exist${closest}: name the existing file Task ${task.number} changes, or list it as ${create}: if the task creates it.`,
        });
      }
    }
  },
};

function norm(p: string): string {
  return p.replace(/^\.\//, '');
}
