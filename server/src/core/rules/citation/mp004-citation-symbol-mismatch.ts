import type { Rule } from '../../rule';
import type { GoDecl, GoFile } from '../../gofile';
import { formatSpec } from '../../citations';
import { citedFile, describeRange, occursIn, validRanges } from './citation-util';

export const rule: Rule = {
  meta: {
    id: 'MP004',
    name: 'citation-symbol-mismatch',
    severity: 'warning',
    description: 'None of the symbols named next to the citation is declared or used in the cited lines.',
    scope: 'markdown',
    needs: ['citations', 'go-files'],
  },
  check(ctx) {
    for (const c of ctx.citations) {
      const file = citedFile(c);
      if (!file || c.claimed.length === 0 || c.resolution.kind !== 'ok') continue;
      if (c.drift) continue; // MP009 says what happened to this citation's code
      const ranges = validRanges(c, file);
      if (ranges.length === 0 || ranges.length < c.ranges.length) continue;
      const seen = c.claimed.some((name) => occursIn(file.idents.get(name) ?? [], ranges));
      if (seen) continue;
      const names = c.claimed.map((n) => '`' + n + '`').join(', ');
      const where = ranges.map(describeRange).join(', ');
      const decl = declarationOf(file, c.claimed);
      if (!decl) {
        ctx.report({ start: c.start, end: c.end, message: `${names} ${c.claimed.length > 1 ? 'do' : 'does'} not appear in ${where} of ${c.resolution.rel}.` });
        continue;
      }
      const spec = formatSpec(c.form, decl.startLine, decl.endLine);
      const specStart = c.pathEnd;
      ctx.report({
        start: c.start,
        end: c.end,
        message: `${names} ${c.claimed.length > 1 ? 'do' : 'does'} not appear in ${where} of ${c.resolution.rel}; \`${decl.receiver ? decl.receiver + '.' : ''}${decl.name}\` is declared at ${describeRange({ start: decl.startLine, end: decl.endLine })}.`,
        fixes: [{ title: `Move citation to ${c.rawPath}${spec}`, edits: [{ start: specStart, end: c.end, newText: spec }] }],
      });
    }
  },
};

/** The declaration of the first claimed name declared in the file; `T.M` prefers the method M of T. */
function declarationOf(file: GoFile, claimed: string[]): GoDecl | undefined {
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
