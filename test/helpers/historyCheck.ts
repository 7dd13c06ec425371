import * as fs from 'node:fs';
import { checkDocument, type CheckResult } from '../../server/src/core/engine';
import { defaultConfig, type Config } from '../../server/src/core/config';
import { FileWorkspace } from '../../server/src/core/workspace';
import { GitHistory } from '../../server/src/core/history/git';
import type { HistoryOptions } from '../../server/src/core/history/plan';
import type { Repo } from './gitrepo';

/**
 * Checks a plan of a real repository as the CLI does, with history from a `GitHistory` on it:
 * the result, what history said when it could not answer (`said`) and the plan's text.
 */
export async function checkWithHistory(repo: Repo, planRel: string, opts: Partial<HistoryOptions> & { config?: Partial<Config> } = {}): Promise<CheckResult & { said: string[]; text: string }> {
  const said: string[] = [];
  const history = new GitHistory({ cwd: repo.root });
  try {
    const text = repo.read(planRel);
    const abs = repo.path(planRel);
    const { config, ...historyOpts } = opts;
    const result = await checkDocument(new FileWorkspace({ root: repo.root }), text, {
      config: { ...defaultConfig(), ...config },
      path: abs,
      history: { history, planMtime: fs.statSync(abs).mtimeMs, unavailable: (m) => said.push(m), ...historyOpts },
    });
    return { ...result, said, text };
  } finally {
    history.dispose();
  }
}
