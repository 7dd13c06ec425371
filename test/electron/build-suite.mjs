// Compiles test/electron/suite/*.ts for the extension host into out/electron/ (index.js is the
// extensionTestsPath). Shared by run.mjs and the code-server e2e run.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export async function buildSuite(root) {
  const outDir = join(root, 'out', 'electron');
  rmSync(outDir, { recursive: true, force: true });
  const suiteDir = join(root, 'test', 'electron', 'suite');
  await esbuild.build({
    entryPoints: readdirSync(suiteDir).filter((f) => f.endsWith('.ts')).map((f) => join(suiteDir, f)),
    outdir: outDir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return outDir;
}
