import type { Node } from 'web-tree-sitter';
import type { CodeBlock, PlanModel } from '../../model';
import { goParser } from '../../treesitter';
import { isGoLabel } from '../../plan/gocode';

/**
 * What a superpowers plan's Go blocks declare and use (MP507). Each block is parsed with tree-sitter
 * as written, or, when it is a fragment of statements, wrapped in a function; a block neither way
 * parses is a sketch: every identifier in it counts as declared and none as used, so a fragment
 * never raises a finding. Uses checked: a call of a bare name, a type name, a member of a variable
 * whose type the plan or the workspace declares (a receiver, a parameter, `x := &T{}`, `var x T`,
 * `x := NewT()`), and a member of a workspace package (`ratelimit.New`).
 */
export interface GoUse {
  name: string;
  kind: 'call' | 'type' | 'member' | 'qualified';
  /** For a member: the variable or package before the dot. */
  via?: string;
  /** The variable's type, when the block tells it; `call:F` for a variable holding F's result (the rule looks F up). */
  viaType?: string;
  block: CodeBlock;
  /** 0-based row in the block's text. */
  row: number;
}

export interface PlanGo {
  /** Every name the plan's Go declares (functions, methods, types, fields, interface methods, variables, parameters). */
  declared: Set<string>;
  /** Where each package-level name is declared: the block. */
  declaredAt: Map<string, CodeBlock>;
  /** Types the plan declares -> closed (a struct or interface that embeds nothing). */
  types: Map<string, boolean>;
  /** Package names the plan's blocks declare (`package ratelimit`). */
  packages: Set<string>;
  /** Function name -> the type of its first result, for the plan's own functions. */
  results: Map<string, string>;
  /** Import alias -> path, per block. */
  imports: Map<CodeBlock, Map<string, string>>;
  /** Blocks with a dot import: their bare names may come from anywhere. */
  dotImports: Set<CodeBlock>;
  uses: GoUse[];
}

const BUILTINS = new Set([
  'append', 'cap', 'clear', 'close', 'complex', 'copy', 'delete', 'imag', 'len', 'make', 'max', 'min', 'new', 'panic', 'print', 'println', 'real', 'recover',
  'bool', 'byte', 'complex64', 'complex128', 'error', 'float32', 'float64', 'int', 'int8', 'int16', 'int32', 'int64', 'rune', 'string',
  'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uintptr', 'any', 'comparable', 'true', 'false', 'iota', 'nil', '_',
]);

export function isBuiltin(name: string): boolean {
  return BUILTINS.has(name);
}

const cache = new WeakMap<PlanModel, Promise<PlanGo>>();

export function planGo(model: PlanModel): Promise<PlanGo> {
  let p = cache.get(model);
  if (!p) cache.set(model, (p = read(model)));
  return p;
}

async function read(model: PlanModel): Promise<PlanGo> {
  const out: PlanGo = { declared: new Set(), declaredAt: new Map(), types: new Map(), results: new Map(), packages: new Set(), imports: new Map(), dotImports: new Set(), uses: [] };
  const results = out.results;
  const parser = await goParser();
  for (const block of model.codeBlocks) {
    if (!isGoLabel(block.lang)) continue;
    let tree = parser.parse(block.value + '\n');
    let offset = 0;
    if (tree && tree.rootNode.hasError) {
      tree.delete();
      tree = parser.parse(`package p\nfunc _() {\n${block.value}\n}\n`);
      offset = 2;
    }
    if (!tree || tree.rootNode.hasError) {
      tree?.delete();
      for (const n of block.value.match(/[A-Za-z_]\w*/g) ?? []) out.declared.add(n);
      continue;
    }
    try {
      walk(tree.rootNode, { out, block, vars: new Map(), uses: out.uses, results, offset });
    } finally {
      tree.delete();
    }
  }
  return out;
}

interface Walk {
  out: PlanGo;
  block: CodeBlock;
  vars: Map<string, string>;
  uses: GoUse[];
  results: Map<string, string>;
  offset: number;
}

