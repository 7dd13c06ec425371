/**
 * A check that reuses what the previous version's check left (CheckOptions.reuse, as the language
 * server re-checks on each keystroke) gives the same result as a fresh check of the same text:
 * random edits (typing, deleting lines, pasting a chunk, editing a citation, a heading, a table
 * cell, the reliability mutations) applied one after another to real plans, each version checked
 * both ways; and cited code changing on disk, reported to the watched workspace, is seen.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { checkDocument, type CheckResult } from '../../server/src/core/engine';
import type { Rule } from '../../server/src/core/rule';
import { defaultConfig } from '../../server/src/core/config';
import { Answers, CheckReuse } from '../../server/src/core/incremental';
import { FileWorkspace } from '../../server/src/core/workspace';
import { FIXTURE_WS, fuzzParams, mutation } from '../helpers/reliability';
import { makeFixture } from '../helpers/fixture';
// The benchmark's generator: a Go module and a long macro plan citing into it.
import { makePlan, writeGoModule } from '../../scripts/bench/generate.mjs';

const config = defaultConfig();
const FIXTURES = path.resolve(__dirname, '..', 'fixtures');

type Edit = (text: string) => string;

const lineAt = (text: string, k: number) => {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const s = starts[k % starts.length];
  const e = text.indexOf('\n', s);
  return { start: s, end: e < 0 ? text.length : e };
};

/** An edit of the first line after line k that matches `re`, at a place chosen by `at`. */
const onLine = (re: RegExp, f: (line: string, at: number) => string) => fc.tuple(fc.nat(), fc.nat()).map(([k, at]): Edit => (t) => {
  const lines = t.split('\n');
  for (let d = 0; d < lines.length; d++) {
    const i = (k + d) % lines.length;
    if (re.test(lines[i])) {
      lines[i] = f(lines[i], at);
      return lines.join('\n');
    }
  }
  return t;
});

const insertAt = (s: string, at: number, x: string) => s.slice(0, at % (s.length + 1)) + x + s.slice(at % (s.length + 1));

