/**
 * Shared pieces of the reliability tests (test/unit/reliability, test/lsp/reliability-*):
 * seeded fast-check settings, plan mutations, a file system that refuses and records any access
 * outside the workspace, and range checks.
 *
 * `npm test` runs each property a bounded number of times; `npm run fuzz [RUNS]` (or
 * MACROPLAN_FUZZ_RUNS=N) runs them longer. MACROPLAN_FUZZ_SEED replays a reported failure.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { nodeFs, type FileSystem } from '../../server/src/core/fs';
import type { Diagnostic } from '../../server/src/core/types';

export const FIXTURE_WS = path.resolve(__dirname, '..', 'fixtures', 'reliability', 'ws');
export const SEED_PLANS = ['docs/plans/checkout-macro-plan.md', 'docs/notes.md'].map((rel) => fs.readFileSync(path.join(FIXTURE_WS, rel), 'utf8'));

/** True under `npm run fuzz`: bigger inputs, more runs. */
export const FUZZING = !!process.env.MACROPLAN_FUZZ_RUNS;
export const FUZZ_SEED = Number(process.env.MACROPLAN_FUZZ_SEED ?? 20261125);

/** fast-check parameters: `quick` runs under `npm test`, MACROPLAN_FUZZ_RUNS under `npm run fuzz`. */
export function fuzzParams<T>(quick: number): fc.Parameters<T> {
  const runs = Number(process.env.MACROPLAN_FUZZ_RUNS) || quick;
  return { numRuns: runs, seed: FUZZ_SEED };
}

/** Strings that stress the scanner, the parser and the resolver when spliced into a plan. */
export const HOSTILE_SNIPPETS = [
  'shop/basket.go:6-9', '`Basket` (shop/basket.go:6)', 'basket.go:6', 'shop/basket.go#L19-L25', 'shop/basket.go#L5,3-L10,5',
  'shop/basket.go:13,14,15', 'shop/basket.go:0', 'shop/basket.go:999999999', 'shop/basket.go:9-3', 'x.go:1-', 'a.go:,', '.go:1',
  '../../etc/passwd.go:1', '/etc/abs.go:1', '~/home.go:1', '%2e%2e/%2e%2e/x.go:1', '%zz.go:1', '..\\..\\x.go:1', 'C:/x.go:1', '//host/x.go:1',
  'https://example.invalid/a.go:1', 'a.go:1'.repeat(20), 'shop/basket.go:'.repeat(30), 'x'.repeat(300) + '.go:1',
  '```', '```go', '~~~', '````', '    ', '\t', '| a | b |', '|---|---|', '| x |', '|', '<!--', '-->', '<!-- macroplan-disable -->',
  '<!-- macroplan-disable-next-line MP001 -->', '<div>', '</div>', '[x]: shop/basket.go:1', '[link](shop/basket.go#L6)', '[', ']', '(',
  '**', '*', '_', '__', '~~', '`', '``', '\\', '# ', '###### ', '####### ', '=====', '-----', '* * *', '1. ', '2) ', '- ', '+ ', '> ',
  '>'.repeat(40), '> '.repeat(40), '- '.repeat(40), '  '.repeat(60) + '- deep shop/basket.go:6', '1. '.repeat(30),
  '\u0000', '\uD800', '\uDC00', '\uDBFF\uDFFF', '\uFEFF', '\u2028', '\u0085', '\r', '\r\n', '\n', '\n\n', 'é', '😀', 'e\u0301', '\u202E',
  'BC-1', 'INV-2', 'PR 3', 'EXOGENOUS', 'TBD', '## A. Executive Summary', '## I. PR Plan', '### PR 9: x', '- **Extension Type**: nope',
];

type Mutation = (text: string) => string;

const lineOp = (f: (lines: string[], i: number, j: number) => void, i: number, j: number): Mutation => (text) => {
  const lines = text.split('\n');
  if (lines.length === 0) return text;
  f(lines, i % lines.length, j % lines.length);
  return lines.join('\n');
};

