import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The project's web address from package.json's `repository` (`owner/name` and `github:owner/name`
 * shorthands, `git+https://…/x.git`, or `{ url }`), for SARIF's informationUri and each rule's
 * helpUri. Undefined when package.json names none: no link is better than a made-up one.
 */
export function repositoryUrl(): string | undefined {
  // The bundle runs from dist/, the sources (tests) from server/src/cli/.
  for (const rel of ['..', '../../..']) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, rel, 'package.json'), 'utf8'));
      if (pkg.name !== 'macroplan') continue;
      return webUrl(typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url);
    } catch {
      // not here
    }
  }
  return undefined;
}

export function webUrl(repo: string | undefined): string | undefined {
  if (!repo) return undefined;
  const short = /^(?:(github|gitlab|bitbucket):)?([\w.-]+\/[\w.-]+)$/.exec(repo);
  if (short) return `https://${short[1] === 'gitlab' ? 'gitlab.com' : short[1] === 'bitbucket' ? 'bitbucket.org' : 'github.com'}/${short[2]}`;
  const url = /^(?:git\+)?(https?:\/\/[^\s#?]+?)(?:\.git)?\/?$/.exec(repo) ?? /^git(?:\+ssh)?:\/\/(?:git@)?([^/\s]+)\/([^\s#?]+?)(?:\.git)?$/.exec(repo);
  if (!url) return undefined;
  return url.length === 2 ? url[1] : `https://${url[1]}/${url[2]}`;
}