/** The edits an author makes while writing. */
const edit: fc.Arbitrary<Edit> = fc.oneof(
  // Typing a few characters anywhere, or deleting some.
  fc.tuple(fc.nat(), fc.constantFrom('x', 'a ', '`', '.', ' ', '\n', '\n\n', '|', '#', '- ', '**')).map(([k, s]): Edit => (t) => insertAt(t, k, s)),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 4 })).map(([k, n]): Edit => (t) => {
    const at = k % (t.length + 1);
    return t.slice(0, at) + t.slice(at + n);
  }),
  // Deleting a few lines; pasting a copy of some lines elsewhere.
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 5 })).map(([k, n]): Edit => (t) => {
    const lines = t.split('\n');
    lines.splice(k % lines.length, n);
    return lines.join('\n');
  }),
  fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 12 })).map(([k, j, n]): Edit => (t) => {
    const lines = t.split('\n');
    const from = k % lines.length;
    lines.splice(j % (lines.length + 1), 0, ...lines.slice(from, from + n));
    return lines.join('\n');
  }),
  // A citation's line numbers or path, a heading's words, a table cell.
  onLine(/\.(go|py|ts|rs|sh):\d/, (l, at) => l.replace(/(\.(?:go|py|ts|rs|sh):)(\d+)/, (_m, p, n) => `${p}${(Number(n) + 1 + (at % 40)) % 120}`)),
  onLine(/\.(go|py|ts|rs|sh):\d/, (l, at) => l.replace(/([\w-]+)(\.(?:go|py|ts|rs|sh):)/, (_m, name, p) => (at % 2 ? `${name}x${p}` : `${name.slice(1)}${p}`))),
  onLine(/^#{1,6} /, (l, at) => insertAt(l, 3 + (at % Math.max(1, l.length - 3)), at % 3 ? ' more' : 'X')),
  onLine(/^\|/, (l, at) => {
    const bars = [...l.matchAll(/\|/g)].map((m) => m.index!);
    const i = bars[at % bars.length] ?? 0;
    return insertAt(l, i + 1, at % 2 ? ' `Basket` ' : ' shop/basket.go:7 ');
  }),
  mutation,
  // Inputs of rules and of profile detection: an id, a disable comment, a line that decides the
  // profile (a title, the agentic-workers line, a header field, a task heading, a placeholder, a
  // species line, a small tier), typed as a line of its own or into an existing one.
  onLine(/\b(?:BC|INV|NC|FR|SC)-\d/, (l, at) => l.replace(/\b(BC|INV|NC|FR|SC)-(\d+)/, (_m, k, n) => `${k}-${Number(n) + 1 + (at % 3)}`)),
  fc.tuple(fc.nat(), fc.constantFrom(
    'BC-7 is what the basket promises.',
    '| BC-9 | a contract row |',
    '<!-- macroplan-disable-next-line -->',
    '<!-- macroplan-disable MP004 -->',
    '<!-- macroplan-enable -->',
    '<!-- macroplan-disable-file MP118 -->',
    '# Checkout Implementation Plan',
    '# Macro Plan Template',
    '> **For agentic workers:** use superpowers:executing-plans to carry this out.',
    '**Goal:** ship it',
    '**Tech Stack:** Go',
    '### Task 3: Wire the basket',
    '- [ ] **Step 1: Write the failing test**',
    'Fill in <Component Name> and [Title] here.',
    'Species: decision record',
    '**Tier:** Small',
    '$ARGUMENTS',
    // Findings of the chunk rules (RuleMeta.reads): a missing file, a line past the end, a bare name.
    'The cart lives at shop/nowhere.go:4.',
    '`Basket` is declared at shop/basket.go:999.',
    'See basket.go:3 and [the price](shop/price.go#L2).',
  )).map(([k, line]): Edit => (t) => {
    const lines = t.split('\n');
    lines.splice(k % (lines.length + 1), 0, line);
    return lines.join('\n');
  }),
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(' BC-4', ' INV-2', '<!-- macroplan-disable-line -->', ' Implementation Plan', ' template', ' <Name>', '**Goal:**')).map(([k, at, x]): Edit => (t) => {
    const { start, end } = lineAt(t, k);
    return insertAt(t.slice(0, end), start + (at % (end - start + 1)), x) + t.slice(end);
  }),
);

/** What a front door shows of a result: the findings with fixes and suggestions, the profile, each citation's resolution, and the model editor features read. */
function shown(r: CheckResult) {
  const { lines: _lines, text: _text, ...model } = r.model;
  return {
    model: JSON.parse(JSON.stringify(model)),
    diagnostics: r.diagnostics,
    isPlan: r.isPlan,
    profile: r.profile?.name,
    citations: r.citations.map((c) => ({ start: c.start, end: c.end, claimed: c.claimed, resolution: c.resolution, loaded: c.loaded?.kind })),
  };
}

/** Checks each version of `text` under `edits` with reuse and fresh, and asserts the same results. */
async function sameAsFresh(root: string, planRel: string, text: string, edits: Edit[]): Promise<void> {
  const planAbs = path.join(root, planRel);
  const ws = new FileWorkspace({ root, watched: true });
  const reuse = new CheckReuse();
  let version = text;
  for (let i = 0; i <= edits.length; i++) {
    if (i > 0) version = edits[i - 1](version);
    const incremental = await checkDocument(ws, version, { config, path: planAbs, reuse });
    const fresh = await checkDocument(new FileWorkspace({ root }), version, { config, path: planAbs });
    assert.deepEqual(shown(incremental), shown(fresh), `version ${i} differs: ${JSON.stringify(version.slice(0, 200))}...`);
  }
}