function declare(w: Walk, name: string | undefined, packageLevel = false): void {
  if (!name) return;
  w.out.declared.add(name);
  if (packageLevel && !w.out.declaredAt.has(name)) w.out.declaredAt.set(name, w.block);
}

/** A variable comes into scope: its type when written (`T`, or `call:NewT` until NewT's result is known), else none (a shadowing name forgets the old type). */
function bind(w: Walk, name: string, type: string | undefined): void {
  declare(w, name);
  if (type) w.vars.set(name, type);
  else w.vars.delete(name);
}

function use(w: Walk, node: Node, kind: GoUse['kind'], name: string, via?: string): void {
  // The type a variable has where it is used: the latest binding before the use.
  const viaType = kind === 'member' && via ? w.vars.get(via) : undefined;
  w.uses.push({ name, kind, via, viaType, block: w.block, row: node.startPosition.row - w.offset });
}

/** `T`, `*T`, `T[int]` -> T; anything qualified or composite -> undefined. */
function baseType(node: Node | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'type_identifier') return node.text;
  if (node.type === 'pointer_type' || node.type === 'generic_type') return baseType(node.namedChildren.find((c) => !!c && c.type !== 'type_arguments'));
  if (node.type === 'parameter_list') {
    const first = node.namedChildren.find((c) => c?.type === 'parameter_declaration');
    return baseType(first?.childForFieldName('type'));
  }
  return undefined;
}

function identifiers(node: Node | null | undefined): Node[] {
  if (!node) return [];
  if (node.type === 'identifier') return [node];
  return node.namedChildren.filter((c): c is Node => !!c && c.type === 'identifier');
}

