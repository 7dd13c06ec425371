import type { PlanModel } from '../model';
import { isGoLabel } from '../plan/gocode';
import { declarationName } from '../golex';

/**
 * Names the plan's own Go blocks declare: the functions, types, variables, constants and struct
 * fields a PR is to add. A sentence naming one next to a citation ("the error at reader.go:451
 * leaves `Field` at 0") speaks of code that does not exist yet, not of the cited lines.
 * Lexical, line by line: plan snippets are often fragments a parser rejects.
 */
export function namesDeclaredInPlan(model: PlanModel): ReadonlySet<string> {
  let names = cache.get(model);
  if (!names) {
    names = new Set();
    for (const b of model.codeBlocks) if (isGoLabel(b.lang)) declaredIn(b.value, names);
    cache.set(model, names);
  }
  return names;
}

const cache = new WeakMap<PlanModel, Set<string>>();
const ID = '[\\p{L}_][\\p{L}\\p{Nd}_]*';
/** A field or spec line inside a struct, or a `var`/`const`/`type` group: names, then a type or a value. */
const MEMBER = new RegExp(`^\\s*(${ID})((?:\\s*,\\s*${ID})*)\\s+(?![=:.]|[-+*/%&|^<>]+=|<-|\\+\\+|--)\\S`, 'u');

function declaredIn(code: string, names: Set<string>): void {
  let group = 0; // depth inside `struct {` or `var (`/`const (`/`type (` groups
  for (const line of code.split('\n')) {
    const d = declarationName(line);
    if (d) names.add(d);
    else if (group > 0) {
      const m = MEMBER.exec(line);
      if (m) for (const n of [m[1], ...m[2].split(',').map((x) => x.trim()).filter(Boolean)]) names.add(n);
    }
    if (/\bstruct\s*\{\s*(?:\/\/.*)?$|^\s*(?:var|const|type)\s*\(\s*$/.test(line)) group++;
    else if (group > 0 && /^\s*[})]/.test(line)) group--;
  }
}
