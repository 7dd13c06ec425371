import type { Rule, RuleContext } from '../../rule';
import type { CodeBlock, PlanModel, Span } from '../../model';
import type { SuperpowersSpec } from '../../plan/profile';
import { codeStart } from '../../plan/gocode';
import { escapeRegExp as escapeRe } from '../../text';
import { spPlan, spSpec } from './sp-util';

/** What to write instead, by the phrase found; a phrase a custom profile adds gets the general advice. */
const ADVICE: [RegExp, string][] = [
  [/^similar to/i, 'repeat the code here: the engineer may read the tasks out of order'],
  [/error handling/i, 'show the code that handles each error: which errors, and what the code returns or logs'],
  [/validation/i, 'show the code that validates: which inputs are refused, and with what error'],
  [/edge cases/i, 'name each edge case and show the code and the test for it'],
  [/tests? for the above/i, 'write the test code itself in a block'],
  [/later|fill in/i, 'write the code or the content now'],
];
const GENERAL = 'write the actual content the engineer needs here';
/** Languages whose line comments start with `#` (others: `//`, `--` for SQL and Lua). */
const HASH_COMMENTS = new Set(['python', 'py', 'bash', 'sh', 'shell', 'zsh', 'ruby', 'rb', 'yaml', 'yml', 'toml', 'perl', 'r', 'dockerfile', 'makefile', 'make', 'ini', 'conf', 'powershell', 'ps1', 'nix', 'elixir', 'tcl']);
const DASH_COMMENTS = new Set(['sql', 'lua', 'haskell', 'hs']);
/** Markdown, text and diffs in a plan are content to copy, not instructions. */
const CONTENT_BLOCKS = new Set(['markdown', 'md', 'text', 'txt', 'diff', 'patch', 'csv', 'json']);

export interface Placeholder {
  start: number;
  end: number;
  found: string;
}

const cache = new WeakMap<PlanModel, Map<SuperpowersSpec, Placeholder[]>>();

/** Every placeholder of the plan, one per line at most (MP506 reports them; MP504 leaves their steps to it). */
export function placeholdersOf(ctx: RuleContext): Placeholder[] {
  const spec = spSpec(ctx);
  let perModel = cache.get(ctx.model);
  if (!perModel) cache.set(ctx.model, (perModel = new Map()));
  let out = perModel.get(spec);
  if (!out) perModel.set(spec, (out = find(ctx, spec)));
  return out;
}

/** What to write instead of a placeholder. */
export function adviceFor(found: string): string {
  return ADVICE.find(([re]) => re.test(found))?.[1] ?? GENERAL;
}

function find(ctx: RuleContext, spec: SuperpowersSpec): Placeholder[] {
  const { model } = ctx;
  const hidden: Span[] = [...model.codeBlocks, ...model.inlineCodes, ...model.comments, ...model.links.filter((l) => model.text.startsWith('http', l.start))];
  const inHidden = (at: number) => hidden.some((h) => h.start <= at && at < h.end);
  // TBD and TODO as written in capitals ("a todo list" is prose); phrases in any case.
  const upper = spec.placeholders.filter((p) => p === p.toUpperCase());
  const phrases = spec.placeholders.filter((p) => p !== p.toUpperCase());
  const patterns = [wordsRe(upper, 'g'), wordsRe(phrases, 'gi')].filter((r): r is RegExp => !!r);
  const out: Placeholder[] = [];
  const lines = new Set<number>();
  const add = (at: number, len: number, found: string) => {
    const line = model.lines.positionAt(at).line;
    if (lines.has(line)) return;
    lines.add(line);
    out.push({ start: at, end: at + len, found: found.replace(/\s+/g, ' ') });
  };
  for (const re of patterns) for (const m of model.text.matchAll(re)) if (!inHidden(m.index!)) add(m.index!, m[0].length, m[0]);
  // Vague instructions are failures where the step shows no code: the code would say how.
  const vague = spec.vagueSteps.length ? new RegExp(`\\b(?:${spec.vagueSteps.join('|')})\\b`, 'gi') : undefined;
  if (vague) {
    for (const task of spPlan(ctx).tasks) {
      const firstStep = task.steps[0]?.start ?? task.end;
      const regions = [{ start: task.heading.end, end: firstStep, code: 0 }, ...task.steps.map((s) => ({ start: s.start, end: s.end, code: s.codeBlocks.length }))];
      for (const r of regions) {
        if (r.code) continue;
        for (const m of model.text.slice(r.start, r.end).matchAll(vague)) if (!inHidden(r.start + m.index!)) add(r.start + m.index!, m[0].length, m[0]);
      }
    }
  }
  for (const block of model.codeBlocks) codeComments(ctx, block, add);
  return out.sort((a, b) => a.start - b.start);
}

export const rule: Rule = {
  meta: {
    id: 'MP506',
    name: 'plan-placeholder',
    severity: 'warning',
    description: 'A placeholder the writing-plans skill calls a plan failure: TBD, TODO, "implement later", or a step that describes instead of showing ("add appropriate error handling", "similar to Task N") without code.',
    scope: 'plan',
    kinds: ['superpowers'],
    needs: [],
  },
  check(ctx) {
    for (const p of placeholdersOf(ctx)) {
      ctx.report({ start: p.start, end: p.end, message: `"${p.found}" is a placeholder, a plan failure by the writing-plans skill: ${adviceFor(p.found)}.` });
    }
  },
};

function wordsRe(list: string[], flags: string): RegExp | undefined {
  if (!list.length) return undefined;
  return new RegExp(`(?<![\\w-])(?:${list.map((p) => escapeRe(p).replace(/\s+/g, '\\s+')).join('|')})(?![\\w-])`, flags);
}

/**
 * A comment in the plan's code that stands in for the code (`// TODO: implement`, `# TBD`): the
 * engineer gets no content. A TODO naming an issue (`TODO(#123)`, `TODO: remove after #456`) is
 * code the plan means to write, and a TODO inside a string is data: neither is reported.
 */
function codeComments(ctx: RuleContext, block: CodeBlock, report: (at: number, len: number, found: string) => void): void {
  const lang = (block.lang ?? '').toLowerCase().split(/[\s{]/)[0];
  if (CONTENT_BLOCKS.has(lang)) return;
  const marker = HASH_COMMENTS.has(lang) ? '#' : DASH_COMMENTS.has(lang) ? '--' : '//';
  const re = new RegExp(`(?:^|\\s)(?:${escapeRe(marker)}|/\\*)\\s*((?:TODO|TBD|FIXME)\\b[^\\n]*|[^\\n]*\\b(?:implement later|fill in (?:the )?details)\\b[^\\n]*)`, 'g');
  const { model } = ctx;
  const first = model.lines.positionAt(codeStart(model, block)).line;
  block.value.split('\n').forEach((text, row) => {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (!m || /#\d+|\bissue\b|\(\w*#?\d+\)/i.test(m[1])) return;
    if (inString(text, m.index)) return;
    const line = Math.min(first + row, model.lines.lineCount - 1);
    const docLine = model.text.slice(model.lines.starts[line], model.lines.lineEnd(line));
    const found = /(TODO|TBD|FIXME|implement later|fill in (?:the )?details)/i.exec(m[1])![1];
    const col = docLine.indexOf(found);
    report(model.lines.starts[line] + Math.max(0, col), found.length, found);
  });
}

/** Whether an odd number of double quotes or backticks precede the position on its line. */
function inString(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return (before.match(/"/g)?.length ?? 0) % 2 === 1 || (before.match(/`/g)?.length ?? 0) % 2 === 1;
}
