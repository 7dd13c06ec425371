import type { FileSystem } from '../fs';
import { repoPath } from './plan';
import type { History } from './types';

/** Blame processes running at once: each is mostly process start-up, which overlaps well. */
const BLAME_CONCURRENCY = 3;
/** Plans per wave: the first waves small, so the first check waits little. */
const WAVES = [2, 6, 16, 32];
/** A document that may cite something (`file.go:12`, `#L12`): only such a document's history is followed. */
const CITING = /:\d|#L\d/;

/**
 * Asks git ahead, for the plans of one command-line run in one repository, the first question
 * each plan's check asks, so that the check of plan k finds it answered instead of starting a
 * process and waiting: the plan's blame at HEAD, a few processes at a time, a wave of plans
 * ahead of the checks.
 *
 * Only a speed-up: every check still asks its own questions and gets the same answers (answers
 * keyed by commit never change). What changed since each citation's commit is not asked ahead:
 * which commits a check follows from depends on its walk back and anchors, and on a real
 * repository (542 commits, 157 Markdown files) the commits of the citing lines were three times
 * the pairs the checks asked, each a whole-tree diff to HEAD. Failures are left for the check to
 * meet and report. Returns when plan `i` may start: after its wave.
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
  // Every plan's blame from one log where the history allows (kept for the run, not in the
  // bounded cache); the waves then blame only the plans it left.
  let all: Promise<void> | undefined;
  const ahead = () => (all ??= askAll(h, fs, plans).catch(() => undefined));
  // Waves run one after another, each started when the checks reach the wave before it: at most
  // one wave ahead, so the history's bounded caches never drop an answer before its plan is checked.
  const wave = (w: number): Promise<void> => (started[w] ??= (w === 0 ? ahead() : wave(w - 1)).then(() => askWave(h, fs, slices[w])).catch(() => undefined));
  return (index) => {
    const w = waveOf[index];
    if (w === undefined) return Promise.resolve();
    if (w + 1 < slices.length) void wave(w + 1);
    return wave(w);
  };
}

/**
 * For a thread that checks some of many plans in an order it does not know ahead (a worker, or
 * the main thread beside workers): every plan's blame at HEAD from one log, as `prefetchPlans`
 * asks first, and nothing per wave. Returns when a plan may start: after that one question.
 */
export function prefetchBlames(h: History, fs: FileSystem, plans: readonly string[]): (index: number) => Promise<void> {
  let all: Promise<void> | undefined;
  return () => (all ??= askAll(h, fs, plans).catch(() => undefined));
}

async function askAll(h: History, fs: FileSystem, plans: readonly string[]): Promise<void> {
  const head = await h.commit('HEAD');
  if (!head) return;
  // One run, one HEAD: each plan's check would read it again.
  h.holdHead?.(head);
  if (h.blameAhead) await h.blameAhead(head.sha, (await citingPaths(h, fs, plans)).map((p) => p.path));
}

async function askWave(h: History, fs: FileSystem, plans: readonly string[]): Promise<void> {
  const head = await h.commit('HEAD');
  if (!head) return;
  const citing = await citingPaths(h, fs, plans);
  const commits = new Set<string>();
  // Each check reads its plan as committed at HEAD: one cat-file write for the wave, not one per plan.
  for (const { path } of citing) void h.readFile(head.sha, path).catch(() => undefined);
  await pool(citing, BLAME_CONCURRENCY, async ({ path, text }) => {
    const blame = await h.blame(head.sha, path);
    if (!blame) return;
    // The commits of the lines that cite, read in one cat-file write: the baselines the checks
    // most likely follow from. Their diffs are not guessed: on inference-sim's history (160
    // documents) the guesses cost more git and pipe time than the waits they saved.
    text.split('\n').forEach((line, i) => {
      const c = blame[i]?.commit;
      if (c && c !== head.sha && CITING.test(line)) commits.add(c);
    });
  });
  if (commits.size === 0) return;
  await Promise.all([...commits].map((c) => h.commit(c)));
}

/** The repository paths and texts of the plans that cite something. */
async function citingPaths(h: History, fs: FileSystem, plans: readonly string[]): Promise<{ path: string; text: string }[]> {
  const repo = await h.repository();
  const out: { path: string; text: string }[] = [];
  for (const abs of plans) {
    // The engine follows only a document that cites something (or links into GitHub): a README
    // without a citation costs no blame, asked ahead or not.
    const text = await fs.readFile(abs).then((b) => b.toString('utf8'), () => '');
    if (!CITING.test(text) && !text.includes('https://github.com/')) continue;
    const p = repoPath(repo.root, await fs.realpath(abs).catch(() => abs));
    if (p) out.push({ path: p, text });
  }
  return out;
}

/** Runs `work` on every item, at most `limit` at a time. */
async function pool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) await work(items[next++]).catch(() => undefined);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
