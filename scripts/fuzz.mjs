#!/usr/bin/env node
// Runs the property-based reliability tests for longer than `npm test` does.
//   npm run fuzz              -> 2000 runs per property
//   npm run fuzz -- 20000     -> 20000 runs per property (or MACROPLAN_FUZZ_RUNS=20000)
//   MACROPLAN_FUZZ_SEED=123 npm run fuzz   -> another seed (a failure prints its seed and path)
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const arg = process.argv.slice(2).find((a) => /^\d+$/.test(a));
const runs = arg ?? process.env.MACROPLAN_FUZZ_RUNS ?? '2000';
const seed = process.env.MACROPLAN_FUZZ_SEED ?? String(Date.now() % 1_000_000_007);
console.log(`fuzz: ${runs} runs per property, seed ${seed}`);
const mocha = join(root, 'node_modules', 'mocha', 'bin', 'mocha.js');
const r = spawnSync(process.execPath, [mocha, '--no-config', '--require', 'tsx/cjs', '--timeout', '0', '--reporter', 'spec', 'test/unit/reliability/fuzz-*.test.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, MACROPLAN_FUZZ_RUNS: runs, MACROPLAN_FUZZ_SEED: seed },
});
process.exit(r.status ?? 1);
