import type { Rule, RuleContext } from '../../rule';
import type { CodeBlock } from '../../model';
import { codeStart } from '../../plan/gocode';
import { editDistance } from '../../suggest';
import { escapeRegExp } from '../../text';
import { goIdentMissed, goIdents, type GoIdents } from '../../goidents';
import { isBuiltin, planGo, type GoUse, type PlanGo } from './go-names';
import { spPlan, spSpec } from './sp-util';
import { isSubmodule, moduleFile, planPython } from './py-imports';

export const rule: Rule = {
  meta: {
    id: 'MP507',
    name: 'name-undefined',
    severity: 'warning',
    description: "A function, method, field or type a superpowers plan's Go code uses (or its Python imports from the workspace's modules) that no task's code defines and the workspace does not declare (the skill's type-consistency check).",
    scope: 'plan',
    kinds: ['superpowers'],
    needs: [],
  },
  async check(ctx) {
    await checkPython(ctx);
    const go = await planGo(ctx.model);
    if (!go.uses.length) return;
    let ws: GoIdents | undefined;
    const workspace = async () => (ws ??= await goIdents(ctx.workspace));
    const known = async (name: string) => go.declared.has(name) || isBuiltin(name) || (await workspace()).idents.has(name);
    const reported = new Set<string>();
    for (const u of go.uses) {
      const key = `${u.via ?? ''}.${u.name}`;
      if (reported.has(key) || go.declared.has(u.name) || isBuiltin(u.name)) continue;
      const subject = await subjectOf(ctx, go, u, workspace);
      if (!subject || (await known(u.name))) continue;
      reported.add(key);
      goIdentMissed(ctx.workspace);
      ctx.report({ ...spanOf(ctx, u), message: `${subject}, but no task's code defines it and the workspace does not declare it.${hint(ctx, go.declaredAt, u.name)} Use the name the defining task gives, or add the code that defines it to the task that first needs it.` });
    }
  },
};

/** `from csvstat.stats import median_of`: the workspace's module, and no task defines the name. */
async function checkPython(ctx: RuleContext): Promise<void> {
  const py = planPython(ctx.model);
  if (!py.imports.length) return;
  const create = spSpec(ctx).fileKinds[0];
  const created = new Set(spPlan(ctx).tasks.flatMap((t) => t.files.filter((f) => f.kind === create).map((f) => f.path.replace(/^\.\//, ''))));
  const files = new Map<string, Awaited<ReturnType<typeof moduleFile>>>();
  const reported = new Set<string>();
  for (const imp of py.imports) {
    const key = `${imp.module}.${imp.name}`;
    if (reported.has(key) || py.defined.has(imp.name)) continue;
    if (!files.has(imp.module)) files.set(imp.module, await moduleFile(ctx.workspace, imp.module, created));
    const file = files.get(imp.module);
    if (!file || (file.text !== undefined && new RegExp(`\\b${escapeRegExp(imp.name)}\\b`).test(file.text))) continue;
    if (await isSubmodule(ctx.workspace, imp.module, imp.name, created)) continue;
    reported.add(key);
    const where = file.text === undefined ? `a task creates ${imp.module} but no task's code defines it` : `no task's code defines it and ${imp.module} does not declare it`;
    ctx.report({ ...spanOf(ctx, { name: imp.name, block: imp.block, row: imp.row }), message: `\`${imp.name}\` is imported from ${imp.module} here, but ${where}.${hint(ctx, py.defined, imp.name)} Use the name the defining task gives, or add the code that defines it to the task that first needs it.` });
  }
}

/** What the use is, when it is one the plan must define; undefined for a use the check cannot judge. */
async function subjectOf(ctx: RuleContext, go: PlanGo, u: GoUse, workspace: () => Promise<GoIdents>): Promise<string | undefined> {
  if (u.kind === 'call') return go.dotImports.has(u.block) ? undefined : `\`${u.name}()\` is called here`;
  if (u.kind === 'type') return `Type \`${u.name}\` is used here`;
  if (u.kind === 'member' && u.viaType) {
    // `x := NewStore()`: the type NewStore returns, by the plan's code or the workspace's.
    const type = u.viaType.startsWith('call:') ? go.results.get(u.viaType.slice(5)) ?? (await workspace()).results.get(u.viaType.slice(5)) : u.viaType;
    if (!type) return undefined;
    // Only a type whose members are all written down (no embedding) can lack one.
    const closed = go.types.has(type) ? go.types.get(type)! && (await workspace()).types.get(type) !== false : (await workspace()).types.get(type);
    return closed ? `\`${u.via}.${u.name}\` is used here (${u.via} is a ${type})` : undefined;
  }
  if (!u.via || (u.kind === 'member' && go.declared.has(u.via))) return undefined;
  const imported = go.imports.get(u.block)?.get(u.via);
  const ours = imported !== undefined ? isModulePath(imported, (await workspace()).module) : go.packages.has(u.via) || (await workspace()).packages.has(u.via);
  return ours ? `\`${u.via}.${u.name}\` is used here (package ${u.via} is this workspace's)` : undefined;
}

function isModulePath(p: string, module: string | undefined): boolean {
  return !!module && (p === module || p.startsWith(module + '/'));
}

/** The name where it is used: its line in the block, the first whole-word occurrence. */
function spanOf(ctx: RuleContext, u: Pick<GoUse, 'name' | 'block' | 'row'>): { start: number; end: number } {
  const { model } = ctx;
  const line = Math.min(model.lines.positionAt(codeStart(model, u.block)).line + Math.max(0, u.row), model.lines.lineCount - 1);
  const start = model.lines.starts[line];
  const text = model.text.slice(start, model.lines.lineEnd(line));
  const m = new RegExp(`(?<![\\w])${escapeRegExp(u.name)}(?![\\w])`).exec(text);
  return m ? { start: start + m.index, end: start + m.index + u.name.length } : { start, end: model.lines.lineEnd(line) };
}

/** ` Did you mean \`heldUnits\` (defined in Task 1)?` for a name the plan declares that is close to the one used: the same words in another order, or a few letters apart. */
function hint(ctx: RuleContext, declaredAt: ReadonlyMap<string, CodeBlock>, name: string): string {
  const words = wordsOf(name);
  let best: { name: string; score: number } | undefined;
  for (const n of declaredAt.keys()) {
    const d = editDistance(n.toLowerCase(), name.toLowerCase(), 8);
    const sameWords = wordsOf(n) === words;
    if (!sameWords && d > Math.max(2, Math.ceil(name.length / 3))) continue;
    const score = sameWords ? 0 : d;
    if (!best || score < best.score) best = { name: n, score };
  }
  if (!best) return '';
  const task = taskOf(ctx, declaredAt.get(best.name)!);
  return ` Did you mean \`${best.name}\`${task ? ` (defined in Task ${task})` : ''}?`;
}

/** `unitsHeld` and `heldUnits` -> `held units`. */
function wordsOf(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase().split(/\s+/).filter(Boolean).sort().join(' ');
}

function taskOf(ctx: RuleContext, block: CodeBlock): number | undefined {
  return spPlan(ctx).tasks.find((t) => t.start <= block.start && block.start < t.end)?.number;
}
