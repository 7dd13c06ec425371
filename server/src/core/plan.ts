import * as path from 'node:path';
import picomatch from 'picomatch';
import type { PlanModel } from './model';
import type { Config } from './config';

const matchers = new Map<string, (p: string) => boolean>();

function matcher(globs: string[]): (p: string) => boolean {
  const key = globs.join('\0');
  let m = matchers.get(key);
  if (!m) matchers.set(key, (m = picomatch(globs, { dot: true })));
  return m;
}

/** A document is a macro plan when its path matches the configured globs (or, later, by its section headings). */
export function isPlanDocument(model: PlanModel, config: Config, root: string, file?: string): boolean {
  if (file) {
    const rel = path.relative(root, file).split(path.sep).join('/');
    if (matcher(config.files)(rel)) return true;
  }
  void model;
  return false;
}
