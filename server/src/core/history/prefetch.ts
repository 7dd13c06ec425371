import type { FileSystem } from '../fs';
import { repoPath } from './plan';
import type { CommitPair, History } from './types';

/** Blame processes running at once: each is mostly process start-up, which overlaps well. */
const BLAME_CONCURRENCY = 3;
/** Plans per wave: the first waves small, so the first check waits little. */
const WAVES = [2, 6, 16, 32];
/** A line that may hold a citation (`file.go:12`, `#L12`): its commit's changes are asked ahead. */
const CITING_LINE = /:\d|#L\d/;

/**
 * Asks git ahead, for the plans of one command-line run in one repository, the questions each
 * plan's check asks first, so that the check of plan k finds the answers in the history's caches
 * instead of starting its processes one after another while the thread waits: the plan's blame
 * at HEAD (a few processes at a time) and, in one `diff-tree` per wave of plans, what changed
 * since every commit one of their citing lines was last written at. On 150 plans of a 400-commit
 * repository that is 150 blames run three at a time and a handful of diff-trees instead of 150
 * blames and 108 diff-trees run in turn (scripts/bench/history-many.mjs).
 *
 * Only a speed-up: every check still asks its own questions, and gets the same answers asked
 * ahead or not (answers keyed by commit never change). What cannot be foreseen (a walk back past
 * a reworded line, an anchor's commit, `since`) is asked by the check as before. Failures are
 * left for the check to meet and report. Returns when plan `i` may start: after its wave.
 */
export function prefetchPlans(h: History, fs: FileSystem, plans: readonly string[]): (index: number) => Promise<void> {
  const slices: string[][] = [];
  const waveOf: number[] = [];
  for (let start = 0, w = 0; start < plans.length; w++) {
    const size = WAVES[Math.min(w, WAVES.length - 1)];
    slices.push(plans.slice(start, start + size));
    for (let i = start; i < Math.min(plans.length, start + size); i++) waveOf.push(w);
    start += size;
  }
  const started: Promise<void>[] = [];
  // Waves run one after another, each started when the checks reach the wave before it: at most
  // one wave ahead, so the history's bounded caches never drop an answer before its plan is checked.
  const wave = (w: number): Promise<void> => (started[w] ??= (w === 0 ? Promise.resolve() : wave(w - 1)).then(() => askWave(h, fs, slices[w])).catch(() => undefined));
  return (index) => {
    const w = waveOf[index];
    if (w === undefined) return Promise.resolve();
    if (w + 1 < slices.length) void wave(w + 1);
    return wave(w);
  };
}

async function askWave(h: History, fs: FileSystem, plans: readonly string[]): Promise<void> {
  const repo = await h.repository();
  const head = await h.commit('HEAD');
  if (!head) return;
  const paths: string[] = [];
  for (const abs of plans) {
    // The engine follows only a document that cites something (or links into GitHub): a README
    // without a citation costs no blame, asked ahead or not.
    const text = await fs.readFile(abs).then((b) => b.toString('utf8'), () => '');
    if (!CITING_LINE.test(text) && !text.includes('https://github.com/')) continue;
    const p = repoPath(repo.root, await fs.realpath(abs).catch(() => abs));
    if (p) paths.push(p);
  }
  const pairs = new Map<string, CommitPair>();
  await pool(paths, BLAME_CONCURRENCY, async (p) => {
    const [blame, committed] = await Promise.all([h.blame(head.sha, p), h.readFile(head.sha, p)]);
    if (!blame || !committed) return;
    committed.text.split(/\r\n|\r|\n/).forEach((line, i) => {
      const at = blame[i];
      if (at && at.commit !== head.sha && CITING_LINE.test(line)) pairs.set(at.commit, { from: at.commit, to: head.sha });
    });
  });
  if (pairs.size) await h.changes([...pairs.values()]);
}

/** Runs `work` on every item, at most `limit` at a time. */
async function pool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) await work(items[next++]).catch(() => undefined);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
