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
interface KeyedToggle {
  line: number;
  /** Position in the document's order of toggles. */
  seq: number;
  on: boolean;
}

const ALL = '\0all';

export class Disables {
  private toggles: Toggle[] = [];
  private byKey = new Map<string, KeyedToggle[]>();
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
    // Per id (and 'all'), the toggles that concern it in order: a lookup is then a binary search
    // per key instead of a scan of every toggle (quadratic on a plan full of directives).
    this.toggles.forEach((t, seq) => {
      for (const key of t.ids === 'all' ? [ALL] : t.ids) {
        let list = this.byKey.get(key);
        if (!list) this.byKey.set(key, (list = []));
        list.push({ line: t.line, seq, on: t.on });
      }
    });
  }

  private addLine(line: number, ids: string[] | 'all'): void {
    this.lineOff.set(line, merge(this.lineOff.get(line), ids));
  }

  isDisabled(d: Pick<Diagnostic, 'rule' | 'name'>, line: number): boolean {
    const hit = (ids: string[] | 'all' | undefined) => ids === 'all' || (!!ids && (ids.includes(d.rule.toUpperCase()) || ids.includes(d.name.toUpperCase())));
    if (hit(this.fileOff) || hit(this.lineOff.get(line))) return true;
    // The last toggle at or before the line that concerns this rule decides.
    let last: KeyedToggle | undefined;
    for (const key of [ALL, d.rule.toUpperCase(), d.name.toUpperCase()]) {
      const list = this.byKey.get(key);
      if (!list) continue;
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid].line <= line) lo = mid + 1;
        else hi = mid;
      }
      const t = list[lo - 1];
      if (t && (!last || t.seq > last.seq)) last = t;
    }
    return !!last && !last.on;
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
