/** Maps UTF-16 offsets to 0-based line/character positions and back. */
export interface Position {
  line: number;
  character: number;
}

export class LineIndex {
  /** Offset of the first character of each line. Lines end at \n, \r\n or a lone \r. */
  readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    // Without carriage returns a line ends at each \n: indexOf finds them natively, several times faster.
    if (text.indexOf('\r') < 0) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.starts = starts;
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    offset = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }

  offsetAt(pos: Position): number {
    if (pos.line >= this.starts.length) return this.text.length;
    if (pos.line < 0) return 0;
    const start = this.starts[pos.line];
    const end = this.lineEnd(pos.line);
    return Math.min(start + Math.max(0, pos.character), end);
  }

  /** Offset of the end of a line's content, before its line break. */
  lineEnd(line: number): number {
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    let end = next;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.starts[line], this.lineEnd(line));
  }
}

/** Splits text into lines on \n, \r\n and lone \r, so line numbers match editors. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** `s` as a regular expression matching it literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A line with its whitespace runs made one space and its ends trimmed (gofmt realigns them). */
export function squashSpace(line: string): string {
  return line.trim().replace(/\s+/g, ' ');
}

/**
 * Text quoted in a message, whitespace squashed and at most `max` characters: cut at the last
 * word boundary that keeps at least half of it, with an ellipsis, so no word is shown half.
 */
export function clip(text: string, max: number): string {
  const s = squashSpace(text);
  if (s.length <= max) return s;
  const cut = s.lastIndexOf(' ', max - 1);
  return (cut >= max / 2 ? s.slice(0, cut) : s.slice(0, max - 1)).replace(/[\s,;:.]+$/, '') + '…';
}
