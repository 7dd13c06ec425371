// Output for CI systems that read findings from a job's log or an artifact rather than SARIF:
// GitHub Actions workflow commands and GitLab's code quality report.
import { artifact, summarise, where, type FileReport } from './report';
import type { Diagnostic } from '../core/types';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;
/** GitHub keeps 10 error, 10 warning and 10 notice annotations per step (and 50 per job). */
const ANNOTATIONS_PER_LEVEL = 10;

/** GitHub's escaping for a workflow command's message (actions/toolkit escapeData). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** GitHub's escaping for a property value: also ':' and ',' which delimit properties. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * The path GitHub and GitLab expect: relative to the repository root ('/'-separated) for a
 * file under --root, so the annotation lands on the file in the pull request; as given otherwise.
 */
function repoPath(root: string, f: FileReport): string {
  const a = artifact(root, f.abs);
  return a.uriBaseId ? decodeURIComponent(a.uri) : f.path;
}

/**
 * One workflow command per finding (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`)
 * so the findings show inline on a pull request; the ones past GitHub's cap per level again as
 * plain `file:line:col` log lines; then the summary as a plain log line.
 */
export function formatGithub(files: FileReport[], root: string): string {
  const out: string[] = [];
  const seen = { error: 0, warning: 0, info: 0 };
  const beyond: string[] = [];
  for (const f of files) {
    const file = repoPath(root, f);
    for (const d of f.diagnostics) {
      if (++seen[d.severity] > ANNOTATIONS_PER_LEVEL) beyond.push(`${file}:${where(f, d).line}:${where(f, d).column}: ${d.severity}: ${d.message} (${d.rule})`);
      const w = where(f, d);
      const props = [
        `file=${escapeProperty(file)}`,
        `line=${w.line}`,
        `col=${w.column}`,
        `endLine=${w.endLine}`,
        `endColumn=${w.endColumn}`,
        `title=${escapeProperty(`${d.rule} ${d.name}`)}`,
      ];
      out.push(`::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(d.message)}`);
    }
  }
  if (beyond.length) {
    // The runner shows a command's message in the log without its file and line.
    out.push(`macroplan: GitHub shows only the first ${ANNOTATIONS_PER_LEVEL} annotations of each level in a step; the other ${beyond.length} (all are in the SARIF report):`);
    out.push(...beyond.map((l) => `  ${l}`));
  }
  const s = summarise(files);
  out.push(`macroplan: ${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}, ${s.infos} info${s.infos === 1 ? '' : 's'} in ${s.files} file${s.files === 1 ? '' : 's'}`);
  return out.join('\n');
}

const GITLAB_SEVERITY = { error: 'major', warning: 'minor', info: 'info' } as const;

/**
 * GitLab's code quality report (a JSON array, the Code Climate subset GitLab reads). The
 * fingerprint leaves line numbers out, so a finding keeps its identity when lines above it
 * move and GitLab compares branches by what changed, not by where.
 */
export function formatCodeQuality(files: FileReport[], root: string): string {
  // node:crypto is required here, not imported: loading it costs every run ~4 ms.
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  const issues: object[] = [];
  for (const f of files) {
    const file = repoPath(root, f);
    const seen = new Map<string, number>();
    for (const d of f.diagnostics) {
      const key = `${d.rule}\0${file}\0${d.message}`;
      const nth = seen.get(key) ?? 0;
      seen.set(key, nth + 1);
      issues.push({
        type: 'issue',
        check_name: `${d.rule} ${d.name}`,
        description: d.message,
        categories: [category(d)],
        severity: GITLAB_SEVERITY[d.severity],
        fingerprint: createHash('sha256').update(`${key}\0${nth}`).digest('hex'),
        location: { path: file, lines: { begin: where(f, d).line, end: where(f, d).endLine } },
      });
    }
  }
  return JSON.stringify(issues, null, 2);
}

/** Code Climate categories: citations are about correctness, template rules about style. */
function category(d: Diagnostic): string {
  return /^MP0/.test(d.rule) ? 'Bug Risk' : 'Style';
}
