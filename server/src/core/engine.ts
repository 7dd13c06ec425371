import type { Cancellation, Diagnostic, Fix, Severity } from './types';
import { CancelledError, throwIfCancelled } from './types';
import { buildModel, modelChunks, type PlanModel } from './model';
import { checkByChunks } from './chunk-rules';
import type { CheckedCitation, Report, Rule } from './rule';
import { rules as allRules } from './rules';
import { ENGINE_RULES } from './rules/registry';

export { ENGINE_RULES };
import type { Config } from './config';
import type { LoadedGoFile, Resolution, Workspace } from './workspace';
import { Answers, type CheckReuse, type FileAnswers } from './incremental';
import { Disables } from './disables';
import { chooseProfile, isPlaceholderPath, type ProfileChoice } from './plan/detect';
import { defaultProfile, type Profile } from './plan/profile';
import { planStructure } from './plan/structure';
import { projectIds as readProjectIds, type ProjectIds } from './projectids';
import { followPlan, startPlanHistory, type HistoryOptions, type PlanHistory } from './history/plan';

export interface CheckOptions {
  config: Config;
  /** Absolute path of the document, for plan recognition by glob. */
  path?: string;
  token?: Cancellation;
  rules?: Rule[];
  /** A model already built for this exact text. */
  model?: PlanModel;
  log?: (message: string) => void;
  /** Git history to follow citations through (MP009). Without it, no git is run at all. */
  history?: HistoryOptions;
  /**
   * What the check of this document's previous version left to reuse (an editor's re-check on a
   * keystroke): the model of unchanged chunks, resolutions and loads while a watched workspace
   * reports no change. The result is the same as without it.
   */
  reuse?: CheckReuse;
}

export interface CheckResult {
  diagnostics: Diagnostic[];
  model: PlanModel;
  citations: CheckedCitation[];
  isPlan: boolean;
  /** The profile the document was checked against; undefined when it is no plan. */
  profile?: Profile;
  /** Which profile and why (docs/profiles.md). */
  choice: ProfileChoice;
  /** What history said, when the check was given history and a rule needed it. */
  history?: PlanHistory;
}

/** Files written to be copied or followed: their placeholder citations are not checked. */
const WRITTEN_TO_COPY = new Set(['template', 'prompt', 'guide', 'agent-command']);

const SKIPPED: ProfileChoice = { reason: 'not checked', notPlan: 'no-fit' };

/** The configured severity of an engine finding: like a rule's, by id or by name. */
function engineSeverity(r: { id: string; name: string; severity: Severity }, config: Config): Severity | 'off' {
  return config.rules[r.id] ?? config.rules[r.name] ?? r.severity;
}

