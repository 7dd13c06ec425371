import * as path from 'node:path';
import type { Diagnostic, Fix } from '../core/types';
import { chooseFixes } from '../core/fixes';
import type { LineIndex } from '../core/text';
import { pathToFileURL } from 'node:url';
import { repositoryUrl } from './links';
import { registry, ruleDocUrl } from '../core/rules/registry';

export interface FileReport {
  /** The path as given on the command line (or joined under a given folder). */
  path: string;
  abs: string;
  lines: LineIndex;
  diagnostics: Diagnostic[];
  /** The profile the file was checked against; null when it is no plan (citation rules only). */
  profile?: string | null;
  /** Why that profile (or why no plan). */
  profileReason?: string;
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function summarise(files: FileReport[]): Summary {
  const s: Summary = { files: files.length, errors: 0, warnings: 0, infos: 0 };
  for (const f of files) for (const d of f.diagnostics) {
    if (d.severity === 'error') s.errors++;
    else if (d.severity === 'warning') s.warnings++;
    else s.infos++;
  }
  return s;
}

/** 1-based start and end of a diagnostic, end column exclusive (the JSON contract's positions). */
export function where(f: FileReport, d: { start: number; end: number }) {
  const a = f.lines.positionAt(d.start);
  const b = f.lines.positionAt(d.end);
  return { line: a.line + 1, column: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1 };
}

/**
 * A file's diagnostics as the JSON contract gives them. `fixable` says that `--fix` fixes it (the
 * same choice `--fix` makes: its `fix`, when no other fix took the same text); `fix` and
 * `suggestions` carry the edits, as ESLint's formatter data does.
 */
function jsonDiagnostics(f: FileReport) {
  const { chosen } = chooseFixes(f.diagnostics);
  const edits = (fix: Fix) => ({
    title: fix.title,
    edits: fix.edits.map((e) => ({ range: [e.start, e.end], text: e.newText, ...where(f, { start: e.start, end: e.end }) })),
  });
  return f.diagnostics.map((d) => ({
    rule: d.rule,
    name: d.name,
    severity: d.severity,
    ...where(f, d),
    message: d.message,
    fixable: chosen.has(d),
    ...(d.fix ? { fix: edits(d.fix) } : {}),
    ...(d.suggestions?.length ? { suggestions: d.suggestions.map(edits) } : {}),
  }));
}

/** The public JSON contract, version 1. */
export function formatJson(files: FileReport[]): string {
  return JSON.stringify({
    version: 1,
    files: files.map((f) => ({
      path: f.path,
      profile: f.profile ?? null,
      profileReason: f.profileReason ?? '',
      diagnostics: jsonDiagnostics(f),
    })),
    summary: summarise(files),
  }, null, 2);
}

/** The findings `--fix` fixes: the fixes chooseFixes (core/fixes.ts) applies, file by file, as JSON's `fixable`. */
function fixedByFix(files: FileReport[]): Set<Diagnostic> {
  return new Set(files.flatMap((f) => [...chooseFixes(f.diagnostics).chosen]));
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Words of `text` in lines of at most `width` characters (a longer word gets a line of its own). */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines;
}

/**
 * eslint "stylish"-like text: the root when it is not the current folder, each file's findings,
 * then the summary with the fixable count and the count per rule. On a terminal (`width` given)
 * messages wrap at words to fit it, the rule id after the last line; into a pipe or a file each
 * finding stays on one line, for grep.
 */
export function formatText(files: FileReport[], color: boolean, root?: string, width = Infinity): string {
  const c = (code: string, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const out: string[] = [];
  if (root) out.push(c('2', `root: ${root}`), '');
  for (const f of files) {
    if (f.diagnostics.length === 0) continue;
    out.push(f.profile ? `${c('4', f.path)}  ${c('2', `(profile ${f.profile})`)}` : c('4', f.path));
    const rows = f.diagnostics.map((d) => {
      const w = where(f, d);
      return [`${w.line}:${w.column}`, d.severity, d.message, d.rule];
    });
    const wPos = Math.max(...rows.map((r) => r[0].length));
    const wSev = Math.max(...rows.map((r) => r[1].length));
    const indent = 2 + wPos + 2 + wSev + 2;
    for (const [pos, sev, msg, rule] of rows) {
      const sevText = sev.padEnd(wSev);
      const colored = sev === 'error' ? c('31', sevText) : sev === 'warning' ? c('33', sevText) : c('36', sevText);
      const lines = wrapWords(msg, Math.max(40, width - indent - rule.length - 2));
      lines[lines.length - 1] += `  ${c('2', rule)}`;
      out.push(`  ${c('2', pos.padStart(wPos))}  ${colored}  ${lines[0]}`);
      for (const more of lines.slice(1)) out.push(' '.repeat(indent) + more);
    }
    out.push('');
  }
  const s = summarise(files);
  const total = s.errors + s.warnings + s.infos;
  if (total === 0) {
    out.push(`${plural(s.files, 'file')} checked, no problems`);
    return out.join('\n');
  }
  const line = `${plural(total, 'problem')} (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.infos, 'info')}) in ${plural(s.files, 'file')}`;
  out.push(c(s.errors ? '31;1' : '33;1', `✖ ${line}`));
  const all = files.flatMap((f) => f.diagnostics);
  const fixed = fixedByFix(files);
  const willFix = (d: Diagnostic) => fixed.has(d);
  const fixable = all.filter(willFix);
  if (fixable.length) {
    const by = (sev: string) => fixable.filter((d) => d.severity === sev).length;
    const parts = [plural(by('error'), 'error'), plural(by('warning'), 'warning'), ...(by('info') ? [plural(by('info'), 'info')] : [])];
    out.push(c(s.errors ? '31;1' : '33;1', `  ${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]} fixable with the \`--fix\` option.`));
  }
  // Per rule when one repeats among several: with every rule once, or one rule alone, the
  // lines above say it all.
  const ruleCount = new Set(all.map((d) => d.rule)).size;
  if (ruleCount > 1 && ruleCount < all.length) {
    const perRule = new Map<string, { name: string; n: number; fix: number }>();
    for (const d of all) {
      const r = perRule.get(d.rule) ?? { name: d.name, n: 0, fix: 0 };
      r.n++;
      if (willFix(d)) r.fix++;
      perRule.set(d.rule, r);
    }
    const sorted = [...perRule].sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]));
    const wN = String(sorted[0][1].n).length;
    const wName = Math.max(...sorted.map(([id, r]) => id.length + 1 + r.name.length));
    for (const [id, r] of sorted) out.push(`  ${String(r.n).padStart(wN)}  ${`${id} ${r.name}`.padEnd(wName)}${r.fix ? `  (${r.fix} fixable)` : ''}`.trimEnd());
  }
  return out.join('\n');
}

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** SARIF 2.1.0 as GitHub code scanning reads it: relative URIs against %SRCROOT%. */
export function formatSarif(files: FileReport[], root: string, version: string, extraRules: { id: string; name: string; severity: 'error' | 'warning' | 'info'; description: string }[] = []): string {
  // Findings the engine makes outside any rule are listed too, so every result has its rule.
  const metas = [...registry.map((r) => r.meta), ...extraRules].sort((a, b) => a.id.localeCompare(b.id));
  const ruleIndex = new Map(metas.map((r, i) => [r.id, i]));
  const home = repositoryUrl();
  return JSON.stringify({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'macroplan',
          version,
          ...(home ? { informationUri: home } : {}),
          rules: metas.map((r) => ({
            id: r.id,
            name: r.name,
            shortDescription: { text: r.description },
            fullDescription: { text: r.description },
            ...(ruleDocUrl(r.id, home) ? { helpUri: ruleDocUrl(r.id, home) } : {}),
            defaultConfiguration: { level: LEVEL[r.severity] },
          })),
        },
      },
      // Which profile each file was checked against (null: no plan, citation rules only), and why.
      properties: {
        profiles: files.map((f) => ({ uri: artifact(root, f.abs).uri, profile: f.profile ?? null, reason: f.profileReason ?? '' })),
      },
      originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(root).href.replace(/\/?$/, '/') } },
      results: files.flatMap((f) => f.diagnostics.map((d) => {
        const w = where(f, d);
        const idx = ruleIndex.get(d.rule);
        return {
          ruleId: d.rule,
          ...(idx !== undefined ? { ruleIndex: idx } : {}),
          level: LEVEL[d.severity],
          message: { text: d.message },
          locations: [{
            physicalLocation: {
              artifactLocation: artifact(root, f.abs),
              region: { startLine: w.line, startColumn: w.column, endLine: w.endLine, endColumn: w.endColumn },
            },
          }],
        };
      })),
    }],
  }, null, 2);
}

/** A URI relative to %SRCROOT% for files under the root; an absolute file URI for one outside it. */
export function artifact(root: string, abs: string): { uri: string; uriBaseId?: string } {
  const rel = path.relative(root, abs);
  if (rel === '..' || rel.startsWith('..' + path.sep) || path.isAbsolute(rel)) return { uri: pathToFileURL(abs).href };
  return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}
