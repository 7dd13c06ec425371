import type { Rule } from '../../rule';
import { spPlan, spSpec } from './sp-util';

/** What each header field holds, as the skill asks; a field a custom profile adds gets a generic hint. */
const HINTS: Record<string, string> = {
  goal: 'one sentence describing what this builds',
  architecture: '2-3 sentences about the approach',
  'tech stack': 'the key technologies and libraries',
};

export const rule: Rule = {
  meta: {
    id: 'MP501',
    name: 'superpowers-header',
    severity: 'warning',
    description: 'A superpowers plan whose header lacks its title, the line for agentic workers, or one of Goal, Architecture, Tech Stack.',
    scope: 'plan',
    kinds: ['superpowers'],
    needs: [],
  },
  check(ctx) {
    const spec = spSpec(ctx);
    const { header } = spPlan(ctx);
    const title = header.title;
    const at = title ? { start: title.start, end: title.end } : { start: 0, end: 0 };
    if (!title) ctx.report({ ...at, message: `The plan has no title: start it with \`# <Feature Name> ${spec.titleSuffix}\`.` });
    else if (!title.text.toLowerCase().endsWith(spec.titleSuffix.toLowerCase())) {
      ctx.report({ ...at, severity: 'info', message: `The title "${title.text}" does not end with "${spec.titleSuffix}": write \`# ${title.text} ${spec.titleSuffix}\` as the skill's header does.` });
    }
    if (!header.agentic) {
      ctx.report({ ...at, message: `The header has no line for agentic workers: under the title write \`> **${spec.agenticLine}:** REQUIRED SUB-SKILL: Use superpowers:subagent-driven-development (recommended) or superpowers:executing-plans to implement this plan task-by-task.\`` });
    }
    for (const name of spec.headerFields) {
      const hint = HINTS[name.toLowerCase()] ?? `its ${name.toLowerCase()}`;
      const field = header.fields.find((f) => f.name === name);
      if (!field) ctx.report({ ...at, message: `The header has no **${name}:** line: write \`**${name}:** <${hint}>\` under the title.` });
      else if (!field.value) ctx.report({ start: field.start, end: field.end, message: `**${name}:** is empty: write ${hint} after it.` });
    }
  },
};
