/**
 * The custom requests and notifications between the language server and its clients, with their
 * parameter and result types: the one place both sides take them from (client/src imports this
 * file). It holds names and types only and imports nothing but types, so the client bundle pulls
 * in no server code.
 *
 * Positions are LSP positions (zero-based line, UTF-16 character).
 */
import type { GraphData } from '../core/authoring/graph';

export const REQUESTS = {
  /** { textDocument, position } -> PrCardOptions */
  prCardOptions: 'macroplan/authoring/prCardOptions',
  /** { textDocument, position, extensionType?, buildingBlock?, title? } -> Insertion & { number } */
  prCard: 'macroplan/authoring/prCard',
  /** { textDocument, position, name? } -> Insertion */
  moduleContract: 'macroplan/authoring/moduleContract',
  /** { textDocument, position } -> Insertion & { kind: 'row' | 'table' } */
  riskRow: 'macroplan/authoring/riskRow',
  /** { workDoneToken? } -> CheckSummary (with work done progress) */
  checkWorkspace: 'macroplan/checkWorkspace',
  /** { textDocument } -> DependencyGraph */
  dependencyGraph: 'macroplan/dependencyGraph',
  /** { uri } -> the diagnostics of a Markdown file, open or on disk inside a workspace folder */
  checkFile: 'macroplan/checkFile',
  /** {} -> process.memoryUsage() */
  memory: 'macroplan/debug/memory',
  /** {} -> { collected } & process.memoryUsage(), after a full collection under `node --expose-gc` */
  gc: 'macroplan/debug/gc',
  /** {} -> { timeOrigin, marks, cpu, codeCache }: when each step of the server's start first happened (ms since timeOrigin), the CPU time used so far and whether V8's code cache was used (lsp/codeCacheState.ts), for the benchmark */
  startup: 'macroplan/debug/startup',
} as const;

/**
 * `macroplan/profile`: the server tells the client, after a check, which profile a Markdown document
 * got and why, so the client can show it (VS Code: a status bar item while a plan is open, the reason
 * on hover). Sent when the profile or its reason changes; `profile` is null when the document is no
 * plan. The client only displays it: the choice is the engine's (core/plan/detect.ts).
 */
export const PROFILE_NOTIFICATION = 'macroplan/profile';

export interface ProfileNotice {
  uri: string;
  profile: string | null;
  /** The profile's kind (macro, micro, design, ...): a plain string, so a new kind needs no client change. */
  kind: string | null;
  reason: string;
}

/** The client command a "cited by N plans" code lens runs: (goUri, position, locations) -> show the citing lines. */
export const SHOW_CITING_LINES = 'macroplan.showCitingLines';

export interface Position {
  line: number;
  character: number;
}

export interface DocParams {
  textDocument: { uri: string };
  position: Position;
}

export interface Insertion {
  uri: string;
  /** Where to insert (nothing is replaced). */
  position: Position;
  /** The snippet to insert there (LSP snippet syntax), blank lines around it included. */
  snippet: string;
  /** The same text with every placeholder at its default, for clients without snippets. */
  text: string;
  /** Where the text goes, in words ("after PR 3"). */
  reason: string;
}

export interface PrCardOptions {
  number: number;
  extensionTypes: string[];
  blocks: string[];
  firstBc: string;
  bcStyle: string;
  reason: string;
}

export interface CheckSummary {
  files: number;
  plans: number;
  errors: number;
  warnings: number;
  infos: number;
  results: { uri: string; errors: number; warnings: number; infos: number }[];
}

export type DependencyGraph = GraphData & { uri: string; version: number; isPlan: boolean };
