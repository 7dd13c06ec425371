import type { Citation } from './model';
import type { LoadedGoFile, Resolution } from './workspace';
import type { Drift } from './history/drift';

/** A citation with its path resolved and, when it resolved, the cited Go file loaded. */
export interface CheckedCitation extends Citation {
  resolution: Resolution;
  loaded?: LoadedGoFile;
  /**
   * What git history says happened to the cited code since the citation's baseline, when it
   * moved, changed or went (never `unchanged`). Set only when the check was given history; rules
   * about the cited lines (MP003-MP005) give way to MP009 on such a citation.
   */
  drift?: Drift;
}
