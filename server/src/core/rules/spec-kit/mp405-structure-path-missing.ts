import type { Rule } from '../../rule';
import { specKitSections } from '../../plan/speckit';
import { pathKind, type PathKind } from '../../plan/speckit-folder';
import { treePaths, type TreePath } from './structure-tree';
import { closeBy } from './speckit-util';

export const rule: Rule = {
  meta: {
    id: 'MP405',
    name: 'structure-path-missing',
    severity: 'warning',
    description: "A path of a spec-kit plan's Project Structure that does not exist and is not said to be new.",
    scope: 'plan',
    kinds: ['spec-kit-plan'],
    needs: [],
  },
  async check(ctx) {
    const section = specKitSections(ctx.model, ctx.profile).sections.find((s) => s.spec.role === 'project-structure');
    if (!section) return;
    const headings = ctx.model.headings.filter((h) => h.start > section.heading.start && h.start < section.end);
    const paths: TreePath[] = [];
    for (const block of ctx.model.codeBlocks) {
      if (block.start < section.heading.end || block.start >= section.end) continue;
      // The feature's own documents (research.md, tasks.md ...) are written by later commands.
      const under = headings.filter((h) => h.start < block.start).pop();
      if (under && /\bdocumentation\b/i.test(under.text)) continue;
      // A tree introduced as new ("**New files in `sim/cluster/`:**", "### New package") is new throughout.
      const before = ctx.model.text.slice(Math.max(section.heading.end, block.start - 300), block.start).trimEnd();
      const label = before.slice(before.lastIndexOf('\n') + 1);
      const allNew = /\bnew\b/i.test(label) && !/\b(?:modified|changed|existing)\b/i.test(label);
      paths.push(...treePaths(block, ctx.model.text).filter((p) => !/^\.?\/?specs\//.test(p.path)).map((p) => (allNew ? { ...p, isNew: true } : p)));
    }
    if (paths.length === 0) return;
    const memo = new Map<string, Promise<PathKind>>();
    const kinds = await Promise.all(paths.map((p) => pathKind(ctx.workspace, p.path, memo)));
    // A tree none of whose paths exist describes another checkout, or a project still to be made.
    if (!kinds.some(Boolean)) return;
    const missingDirs: string[] = [];
    for (const [i, p] of paths.entries()) {
      if (kinds[i] || p.isNew) continue;
      // Below a missing folder, the folder's finding says it all.
      if (missingDirs.some((d) => p.path.startsWith(d))) continue;
      if (p.dir) missingDirs.push(p.path);
      const near = await closeBy(ctx.workspace, p.path);
      ctx.report({
        start: p.start, end: p.end,
        message: `${p.path} is not in this workspace: correct the path${near ? ` (${near}?)` : ''}, or mark it new after the name ("${p.path.split('/').filter(Boolean).pop()}${p.dir ? '/' : ''}  # new") when the feature creates it.`,
      });
    }
  },
};
