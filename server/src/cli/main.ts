import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseCheckArgs, UsageError, USAGE, type CheckArgs } from './args';
import { formatJson, formatSarif, formatText, summarise, type FileReport } from './report';
import { loadConfig } from '../core/config';
import { Workspace } from '../core/workspace';
import { checkDocument } from '../core/engine';
import { applyFixes } from '../core/fixes';
import { LineIndex } from '../core/text';
import { rules } from '../core/rules';

const VERSION = '0.1.0';

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (cmd === 'check') return check(parseCheckArgs(rest));
  if (cmd === 'rules') {
    for (const r of rules) process.stdout.write(`${r.meta.id}  ${r.meta.name.padEnd(32)} ${r.meta.severity.padEnd(8)} ${r.meta.description}\n`);
    return 0;
  }
  if (cmd === '--version' || cmd === '-v') {
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  if (cmd === '--help' || cmd === '-h' || cmd === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  throw new UsageError(cmd ? `unknown command "${cmd}"` : 'no command given');
}

/** Every *.md below a folder, skipping node_modules and .git; links are not followed. */
function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop()!;
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && e.name !== '.git') stack.push(path.join(d, e.name));
      } else if (e.isFile() && e.name.endsWith('.md')) out.push(path.join(d, e.name));
    }
  }
  return out.sort();
}

async function check(args: CheckArgs): Promise<number> {
  const root = path.resolve(args.root ?? '.');
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) throw new UsageError(`--root ${args.root}: not a folder`);
  const given = args.paths.length ? args.paths : [path.relative(process.cwd(), root) || '.'];
  const targets: { shown: string; abs: string }[] = [];
  for (const p of given) {
    const abs = path.resolve(p);
    if (!fs.existsSync(abs)) throw new UsageError(`${p}: no such file or folder`);
    const st = fs.statSync(abs);
    if (st.isDirectory()) {
      for (const f of markdownFiles(abs)) targets.push({ shown: path.join(p, path.relative(abs, f)), abs: f });
    } else if (st.isFile()) targets.push({ shown: p, abs });
    // A FIFO would block and a device like /dev/zero would never end: only regular files are read.
    else throw new UsageError(`${p}: not a regular file`);
  }

  const { config: loaded, problems } = await loadConfig(root);
  for (const p of problems) process.stderr.write(`macroplan: .macroplan.json${p.line ? `:${p.line}` : ''}: ${p.message} (using defaults)\n`);
  const config = args.profile ? { ...loaded, profile: args.profile } : loaded;
  const ws = new Workspace({ root, sourceRoots: config.sourceRoots, repositories: config.repositories, maxFileSize: config.maxFileSize, log: (m) => process.stderr.write(`macroplan: ${m}\n`) });

  const reports: FileReport[] = [];
  let fixed = 0;
  for (const t of targets) {
    const raw = fs.readFileSync(t.abs, 'utf8');
    // Editors hide a byte-order mark and so does the Markdown parser: positions count without it.
    const bom = raw.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
    let text = bom ? raw.slice(1) : raw;
    let result = await checkDocument(ws, text, { config, path: t.abs, log: (m) => process.stderr.write(`macroplan: ${m}\n`) });
    if (args.fix) {
      // Fixes can uncover others (a moved citation is then checked for emptiness): repeat a few times.
      for (let round = 0; round < 5; round++) {
        const { text: next, applied } = applyFixes(text, result.diagnostics);
        if (applied === 0 || next === text) break;
        fixed += applied;
        text = next;
        fs.writeFileSync(t.abs, bom + text);
        result = await checkDocument(ws, text, { config, path: t.abs });
      }
    }
    reports.push({ path: t.shown, abs: t.abs, lines: result.model.lines, diagnostics: result.diagnostics, profile: result.profile?.name ?? null, profileReason: result.choice.reason });
  }

  if (args.format === 'json') process.stdout.write(formatJson(reports) + '\n');
  else if (args.format === 'sarif') process.stdout.write(formatSarif(reports, root, VERSION) + '\n');
  else {
    process.stdout.write(formatText(reports, !!process.stdout.isTTY && !process.env.NO_COLOR) + '\n');
    if (args.fix) process.stdout.write(`${fixed} fix${fixed === 1 ? '' : 'es'} applied\n`);
  }
  const s = summarise(reports);
  if (s.errors > 0) return 1;
  if (args.maxWarnings !== undefined && s.warnings > args.maxWarnings) return 1;
  return 0;
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
