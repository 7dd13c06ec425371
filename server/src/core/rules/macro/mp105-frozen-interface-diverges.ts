import type { Rule } from '../../rule';
import type { GoMethod } from '../../gofile';
import { findTypeDecls, type TypeHit } from '../../gotypes';
import { goSnippet, rowSpan, type SnippetInterface } from '../../plan/gocode';
import type { Workspace } from '../../workspace';

export const rule: Rule = {
  meta: {
    id: 'MP105',
    name: 'frozen-interface-diverges',
    severity: 'error',
    description: 'A Go interface in the frozen-interface section that is not declared in the workspace, or whose methods differ from the declaration.',
    scope: 'plan',
    kinds: ['macro'],
    needs: ['plan-structure', 'workspace-symbols'],
  },
  async check(ctx) {
    const plan = ctx.plan;
    if (!plan) return;
    for (const block of ctx.model.codeBlocks) {
      const section = plan.sectionAt(block.start);
      if (section?.spec?.go !== 'frozen-interfaces') continue;
      const snippet = await goSnippet(block);
      if (!snippet.isGo) continue;
      for (const iface of snippet.interfaces) {
        const span = rowSpan(ctx.model, block, iface.row);
        const hits = await findTypeDecls(ctx.workspace, iface.name);
        const interfaces = hits.filter((h) => h.decl.typeKind === 'interface');
        if (interfaces.length === 0) {
          const other = hits[0];
          ctx.report({
            ...span,
            message: other
              ? `${iface.name} is declared as a ${other.decl.typeKind === 'struct' ? 'struct' : 'non-interface type'} at ${where(other)}, not as an interface.`
              : `Interface ${iface.name} is not declared in the workspace: a frozen interface must be merged code. Describe a pre-freeze interface behaviorally instead.`,
          });
          continue;
        }
        // Several declarations of the name (different packages): the closest one is the reference.
        let best: { hit: TypeHit; diffs: string[] } | undefined;
        for (const hit of interfaces) {
          const diffs = compare(iface, hit.decl.methods ?? []);
          if (!best || diffs.length < best.diffs.length) best = { hit, diffs };
          if (diffs.length === 0) break;
        }
        if (!best) continue;
        // Embedded interfaces (`io.Reader` inside the braces) are compared too, from the real declaration's text.
        const embedded = await realEmbedded(ctx.workspace, best.hit);
        if (embedded) {
          const norm = (e: string) => e.replace(/\s+/g, '');
          const real = new Set(embedded.map(norm));
          const mine = new Set(iface.embedded.map(norm));
          for (const e of iface.embedded) if (!real.has(norm(e))) best.diffs.push(`embedded ${e} is not in the declaration`);
          for (const e of embedded) if (!mine.has(norm(e))) best.diffs.push(`embedded ${e} is missing`);
        }
        if (best.diffs.length === 0) continue;
        const shown = best.diffs.slice(0, 4).join('; ') + (best.diffs.length > 4 ? `; and ${best.diffs.length - 4} more` : '');
        ctx.report({ ...span, message: `Frozen interface ${iface.name} differs from its declaration at ${where(best.hit)}: ${shown}.` });
      }
    }
  },
};

/** The embedded elements of a real interface, parsed from its lines (cached like any snippet). */
async function realEmbedded(ws: Workspace, hit: TypeHit): Promise<string[] | undefined> {
  const loaded = await ws.load(hit.abs);
  if (loaded.kind !== 'ok') return undefined;
  const lines = loaded.file.lines.slice(hit.decl.startLine - 1, hit.decl.endLine);
  let src = lines.join('\n');
  // A spec of a grouped declaration (`type ( A interface {...} )`) starts without the keyword.
  if (!/^\s*type\b/.test(src)) src = 'type ' + src.trimStart();
  const snippet = await goSnippet({ start: 0, end: 0, lang: 'go', value: src, fenced: true, line: 0 });
  return snippet.interfaces.find((i) => i.name === hit.decl.name)?.embedded;
}

function where(h: TypeHit): string {
  const { startLine, endLine } = h.decl;
  return `${h.rel}:${startLine === endLine ? startLine : `${startLine}-${endLine}`}`;
}

/** Differences between the plan's interface and the real one; parameter names do not count. */
export function compare(plan: SnippetInterface, real: GoMethod[]): string[] {
  const diffs: string[] = [];
  const realBy = new Map(real.map((m) => [m.name, m]));
  const planBy = new Map(plan.methods.map((m) => [m.name, m]));
  for (const m of plan.methods) {
    const r = realBy.get(m.name);
    if (!r) diffs.push(`method ${m.name} is not in the declaration`);
    else if (typesOnly(m.signature) !== typesOnly(r.signature)) diffs.push(`${m.name}${m.signature} is declared as ${m.name}${r.signature}`);
  }
  for (const r of real) if (!planBy.has(r.name)) diffs.push(`method ${r.name}${r.signature} is missing`);
  return diffs;
}

/** `(req *Request, n int) (x int, err error)` -> `(*Request, int) (int, error)`. */
export function typesOnly(sig: string): string {
  const lists: string[] = [];
  let i = 0;
  const s = sig.trim();
  let rest = '';
  while (i < s.length) {
    if (s[i] === '(') {
      let depth = 0;
      let j = i;
      for (; j < s.length; j++) {
        if (s[j] === '(' || s[j] === '[' || s[j] === '{') depth++;
        else if (s[j] === ')' || s[j] === ']' || s[j] === '}') {
          depth--;
          if (depth === 0) break;
        }
      }
      lists.push(`(${paramTypes(s.slice(i + 1, j)).join(', ')})`);
      i = j + 1;
    } else {
      rest += s[i];
      i++;
    }
  }
  return (lists.join(' ') + ' ' + rest.replace(/\s+/g, ' ')).replace(/\s+/g, ' ').trim();
}

function paramTypes(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of list) {
    if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
    if (ch === ',' && depth === 0) {
      parts.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) parts.push(cur.trim());
  // Go: either every parameter is named or none is. Named ones read `name Type`; `a, b int` shares the type.
  const named = parts.some((p) => /^[A-Za-z_]\w*\s+\S/.test(p) && !/^(?:chan|func|map|struct|interface)\b/.test(p));
  if (!named) return parts.map((p) => p.replace(/\s+/g, ' '));
  const out: string[] = [];
  let pending = 0;
  for (const p of parts) {
    const m = /^[A-Za-z_]\w*\s+(.+)$/.exec(p);
    if (!m) {
      pending++;
      continue;
    }
    const type = m[1].replace(/\s+/g, ' ');
    for (let k = 0; k <= pending; k++) out.push(type);
    pending = 0;
  }
  return out;
}
