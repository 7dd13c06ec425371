import type { CodeBlock, PlanModel } from '../../model';
import type { Workspace } from '../../workspace';

/**
 * The one Python use MP507 can judge without a parser: `from pkg.mod import name` where `pkg/mod.py`
 * is this workspace's (it exists, or a task creates it). The name must be defined by a `def`,
 * `class` or module-level assignment in the plan's Python, or occur in that file. Relative imports,
 * modules found nowhere here (the standard library, installed packages) and `*` are not judged.
 */
export interface PyImport {
  module: string;
  name: string;
  block: CodeBlock;
  /** 0-based row in the block's text. */
  row: number;
}

export interface PlanPython {
  /** Names the plan's Python blocks define -> the block. */
  defined: Map<string, CodeBlock>;
  imports: PyImport[];
}

const PY = new Set(['python', 'py', 'python3']);
const DEF = /^[ \t]*(?:async[ \t]+)?(?:def|class)[ \t]+([A-Za-z_]\w*)|^([A-Za-z_]\w*)[ \t]*(?::[^=\n]+)?=(?!=)/gm;
const FROM = /^[ \t]*from[ \t]+([A-Za-z_][\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n#]+)/gm;

export function planPython(model: PlanModel): PlanPython {
  const out: PlanPython = { defined: new Map(), imports: [] };
  for (const block of model.codeBlocks) {
    if (!PY.has((block.lang ?? '').toLowerCase().split(/[\s{]/)[0])) continue;
    for (const m of block.value.matchAll(DEF)) {
      const name = m[1] ?? m[2];
      if (!out.defined.has(name)) out.defined.set(name, block);
    }
    for (const m of block.value.matchAll(FROM)) {
      const row = block.value.slice(0, m.index).split('\n').length - 1;
      for (const part of m[2].replace(/[()]/g, '').split(',')) {
        const name = /^\s*([A-Za-z_]\w*)/.exec(part)?.[1];
        if (name) out.imports.push({ module: m[1], name, block, row });
      }
    }
  }
  return out;
}

/** `from pkg import mod`: a submodule, not a name in `pkg/__init__.py`. */
export async function isSubmodule(ws: Workspace, module: string, name: string, created: Set<string>): Promise<boolean> {
  const base = `${module.replace(/\./g, '/')}/${name}`;
  for (const rel of [`${base}.py`, `${base}/__init__.py`, `src/${base}.py`, `src/${base}/__init__.py`]) {
    if (created.has(rel) || (await ws.resolve(rel)).kind === 'ok') return true;
  }
  return false;
}

/** The module's file in the workspace (`pkg/mod.py`, `pkg/mod/__init__.py`, under `src/` too), or that a task creates it. */
export async function moduleFile(ws: Workspace, module: string, created: Set<string>): Promise<{ text?: string; created: boolean } | undefined> {
  const base = module.replace(/\./g, '/');
  for (const rel of [`${base}.py`, `${base}/__init__.py`, `src/${base}.py`, `src/${base}/__init__.py`]) {
    const res = await ws.resolve(rel);
    if (res.kind === 'ok' && !res.viaSuffix) {
      try {
        const st = await ws.fs.stat(res.real ?? res.abs);
        if (!st.isFile() || st.size > ws.maxFileSize) return undefined;
        return { text: (await ws.fs.readFile(res.real ?? res.abs)).toString('utf8'), created: created.has(rel) };
      } catch {
        return undefined;
      }
    }
    if (created.has(rel)) return { created: true };
  }
  return undefined;
}
