/** Which Go identifiers a code span or bold text names. */

const KEYWORDS = new Set(
  ('break case chan const continue default defer else fallthrough for func go goto if import interface map ' +
    'package range return select struct switch type var ' +
    'bool byte complex64 complex128 error float32 float64 int int8 int16 int32 int64 rune string uint uint8 ' +
    'uint16 uint32 uint64 uintptr any true false nil iota append cap close copy delete len make new panic print ' +
    'println recover min max clear').split(' '),
);

// Go identifiers: a Unicode letter or _, then letters, digits or _.
const IDENT = /[\p{L}_][\p{L}\p{Nd}_]*/gu;
const PATH_RUN = /[\p{L}\p{N}_.\-/\\~%@+]+/gu;
const SPEC_TAIL = /[:#][L0-9,-]*/y;
const DECL_PREFIX = /^(?:func|type|var|const)\s/;
const BOLD_IDENT = /^[\p{L}_][\p{L}\p{Nd}_]*(?:\.[\p{L}_][\p{L}\p{Nd}_]*)*(?:\(\))?$/u;

/**
 * `own` is true for the code span holding the citation itself: whatever else it names is claimed.
 * Another code span counts when it reads as code (no spaces, or a declaration); bold text
 * counts when it is a single identifier that does not read as a prose word.
 */
export function claimedIdentifiers(value: string, kind: 'code' | 'strong', own: boolean): string[] {
  const v = value.trim();
  if (kind === 'strong') {
    if (!BOLD_IDENT.test(v) || FILE_EXT.test(v)) return [];
    if (!/\p{Ll}\p{Lu}|[._]|\(\)/u.test(v)) return [];
    return idents(v);
  }
  const rest = withoutCitations(v);
  if (!own && rest.length !== v.length) return []; // another citation: its claims are its own
  // A call names what it calls: its arguments are what the cited code passes, which may be
  // declared anywhere (`sim.NewPolicyConfig(a, b, c)` claims `NewPolicyConfig`).
  const called = callee(rest);
  if (called !== undefined) return idents(called);
  if (!own && /\s/.test(v) && !DECL_PREFIX.test(v)) return [];
  return idents(withoutNonCode(rest));
}

const CALLEE = /^([\p{L}_][\p{L}\p{Nd}_]*(?:\.[\p{L}_][\p{L}\p{Nd}_]*)*)\s*\(/u;

/**
 * The callee of a code span that is one call (`pkg.Fn(a, b)`, `x.Method()`): the opening
 * parenthesis after it closes at the end of the span. Undefined for a declaration or other code.
 */
export function callee(span: string): string | undefined {
  const t = span.trim().replace(/;$/, '');
  if (DECL_PREFIX.test(t)) return undefined;
  const m = CALLEE.exec(t);
  if (!m) return undefined;
  let depth = 0;
  for (let i = m[0].length - 1; i < t.length; i++) {
    const ch = t[i];
    if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i === t.length - 1 ? m[1] : undefined;
  }
  return undefined;
}

// Text in a code span that is no Go identifier, though it holds words: a quoted value or
// struct tag (`json:"name"`, `"A100-80"`), a flag (`--min-tokens`), a kebab-case name
// (`total-kv-blocks`), a file name (`defaults.yaml`, `root.go`). One pass over quoted strings
// and runs of word characters: each run is tested on its own, so a long run stays linear.
const TOKEN = /"(?:[^"\\]|\\.)*"?|'(?:[^'\\]|\\.)*'?|[\p{L}\p{Nd}_./:-]+/gu;
const KEBAB = /[\p{L}\p{Nd}_]-[\p{L}\p{Nd}_]/u;
const FILE_EXT = /\.(?:ya?ml|json|jsonl|md|txt|toml|csv|tsv|proto|sh|py|mod|sum|cfg|conf|ini|xml|html|go|log|env|lock|js|ts|sql|tmpl|tpl|png|svg|pdf)$/i;

function withoutNonCode(s: string): string {
  return s.replace(TOKEN, (t, offset: number) => {
    if (t[0] === '"' || t[0] === "'" || t[0] === '-') return ' ';
    if (t.endsWith(':') && (s[offset + t.length] === '"' || s[offset + t.length] === '`')) return ' ';
    if (KEBAB.test(t) || FILE_EXT.test(t)) return ' ';
    return t;
  });
}

/**
 * Blanks out path-like text ending in `.go` (and its line spec). One pass over runs of path
 * characters: a backtracking `[chars]+\.go` regex would be quadratic on a long run without `.go`.
 */
function withoutCitations(v: string): string {
  let out = '';
  let last = 0;
  PATH_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PATH_RUN.exec(v))) {
    const i = m[0].lastIndexOf('.go');
    if (i < 1) continue;
    let end = m.index + i + 3;
    if (end === m.index + m[0].length) {
      SPEC_TAIL.lastIndex = end;
      const t = SPEC_TAIL.exec(v);
      if (t) end += t[0].length;
      PATH_RUN.lastIndex = end;
    }
    out += v.slice(last, m.index) + ' ';
    last = end;
  }
  return out + v.slice(last);
}

function idents(s: string): string[] {
  const out: string[] = [];
  IDENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = IDENT.exec(s))) {
    if (!KEYWORDS.has(m[0]) && m[0].length > 1 && !qualifier(s, m.index, m[0])) out.push(m[0]);
  }
  return out;
}

/**
 * Whether an identifier qualifies the name after it: `sim` in `sim.ModelConfig`, `cs` in
 * `cs.rejectedRequests`. A package or a variable appears on many lines the claim is not on, and
 * the file's own package on all of them: no evidence that the cited lines hold the claim.
 */
function qualifier(s: string, at: number, name: string): boolean {
  const after = at + name.length;
  return s[after] === '.' && /[\p{L}_]/u.test(s[after + 1] ?? '') && /^\p{Ll}/u.test(name) && s[at - 1] !== '.';
}