/** Checks one Markdown document. Throws CancelledError when the token fires between steps. */
export async function checkDocument(ws: Workspace, text: string, opts: CheckOptions): Promise<CheckResult> {
  const { config, token } = opts;
  const log = opts.log ?? (() => undefined);
  if (text.length > config.maxPlanSize) {
    const model = buildModel('');
    const severity = engineSeverity(ENGINE_RULES.tooLarge, config);
    const d: Diagnostic = { rule: ENGINE_RULES.tooLarge.id, name: ENGINE_RULES.tooLarge.name, severity: severity === 'off' ? 'warning' : severity, start: 0, end: 0, message: `skipped: file too large (${text.length} characters, limit ${config.maxPlanSize}; see maxPlanSize)` };
    return { diagnostics: severity === 'off' ? [] : [d], model, citations: [], isPlan: false, choice: SKIPPED };
  }
  const internal = engineSeverity(ENGINE_RULES.internalError, config);
  const engineFindings: Diagnostic[] = [];
  /** A failure of the engine itself (not of one rule) is reported, never thrown at the caller. */
  const failed = (what: string, e: unknown) => {
    log(`${what} failed: ${describeError(e, true)}`);
    if (internal !== 'off') engineFindings.push({ rule: ENGINE_RULES.internalError.id, name: ENGINE_RULES.internalError.name, severity: internal, start: 0, end: 0, message: `${what} failed: ${describeError(e, false)}. Please report this.` });
  };
  let model: PlanModel;
  try {
    model = opts.model ?? buildModel(text, opts.reuse?.parse);
  } catch (e) {
    failed('parsing the document', e);
    return { diagnostics: engineFindings, model: buildModel(''), citations: [], isPlan: false, choice: SKIPPED };
  }
  throwIfCancelled(token);
  const active = (opts.rules ?? allRules).filter((r) => severityOf(r, config) !== 'off');
  const choice = chooseProfile(model, config, ws.root, opts.path);
  const isPlan = !!choice.profile;
  const profile = choice.profile ?? defaultProfile();
  // Which plan kinds a rule runs on is its own data (RuleMeta.kinds): macro-plan subjects never run on a micro plan.
  const runnable = active.filter((r) => r.meta.scope === 'markdown' || (isPlan && (r.meta.kinds ?? ['macro']).includes(profile.kind)));
  let plan: ReturnType<typeof planStructure> | undefined;
  try {
    plan = runnable.some((r) => r.meta.needs.includes('plan-structure')) ? planStructure(model, profile) : undefined;
  } catch (e) {
    failed('reading the plan structure', e);
  }
  const placeholders = WRITTEN_TO_COPY.has(choice.notPlan ?? '');
  // History's questions about the plan itself run while the cited files are loaded.
  const wantsHistory = !!opts.history && !placeholders && (model.citations.length > 0 || model.links.some((l) => l.url.startsWith('https://github.com/'))) && runnable.some((r) => r.meta.needs.includes('history'));
  const started = wantsHistory ? startPlanHistory(ws, model, opts.path, opts.history!, token) : undefined;
  started?.catch(() => undefined); // a cancellation is seen when it is awaited below
  let citations: CheckedCitation[] = [];
  let citationsChecked = false;
  try {
    citations = await checkCitations(ws, model, runnable, token, placeholders, opts.path, opts.reuse?.fileAnswers(ws, opts.path));
    citationsChecked = true;
  } catch (e) {
    if (e instanceof CancelledError) throw e;
    failed('checking the citations', e);
  }
  throwIfCancelled(token);
  // The project's standards documents are read only for a plan that mentions an invariant (cached by mtime and size).
  let projectIds: ProjectIds | undefined;
  if (runnable.some((r) => r.meta.needs.includes('project-ids')) && /\bINV-\d/.test(text)) {
    try {
      projectIds = await readProjectIds(ws, config.idSources);
    } catch (e) {
      // An aid, not a check: without them invariants are read as the plan's own (the listing's failure is reported with the citations).
      log(`reading the project's id sources failed: ${describeError(e, true)}`);
    }
    throwIfCancelled(token);
  }
  let history: PlanHistory | undefined;
  if (started) {
    try {
      history = await followPlan(ws, model, opts.path, citations, opts.history!, token, started);
      for (const [c, drift] of history.drifts) if (drift.kind !== 'unchanged' && !drift.inPlace) c.drift = drift;
    } catch (e) {
      if (e instanceof CancelledError) throw e;
      failed('following the citations through history', e);
    }
    throwIfCancelled(token);
  }

  // Chunk rules (RuleMeta.reads) run only on edited chunks when the last check's findings hold:
  // a re-check of a chunked model, no history (drift is per version), every citation checked,
  // and cited files' answers carried (a watched workspace that reported no change).
  const chunks = opts.reuse && !history && citationsChecked && ws.changeCount !== undefined ? modelChunks(model) : undefined;
  const chunkContext = chunks && opts.reuse!.chunkContext([ws, ws.changeCount, opts.path, config, profile, placeholders]);
  let checkedByIndex: (CheckedCitation | undefined)[] | undefined;
  const diagnostics: Diagnostic[] = [...engineFindings];
  for (const rule of runnable) {
    const severity = severityOf(rule, config) as Severity;
    const diagnose = (r: Report, within: string): Diagnostic => {
      // A rule's range is clamped into the document: a client must never get a range outside it.
      const start = clampOffset(r.start, within.length);
      const end = Math.max(start, clampOffset(r.end, within.length));
      return { rule: rule.meta.id, name: rule.meta.name, severity: r.severity && severity === rule.meta.severity ? r.severity : severity, start, end, message: r.message, ...fixAndSuggestions(within, r) };
    };
    const found: Diagnostic[] = [];
    try {
      if (chunks && chunkContext && rule.meta.reads === 'chunk') {
        checkedByIndex ??= byModelIndex(model, citations, placeholders);
        found.push(...(await checkByChunks(rule, chunks, checkedByIndex, chunkContext, { workspace: ws, config, path: opts.path, profile }, diagnose)));
      } else await rule.check({ model, citations, workspace: ws, config, path: opts.path, profile, plan, projectIds, history, report: (r) => found.push(diagnose(r, text)) });
      diagnostics.push(...found);
    } catch (e) {
      if (e instanceof CancelledError) throw e;
      log(`rule ${rule.meta.id} failed: ${describeError(e, true)}`);
      if (internal !== 'off') diagnostics.push({ rule: ENGINE_RULES.internalError.id, name: ENGINE_RULES.internalError.name, severity: internal, start: 0, end: 0, message: `rule ${rule.meta.id} (${rule.meta.name}) failed: ${describeError(e, false)}. Other rules still ran; please report this.` });
    }
    throwIfCancelled(token);
  }
  const disables = new Disables(model.comments, text, model.lines);
  const kept = diagnostics.filter((d) => !disables.isDisabled(d, model.lines.positionAt(d.start).line));
  // Rule ids are MP and three digits: plain comparison orders them as a locale would, without
  // starting ICU's collator (~10 ms) in every process.
  kept.sort((a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  return { diagnostics: kept, model, citations, isPlan, profile: choice.profile, choice, history };
}

/** Each of the model's citations as checked, at its index in the model; undefined for a placeholder left unchecked. */
function byModelIndex(model: PlanModel, checked: CheckedCitation[], skipPlaceholders: boolean): (CheckedCitation | undefined)[] {
  let j = 0;
  return model.citations.map((c) => (skipPlaceholders && isPlaceholderPath(c.path) ? undefined : checked[j++]));
}

function clampOffset(n: number, length: number): number {
  return Number.isFinite(n) ? Math.min(Math.max(0, Math.trunc(n)), length) : n === Number.POSITIVE_INFINITY ? length : 0;
}

/** Text of anything thrown (an Error, a string, undefined, an object whose getters throw), never throwing itself. */
function describeError(e: unknown, stack: boolean): string {
  try {
    if (e instanceof Error) return String((stack ? e.stack : undefined) ?? e.message);
    if (e && typeof e === 'object' && 'message' in e) return String((e as { message: unknown }).message);
    return String(e);
  } catch {
    return 'an unprintable error';
  }
}

export function severityOf(rule: Rule, config: Config): Severity | 'off' {
  return config.rules[rule.meta.id] ?? config.rules[rule.meta.name] ?? rule.meta.severity;
}

/** Resolves each distinct cited path once and loads each cited file once. */
/**
 * A finding's fix and suggestions as the engine hands them out. A fix that would add or remove a
 * line is no rewrite of the author's words (`--fix` never writes prose): it is offered as a
 * suggestion instead, whatever the rule declared.
 */
function fixAndSuggestions(text: string, r: Report): Pick<Diagnostic, 'fix' | 'suggestions'> {
  const keepsLines = (f: Fix) => f.edits.every((e) => !/[\r\n]/.test(e.newText) && !/[\r\n]/.test(text.slice(e.start, e.end)));
  const fix = r.fix && keepsLines(r.fix) ? r.fix : undefined;
  const suggestions = [...(r.fix && !fix ? [r.fix] : []), ...(r.suggestions ?? [])];
  return { ...(fix ? { fix } : {}), ...(suggestions.length ? { suggestions } : {}) };
}

export async function checkCitations(ws: Workspace, model: PlanModel, rules: Rule[], token?: Cancellation, skipPlaceholders = false, docAbs?: string, answers?: FileAnswers): Promise<CheckedCitation[]> {
  if (!rules.some((r) => r.meta.needs.includes('citations'))) return [];
  const needFiles = rules.some((r) => r.meta.needs.includes('go-files'));
  const resolutions = answers?.resolutions ?? new Answers<Resolution>();
  const loads = answers?.loads ?? new Answers<LoadedGoFile>();
  const out: CheckedCitation[] = [];
  for (const c of model.citations) {
    throwIfCancelled(token);
    // `path/to/file.go:NN` in a template or prompt is a placeholder, not a claim about the code
    // (in a plan it is a leftover worth a finding).
    if (skipPlaceholders && isPlaceholderPath(c.path)) continue;
    // A link target resolves from the document's folder: key by what the citation names.
    const target = ws.citationTarget(c, docAbs);
    const r = resolutions.known(target, () => ws.resolve(target));
    const resolution = 'then' in r ? await r : r.value;
    if (needFiles && resolution.kind === 'ok') {
      const l = loads.known(resolution.abs, () => ws.load(resolution.abs));
      // Built in one literal: a property added to the copy afterwards costs a change of its shape per citation.
      out.push({ ...c, resolution, loaded: 'then' in l ? await l : l.value });
    } else out.push({ ...c, resolution });
  }
  return out;
}
