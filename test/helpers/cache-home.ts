/**
 * Every test run keeps its caches (the result cache, core/resultcache.ts, and the anchor store of
 * a folder no repository holds, core/history/anchorfile.ts) in a folder of its own, never in the
 * user's: the CLI and the server started by tests inherit this environment. Loaded by
 * .mocharc.json and by fixture.ts (a test file run alone with --no-config gets it too).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

if (!process.env.MACROPLAN_TEST_CACHE_HOME) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'macroplan-test-cache-'));
  process.env.MACROPLAN_TEST_CACHE_HOME = dir;
  process.env.XDG_CACHE_HOME = dir;
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
}

/** The cache folder tests use (XDG_CACHE_HOME). */
export const testCacheHome = (): string => process.env.XDG_CACHE_HOME!;

/** Sets every file's and folder's times under `dir` (and `dir`'s) back a minute: the cache keeps no answer over a file changed in the last seconds. */
export function backdate(dir: string, ms = 60_000): void {
  const t = new Date(Date.now() - ms);
  const walk = (p: string) => {
    const st = fs.lstatSync(p);
    if (st.isDirectory()) for (const e of fs.readdirSync(p)) walk(path.join(p, e));
    if (!st.isSymbolicLink()) fs.utimesSync(p, t, t);
  };
  walk(dir);
}
