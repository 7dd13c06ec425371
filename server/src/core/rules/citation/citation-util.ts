import type { CheckedCitation } from '../../rule';
import type { Fix } from '../../types';
import type { GoDecl, GoFile } from '../../gofile';
import { formatSpec, type LineRange } from '../../citations';
import { describeRange, rangeProblem } from '../shared/citation-text';

/** The cited Go file, when the citation resolved and the file could be indexed. */
export function citedFile(c: CheckedCitation): GoFile | undefined {
  return c.resolution.kind === 'ok' && c.loaded?.kind === 'ok' ? c.loaded.file : undefined;
}

/** The ranges of a citation that lie inside the file. */
export function validRanges(c: CheckedCitation, file: GoFile): LineRange[] {
  return c.ranges.filter((r) => rangeProblem(r, file.lineCount) === undefined);
}

export function citedText(c: CheckedCitation, text: string): string {
  return text.slice(c.start, c.end);
}

/**
 * Where a claimed declaration is now, and the suggestion that moves the citation there. Only a
 * suggestion: the cited lines may be a use of the name (a call, an argument) the sentence is
 * about, not its declaration, which only the author can tell.
 */
export function moveToDeclaration(c: CheckedCitation, file: GoFile): { note: string; suggestion: Fix } | undefined {
  const decl = declarationOf(file, c.claimed);
  if (!decl) return undefined;
  const spec = formatSpec(c.form, decl.startLine, decl.endLine);
  return {
    note: `\`${decl.receiver ? decl.receiver + '.' : ''}${decl.name}\` is declared at ${describeRange({ start: decl.startLine, end: decl.endLine })}`,
    suggestion: { title: `Move citation to ${c.rawPath}${spec}`, edits: [{ start: c.pathEnd, end: c.end, newText: spec }] },
  };
}

/** The declaration of the first claimed name declared in the file; `T.M` prefers the method M of T. */
function declarationOf(file: GoFile, claimed: readonly string[]): GoDecl | undefined {
  for (let i = 0; i < claimed.length; i++) {
    const name = claimed[i];
    const next = claimed[i + 1];
    if (next) {
      const method = file.decls.find((d) => d.kind === 'method' && d.receiver === name && d.name === next);
      if (method) return method;
    }
    const decl = file.decls.find((d) => d.name === name && d.kind !== 'method') ?? file.decls.find((d) => d.name === name);
    if (decl) return decl;
  }
  return undefined;
}
