import type { Rule } from '../../rule';
import { rangeProblem } from '../shared/citation-text';
import { citedFile } from './citation-util';

export const rule: Rule = {
  meta: {
    id: 'MP003',
    name: 'citation-line-out-of-range',
    severity: 'error',
    description: 'A cited line is 0, starts past the end of the file, ends before it starts, or ends past the end.',
    scope: 'markdown',
    needs: ['citations', 'go-files'],
    // One citation and its file: nothing outside the citation's chunk.
    reads: 'chunk',
  },
  check(ctx) {
    for (const c of ctx.citations) {
      const file = citedFile(c);
      if (!file) continue;
      if (c.drift) continue; // MP009 says what happened to this citation's code
      for (const r of c.ranges) {
        const problem = rangeProblem(r, file.lineCount);
        if (problem && c.resolution.kind === 'ok') {
          ctx.report({ start: c.start, end: c.end, message: `${c.resolution.rel}: ${problem}.` });
        }
      }
    }
  },
};
