import type { Rule } from '../../rule';
import { specKitSections } from '../../plan/speckit';
import { titleRange } from './speckit-util';

/** Which template each document kind follows, for the message. */
const TEMPLATE: Record<string, string> = {
  'spec-kit-spec': 'spec-template.md',
  'spec-kit-plan': 'plan-template.md',
  'spec-kit-tasks': 'tasks-template.md',
  'spec-kit-checklist': 'checklist-template.md',
};

export const rule: Rule = {
  meta: {
    id: 'MP401',
    name: 'spec-kit-section-missing',
    severity: 'warning',
    description: "A section the spec-kit template requires (the profile's required sections) is absent.",
    scope: 'plan',
    kinds: ['spec-kit-spec', 'spec-kit-plan', 'spec-kit-tasks', 'spec-kit-checklist'],
    needs: [],
  },
  check(ctx) {
    const { sections } = specKitSections(ctx.model, ctx.profile);
    const present = new Set(sections.map((s) => s.spec));
    const template = TEMPLATE[ctx.profile.kind] ?? 'its template';
    for (const spec of ctx.profile.sections) {
      if (!spec.required || present.has(spec)) continue;
      ctx.report({
        ...titleRange(ctx),
        message: `The "${spec.title}" section is missing: ${template} requires it. Add "## ${spec.title}"${spec.aliases.length ? ` (or "## ${spec.aliases[0]}")` : ''} with its content.`,
      });
    }
  },
};
