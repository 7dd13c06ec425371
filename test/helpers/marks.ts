import { AssertionError } from 'node:assert';
import { checkDocument, type CheckOptions, type CheckResult } from '../../server/src/core/engine';
import { defaultConfig, type Config } from '../../server/src/core/config';
import { LineIndex } from '../../server/src/core/text';
import type { Workspace } from '../../server/src/core/workspace';

/**
 * Expectations written inline in a fixture plan, as HTML comments (so they never cite anything):
 *
 *   The queue is `EventQueue` at sim/queue.go:99. <!-- expect: MP003 -->
 *   <!-- expect-next-line: MP101 MP102 -->
 *   ## Some heading
 *
 * `expect:` applies to its own line, `expect-next-line:` to the line after the comment.
 * Ids are separated by spaces or commas; repeat an id to expect it twice on that line.
 * Every line that carries no mark must carry no diagnostic: the comparison is exact.
 */
export interface Mark {
  /** 1-based line of the diagnostic's start. */
  line: number;
  rule: string;
}

const MARK = /<!--\s*expect(-next-line)?:\s*([\s\S]*?)\s*-->/g;

export function parseMarks(text: string): Mark[] {
  const lines = new LineIndex(text);
  const out: Mark[] = [];
  MARK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARK.exec(text))) {
    const line = m[1] ? lines.positionAt(m.index + m[0].length).line + 2 : lines.positionAt(m.index).line + 1;
    for (const rule of m[2].split(/[\s,]+/).filter(Boolean)) out.push({ line, rule });
  }
  return sortMarks(out);
}

function sortMarks(marks: Mark[]): Mark[] {
  return marks.sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule));
}

export function diagnosticMarks(result: CheckResult): Mark[] {
  return sortMarks(result.diagnostics.map((d) => ({ line: result.model.lines.positionAt(d.start).line + 1, rule: d.rule })));
}

export interface MarkOptions extends Partial<Omit<CheckOptions, 'config'>> {
  /** Overrides merged over the default configuration. */
  config?: Partial<Config>;
}

/** Checks `text` with the real engine and fails, listing every mismatch with its message, unless the diagnostics match the marks. */
export async function assertMarks(ws: Workspace, text: string, opts: MarkOptions = {}): Promise<CheckResult> {
  const config = { ...defaultConfig(), ...opts.config };
  const result = await checkDocument(ws, text, { ...opts, config });
  const expected = parseMarks(text);
  const actual = diagnosticMarks(result);
  const key = (m: Mark) => `${m.line} ${m.rule}`;
  const missing = multisetMinus(expected.map(key), actual.map(key));
  const extra = multisetMinus(actual.map(key), expected.map(key));
  if (missing.length || extra.length) {
    const lines = result.model.lines;
    const describe = (k: string, i: number, all: string[]) => {
      if (all.indexOf(k) !== i) return '';
      const count = all.filter((x) => x === k).length;
      const [line, rule] = k.split(' ');
      const src = lines.lineText(Number(line) - 1).trim().slice(0, 100);
      const msgs = result.diagnostics.filter((d) => d.rule === rule && lines.positionAt(d.start).line + 1 === Number(line)).map((d) => `\n      ${d.message}`);
      return `  line ${line} ${rule}${count > 1 ? ` x${count}` : ''}: ${src}${msgs.join('')}`;
    };
    const parts = [];
    if (missing.length) parts.push(`expected but not reported:\n${missing.map(describe).filter(Boolean).join('\n')}`);
    if (extra.length) parts.push(`reported but not expected:\n${extra.map(describe).filter(Boolean).join('\n')}`);
    throw new AssertionError({ message: `diagnostics differ from the marks in the plan\n${parts.join('\n')}`, actual: actual.map(key), expected: expected.map(key), operator: 'deepStrictEqual' });
  }
  return result;
}

function multisetMinus(a: string[], b: string[]): string[] {
  const left = [...b];
  const out: string[] = [];
  for (const x of a) {
    const i = left.indexOf(x);
    if (i >= 0) left.splice(i, 1);
    else out.push(x);
  }
  return out;
}