describe('incremental re-checks (CheckOptions.reuse) equal fresh checks', function () {
  this.timeout(300_000);
  const plans: { name: string; root: string; rel: string; text: () => string }[] = [
    { name: 'the reliability macro plan', root: FIXTURE_WS, rel: 'docs/plans/checkout-macro-plan.md', text: () => fs.readFileSync(path.join(FIXTURE_WS, 'docs/plans/checkout-macro-plan.md'), 'utf8') },
    { name: 'a micro plan', root: FIXTURE_WS, rel: 'docs/plans/discount-cap-micro-plan.md', text: () => fs.readFileSync(path.join(FIXTURES, 'plans/micro/discount-cap-micro-plan.md'), 'utf8') },
    { name: 'a superpowers plan', root: FIXTURE_WS, rel: 'docs/plans/2026-12-01-reservation-holds.md', text: () => fs.readFileSync(path.join(FIXTURES, 'plans/superpowers/2026-12-01-reservation-holds.md'), 'utf8') },
    { name: 'a macro plan with many chunks', root: FIXTURE_WS, rel: 'docs/plans/queue-sharding-macro-plan.md', text: () => fs.readFileSync(path.join(FIXTURES, 'plans/queue-sharding-macro-plan.md'), 'utf8') },
  ];
  for (const p of plans) {
    it(`on ${p.name}, after each of a run of random edits`, async () => {
      const text = p.text();
      await fc.assert(fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => sameAsFresh(p.root, p.rel, text, edits)), fuzzParams(8));
    });
  }

  it('on the benchmark\'s generated plan (300 lines into a generated Go module)', async () => {
    const fx = makeFixture();
    try {
      const files = writeGoModule(fx.root, 40, 3);
      const { text } = makePlan(300, files, 7);
      fx.write('docs/plans/gen-macro-plan.md', text);
      await fc.assert(fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => sameAsFresh(fx.root, 'docs/plans/gen-macro-plan.md', text, edits)), fuzzParams(4));
    } finally {
      fx.remove();
    }
  });

  it('sees cited code change on disk once the watched workspace is told (invalidate, invalidateListing, an overlay)', async () => {
    const fx = makeFixture({
      'shop/basket.go': 'package shop\n\n// Basket holds items.\ntype Basket struct {\n\tItems []string\n}\n\nfunc (b *Basket) Add(s string) {\n\tb.Items = append(b.Items, s)\n}\n',
      'shop/price.go': 'package shop\n\nfunc Price() int { return 1 }\n',
    });
    try {
      const plan = '# Plan\n\n`Basket` is declared at shop/basket.go:4-6 and `Add` at shop/basket.go:8-10.\n\n`Price` sits at shop/price.go:3.\n';
      const planAbs = fx.path('docs/plan.md');
      const ws = new FileWorkspace({ root: fx.root, watched: true });
      const reuse = new CheckReuse();
      const check = () => checkDocument(ws, plan, { config, path: planAbs, reuse });
      const fresh = () => checkDocument(new FileWorkspace({ root: fx.root }), plan, { config, path: planAbs });
      const ids = (r: CheckResult) => r.diagnostics.map((d) => `${d.rule}@${d.start}`).sort();
      assert.deepEqual(ids(await check()), ids(await fresh()));
      const before = ids(await check());

      // The cited lines move: without a report the watched workspace trusts what it read; once told, the check sees it.
      fx.write('shop/basket.go', 'package shop\n\n\n\n\n\n// Basket holds items.\ntype Basket struct {\n\tItems []string\n}\n');
      assert.deepEqual(ids(await check()), before, 'nothing was reported yet');
      ws.invalidate(fx.path('shop/basket.go'));
      const moved = await check();
      assert.deepEqual(ids(moved), ids(await fresh()));
      assert.notDeepEqual(ids(moved), before, 'the change is seen');

      // A cited file deleted: the listing is rebuilt when the deletion is reported.
      fs.rmSync(fx.path('shop/price.go'));
      ws.invalidateListing();
      ws.invalidate(fx.path('shop/price.go'));
      const deleted = await check();
      assert.deepEqual(ids(deleted), ids(await fresh()));
      assert.ok(deleted.diagnostics.some((d) => d.rule === 'MP001'), 'the deleted file is missing');

      // An open editor's text of a cited file (an overlay) is what the next check reads.
      ws.setOverlay(fx.path('shop/basket.go'), 1, 'package shop\n\n// Basket holds items.\ntype Basket struct {\n\tItems []string\n}\n\nfunc (b *Basket) Add(s string) {\n\tb.Items = append(b.Items, s)\n}\n');
      assert.deepEqual(ids(await check()).filter((x) => !x.startsWith('MP001')), before.filter((x) => !x.startsWith('MP001')));
    } finally {
      fx.remove();
    }
  });

  it('runs a chunk rule (RuleMeta.reads) only on the chunks an edit changed, and carries the rest moved', async () => {
    const fx = makeFixture({ 'shop/basket.go': 'package shop\n\ntype Basket struct{}\n' });
    try {
      const seen: string[] = [];
      const rule: Rule = {
        meta: { id: 'MP990', name: 'chunk-probe', severity: 'warning', description: 'test', scope: 'markdown', needs: ['citations'], reads: 'chunk' },
        check(ctx) {
          seen.push(ctx.model.text);
          for (const c of ctx.citations) ctx.report({ start: c.start, end: c.end, message: `${c.resolution.kind} ${ctx.model.text.slice(c.start, c.end)}`, fix: { title: 'x', edits: [{ start: c.pathStart, end: c.pathEnd, newText: 'shop/basket.go' }] } });
        },
      };
      const planAbs = fx.path('docs/plan.md');
      const ws = new FileWorkspace({ root: fx.root, watched: true });
      const reuse = new CheckReuse();
      const sections = ['# Plan\n', '## One\n\nshop/basket.go:3 holds it.\n', '## Two\n\nshop/gone.go:1 does not.\n', '## Three\n\nbasket.go:3 again.\n'];
      /** The check with reuse, the texts the rule read in it, and the same findings as a fresh check's. */
      const check = async (text: string) => {
        seen.length = 0;
        const r = await checkDocument(ws, text, { config, path: planAbs, reuse, rules: [rule] });
        const read = [...seen];
        const fresh = await checkDocument(new FileWorkspace({ root: fx.root }), text, { config, path: planAbs, rules: [rule] });
        assert.deepEqual(r.diagnostics, fresh.diagnostics);
        return { ...r, read };
      };
      const first = await check(sections.join('\n'));
      assert.ok(first.read.length > 3, 'the first check reads every chunk');
      // Text typed into section One moves Two and Three: only the edited chunk is read again.
      const edited = await check([sections[0], sections[1].replace('holds', 'still holds'), sections[2], sections[3]].join('\n'));
      assert.deepEqual(edited.read, ['shop/basket.go:3 still holds it.\n\n']);
      assert.equal(edited.diagnostics.length, 3);
      const gone = edited.diagnostics.find((d) => d.message.startsWith('missing'))!;
      assert.equal(gone.message, 'missing shop/gone.go:1');
      assert.equal(edited.model.text.slice(gone.fix!.edits[0].start, gone.fix!.edits[0].end), 'shop/gone.go', 'the carried fix moved with its chunk');
      // A change reported by the watched workspace: every chunk is read again.
      ws.invalidate(fx.path('shop/basket.go'));
      const again = await check([sections[0], sections[1].replace('holds', 'still holds'), sections[2], sections[3]].join('\n'));
      assert.equal(again.read.length, first.read.length);
    } finally {
      fx.remove();
    }
  });

  it('keeps the answers the latest check asked for, asks again for one that failed, and for one not asked since', async () => {
    const asked: string[] = [];
    const ask = (key: string, fail = false) => () => {
      asked.push(key);
      return fail ? Promise.reject(new Error('EIO')) : Promise.resolve(key.toUpperCase());
    };
    const first = new Answers<string>();
    assert.equal(await first.get('a', ask('a')), 'A');
    await first.get('b', ask('b'));
    await first.get('c', ask('c', true)).catch(() => undefined);
    const second = new Answers(first);
    assert.equal(await second.get('a', ask('a')), 'A');
    assert.equal(await second.get('c', ask('c')), 'C', 'a failed answer is asked again');
    const third = new Answers(second);
    await third.get('a', ask('a'));
    await third.get('b', ask('b'));
    assert.deepEqual(asked, ['a', 'b', 'c', 'c', 'b'], 'b, not asked by the second check, is asked again by the third');
  });
});