/** One random edit of a plan: line deletions, duplications and swaps, truncation, insertions. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]) => lineOp((ls, a) => ls.splice(a, 1), i, j)),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]) => lineOp((ls, a) => ls.splice(a, 0, ls[a]), i, j)),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]) => lineOp((ls, a, b) => ([ls[a], ls[b]] = [ls[b], ls[a]]), i, j)),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]) => lineOp((ls, a, b) => ls.splice(b, 0, ...ls.splice(a, 1)), i, j)),
  fc.nat().map((k): Mutation => (t) => t.slice(0, k % (t.length + 1))),
  fc.nat().map((k): Mutation => (t) => t.slice(k % (t.length + 1))),
  fc.tuple(fc.nat(), fc.constantFrom(...HOSTILE_SNIPPETS)).map(([k, s]): Mutation => (t) => {
    const at = k % (t.length + 1);
    return t.slice(0, at) + s + t.slice(at);
  }),
  fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 20 })).map(([k, s]): Mutation => (t) => {
    const at = k % (t.length + 1);
    return t.slice(0, at) + s + t.slice(at);
  }),
  fc.tuple(fc.nat(), fc.nat({ max: 30 })).map(([k, n]): Mutation => (t) => {
    const at = k % (t.length + 1);
    return t.slice(0, at) + t.slice(at + n);
  }),
  fc.constant<Mutation>((t) => t.replace(/\r?\n/g, '\r')),
  fc.constant<Mutation>((t) => t.replace(/\r?\n/g, '\r\n')),
  fc.tuple(fc.nat(), fc.integer({ min: 2, max: FUZZING ? 400 : 60 }), fc.constantFrom('> ', '>', '- ', '  - ', '1. ', '* ', '> - ')).map(([k, n, m]): Mutation => (t) => {
    const lines = t.split('\n');
    const at = k % (lines.length + 1);
    const nested = Array.from({ length: n }, (_, d) => (m.startsWith('  ') ? '  '.repeat(d) + '- ' : m.repeat(d + 1)) + 'nested `Line` shop/basket.go:12');
    lines.splice(at, 0, ...nested);
    return lines.join('\n');
  }),
);

/** A fixture plan after 1 to 12 random mutations. */
export const mutatedPlan: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...SEED_PLANS), fc.array(mutation, { minLength: 1, maxLength: 12 }))
  .map(([seed, ms]) => ms.reduce((t, m) => m(t), seed));

/** A document assembled from random lines of Markdown-ish tokens and arbitrary text. */
export const randomDocument: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.array(fc.constantFrom(...HOSTILE_SNIPPETS, ' ', 'word', 'Basket', '.', ' (', ')'), { maxLength: 12 }).map((xs) => xs.join('')),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom('', '', '```', '# Title', '| a | b |', '|---|---|'),
    ),
    { maxLength: FUZZING ? 200 : 60 },
  )
  .chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((eol) => lines.join(eol)));

/** Every diagnostic (and every edit of its fix and suggestions) lies inside the document; a fix keeps the lines. */
export function assertRangesInside(diagnostics: Diagnostic[], text: string): void {
  for (const d of diagnostics) {
    const ok = Number.isInteger(d.start) && Number.isInteger(d.end) && d.start >= 0 && d.start <= d.end && d.end <= text.length;
    if (!ok) throw new Error(`${d.rule} range [${d.start}, ${d.end}] is outside the document (length ${text.length}): ${d.message}`);
    for (const f of [...(d.fix ? [d.fix] : []), ...(d.suggestions ?? [])]) {
      for (const e of f.edits) {
        if (!(e.start >= 0 && e.start <= e.end && e.end <= text.length)) throw new Error(`${d.rule} fix "${f.title}" edits [${e.start}, ${e.end}] outside the document (length ${text.length})`);
      }
    }
    for (const e of d.fix?.edits ?? []) {
      if (/[\r\n]/.test(e.newText + text.slice(e.start, e.end))) throw new Error(`${d.rule} fix "${d.fix!.title}" adds or removes a line: --fix never does`);
    }
  }
}

export interface GuardedAccess {
  op: keyof FileSystem;
  path: string;
}

/**
 * The engine's file system, fenced to `root`: readFile, stat and readdir of any path outside
 * `root` are recorded as violations and refused (EACCES) instead of performed; realpath is
 * allowed on paths inside `root` (resolving a link inside the workspace opens nothing, even when
 * the link points outside) and is a violation on a path outside it. `deny` makes chosen paths
 * fail as if unreadable.
 */
export function fencedFs(root: string, inner: FileSystem = nodeFs): FileSystem & {
  accesses: GuardedAccess[];
  violations: GuardedAccess[];
  deny: Map<string, string>;
} {
  const accesses: GuardedAccess[] = [];
  const violations: GuardedAccess[] = [];
  const deny = new Map<string, string>();
  const inside = (p: string) => {
    const abs = path.resolve(p);
    return abs === root || abs.startsWith(root + path.sep);
  };
  const wrap = <K extends keyof FileSystem>(op: K) => ((p: string) => {
    accesses.push({ op, path: p });
    if (typeof p !== 'string' || !inside(p)) {
      violations.push({ op, path: p });
      return Promise.reject(Object.assign(new Error(`EACCES: test fence refused ${op} ${p}`), { code: 'EACCES' }));
    }
    const code = deny.get(path.resolve(p));
    if (code && op !== 'realpath') return Promise.reject(Object.assign(new Error(`${code}: ${op} ${p}`), { code }));
    return (inner[op] as (p: string) => unknown)(p);
  }) as FileSystem[K];
  return { accesses, violations, deny, readFile: wrap('readFile'), stat: wrap('stat'), realpath: wrap('realpath'), readdir: wrap('readdir') };
}
