// Deterministic inputs for the benchmark: a Go module of N files and plans citing into it.
import { lstatSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOUNS = ['Router', 'Queue', 'Scheduler', 'Cache', 'Batch', 'Policy', 'Instance', 'Request', 'Budget', 'Tracker', 'Estimator', 'Window'];

/** Writes a Go module; returns every file's declarations with their line ranges. */
export function writeGoModule(dir, nFiles, seed = 1) {
  const rand = rng(seed);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'go.mod'), 'module example.com/bench\n\ngo 1.22\n');
  const files = [];
  for (let i = 0; i < nFiles; i++) {
    const pkg = `pkg${Math.floor(i / 20)}`;
    const sub = `sub${i % 5}`;
    const rel = `internal/${pkg}/${sub}/file${i}.go`;
    const lines = [`package ${sub}`, '', 'import "fmt"', ''];
    const decls = [];
    for (let d = 0; d < 8; d++) {
      const noun = NOUNS[Math.floor(rand() * NOUNS.length)] + i + '_' + d;
      const kind = d % 4;
      lines.push(`// ${noun} is generated for the benchmark.`);
      const start = lines.length + 1;
      if (kind === 0) {
        lines.push(`type ${noun} struct {`, '\tID    int', '\tName  string', '\tLoads []int', '}');
      } else if (kind === 1) {
        lines.push(`type ${noun} interface {`, '\tRoute(req int, loads []int) (int, error)', '\tName() string', '}');
      } else if (kind === 2) {
        lines.push(`func New${noun}(name string) (int, error) {`, '\tif name == "" {', '\t\treturn 0, fmt.Errorf("empty")', '\t}', '\ttotal := 0', '\tfor i := range name {', '\t\ttotal += i', '\t}', '\treturn total, nil', '}');
      } else {
        lines.push(`const ${noun} = ${Math.floor(rand() * 1000)}`);
      }
      const name = kind === 2 ? `New${noun}` : noun;
      decls.push({ name, start, end: lines.length });
      lines.push('');
    }
    mkdirSync(join(dir, 'internal', pkg, sub), { recursive: true });
    writeFileSync(join(dir, rel), lines.join('\n'));
    files.push({ rel, lineCount: lines.length, decls });
  }
  // Two files with the same tail, for ambiguous citations.
  mkdirSync(join(dir, 'a', 'shared'), { recursive: true });
  mkdirSync(join(dir, 'b', 'shared'), { recursive: true });
  writeFileSync(join(dir, 'a', 'shared', 'twin.go'), 'package shared\n\nconst A = 1\n');
  writeFileSync(join(dir, 'b', 'shared', 'twin.go'), 'package shared\n\nconst B = 2\n');
  return files;
}

/**
 * A plan of about `nLines` lines in the prompt's section order with one citation every
 * 20 lines; a tenth of the citations are broken in each of the six ways.
 */
export function makePlan(nLines, files, seed = 2) {
  const rand = rng(seed);
  const pick = (a) => a[Math.floor(rand() * a.length)];
  const out = ['# Macro Plan: Benchmark', '', '_Revision 2026-01-02: generated._', ''];
  const sections = ['A) Executive Summary', 'B) Repository Recon Summary', 'C) Objectives, Non-Goals, and Model Scoping', 'D) Concept Model', 'E) Risk Register', 'F) Architectural Evolution', 'H) Cross-Cutting Infrastructure', 'I) PR Plan', 'J) Dependency DAG', 'K) Design Bug Prevention Checklist'];
  let citations = 0;
  const broken = { missing: 0, ambiguous: 0, range: 0, symbol: 0, empty: 0, outside: 0 };
  const citation = () => {
    citations++;
    const f = pick(files);
    const d = pick(f.decls);
    const r = rand();
    if (r < 0.1) { broken.missing++; return `\`${f.rel.replace('.go', '_gone.go')}:${d.start}\``; }
    if (r < 0.2) { broken.ambiguous++; return '`shared/twin.go:3`'; }
    if (r < 0.3) { broken.range++; return `\`${f.rel}:${f.lineCount + 5}-${f.lineCount + 9}\``; }
    if (r < 0.4) { broken.symbol++; const o = f.decls.find((x) => x !== d && x.name !== d.name) ?? d; return `**${d.name}** (\`${f.rel}:${o.start}-${o.end}\`)`; }
    if (r < 0.5) { broken.empty++; return `\`${f.rel}:2\``; }
    if (r < 0.6) { broken.outside++; return '`../../outside/elsewhere.go:1`'; }
    return `**${d.name}** (\`${f.rel}:${d.start}-${d.end}\`)`;
  };
  const perSection = Math.max(10, Math.floor((nLines - 10) / sections.length));
  for (const s of sections) {
    out.push(`## ${s}`, '');
    let pr = 0;
    while (out.length % perSection !== 0 || out.length < 10) {
      const i = out.length;
      if (s.startsWith('I)') && i % 40 === 0) out.push(`### PR ${++pr}: Step ${pr}`, '');
      else if (i % 20 === 0) out.push(`- The component ${citation()} handles this part of the flow.`);
      else if (i % 7 === 0) out.push('');
      else out.push(`Prose line ${i} that explains the design in ordinary words, as plans do, with no citation in it.`);
      if (out.length >= nLines) break;
    }
    out.push('');
  }
  return { text: out.join('\n'), citations, broken };
}

/**
 * Sets the times of everything under `dir` a minute back: the result cache keeps no answer over a
 * file changed in the last seconds (server/src/core/resultcache.ts), and the bench's files are new.
 */
export function backdate(dir) {
  const t = new Date(Date.now() - 60_000);
  const walk = (p) => {
    const st = lstatSync(p);
    if (st.isDirectory()) for (const e of readdirSync(p)) walk(join(p, e));
    if (!st.isSymbolicLink()) utimesSync(p, t, t);
  };
  walk(dir);
}
