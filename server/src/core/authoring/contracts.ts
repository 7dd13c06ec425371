/** "Insert module contract": a building block with the profile's contract fields, placed in the concept model. */
import type { PlanModel } from '../model';
import type { Profile } from '../plan/profile';
import type { PlanStructure } from '../plan/structure';
import { buildingBlocks } from '../plan/blocks';
import { escapeChoice, escapeSnippetText } from './snippet';
import { atCursorLine, atRegionEnd, type Insertion } from './place';

const HINTS: Record<string, string> = {
  OBSERVES: 'the state this module reads',
  CONTROLS: 'the decisions this module makes',
  OWNS: 'the mutable state it alone manages',
  INVARIANTS: 'INV-1 (what must always hold)',
  EVENTS: 'EventName',
  'EXTENSION FRICTION': 'N files to add one more variant',
};

export interface ContractOptions {
  /** The block's number in the plan's numbering (`**4. Name**`), if the plan numbers its blocks. */
  number?: number;
  name?: string;
  /** `heading`: `#### Name` titles at this depth; default a bold line. */
  headingDepth?: number;
}

/** Snippet text of a building block with its module contract. */
export function contractSnippet(profile: Profile, o: ContractOptions = {}): string {
  let n = 1;
  const next = () => n++;
  const name = `\${${next()}:${escapeSnippetText(o.name ?? 'Block Name')}}`;
  const resp = `\${${next()}:One-sentence responsibility.}`;
  const out: string[] = [];
  if (o.headingDepth) out.push(`${'#'.repeat(o.headingDepth)} ${o.number !== undefined ? `${o.number}. ` : ''}${name}`, '', resp, '');
  else out.push(`**${o.number !== undefined ? `${o.number}. ` : ''}${name}** — ${resp}`);
  for (const f of profile.contractFields) {
    const hint = `\${${next()}:${escapeSnippetText(HINTS[f.toUpperCase()] ?? f.toLowerCase())}}`;
    if (f.toUpperCase() === 'EVENTS' && profile.eventClasses.length) {
      out.push(`- ${escapeSnippetText(f)}: ${hint} (\${${next()}|${profile.eventClasses.map(escapeChoice).join(',')}|})`);
    } else out.push(`- ${escapeSnippetText(f)}: ${hint}`);
  }
  return out.join('\n') + '$0';
}

export interface ContractPlan {
  options: ContractOptions;
  insertion: Insertion;
}

/**
 * Where a new block goes: at the cursor when it is in the concept model (after the block holding it),
 * else after the last block, else at the end of the Building Blocks subsection or of the concept model.
 * Numbered like the plan's blocks (`**3. Name**` -> 4), titled like them (bold line or heading).
 */
export function planContract(model: PlanModel, plan: PlanStructure, offset: number): ContractPlan {
  const r = buildingBlocks(model, plan);
  const blocks = r.blocks;
  const numbered = blocks.length > 0 && blocks.every((b) => /^\s*\d+[.)]/.test(b.title) || /^\*\*\d+[.)]/.test(model.text.slice(b.titleSpan.start, b.titleSpan.start + 6)));
  const headings = blocks.length > 0 && blocks.every((b) => b.titleForm === 'heading');
  let headingDepth: number | undefined;
  if (headings) {
    const h = model.headings.find((x) => x.start === blocks[0].titleSpan.start || (x.start <= blocks[0].titleSpan.start && blocks[0].titleSpan.start < x.end));
    headingDepth = h?.depth ?? 4;
  }
  const options: ContractOptions = { number: numbered || blocks.length === 0 ? blocks.length + 1 : undefined, headingDepth };
  const section = r.section ?? plan.byRole('concept-model');
  let insertion: Insertion;
  const inSection = section && offset >= section.bodyStart && offset <= section.end;
  const holding = blocks.find((b) => b.start <= offset && offset <= b.end);
  if (inSection && holding) insertion = atRegionEnd(model.text, holding.start, holding.end, `after building block ${holding.name}`);
  else if (inSection) insertion = atCursorLine(model.text, offset, 'at the cursor');
  else if (blocks.length) {
    const last = blocks[blocks.length - 1];
    insertion = atRegionEnd(model.text, last.start, last.end, `after building block ${last.name}`);
  } else if (r.scope && section) insertion = atRegionEnd(model.text, r.scope.start, r.scope.end, 'at the end of the building blocks');
  else if (section) insertion = atRegionEnd(model.text, section.bodyStart, section.end, `at the end of section ${section.letter || section.title}`);
  else insertion = atCursorLine(model.text, offset, 'at the cursor (the plan has no concept model section)');
  return { options, insertion };
}
