/**
 * Rules whose findings each come from one chunk alone (RuleMeta.reads `chunk`): on a re-check with
 * CheckReuse, such a rule runs only on the chunks whose text changed, each on the chunk's own
 * model (its text, parts and citations in the chunk's offsets), and the other chunks' findings are
 * carried over, moved to where their chunk now sits. A chunk holds whole blocks (chunks.ts), so a
 * rule that reads one citation and the text around it within its paragraph qualifies; one that
 * reads the plan's sections, other citations or the whole text does not.
 */
import type { Diagnostic, Fix } from './types';
import type { CheckedCitation, Report, Rule, RuleContext } from './rule';
import type { ModelChunk } from './model';

/** A finding of a rule from a report, for a text (the document's, or a chunk's). */
export type Diagnose = (r: Report, text: string) => Diagnostic;

/** Findings kept on a chunk's entry, in the chunk's offsets, with the context they were made in. */
interface Kept {
  context: object;
  found: Diagnostic[];
}

/** A chunk's entry with the findings kept on it (the entry lives while the chunk's text is unchanged). */
type WithFindings = ModelChunk['entry'] & { findings?: Map<Rule, Kept> };

/**
 * The rule's findings over every chunk. `checked` holds each of the model's citations as checked
 * (undefined for one not checked), in the model's order; `context` stands for everything else the
 * findings depend on (CheckReuse.chunkContext): a chunk's kept findings are used only under the
 * same one.
 */
export async function checkByChunks(
  rule: Rule,
  chunks: readonly ModelChunk[],
  checked: readonly (CheckedCitation | undefined)[],
  context: object,
  base: Omit<RuleContext, 'model' | 'citations' | 'report' | 'plan' | 'projectIds' | 'history'>,
  diagnose: Diagnose,
): Promise<Diagnostic[]> {
  const out: Diagnostic[] = [];
  let k = 0;
  // Index loops, and an await only for a rule that returns a promise: most chunks are carried,
  // and a keystroke should allocate nothing for them but their moved findings.
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i];
    const part = c.entry.part!;
    const n = part.citations.length;
    const findings = ((c.entry as WithFindings).findings ??= new Map());
    const kept = findings.get(rule);
    let found = kept && kept.context === context ? kept.found : undefined;
    if (!found) {
      const citations: CheckedCitation[] = [];
      for (let j = 0; j < n; j++) {
        const w = checked[k + j];
        // As checkCitations makes them, with the chunk's offsets.
        if (w) citations.push('loaded' in w ? { ...part.citations[j], resolution: w.resolution, loaded: w.loaded } : { ...part.citations[j], resolution: w.resolution });
      }
      const made: Diagnostic[] = [];
      const pending = rule.check({ ...base, model: part, citations, report: (r) => made.push(diagnose(r, part.text)) });
      if (pending) await pending;
      findings.set(rule, { context, found: made });
      found = made;
    }
    k += n;
    for (let j = 0; j < found.length; j++) out.push(c.start === 0 ? found[j] : moved(found[j], c.start));
  }
  return out;
}

function moved(d: Diagnostic, by: number): Diagnostic {
  const fix = (f: Fix): Fix => ({ ...f, edits: f.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) });
  const out: Diagnostic = { ...d, start: d.start + by, end: d.end + by };
  if (d.fix) out.fix = fix(d.fix);
  if (d.suggestions) out.suggestions = d.suggestions.map(fix);
  return out;
}
