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
    for (const b of model.codeBlocks) {
      if (isGoLabel(b.lang)) declaredIn(b.value, names);
      else {
        const decl = OTHER_DECLARATIONS[(b.lang ?? '').toLowerCase()];
        if (decl) for (const m of b.value.matchAll(decl)) names.add(m.slice(1).find((g) => g !== undefined)!);
      }
    }
    cache.set(model, names);
  }
  return names;
}

const cache = new WeakMap<PlanModel, Set<string>>();
const ID = '[\\p{L}_][\\p{L}\\p{Nd}_]*';

// The declarations of the other languages' blocks, by their keywords (or a method's head in a
// class body, a shell function's `()`), one name each.
const PY = new RegExp(`^\\s*(?:async\\s+)?(?:def|class)\\s+(${ID})|^(${ID})\\s*(?::[^=\\n]+)?=(?!=)`, 'gmu');
const JS = new RegExp(`^\\s*(?:export\\s+)?(?:default\\s+)?(?:declare\\s+)?(?:abstract\\s+)?(?:async\\s+)?(?:function\\*?|class|interface|type|enum|const|let|var|namespace)\\s+([\\p{L}_$][\\p{L}\\p{Nd}_$]*)|^\\s+(?:(?:public|private|protected|static|async|readonly|get|set)\\s+)*(?!(?:if|for|while|switch|catch|with|return)\\b)([\\p{L}_$][\\p{L}\\p{Nd}_$]*)\\s*\\([^)]*\\)\\s*(?::[^{=]+)?\\{\\s*$`, 'gmu');
const RS = new RegExp(`^\\s*(?:pub(?:\\([^)]*\\))?\\s+)?(?:(?:async|const|unsafe|extern(?:\\s+"[^"]*")?)\\s+)*(?:fn|struct|enum|trait|type|const|static|mod|union)\\s+(${ID})|^\\s*macro_rules!\\s*(${ID})`, 'gmu');
const SH = new RegExp(`^\\s*(?:function\\s+(${ID})|(${ID})\\s*\\(\\s*\\)|(?:readonly\\s+|export\\s+|declare\\s+(?:-\\w+\\s+)*)?(${ID})=)`, 'gmu');
const OTHER_DECLARATIONS: Record<string, RegExp> = Object.fromEntries([
  ...['python', 'py', 'python3'].map((l) => [l, PY]),
  ...['javascript', 'js', 'jsx', 'mjs', 'cjs', 'typescript', 'ts', 'tsx', 'node'].map((l) => [l, JS]),
  ...['rust', 'rs'].map((l) => [l, RS]),
  ...['bash', 'sh', 'shell', 'zsh'].map((l) => [l, SH]),
]);
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
