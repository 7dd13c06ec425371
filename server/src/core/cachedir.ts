import * as path from 'node:path';

/**
 * The user's cache folder (XDG_CACHE_HOME when absolute, the platform's place otherwise): where
 * macroplan keeps what belongs to no git folder (anchors and check results of a workspace
 * outside a repository).
 */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)) return env.XDG_CACHE_HOME;
  // node:os only here: a check inside a repository never needs it (a few ms of every start).
  const os = require('node:os') as typeof import('node:os');
  if (process.platform === 'win32' && env.LOCALAPPDATA) return env.LOCALAPPDATA;
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Caches');
  return path.join(os.homedir(), '.cache');
}
