import { execFileSync } from 'node:child_process';
import { makeFixture, type Fixture } from './fixture';

/** A real git repository in a temporary folder, with commits at fixed, increasing dates. */
export interface Repo extends Fixture {
  git(...args: string[]): string;
  /** Writes (or, with null, deletes) files, stages everything and commits; returns the commit id. */
  commit(subject: string, files?: Record<string, string | null>): string;
}

/** git with no user or system configuration, so tests see only what they set up. */
export const cleanGitEnv = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GIT_')) env[k] = v;
  return { ...env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 't@example.com' };
};

export function makeRepo(files: Record<string, string> = {}): Repo {
  const fx = makeFixture(files, 'macroplan-git-');
  let day = 0;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: fx.root, env: cleanGitEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  git('init', '-q', '-b', 'main');
  const repo: Repo = Object.assign(fx, {
    git,
    commit(subject: string, changed: Record<string, string | null> = {}) {
      for (const [rel, content] of Object.entries(changed)) {
        if (content === null) git('rm', '-q', '--', rel);
        else fx.write(rel, content);
      }
      git('add', '-A');
      day++;
      const date = `2026-01-${String(day).padStart(2, '0')}T12:00:00Z`;
      execFileSync('git', ['commit', '-q', '--allow-empty', '-m', subject], { cwd: fx.root, env: { ...cleanGitEnv(), GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }, stdio: 'ignore' });
      return git('rev-parse', 'HEAD').trim();
    },
  });
  return repo;
}
