import type { RuleContext } from '../../rule';
import { specDoc, specTasks, type Task, type UserStory } from '../../plan/speckit';
import { readSibling } from '../../plan/speckit-folder';

/** The user stories of the spec.md beside the document, or undefined when there is none to read (or it defines none). */
export async function siblingStories(ctx: RuleContext): Promise<UserStory[] | undefined> {
  const spec = await readSibling(ctx.workspace, ctx.path, 'spec.md');
  if (!spec) return undefined;
  const stories = specDoc(spec.model).stories;
  return stories.length ? stories : undefined;
}

/**
 * The task list's tasks and the sibling spec.md's stories, for the rules that trace one to the
 * other; undefined when no task carries a story label (the list does not trace tasks to stories)
 * or there are no stories to read.
 */
export async function tracedStories(ctx: RuleContext): Promise<{ tasks: Task[]; stories: UserStory[] } | undefined> {
  const tasks = specTasks(ctx.model);
  if (!tasks.some((t) => t.stories.length)) return undefined;
  const stories = await siblingStories(ctx);
  return stories && { tasks, stories };
}

/** `User Stories 1-4` / `User Stories 1, 2 and 5`. */
export function storyRange(stories: UserStory[]): string {
  const ns = [...new Set(stories.map((s) => s.number))].sort((a, b) => a - b);
  if (ns.length === 1) return `User Story ${ns[0]}`;
  const contiguous = ns.every((n, i) => i === 0 || n === ns[i - 1] + 1);
  return contiguous ? `User Stories ${ns[0]}-${ns[ns.length - 1]}` : `User Stories ${ns.slice(0, -1).join(', ')} and ${ns[ns.length - 1]}`;
}
