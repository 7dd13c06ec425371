import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * Tests never write the user's cache folder: a check of a folder no repository holds keeps its
 * anchors there (core/history/anchorfile.ts). Every test process, and every CLI or server it
 * starts (they inherit this environment), uses a temporary one instead, removed at exit.
 * Loaded by .mocharc.json and by fixture.ts (so a run of one file with --no-config gets it too).
 */
const MARK = 'MACROPLAN_TEST_CACHE';

if (process.env[MARK] !== '1' || !process.env.XDG_CACHE_HOME) {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'macroplan-cache-')));
  process.env.XDG_CACHE_HOME = dir;
  process.env[MARK] = '1';
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
}

/** The cache folder tests use (XDG_CACHE_HOME). */
export const testCacheHome = (): string => process.env.XDG_CACHE_HOME!;
