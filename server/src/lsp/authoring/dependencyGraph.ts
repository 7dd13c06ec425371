/** "Show PR dependency graph": the plan's PRs and their dependencies, for the client's view. */
import { graphData } from '../../core/authoring/graph';
import type { Feature, ServerContext } from '../context';
import { REQUESTS, type DependencyGraph } from '../protocol';
import { planOf } from './planOf';

export async function dependencyGraph(ctx: ServerContext, p: { textDocument: { uri: string } }): Promise<DependencyGraph> {
  const { model, plan, version } = await planOf(ctx, p.textDocument?.uri);
  return { ...graphData(model, plan), uri: p.textDocument.uri, version, isPlan: plan.matchedCount > 0 };
}

export const dependencyGraphFeature: Feature = {
  register(c, ctx, guard) {
    c.onRequest(REQUESTS.dependencyGraph, guard('dependencyGraph', (p: { textDocument: { uri: string } }) => dependencyGraph(ctx, p)));
  },
};
