import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseCheckArgs, UsageError, USAGE, type CheckArgs } from './args';
import { expandTargets } from './targets';
import { impact } from './impact-command';
import { asksHelp, helpFor, isCommand } from './usage';
import { formatJson, formatSarif, formatText, summarise, type FileReport } from './report';
import { chooseRoot, describeRoot, existsAbove } from './root';
import { listRules } from './rules-list';
import { formatCodeQuality, formatGithub } from './ci-report';
import { loadConfig } from '../core/config';
import { FileWorkspace } from '../core/workspace';
import { checkDocument } from '../core/engine';
import { LineIndex } from '../core/text';
import { GitHistory } from '../core/history/git';
import { onceSayer, type HistoryOptions } from '../core/history/plan';
import { FileAnchorStore, anchorStorePath } from '../core/history/anchorfile';
import { rememberDrifted, rememberSeenRight, type PlanAnchors } from '../core/history/anchorsight';
import type { AnchorStore } from '../core/history/anchors';
import { applyEdits, chooseFixes } from '../core/fixes';
import type { Diagnostic, TextEdit } from '../core/types';
import type { RawCitation } from '../core/citations';

const VERSION = '0.1.0';

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  // `macroplan check --help` anywhere among the arguments, as other command lines take it.
  if (isCommand(cmd) && asksHelp(rest)) {
    process.stdout.write(helpFor(cmd) + '\n');
    return 0;
  }
  if (cmd === 'check') return check(parseCheckArgs(rest));
  if (cmd === 'impact') return impact(rest);
  // bin/macroplan.js starts the server itself when a transport is given.
  if (cmd === 'lsp') throw new UsageError('lsp needs a transport: --stdio, --node-ipc or --socket=PORT');
  if (cmd === 'rules') return listRules(rest);
  if (cmd === '--version' || cmd === '-v') {
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  if (cmd === '--help' || cmd === '-h' || cmd === 'help') {
    const topic = cmd === 'help' ? rest[0] : undefined;
    if (topic !== undefined && !isCommand(topic)) throw new UsageError(`no help for "${topic}": not a command`);
    process.stdout.write(helpFor(topic) + '\n');
    return 0;
  }
  throw new UsageError(cmd ? `unknown command "${cmd}"` : 'no command given');
}

