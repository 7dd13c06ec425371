import type { Rule } from '../../rule';
import { contractIds } from '../../plan/ids';
import { planFor } from './mp111-120-util';

export const rule: Rule = {
  meta: {
    id: 'MP120',
    name: 'contract-ids',
    severity: 'warning',
    description: 'A BC-n or INV-n is defined twice in one scope, referenced and never defined (in the plan or the project\'s id sources), or one line defines several contracts.',
    scope: 'plan',
    kinds: ['macro', 'micro'],
    needs: ['plan-structure', 'project-ids'],
  },
  check(ctx) {
    const { model } = ctx;
    const ids = contractIds(model, planFor(ctx));
    for (const d of ids.duplicates) {
      const where = d.def.scope === 'plan' ? 'in this plan' : `in ${d.def.scope}`;
      ctx.report({
        start: d.def.start,
        end: d.def.end,
        message: `${d.def.id} is defined twice ${where} (first on line ${model.lines.positionAt(d.first.start).line + 1}). Renumber one of them${d.def.kind === 'BC' ? '; a changed contract keeps a note of the old one' : ''}.`,
      });
    }
    for (const m of ids.multi) {
      const names = m.ids.length === 2 ? `${m.ids[0]} and ${m.ids[1]}` : `${m.ids.slice(0, -1).join(', ')} and ${m.ids[m.ids.length - 1]}`;
      // Each later definition moves to a line of its own, with the line's bullet (a paragraph gets a blank line).
      const sep = m.lead.trim() ? `\n${m.lead}` : '\n\n';
      const edits = m.splits.map((at) => ({ start: separatorStart(model.text, m.start, at), end: at, newText: sep }));
      ctx.report({
        start: m.start,
        end: m.end,
        message: `This line defines ${m.ids.length} contracts (${names}). Give each its own line, so each has its own text and can be referenced on its own.`,
        suggestions: [{ title: `Split into ${m.ids.length} lines`, edits }],
      });
    }
    const invs = ids.undefinedIds.filter((u) => u.kind === 'INV');
    // Invariants may be the project's (its standards documents), which the engine prepared.
    const project = invs.length ? ctx.projectIds : undefined;
    // A plan that defines no invariant of its own refers to the project's: with no id source to
    // look in, they cannot be checked (a micro plan's INV-n, a plan read outside its repository).
    const plansOwn = ids.defs.some((d) => d.kind === 'INV');
    for (const u of ids.undefinedIds) {
      if (u.kind === 'INV' && (project?.get(u.id) || (!plansOwn && !project?.files.length))) continue;
      const first = u.uses[0];
      const what = u.kind === 'BC' ? 'behavioural contract' : 'invariant';
      const more = u.uses.length > 1 ? ` (${u.uses.length} mentions)` : '';
      const sources = u.kind === 'INV' && project?.files.length ? `${project.files.slice(0, 3).join(', ')}${project.files.length > 3 ? ', ...' : ''}` : undefined;
      const what2 = sources ? `but the invariant ${u.id} is defined neither in this plan nor in the project's id sources (${sources})` : `but no ${what} ${u.id} is defined in this plan`;
      ctx.report({
        start: first.start,
        end: first.end,
        message: `${u.id} is referenced${more} ${what2}. Define it (\`- ${u.id}: ...\`${u.kind === 'BC' ? (ctx.profile.kind === 'micro' ? ' under Behavioral Contracts' : ' in the PR card') : ' under System Invariants'}), or point to the document that does ("as defined in the design doc").`,
      });
    }
  },
};

/**
 * Where the separator before a later definition starts: the spaces, `;` and `,` before it, and a
 * dash or bullet standing alone between spaces (`x - BC-2: y`, `x — BC-2`), which the new line's
 * own bullet replaces: the line split off leaves no stray punctuation behind.
 */
function separatorStart(text: string, lineStart: number, at: number): number {
  let from = at;
  const skip = () => { while (from > lineStart && /[ \t;,]/.test(text[from - 1])) from--; };
  skip();
  if (from < at && from - 1 > lineStart && /[-–—*+•|]/.test(text[from - 1]) && /[ \t]/.test(text[from - 2])) {
    from--;
    skip();
  }
  return from;
}
