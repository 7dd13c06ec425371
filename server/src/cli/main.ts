import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseCheckArgs, UsageError, USAGE, type CheckArgs } from './args';
import { expandTargets } from './targets';
import { impact } from './impact-command';
import { asksHelp, helpFor, isCommand } from './usage';
import { formatJson, formatSarif, formatText, summarise, type FileReport } from './report';
import { chooseRoot, describeRoot } from './root';
import { listRules } from './rules-list';
import { formatCodeQuality, formatGithub } from './ci-report';
import { checkAll, checkWorkspace, isCheckWorker, serveChecks, workerCount } from './parallel';
import { resultCacheDir, type CacheMode } from '../core/resultcache';
import { repoState } from '../core/history/repostate';
import { loadConfig } from '../core/config';
import { onceSayer } from '../core/history/plan';
import { openRunHistory } from './run-history';
import { askAhead } from './ask-ahead';

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

  // The command line runs in a workspace its user chose: history is on unless --no-history.
  const say = onceSayer((m) => process.stderr.write(`macroplan: ${m}\n`));
  const log = (m: string) => process.stderr.write(`macroplan: ${m}\n`);
  // Anchors live in the repository's git folder, or without a repository in the cache folder; --no-history keeps none.
  const opened = args.noHistory ? undefined : await openRunHistory(root, say);
  const git = opened?.history;
  const anchors = opened?.anchors;
  let reports: FileReport[];
  let fixed: number;
  // Results are cached with what they rest on (docs/cli.md, "The cache"): with history, git's
  // state read from a plain repository's files, and the plan's anchors.
  const cacheMode: CacheMode | undefined = args.noCache || args.fix ? undefined : !git ? 'no-history' : !anchors ? 'git-cannot-answer' : opened?.place.folderRoot ? 'folder' : repoState(root) ? 'git' : undefined;
  const cache = cacheMode && { dir: resultCacheDir(root), mode: cacheMode };
  const { ws, results } = checkWorkspace(root, config, log, cache, say);
  try {
    const setup = { root, config, fix: args.fix, since: args.since, noHistory: !!args.noHistory, history: opened?.place ?? {}, targets, cache };
    // Workers keep their own anchors: each save merges with the store as it is on disk then.
    const jobs = workerCount(args.jobs, targets.length);
    // Many plans with history: what their checks ask git first is asked ahead, a wave at a time
    // (with one baseline for all, `since`, there is nothing per plan to ask ahead).
    const ctx = { ws, config, root, args, git, anchors, say, log, cache: results };
    const ahead = git && !opened?.place.folderRoot && targets.length > 1 && (args.since ?? config.since) === undefined;
    const ready = ahead ? askAhead(ctx, targets.map((t) => t.abs), jobs === 1) : undefined;
    ({ reports, fixed } = await checkAll(ctx, setup, jobs, ready));
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

function writeSarif(file: string, sarif: string): void {
  try {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.writeFileSync(file, sarif + '\n');
  } catch (e) {
    throw new UsageError(`--sarif-file ${file}: ${(e as Error).message}`);
  }
}

function ciBase(checkout: string | undefined, root: string): string {
  return checkout ? path.resolve(checkout) : root;
}

if (isCheckWorker()) serveChecks();
else main(process.argv.slice(2)).then(
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
