import type { RuleContext } from '../../rule';
import type { CodeBlock, PlanModel } from '../../model';
import type { DesignSpec, SpeciesSpec } from '../../plan/profile';
import { goSnippet, type GoSnippet } from '../../plan/gocode';
import { speciesLine, type SpeciesLine } from '../../plan/species';

/** The design side of a check: the profile's design spec, the species line and the species it names. */
export interface DesignView {
  spec: DesignSpec;
  line?: SpeciesLine;
  species?: SpeciesSpec;
}

export function designOf(ctx: RuleContext): DesignView | undefined {
  const spec = ctx.profile.design;
  if (!spec) return undefined;
  const line = speciesLine(ctx.model, spec);
  return { spec, line, species: line?.species };
}

/** Where a finding about the whole document goes: its `#` title, else its first line. */
export function documentAnchor(model: PlanModel): { start: number; end: number } {
  const h1 = model.headings.find((h) => h.depth === 1);
  if (h1) return { start: h1.start, end: h1.end };
  return { start: 0, end: model.lines.lineEnd(0) };
}

/** Where a finding about a code block goes: its opening fence line. */
export function fenceLine(model: PlanModel, block: CodeBlock): { start: number; end: number } {
  const nl = model.text.indexOf('\n', block.start);
  return { start: block.start, end: nl < 0 || nl > block.end ? block.end : nl };
}

/**
 * The Go code blocks a design document may not hold (§3.4), each with what it declares. A Decision
 * Record may hold a brief snippet when the decision is about an implementation choice: a block of at
 * most the species' `snippetLines` lines is left alone there.
 */
export async function prohibitedGo(ctx: RuleContext): Promise<{ block: CodeBlock; snippet: GoSnippet }[]> {
  const view = designOf(ctx);
  const brief = view?.species?.snippetLines;
  const out: { block: CodeBlock; snippet: GoSnippet }[] = [];
  for (const block of ctx.model.codeBlocks) {
    const snippet = await goSnippet(block);
    if (!snippet.isGo) continue;
    if (brief && block.value.split('\n').filter((l) => l.trim()).length <= brief) continue;
    out.push({ block, snippet });
  }
  return out;
}

/** `A, B and C`. */
export function listing(names: string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export const GUIDE = 'design-guidelines.md';
