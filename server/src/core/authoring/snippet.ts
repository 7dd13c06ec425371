/**
 * VS Code / LSP snippet syntax: escaping text for a snippet, and a small parser that validates a
 * snippet and expands it (placeholders to their default text, choices to their first option,
 * variables to given values). Used by the authoring commands, which send snippets to the client,
 * and by the tests of the contributed snippets.
 *
 * Grammar (the subset of the LSP snippet grammar that matters here):
 *   any      ::= tabstop | placeholder | choice | variable | text
 *   tabstop  ::= '$' int | '${' int '}'
 *   placeholder ::= '${' int ':' any* '}'
 *   choice   ::= '${' int '|' text (',' text)* '|}'
 *   variable ::= '$' var | '${' var '}' | '${' var ':' any* '}'
 * `\$`, `\}` and `\\` escape (and `\,` `\|` inside a choice).
 */

/** Escapes text so that a snippet inserts it literally. */
export function escapeSnippetText(s: string): string {
  return s.replace(/[\\$}]/g, (c) => '\\' + c);
}

/** Escapes one option of a `${1|a,b|}` choice. */
export function escapeChoice(s: string): string {
  return s.replace(/[\\$}|,]/g, (c) => '\\' + c);
}

export interface SnippetParse {
  /** The text the snippet inserts when every placeholder keeps its default. */
  text: string;
  /** Tab stop numbers in order of appearance (0 included when present). */
  tabstops: number[];
  /** Choices by tab stop. */
  choices: Map<number, string[]>;
  /** Variable names used. */
  variables: string[];
}

export class SnippetSyntaxError extends Error {
  constructor(message: string, readonly offset: number) {
    super(`${message} at offset ${offset}`);
  }
}

/**
 * Parses a snippet, throwing SnippetSyntaxError on an unbalanced `${`, an empty or unterminated choice
 * or a stray `}`... (VS Code itself would insert such text literally, which is never what the author meant).
 * `variables` gives values for `$NAME`; unknown variables expand to their default (or the empty string).
 */
export function parseSnippet(src: string, variables: Record<string, string> = {}): SnippetParse {
  let i = 0;
  const tabstops: number[] = [];
  const choices = new Map<number, string[]>();
  const vars: string[] = [];
  const values = new Map<number, string>();

  const parseSeq = (inPlaceholder: boolean): string => {
    let out = '';
    while (i < src.length) {
      const c = src[i];
      if (c === '\\') {
        const n = src[i + 1];
        if (n === '$' || n === '}' || n === '\\') {
          out += n;
          i += 2;
        } else {
          out += c;
          i++;
        }
        continue;
      }
      if (c === '}') {
        if (inPlaceholder) return out;
        throw new SnippetSyntaxError('unbalanced "}" (escape it as "\\}")', i);
      }
      if (c === '$') {
        out += parseDollar();
        continue;
      }
      out += c;
      i++;
    }
    if (inPlaceholder) throw new SnippetSyntaxError('unterminated "${"', i);
    return out;
  };

  const parseDollar = (): string => {
    const start = i;
    i++; // '$'
    let m = /^\d+/.exec(src.slice(i));
    if (m) {
      i += m[0].length;
      const n = Number(m[0]);
      tabstops.push(n);
      return values.get(n) ?? '';
    }
    m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
    if (m) {
      i += m[0].length;
      vars.push(m[0]);
      return variables[m[0]] ?? '';
    }
    if (src[i] !== '{') return '$';
    i++; // '{'
    m = /^\d+/.exec(src.slice(i));
    if (m) {
      i += m[0].length;
      const n = Number(m[0]);
      tabstops.push(n);
      if (src[i] === '}') {
        i++;
        return values.get(n) ?? '';
      }
      if (src[i] === ':') {
        i++;
        const v = parseSeq(true);
        i++; // '}'
        if (!values.has(n)) values.set(n, v);
        return v;
      }
      if (src[i] === '|') {
        i++;
        const opts: string[] = [];
        let cur = '';
        for (;;) {
          if (i >= src.length) throw new SnippetSyntaxError('unterminated choice', start);
          const c = src[i];
          if (c === '\\' && i + 1 < src.length) {
            cur += src[i + 1];
            i += 2;
          } else if (c === ',') {
            opts.push(cur);
            cur = '';
            i++;
          } else if (c === '|' && src[i + 1] === '}') {
            opts.push(cur);
            i += 2;
            break;
          } else if (c === '|' || c === '$' || c === '}') {
            throw new SnippetSyntaxError(`unescaped "${c}" in a choice`, i);
          } else {
            cur += c;
            i++;
          }
        }
        if (opts.some((o) => o === '')) throw new SnippetSyntaxError('empty option in a choice', start);
        choices.set(n, opts);
        if (!values.has(n)) values.set(n, opts[0]);
        return opts[0];
      }
      throw new SnippetSyntaxError('expected "}", ":" or "|" after a tab stop number', i);
    }
    m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
    if (m) {
      i += m[0].length;
      vars.push(m[0]);
      if (src[i] === '}') {
        i++;
        return variables[m[0]] ?? '';
      }
      if (src[i] === ':') {
        i++;
        const v = parseSeq(true);
        i++;
        return variables[m[0]] ?? v;
      }
      // Transforms (`${VAR/re/fmt/}`) are not used by macroplan.
      throw new SnippetSyntaxError('expected "}" or ":" after a variable name', i);
    }
    throw new SnippetSyntaxError('"${" must be followed by a tab stop number or a variable name', start);
  };

  const text = parseSeq(false);
  return { text, tabstops, choices, variables: vars };
}

/** Expands a snippet to the text inserted when every placeholder keeps its default. */
export function expandSnippet(src: string, variables: Record<string, string> = {}): string {
  return parseSnippet(src, variables).text;
}
