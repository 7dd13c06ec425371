// The history-many repository with a branch-and-merge history, as most GitHub repositories have:
// feature branches (up to three open at once) forked from main, each committing code and plans,
// merged back with --no-ff while main goes on with its own commits; main also adds a review line
// to plans a branch is rewriting (the plan changed on both sides), and one merge in eight edits a
// plan itself (an evil merge). Branches touch disjoint files, so each merge's tree is the plain
// union of both sides.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { rng } from './generate.mjs';
import { gitEnv } from './startup.mjs';
import { fastImport, goFile, planText } from './gitrepo.mjs';

/** A plan's text: its title, the review lines main added, then its generated body. */
const render = (plan) => {
  const [title, ...rest] = plan.body.split('\n');
  return [title, ...plan.notes, ...rest].join('\n');
};

export function makeMergedPlansRepo(dir, { plans = 150, citationsPerPlan = 12, commits = 400 } = {}) {
  const rand = rng(23);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  execFileSync('git', ['init', '-q', '-b', 'main', dir], { env: gitEnv() });
  const { blob, commit, importInto } = fastImport();
  const planPath = (k) => `docs/plans/plan-${k}.md`;
  const main = { ref: 'main', tip: 1, files: new Map(), plans: new Map(), count: 0 };
  for (let f = 0; f < 60; f++) main.files.set(`pkg${f % 10}/file${f}.go`, goFile(`pkg${f % 10}`, 20, rand, f, 'G'));
  const revisions = new Map();
  const writePlan = (side, k) => {
    const rev = (revisions.get(k) ?? 0) + 1;
    revisions.set(k, rev);
    const plan = side.plans.get(k) ?? { notes: [] };
    side.plans.set(k, { ...plan, body: planText(k, side.files, rand, citationsPerPlan, rev) });
    return blob(planPath(k), render(side.plans.get(k)));
  };
  let body = [...main.files].map(([p, l]) => blob(p, l.join('\n') + '\n')).join('');
  let nextPlan = Math.floor(plans / 3);
  for (let k = 0; k < nextPlan; k++) body += writePlan(main, k);
  commit(1, 'initial', body);
  let mark = 1;
  let moves = 0;
  let merges = 0;
  let branches = 0;
  const open = [];
  // Which open branch holds each Go file or plan it touched: nobody else touches it until the merge.
  const held = new Map();
  const free = (side, key) => !held.has(key) || held.get(key) === side;
  const hold = (side, key) => { if (side !== main) { held.set(key, side); side.touched.add(key); } };
  const every = Math.ceil(commits / (plans - plans / 3));

  /** One commit of code and perhaps plans on `side` (main or a branch). */
  const change = (side) => {
    const names = [...side.files.keys()].filter((n) => free(side, n));
    const name = pick(names);
    const lines = side.files.get(name);
    const at = 2 + Math.floor(rand() * (lines.length - 2));
    const r = rand();
    let out = '';
    if (r < 0.03 && moves < 12) {
      const to = name.replace(/^pkg\d+/, `moved${moves++}`);
      side.files.delete(name);
      side.files.set(to, lines);
      hold(side, name);
      hold(side, to);
      out += `R ${name} ${to}\n`;
    } else {
      const copy = [...lines];
      if (r < 0.5) copy.splice(at, 0, `// note ${mark + 1}`, `var v${mark + 1} = ${mark + 1}`, '');
      else if (r < 0.8) copy[at] = copy[at].startsWith('\t') ? `\t_ = ${mark + 1} // edited` : copy[at];
      else if (copy[at] === '') copy.splice(at, 1);
      side.files.set(name, copy);
      hold(side, name);
      out += blob(name, copy.join('\n') + '\n');
    }
    if (nextPlan < plans && (mark + 1) % every === 0) {
      hold(side, `plan ${nextPlan}`);
      out += writePlan(side, nextPlan++);
    }
    if ((mark + 1) % 13 === 0) {
      const k = Math.floor(rand() * nextPlan);
      if (free(side, `plan ${k}`) && side.plans.has(k)) {
        hold(side, `plan ${k}`);
        out += writePlan(side, k);
      }
    }
    // Main reviews a plan a branch is rewriting: a line under its title, which the merge keeps.
    if (side === main && rand() < 0.15) {
      const busy = [...held.keys()].filter((key) => key.startsWith('plan ')).map((key) => Number(key.slice(5))).filter((k) => main.plans.has(k));
      if (busy.length) {
        const k = pick(busy);
        const plan = main.plans.get(k);
        main.plans.set(k, { ...plan, notes: [...plan.notes, `Reviewed on main at commit ${mark + 1}.`] });
        out += blob(planPath(k), render(main.plans.get(k)));
      }
    }
    commit(++mark, `change ${mark} on ${side.ref}`, out, { ref: side.ref, from: side.tip });
    side.tip = mark;
    side.count++;
  };

  /** `--no-ff` merge of `branch` into main: its files and plan bodies, main's review lines; sometimes an edit of the merge's own. */
  const merge = (branch) => {
    let out = '';
    for (const key of branch.touched) {
      held.delete(key);
      if (key.startsWith('plan ')) {
        const k = Number(key.slice(5));
        const mine = branch.plans.get(k);
        const theirs = main.plans.get(k);
        main.plans.set(k, { body: mine.body, notes: theirs?.notes ?? [] });
      } else if (branch.files.has(key)) main.files.set(key, branch.files.get(key));
      else {
        main.files.delete(key);
        out += `D ${key}\n`;
      }
    }
    const planKeys = [...branch.touched].filter((key) => key.startsWith('plan ')).map((key) => Number(key.slice(5)));
    if (planKeys.length && merges % 8 === 7) {
      const k = pick(planKeys);
      const plan = main.plans.get(k);
      main.plans.set(k, { ...plan, notes: [...plan.notes, `Merged with ${branch.ref}.`] });
    }
    for (const key of branch.touched) {
      if (key.startsWith('plan ')) out += blob(planPath(Number(key.slice(5))), render(main.plans.get(Number(key.slice(5)))));
      else if (main.files.has(key)) out += blob(key, main.files.get(key).join('\n') + '\n');
    }
    commit(++mark, `Merge branch '${branch.ref}'`, out, { ref: 'main', from: main.tip, merge: [branch.tip] });
    main.tip = mark;
    merges++;
    open.splice(open.indexOf(branch), 1);
  };

  while (mark < commits) {
    const r = rand();
    const ready = open.filter((b) => b.count >= 2);
    if (open.length < 3 && r < 0.12) {
      const ref = `feature/${++branches}`;
      open.push({ ref, tip: main.tip, files: new Map(main.files), plans: new Map(main.plans), touched: new Set(), count: 0 });
    } else if (ready.length && r < 0.25) merge(pick(ready));
    else change(open.length && r < 0.8 ? pick(open) : main);
  }
  while (open.length) merge(open[0]);
  body = '';
  while (nextPlan < plans) body += writePlan(main, nextPlan++);
  if (body) commit(++mark, 'last plans', body, { from: main.tip });
  importInto(dir);
  return { plansDir: join(dir, 'docs', 'plans'), plans, citations: plans * citationsPerPlan, commits: mark, merges, moves };
}
