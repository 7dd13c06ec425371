import type { Comment } from './model';
import type { LineIndex } from './text';
import type { Diagnostic } from './types';

// The keyword must end at whitespace or the comment's end: `disable-nextline` is no `disable`.
const DIRECTIVE = /<!--\s*macroplan-(disable-next-line|disable-line|disable-file|enable-file|disable|enable)(?=\s|-->)([^>]*?)\s*-->/g;

interface Toggle {
  line: number;
  ids: string[] | 'all';
  on: boolean;
}

/**
 * markdownlint-style inline directives: `<!-- macroplan-disable MP004 -->` ... `<!-- macroplan-enable MP004 -->`,
 * `-disable-next-line`, `-disable-line`, `-disable-file`. No ids means every rule; ids or rule names both work.
 */
export class Disables {
  private toggles: Toggle[] = [];
  private lineOff = new Map<number, string[] | 'all'>();
  private fileOff: string[] | 'all' | undefined;

  constructor(comments: Comment[], text: string, lines: LineIndex) {
    for (const c of comments) {
      DIRECTIVE.lastIndex = 0;
      let m: RegExpExecArray | null;
      const raw = text.slice(c.start, c.end);
      while ((m = DIRECTIVE.exec(raw))) {
        const ids = parseIds(m[2]);
        const line = lines.positionAt(c.start + m.index).line;
        switch (m[1]) {
          case 'disable': this.toggles.push({ line, ids, on: false }); break;
          case 'enable': this.toggles.push({ line, ids, on: true }); break;
          case 'disable-line': this.addLine(line, ids); break;
          case 'disable-next-line': this.addLine(lines.positionAt(c.end).line + 1, ids); break;
          case 'disable-file': this.fileOff = merge(this.fileOff, ids); break;
          case 'enable-file': this.fileOff = undefined; break;
        }
      }
    }
    this.toggles.sort((a, b) => a.line - b.line);
  }

  private addLine(line: number, ids: string[] | 'all'): void {
    this.lineOff.set(line, merge(this.lineOff.get(line), ids));
  }

  isDisabled(d: Pick<Diagnostic, 'rule' | 'name'>, line: number): boolean {
    const hit = (ids: string[] | 'all' | undefined) => ids === 'all' || (!!ids && (ids.includes(d.rule.toUpperCase()) || ids.includes(d.name.toUpperCase())));
    if (hit(this.fileOff) || hit(this.lineOff.get(line))) return true;
    let off = false;
    for (const t of this.toggles) {
      if (t.line > line) break;
      if (t.ids === 'all' || hit(t.ids)) off = !t.on;
    }
    return off;
  }
}

function parseIds(s: string): string[] | 'all' {
  const ids = s.trim().split(/[\s,]+/).filter(Boolean).map((x) => x.toUpperCase());
  return ids.length ? ids : 'all';
}

function merge(a: string[] | 'all' | undefined, b: string[] | 'all'): string[] | 'all' {
  if (a === 'all' || b === 'all') return 'all';
  return [...(a ?? []), ...b];
}
