/** "Insert risk register row": a row in the plan's risk table, or a new table in the risk section. */
import type { PlanModel, Table } from '../model';
import type { Profile } from '../plan/profile';
import type { PlanStructure } from '../plan/structure';
import { escapeSnippetText } from './snippet';
import { atCursorLine, atRegionEnd, type Insertion } from './place';

const HINTS: Record<string, string> = {
  decision: 'Decision',
  assumption: 'What must be true',
  'validation method': 'Cheap test with measurable success and abort criteria',
  'cost if wrong': 'PR N rework (1 PR)',
  gate: 'Before PR N merge',
  'cost of being wrong': 'PR N rework (1 PR)',
  validation: 'Cheap test with measurable success criteria',
  'abort plan': 'What changes if validation fails',
};

const headerKey = (s: string) => s.toLowerCase().replace(/[*_`]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();

/** A snippet row for a table with these column headers. */
export function riskRowSnippet(columns: string[]): string {
  const cells = columns.map((c, i) => `\${${i + 1}:${escapeSnippetText(HINTS[headerKey(c)] ?? (headerKey(c) || '...'))}}`);
  return `| ${cells.join(' | ')} |$0`;
}

/** A snippet of a whole risk table with the profile's columns and one row. */
export function riskTableSnippet(profile: Profile): string {
  const cols = profile.tables.risks;
  return [`| ${cols.map(escapeSnippetText).join(' | ')} |`, `|${cols.map(() => '---').join('|')}|`, riskRowSnippet(cols)].join('\n');
}

/** How many of the profile's risk columns a table has. */
function riskScore(t: Table, profile: Profile): number {
  const have = new Set(t.header.map((c) => headerKey(c.text)));
  return profile.tables.risks.filter((c) => have.has(headerKey(c))).length;
}

export interface RiskRowPlan {
  /** `row`: a row into an existing table; `table`: a new table. */
  kind: 'row' | 'table';
  snippet: string;
  insertion: Insertion;
}

/**
 * A row goes into the risk table holding the cursor (after the cursor's row), else at the end of the
 * risk section's register (its table matching most risk columns); with no such table, a new table goes
 * at the end of the risk section (or at the cursor when the plan has no risk section).
 */
export function planRiskRow(model: PlanModel, plan: PlanStructure, offset: number): RiskRowPlan {
  const profile = plan.profile;
  const section = plan.byRole('risks');
  const inSection = (t: Table) => !!section && t.start >= section.start && t.start < section.end;
  const holding = model.tables.find((t) => t.start <= offset && offset <= t.end && (inSection(t) || riskScore(t, profile) >= 2));
  let table = holding;
  if (!table && section) {
    let best = 0;
    for (const t of model.tables) {
      if (!inSection(t)) continue;
      const s = riskScore(t, profile);
      if (s > best) {
        best = s;
        table = t;
      }
    }
  }
  if (table) {
    const columns = table.header.map((c) => c.text);
    // After the cursor's row; from the header or delimiter row, and from outside the table, after its last row.
    let rowEnd = lineEnd(model.text, Math.max(table.start, table.end - 1));
    if (holding) {
      const line = model.lines.positionAt(offset).line;
      const row = table.rows.find((r) => r.length > 0 && model.lines.positionAt(r[0].start).line === line);
      if (row) rowEnd = lineEnd(model.text, row[0].start);
    }
    return { kind: 'row', snippet: riskRowSnippet(columns), insertion: { offset: rowEnd - (model.text[rowEnd - 1] === '\r' ? 1 : 0), before: '\n', after: '', reason: 'in the risk register table' } };
  }
  const snippet = riskTableSnippet(profile);
  if (section) return { kind: 'table', snippet, insertion: atRegionEnd(model.text, section.bodyStart, section.end, `a new table at the end of section ${section.letter || section.title}`) };
  return { kind: 'table', snippet, insertion: atCursorLine(model.text, offset, 'a new table at the cursor (the plan has no risk register section)') };
}

function lineEnd(text: string, offset: number): number {
  const e = text.indexOf('\n', offset);
  return e < 0 ? text.length : e;
}
