import type { RuleContext } from '../../rule';
import { specDoc, type UserStory } from '../../plan/speckit';
import { readSibling } from '../../plan/speckit-folder';

/** The user stories of the spec.md beside the document, or undefined when there is none to read (or it defines none). */
export async function siblingStories(ctx: RuleContext): Promise<UserStory[] | undefined> {
  const spec = await readSibling(ctx.workspace, ctx.path, 'spec.md');
  if (!spec) return undefined;
  const stories = specDoc(spec.model).stories;
  return stories.length ? stories : undefined;
}

/** `User Stories 1-4` / `User Stories 1, 2 and 5`. */
export function storyRange(stories: UserStory[]): string {
  const ns = [...new Set(stories.map((s) => s.number))].sort((a, b) => a - b);
  if (ns.length === 1) return `User Story ${ns[0]}`;
  const contiguous = ns.every((n, i) => i === 0 || n === ns[i - 1] + 1);
  return contiguous ? `User Stories ${ns[0]}-${ns[ns.length - 1]}` : `User Stories ${ns.slice(0, -1).join(', ')} and ${ns[ns.length - 1]}`;
}
