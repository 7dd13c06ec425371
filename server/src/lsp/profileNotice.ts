import type { PlanKind } from '../core/plan/profile';

/**
 * `macroplan/profile`: the server tells the client, after a check, which profile a Markdown document
 * got and why, so the client can show it (VS Code: a status bar item while a plan is open, the reason
 * on hover). Sent when the profile or its reason changes; `profile` is null when the document is no
 * plan. The client only displays it: the choice is the engine's (core/plan/detect.ts).
 */
export const PROFILE_NOTIFICATION = 'macroplan/profile';

export interface ProfileNotice {
  uri: string;
  profile: string | null;
  kind: PlanKind | null;
  reason: string;
}
