/**
 * The reverse view: which plans cite which lines of a Go file, for the "cited by N plans" code lens
 * over Go declarations.
 */

export interface CitingLine {
  /** The plan's URI and the citation's place in it (0-based line, UTF-16 columns). */
  planUri: string;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  /** The cited lines, 1-based inclusive. */
  ranges: { start: number; end: number }[];
}

/** Go file (absolute path) -> citations of it, per plan. Plans are replaced whole when re-read. */
export class CitedByIndex {
  private byPlan = new Map<string, Map<string, CitingLine[]>>();

  /** Replaces what a plan cites. */
  setPlan(planUri: string, cites: { abs: string; cite: CitingLine }[]): void {
    const m = new Map<string, CitingLine[]>();
    for (const { abs, cite } of cites) (m.get(abs) ?? m.set(abs, []).get(abs)!).push(cite);
    if (m.size) this.byPlan.set(planUri, m);
    else this.byPlan.delete(planUri);
  }

  removePlan(planUri: string): void {
    this.byPlan.delete(planUri);
  }

  plans(): string[] {
    return [...this.byPlan.keys()];
  }

  /** Citations of lines startLine..endLine (1-based, inclusive) of a Go file. */
  citing(abs: string, startLine: number, endLine: number): CitingLine[] {
    const out: CitingLine[] = [];
    for (const m of this.byPlan.values()) {
      for (const c of m.get(abs) ?? []) if (c.ranges.some((r) => r.start <= endLine && r.end >= startLine)) out.push(c);
    }
    out.sort((a, b) => a.planUri.localeCompare(b.planUri) || a.line - b.line || a.character - b.character);
    return out;
  }
}

/** "cited by 2 plans" / "cited by 1 plan (3 citations)". */
export function citedByTitle(cites: CitingLine[]): string {
  const plans = new Set(cites.map((c) => c.planUri)).size;
  const base = `cited by ${plans} plan${plans === 1 ? '' : 's'}`;
  return cites.length > plans ? `${base} (${cites.length} citations)` : base;
}
