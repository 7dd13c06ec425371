import type { Diagnostic, Fix, Severity } from './types';
import type { PlanModel } from './model';
import type { Workspace } from './workspace';
import type { Config } from './config';
import type { PlanKind, Profile } from './plan/profile';
import type { PlanStructure } from './plan/structure';
import type { ProjectIds } from './projectids';
import type { PlanHistory } from './history/plan';
import type { CheckedCitation } from './checked-citation';

export type { CheckedCitation } from './checked-citation';

/** What a rule reads; the engine prepares only what the enabled rules need. */
export type RuleNeed = 'citations' | 'go-files' | 'plan-structure' | 'workspace-symbols' | 'history' | 'project-ids';

export interface RuleMeta {
  id: string;
  name: string;
  severity: Severity;
  description: string;
  /** `markdown`: every Markdown file in scope; `plan`: only documents recognised as macro plans. */
  scope: 'markdown' | 'plan';
  /** For a `plan` rule: the plan kinds (a profile's `kind`) it runs on; `['macro']` when left out. */
  kinds?: PlanKind[];
  needs: RuleNeed[];
  /**
   * What the rule's findings depend on in the document. `chunk`: each finding comes from one chunk
   * alone (its text, parts and citations; chunks hold whole blocks, chunk-rules.ts), so a
   * re-check runs the rule only on edited chunks. Such a rule needs no more than `citations` and
   * `go-files`. Left out: the whole document, and the rule runs on every check.
   */
  reads?: 'chunk';
}

export interface Report {
  start: number;
  end: number;
  message: string;
  /** Only a rewrite with one answer that keeps the author's words: `--fix` applies it (types.ts). */
  fix?: Fix;
  /** Anything else worth offering: quick fixes the author chooses in the editor. */
  suggestions?: Fix[];
  /** Overrides the rule's severity for this finding (e.g. info below a softer limit). */
  severity?: Severity;
}

export interface RuleContext {
  model: PlanModel;
  citations: CheckedCitation[];
  workspace: Workspace;
  config: Config;
  /** Absolute path of the document, when known: link targets resolve from its folder. */
  path?: string;
  /** The profile the document was matched to (the default for a document that is no plan). */
  profile: Profile;
  /** Ids defined for the whole project (INV-n, R-n in the id sources); read when a runnable rule needs 'project-ids' and the plan mentions one. */
  projectIds?: ProjectIds;
  /** The plan's sections; built when a runnable rule needs 'plan-structure'. */
  plan?: PlanStructure;
  /** What git history said (permalinks included), when the check was given history. */
  history?: PlanHistory;
  report(r: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void | Promise<void>;
}

export type { Diagnostic };
