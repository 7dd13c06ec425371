import { perModel } from './memo';
import type { PlanModel } from '../model';
import type { DesignSpec, SpeciesSpec } from './profile';

/** The line at the top of a design document that says what it is: `**Species:** System Overview (...)`. */
export interface SpeciesLine {
  /** The label as written (`Species`, `Type`). */
  label: string;
  /** What follows the colon, markup removed. */
  value: string;
  /** The line's span in the document. */
  start: number;
  end: number;
  /** The species the value names, when it names one of the profile's. */
  species?: SpeciesSpec;
}

/**
 * The species line of a design document: among the lines above its first section heading (`##` or
 * deeper) and within `declarationLines` of the top, the first `Label: value` line whose label is one
 * of the profile's species labels. A `Species` line is a declaration whatever it says; a `Type` line
 * only when it names a species (authors use "Type" for other things too). Memoised per model.
 */
export const speciesLine: (model: PlanModel, design: DesignSpec) => SpeciesLine | undefined = perModel((model, design: DesignSpec) => find(model, design));

function find(model: PlanModel, design: DesignSpec): SpeciesLine | undefined {
  const firstSection = model.headings.find((h) => h.depth >= 2);
  const limit = Math.min(model.lines.lineCount, design.declarationLines);
  const labels = design.speciesLabels.map((l) => l.toLowerCase());
  let typeLine: SpeciesLine | undefined;
  for (let l = 0; l < limit; l++) {
    const start = model.lines.starts[l];
    if (firstSection && start >= firstSection.start) break;
    const raw = model.lines.lineText(l);
    const m = /^\s*(?:>\s*)?(?:[-+]\s+)?([A-Za-z][A-Za-z ]{0,20}?)\s*:\s*(.+)$/.exec(raw.replace(/\*\*|__/g, ''));
    if (!m || !labels.includes(m[1].toLowerCase())) continue;
    const value = m[2].replace(/[*_`]/g, '').trim();
    const found: SpeciesLine = { label: m[1], value, start, end: model.lines.lineEnd(l), species: speciesNamed(design, value) };
    if (/species/i.test(m[1]) || found.species) return found;
    typeLine ??= found;
  }
  return typeLine && { ...typeLine, species: undefined };
}

/** The species a declaration's value starts with (`Specification (behavioral contract ...)`, `Decision record`). */
export function speciesNamed(design: DesignSpec, value: string): SpeciesSpec | undefined {
  const v = value.toLowerCase().replace(/\s+/g, ' ').trim();
  for (const s of design.species) {
    for (const n of [s.name, ...s.aliases]) {
      const name = n.toLowerCase();
      if (v === name || (v.startsWith(name) && !/[a-z0-9]/.test(v[name.length]))) return s;
    }
  }
  return undefined;
}
