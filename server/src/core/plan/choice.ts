import type { PlanKind, Profile } from './profile';

/** The profile chosen for a file (detect.ts), or why it is no plan; place-detect.ts chooses some by path. */
export interface ProfileChoice {
  /** The profile the file is checked against; undefined when it is no plan. */
  profile?: Profile;
  kind?: PlanKind;
  /** Why, in a sentence (shown on hover in the editor and with `--format json`). */
  reason: string;
  /** Why it is no plan, when it is none. */
  notPlan?: 'template' | 'prompt' | 'guide' | 'agent-command' | 'pinned' | 'no-fit';
}
