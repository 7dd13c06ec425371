/** Conversions between the engine's data (UTF-16 offsets, file paths) and LSP's (positions, URIs). */
import { isSourcePath } from '../core/lang/paths';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DiagnosticSeverity,
  type Diagnostic as LspDiagnostic,
  type Range,
} from 'vscode-languageserver/node';
import type { Diagnostic, Fix, Severity } from '../core/types';
import type { LineIndex } from '../core/text';
import { ruleDocUrl } from '../core/rules/registry';

export const SOURCE = 'macroplan';

/** The extension's folder, which ships `docs/rules/` (dist/server.js sits in dist/). */
const HOME = pathToFileURL(path.resolve(__dirname, '..')).href;

export function ruleDocUri(ruleId: string): string {
  return ruleDocUrl(ruleId, HOME)!;
}

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function pathToUri(p: string): string {
  return pathToFileURL(p).href;
}

/** A file URI that opens `abs` at a line or line range (VS Code understands `#L12` and `#L12-L15`). */
export function lineUri(abs: string, start: number, end = start): string {
  return `${pathToUri(abs)}#L${start}${end > start ? `-L${end}` : ''}`;
}

export function toRange(lines: LineIndex, start: number, end: number): Range {
  return { start: lines.positionAt(start), end: lines.positionAt(end) };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** What a code action needs from a published diagnostic, carried in its `data`. */
export interface DiagnosticData {
  /** The document version the diagnostic (and its fix ranges) belong to. */
  version: number;
  rule: string;
  /** The diagnostic's fix: the preferred quick fix, and what "Fix all" applies. */
  fix?: LspFix;
  /** Its suggestions: quick fixes the author chooses, never preferred. */
  suggestions: LspFix[];
}

export interface LspFix {
  title: string;
  edits: { range: Range; newText: string }[];
}

function toLspFix(f: Fix, lines: LineIndex): LspFix {
  return { title: f.title, edits: f.edits.map((e) => ({ range: toRange(lines, e.start, e.end), newText: e.newText })) };
}

export function toLspDiagnostic(d: Diagnostic, lines: LineIndex, version: number): LspDiagnostic {
  const data: DiagnosticData = { version, rule: d.rule, ...(d.fix ? { fix: toLspFix(d.fix, lines) } : {}), suggestions: (d.suggestions ?? []).map((f) => toLspFix(f, lines)) };
  return {
    range: toRange(lines, d.start, d.end),
    severity: SEVERITY[d.severity],
    source: SOURCE,
    code: d.rule,
    codeDescription: { href: ruleDocUri(d.rule) },
    message: d.message,
    data,
  };
}

export function isMarkdown(uri: string, languageId?: string): boolean {
  return languageId === 'markdown' || /\.(md|markdown)$/i.test(uri);
}

export function isGo(uri: string, languageId?: string): boolean {
  return languageId === 'go' || /\.go$/i.test(uri);
}

/** Source code of a language the index reads (core/lang/): its edits re-check plans citing it. */
export function isCode(uri: string, languageId?: string): boolean {
  return isGo(uri, languageId) || isSourcePath(uri.replace(/[?#].*$/, ''));
}

/** What publishing needs of a check: a full result, or a cached answer (core/resultcache.ts) with the text's lines. */
export interface Publishable {
  diagnostics: Diagnostic[];
  citations: readonly { start: number; end: number; resolution: { kind: string; candidates?: string[]; suggestions?: string[] } }[];
  model: { lines: LineIndex };
}

/**
 * Every diagnostic of a check, with related locations where the citation under it points at
 * several files (the candidates of an ambiguous path, the closest paths of a missing one).
 */
export function toLspDiagnostics(result: Publishable, version: number, root: string): LspDiagnostic[] {
  const byRange = new Map<string, Publishable['citations'][number]>();
  for (const c of result.citations) byRange.set(`${c.start}:${c.end}`, c);
  return result.diagnostics.map((d) => {
    const lsp = toLspDiagnostic(d, result.model.lines, version);
    const res = byRange.get(`${d.start}:${d.end}`)?.resolution;
    const others = (res?.kind === 'ambiguous' ? res.candidates : res?.kind === 'missing' ? res.suggestions : undefined) ?? [];
    if (others.length) {
      const label = res?.kind === 'ambiguous' ? 'matches' : 'closest existing path';
      lsp.relatedInformation = others.slice(0, 10).map((rel) => ({
        location: { uri: pathToUri(path.join(root, rel)), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } },
        message: `${label}: ${rel}`,
      }));
    }
    return lsp;
  });
}

/** A Markdown code block that holds `code` whatever backticks it contains (for hovers). */
export function fence(code: string, lang = ''): string {
  let ticks = '```';
  while (code.includes(ticks)) ticks += '`';
  return `${ticks}${lang}\n${code}\n${ticks}`;
}
