import { prefetchBlames, prefetchPlans } from '../core/history/prefetch';
import { isCached, type FileCheckContext } from './check-file';

/**
 * What many plans' checks ask git first, asked ahead (core/history/prefetch.ts), for the plans
 * whose cached answers do not hold: a warm run asks git nothing. `whole` when this thread checks
 * every plan: waves of all a check asks; else (a worker, or the main thread beside workers) only
 * the plans' blames, from one log, since one thread's history cannot fill another's.
 * Asked at the first check, once.
 */
export function askAhead(ctx: FileCheckContext, plans: readonly string[], whole: boolean): (index: number) => Promise<void> {
  let asked: Promise<((index: number) => Promise<void>) | undefined> | undefined;
  const start = async () => {
    const todo: number[] = [];
    for (let i = 0; i < plans.length; i++) if (!(await isCached(ctx, plans[i]))) todo.push(i);
    if (todo.length < 2 || !ctx.git) return undefined;
    const ready = (whole ? prefetchPlans : prefetchBlames)(ctx.git, ctx.ws.fs, todo.map((i) => plans[i]));
    const at = new Map(todo.map((i, k) => [i, k]));
    return (index: number) => (at.has(index) ? ready(at.get(index)!) : Promise.resolve());
  };
  return async (index) => {
    const ready = await (asked ??= start());
    await ready?.(index);
  };
}
