/** Which Go identifiers a code span or bold text names. */

const KEYWORDS = new Set(
  ('break case chan const continue default defer else fallthrough for func go goto if import interface map ' +
    'package range return select struct switch type var ' +
    'bool byte complex64 complex128 error float32 float64 int int8 int16 int32 int64 rune string uint uint8 ' +
    'uint16 uint32 uint64 uintptr any true false nil iota append cap close copy delete len make new panic print ' +
    'println recover min max clear').split(' '),
);

const IDENT = /[A-Za-z_][A-Za-z0-9_]*/g;
const CITATION_TEXT = /[A-Za-z0-9_.\-/\\~%@+]+\.go(?:[:#][L0-9,\-]*)?/g;
const DECL_PREFIX = /^(?:func|type|var|const)\s/;
const BOLD_IDENT = /^[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)*(?:\(\))?$/;

/**
 * `own` is true for the code span holding the citation itself: whatever else it names is claimed.
 * Another code span counts when it reads as code (no spaces, or a declaration); bold text
 * counts when it is a single identifier that does not read as a prose word.
 */
export function claimedIdentifiers(value: string, kind: 'code' | 'strong', own: boolean): string[] {
  const v = value.trim();
  if (kind === 'strong') {
    if (!BOLD_IDENT.test(v)) return [];
    if (!/[a-z][A-Z]|[._]|\(\)/.test(v)) return [];
    return idents(v);
  }
  const rest = v.replace(CITATION_TEXT, ' ');
  if (!own && /\s/.test(v) && !DECL_PREFIX.test(v)) return [];
  if (!own && rest.length !== v.length) return []; // another citation: its claims are its own
  return idents(rest);
}

function idents(s: string): string[] {
  const out: string[] = [];
  IDENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = IDENT.exec(s))) {
    if (!KEYWORDS.has(m[0]) && m[0].length > 1) out.push(m[0]);
  }
  return out;
}