function walk(node: Node, w: Walk): void {
  switch (node.type) {
    case 'package_clause': {
      const name = node.namedChildren.find((c) => c?.type === 'package_identifier')?.text;
      // A fragment's wrapper (`package p`) names no package of the plan.
      if (name && w.offset === 0) w.out.packages.add(name);
      return;
    }
    case 'import_spec': {
      const p = node.childForFieldName('path')?.text.replace(/^["`]|["`]$/g, '') ?? '';
      const alias = node.childForFieldName('name')?.text ?? p.split('/').pop() ?? '';
      if (alias === '.') w.out.dotImports.add(w.block);
      let m = w.out.imports.get(w.block);
      if (!m) w.out.imports.set(w.block, (m = new Map()));
      m.set(alias, p);
      return;
    }
    case 'function_declaration': {
      const name = node.childForFieldName('name')?.text;
      declare(w, name, true);
      const result = baseType(node.childForFieldName('result'));
      if (name && result) w.results.set(name, result);
      walkScoped(node, w);
      return;
    }
    case 'method_declaration': {
      declare(w, node.childForFieldName('name')?.text, true);
      const inner = { ...w, vars: new Map(w.vars) };
      for (const p of node.childForFieldName('receiver')?.namedChildren ?? []) {
        if (p?.type !== 'parameter_declaration') continue;
        const t = baseType(p.childForFieldName('type'));
        for (const id of identifiers(p.childForFieldName('name'))) bind(inner, id.text, t);
      }
      walkScoped(node, inner);
      return;
    }
    case 'type_spec':
    case 'type_alias': {
      const nameNode = node.childForFieldName('name');
      const name = nameNode?.text;
      declare(w, name, true);
      const type = node.childForFieldName('type');
      const closed = node.type === 'type_spec' && !!type && closedType(type);
      if (name) w.out.types.set(name, (w.out.types.get(name) ?? true) && closed);
      for (const c of node.namedChildren) if (c && c !== nameNode) walk(c, w);
      return;
    }
    case 'field_declaration':
    case 'method_elem':
    case 'method_spec':
      for (const c of node.namedChildren) if (c?.type === 'field_identifier') declare(w, c.text, true);
      break;
    case 'const_spec':
    case 'var_spec': {
      const t = baseType(node.childForFieldName('type'));
      for (const id of identifiers(node)) {
        bind(w, id.text, t);
        declare(w, id.text, true);
      }
      break;
    }
    case 'parameter_declaration':
    case 'variadic_parameter_declaration': {
      // `a, b int`: every name is a child of its own.
      const t = baseType(node.childForFieldName('type'));
      for (const id of identifiers(node)) bind(w, id.text, t);
      break;
    }
    case 'type_parameter_declaration':
      for (const id of identifiers(node)) declare(w, id.text);
      break;
    case 'short_var_declaration':
    case 'range_clause':
    case 'receive_statement': {
      // The right side is walked first: `s := s.Next()` uses the old `s`.
      const right = node.childForFieldName('right');
      if (right) walk(right, w);
      const left = identifiers(node.childForFieldName('left'));
      const values = right?.namedChildren.filter((c): c is Node => !!c) ?? [];
      left.forEach((id, i) => {
        let t: string | undefined;
        if (node.type === 'short_var_declaration' && i === 0 && values.length === 1) {
          const fn = values[0].type === 'call_expression' ? values[0].childForFieldName('function') : undefined;
          t = producedType(values[0]) ?? (fn?.type === 'identifier' ? `call:${fn.text}` : undefined);
        } else if (node.type === 'short_var_declaration' && values.length === left.length) t = producedType(values[i]);
        bind(w, id.text, t);
      });
      return;
    }
    case 'type_switch_statement':
      for (const id of identifiers(node.childForFieldName('alias'))) bind(w, id.text, undefined);
      break;
    case 'labeled_statement':
      declare(w, node.childForFieldName('label')?.text);
      break;
    case 'call_expression': {
      const fn = node.childForFieldName('function');
      if (fn?.type === 'identifier') use(w, fn, 'call', fn.text);
      break;
    }
    case 'selector_expression': {
      const operand = node.childForFieldName('operand');
      const field = node.childForFieldName('field');
      if (operand?.type === 'identifier' && field) use(w, field, 'member', field.text, operand.text);
      break;
    }
    case 'qualified_type': {
      const pkg = node.childForFieldName('package')?.text;
      const name = node.childForFieldName('name');
      if (pkg && name) use(w, name, 'qualified', name.text, pkg);
      return;
    }
    case 'type_identifier':
      use(w, node, 'type', node.text);
      return;
    default:
      break;
  }
  for (const c of node.namedChildren) if (c) walk(c, w);
}

/** A function's variables end with it: the next function's `s` is its own. */
function walkScoped(node: Node, w: Walk): void {
  const inner = { ...w, vars: new Map(w.vars) };
  for (const c of node.namedChildren) if (c) walk(c, inner);
}

/** `&T{...}`, `T{...}`, `new(T)` -> T. */
function producedType(expr: Node): string | undefined {
  let e = expr;
  if (e.type === 'unary_expression' && e.childForFieldName('operator')?.text === '&') e = e.childForFieldName('operand') ?? e;
  if (e.type === 'composite_literal') return baseType(e.childForFieldName('type'));
  if (e.type === 'call_expression' && e.childForFieldName('function')?.text === 'new') {
    const arg = e.childForFieldName('arguments')?.namedChildren[0];
    return baseType(arg);
  }
  return undefined;
}

/** A struct or interface that embeds nothing: its members are the ones it lists, plus its methods. */
function closedType(type: Node): boolean {
  if (type.type === 'struct_type') {
    const list = type.namedChildren.find((c) => c?.type === 'field_declaration_list');
    return !(list?.namedChildren ?? []).some((f) => f?.type === 'field_declaration' && !f.childForFieldName('name'));
  }
  if (type.type === 'interface_type') return !type.namedChildren.some((c) => !!c && c.type !== 'method_elem' && c.type !== 'method_spec' && c.type !== 'comment');
  return false;
}
