import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import './cache-home';

/** A throw-away folder on disk holding real files that tests write. */
export interface Fixture {
  /** Absolute path of the folder (its real path, links resolved). */
  root: string;
  /** Absolute path of a file in the folder, from a slash-separated relative path. */
  path(rel: string): string;
  write(rel: string, content: string | Buffer): string;
  read(rel: string): string;
  /** Creates a symbolic link at `rel` pointing at `target` (absolute or relative to the link). */
  link(rel: string, target: string): string;
  remove(): void;
}

const made: Fixture[] = [];

/** Creates a temporary folder with the given files; `makeFixture.cleanup()` removes them all. */
export function makeFixture(files: Record<string, string | Buffer> = {}, prefix = 'macroplan-test-'): Fixture {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  const abs = (rel: string) => path.join(root, ...rel.split('/'));
  const fx: Fixture = {
    root,
    path: abs,
    write(rel, content) {
      const p = abs(rel);
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, content);
      return p;
    },
    read: (rel) => fs.readFileSync(abs(rel), 'utf8'),
    link(rel, target) {
      const p = abs(rel);
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.symlinkSync(target, p);
      return p;
    },
    remove: () => fs.rmSync(root, { recursive: true, force: true }),
  };
  for (const [rel, content] of Object.entries(files)) fx.write(rel, content);
  made.push(fx);
  return fx;
}

makeFixture.cleanup = (): void => {
  for (const fx of made.splice(0)) fx.remove();
};

/**
 * Strips the common leading indentation of a template literal and its first and last
 * blank lines, so fixture files can be written indented inside the test.
 */
export function dedent(strings: TemplateStringsArray | string, ...values: unknown[]): string {
  const raw = typeof strings === 'string' ? strings : strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw.replace(/^[ \t]*\n/, '').replace(/\n[ \t]*$/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length));
  return lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)).join('\n') + '\n';
}