async function check(args: CheckArgs): Promise<number> {
  const found = chooseRoot(args.root, args.paths);
  const root = found.dir;
  // With no paths: the --root folder when given, else the current folder (under the root found).
  const targets = await expandTargets(args.paths.length || args.root !== undefined ? args.paths : ['.'], root);

  const { config: loaded, problems } = await loadConfig(root);
  for (const p of problems) process.stderr.write(`macroplan: .macroplan.json${p.line ? `:${p.line}` : ''}: ${p.message} (using defaults)\n`);
  const config = args.profile ? { ...loaded, profile: args.profile } : loaded;
  const ws = new FileWorkspace({ root, sourceRoots: config.sourceRoots, repositories: config.repositories, maxFileSize: config.maxFileSize, log: (m) => process.stderr.write(`macroplan: ${m}\n`) });

  // The command line runs in a workspace its user chose: history is on unless --no-history.
  const git = args.noHistory ? undefined : new GitHistory({ cwd: root });
  const say = onceSayer((m) => process.stderr.write(`macroplan: ${m}\n`));
  // Anchors live in the repository's git folder; without a repository (or with --no-history) none are kept.
  const anchors = git && (await openAnchors(git, root, say));
  const historyFor = (abs: string): HistoryOptions | undefined => git && {
    history: git,
    since: args.since ?? config.since,
    planMtime: fs.statSync(abs).mtimeMs,
    unavailable: say,
    anchors,
  };
  const anchorsOf = (result: Checked, abs: string): PlanAnchors | undefined => {
    const h = result.history;
    return anchors && h?.repoRoot ? { store: anchors, base: h.repoRoot, plan: h.planPath ?? abs } : undefined;
  };

  const reports: FileReport[] = [];
  let fixed = 0;
  try {
  for (const t of targets) {
    const raw = fs.readFileSync(t.abs, 'utf8');
    // Editors hide a byte-order mark and so does the Markdown parser: positions count without it.
    const bom = raw.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
    let text = bom ? raw.slice(1) : raw;
    // The modification time is read before any fix rewrites the file.
    const history = historyFor(t.abs);
    let result = await checkDocument(ws, text, { config, path: t.abs, log: (m) => process.stderr.write(`macroplan: ${m}\n`), history });
    const planAnchors = anchorsOf(result, t.abs);
    // Before a fix writes the plan (moving its modification time): where its drifted citations were right.
    if (planAnchors && git) await rememberDrifted(planAnchors, git, result.model, result.citations);
    if (args.fix) {
      // Fixes can uncover others (a moved citation is then checked for emptiness): repeat a few times.
      for (let round = 0; round < 5; round++) {
        const { edits, applied } = chooseFixes(result.diagnostics);
        const next = applyEdits(text, edits);
        if (applied === 0 || next === text) break;
        fixed += applied;
        text = next;
        fs.writeFileSync(t.abs, bom + text);
        result = await checkDocument(ws, text, { config, path: t.abs, history });
        if (history) {
          // A citation a fix rewrote is right at HEAD: history must not follow it again from the
          // plan's old baseline (the next round would move it twice). Told by where the edits
          // landed, not by its text: another citation of the plan may have read so before.
          const landed = editedSpans(edits);
          for (const c of result.citations) {
            if (landed.some((e) => c.start < e.end && e.start < c.end)) (history.rewritten ??= new Set()).add(text.slice(c.start, c.end));
          }
          result = await checkDocument(ws, text, { config, path: t.abs, history });
        }
      }
    }
    if (planAnchors) rememberSeenRight(planAnchors, result.model, result.citations, result.diagnostics, result.history?.head);
    const diagnostics = result.diagnostics.map((d) => suggestRoot(d, result.citations, root));
    reports.push({ path: t.shown, abs: t.abs, lines: result.model.lines, diagnostics, profile: result.profile?.name ?? null, profileReason: result.choice.reason });
  }

  } finally {
    anchors?.save();
    git?.dispose();
  }

  if (args.sarifFile !== undefined) writeSarif(args.sarifFile, formatSarif(reports, root, VERSION));
  if (args.format === 'json') process.stdout.write(formatJson(reports) + '\n');
  else if (args.format === 'sarif') process.stdout.write(formatSarif(reports, root, VERSION) + '\n');
  // Annotations and code quality entries name files relative to the repository, which the CI
  // system gives (the checkout); --root may be a folder inside it.
  else if (args.format === 'github') process.stdout.write(formatGithub(reports, ciBase(process.env.GITHUB_WORKSPACE, root)) + '\n');
  else if (args.format === 'codequality') process.stdout.write(formatCodeQuality(reports, ciBase(process.env.CI_PROJECT_DIR, root)) + '\n');
  else {
    const tty = !!process.stdout.isTTY;
    // The root is said when it is not where the user stands: found above, or given.
    const rootLine = root !== process.cwd() ? describeRoot(found) : undefined;
    process.stdout.write(formatText(reports, tty && !process.env.NO_COLOR, rootLine, tty ? Math.max(80, process.stdout.columns || 120) : undefined) + '\n');
    if (args.fix) process.stdout.write(`${fixed} fix${fixed === 1 ? '' : 'es'} applied\n`);
  }
  const s = summarise(reports);
  if (s.errors > 0) return 1;
  if (args.maxWarnings !== undefined && s.warnings > args.maxWarnings) return 1;
  return 0;
}

/** Where non-overlapping edits lie in the text they produce. */
function editedSpans(edits: readonly TextEdit[]): { start: number; end: number }[] {
  let shift = 0;
  return [...edits].sort((a, b) => a.start - b.start).map((e) => {
    const start = e.start + shift;
    shift += e.newText.length - (e.end - e.start);
    return { start, end: start + e.newText.length };
  });
}

function writeSarif(file: string, sarif: string): void {
  try {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.writeFileSync(file, sarif + '\n');
  } catch (e) {
    throw new UsageError(`--sarif-file ${file}: ${(e as Error).message}`);
  }
}

/**
 * An MP001 whose path exists in a folder above the root (up to the repository's top): the root
 * is too deep (given so, or found from a subfolder with no .git above), and --root is the answer.
 */
function suggestRoot(d: Diagnostic, citations: readonly RawCitation[], root: string): Diagnostic {
  if (d.rule !== 'MP001') return d;
  const c = citations.find((x) => x.start <= d.start && d.end <= x.end);
  const above = c && existsAbove(root, c.path);
  if (!above) return d;
  const rel = path.relative(process.cwd(), above) || '.';
  return { ...d, message: `${d.message} It exists under ${above}: check with \`--root ${rel}\`.` };
}

function ciBase(checkout: string | undefined, root: string): string {
  return checkout ? path.resolve(checkout) : root;
}

type Checked = Awaited<ReturnType<typeof checkDocument>>;

/** The anchor store of the repository holding the root; undefined outside one (history says why). */
async function openAnchors(git: GitHistory, root: string, say: (m: string) => void): Promise<AnchorStore | undefined> {
  try {
    return new FileAnchorStore(anchorStorePath(root, (await git.repository()).root), say);
  } catch {
    return undefined;
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e) => {
    if (e instanceof UsageError) {
      process.stderr.write(`macroplan: ${e.message}\n${USAGE}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`macroplan: internal error: ${(e as Error).stack ?? e}\n`);
      process.exitCode = 2;
    }
  },
);
