import type { CodeBlock } from '../../model';

/** One path of a plan's project-structure tree (`sim/cluster/tenant.go  # new`). */
export interface TreePath {
  path: string;
  dir: boolean;
  /** The line says it (or a folder above it) is new. */
  isNew: boolean;
  /** Offset of the name in the document. */
  start: number;
  end: number;
}

const BRANCH = /^[\s\u2502\u251c\u2514\u2500|`+\\-]*/;
const NAME = /^([\w.@+-]+(?:\/[\w.@+-]+)*\/?)(?=\s|$)/;
const NEW = /\bnew\b|\(new\)|\bNEW\b|\bto be (?:created|added)\b|\bcreated? (?:by|in) this\b/i;

/**
 * The paths a `text` tree in the plan names: each line's name sits under the nearest folder line
 * indented less (tree characters count as indentation); `#` lines and annotations after the name
 * are comments, and a name followed by "new" (or under a new folder) is said to be new. A line
 * whose first word is no path (`PR-3: wiring`, `[same as backend above]`) is a note.
 */
export function treePaths(block: CodeBlock, text: string): TreePath[] {
  const out: TreePath[] = [];
  const stack: { col: number; path: string; isNew: boolean }[] = [];
  // The block's content starts after its opening fence line.
  let offset = text.indexOf('\n', block.start) + 1;
  for (const line of block.value.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    if (/^\s*#/.test(line) || !line.trim()) continue;
    const col = BRANCH.exec(line)![0].length;
    const rest = line.slice(col);
    const m = NAME.exec(rest);
    if (!m || /^\d+$/.test(m[1]) || m[1].startsWith('.') && m[1].length < 3) continue;
    const name = m[1];
    const note = rest.slice(name.length);
    // A bare word without an extension and without a slash is prose, not a path (`Makefile` aside).
    if (!name.endsWith('/') && !name.includes('.') && !name.includes('/') && !/^(?:Makefile|Dockerfile|LICENSE|README)$/.test(name)) continue;
    while (stack.length && stack[stack.length - 1].col >= col) stack.pop();
    const parent = stack[stack.length - 1];
    const full = (parent ? parent.path : '') + name;
    const dir = name.endsWith('/');
    const isNew = (parent?.isNew ?? false) || NEW.test(note);
    out.push({ path: full, dir, isNew, start: lineStart + col, end: lineStart + col + name.length });
    if (dir) stack.push({ col, path: full, isNew });
  }
  return out;
}
