import { AUTO_PROFILE, BUILTIN_PROFILES } from '../core/plan/profile';
import { FORMATS, USAGE } from './args';

/** Each command's own usage, printed by `macroplan COMMAND --help` (or `-h`, or `macroplan help COMMAND`). */
const COMMAND_USAGE = new Map<string, () => string>([
  ['check', () => `Usage: macroplan check [FILES or folders...] [options]

Checks Markdown plans: every file:line citation, and each plan's structure for its profile.
A folder is searched for *.md; with no paths, the current folder (or --root) is checked.

Options:
  --root DIR         the workspace root citations resolve against (default: the nearest
                     folder above the files with .macroplan.json, else the git repository's
                     top level, else the current folder)
  --format FORMAT    ${FORMATS.join(', ')} (default: text)
  --profile NAME     ${[AUTO_PROFILE, ...Object.keys(BUILTIN_PROFILES)].join(', ')}
                     (default: .macroplan.json's, else auto)
  --max-warnings N   fail when there are more than N warnings
  --fix              apply the fixes that need no choice, then check again
  --since REF        follow every citation through git history from REF (MP009)
  --no-history       run no git at all
  --no-cache         neither read nor write the cache of earlier results (on by default:
                     an answer is reused only while the plan, the configuration and the
                     stat of every file it read are unchanged)
  --sarif-file FILE  also write SARIF to FILE, whatever --format prints
  --jobs N           check the files in N worker threads (1: in process; default: one
                     per core when there are many files); the output is the same
  -h, --help         show this help

Exit status: 0 no errors, 1 problems, 2 bad usage.`],
  ['impact', () => `Usage: macroplan impact [FILES or folders...] [options]

Lists the citations pointing into lines changed between a base and the working tree, by plan.
A citation counts the lines of the code its plan line was written against: the base's for a
plan line unchanged since the base, the working tree's for one written or edited since.

Options:
  --base REF         the commit to compare with (default: the merge base of HEAD with
                     origin/HEAD, origin/main, origin/master, main or master)
  --root DIR         the workspace root (default: found as check finds it)
  --format FORMAT    text, json or sarif (default: text)
  --fail-on-impact   exit 1 when any citation is impacted
  -h, --help         show this help

Exit status: 0 done (1 with --fail-on-impact and an impact), 2 bad usage or no git history.`],
  ['lsp', () => `Usage: macroplan lsp --stdio | --node-ipc

Runs the language server, for any editor that speaks LSP, over standard input and output
(--stdio) or a Node.js IPC channel (--node-ipc).`],
  ['rules', () => `Usage: macroplan rules [--format text|json]

Lists the rules: id, name, default severity and what each checks.

Options:
  --format FORMAT    text or json (default: text)
  -h, --help         show this help`],
]);

/** Whether `macroplan NAME` is a command with its own usage (a Map: no `constructor` or `__proto__`). */
export function isCommand(name: string | undefined): name is string {
  return name !== undefined && COMMAND_USAGE.has(name);
}

/** Whether the arguments after a command ask for its help. */
export function asksHelp(args: readonly string[]): boolean {
  return args.some((a) => a === '--help' || a === '-h');
}

/** `macroplan help [COMMAND]`: the command's usage, or the overview. */
export function helpFor(command: string | undefined): string {
  const usage = command === undefined ? undefined : COMMAND_USAGE.get(command);
  return usage ? usage() : USAGE;
}
