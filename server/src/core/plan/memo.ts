import type { PlanModel } from '../model';

/**
 * `compute` memoised per model (one per document version, held weakly) and key (a profile or its
 * spec): what the plan readers compute once for all the rules of a check.
 */
export function perModel<K, V>(compute: (model: PlanModel, key: K) => V): (model: PlanModel, key: K) => V {
  const cache = new WeakMap<PlanModel, Map<K, V>>();
  return (model, key) => {
    let byKey = cache.get(model);
    if (!byKey) cache.set(model, (byKey = new Map()));
    if (byKey.has(key)) return byKey.get(key) as V;
    const value = compute(model, key);
    byKey.set(key, value);
    return value;
  };
}
