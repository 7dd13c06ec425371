import { strict as assert } from 'node:assert';
import { makeRepo } from '../../helpers/gitrepo';
import { checkWithHistory } from '../../helpers/historyCheck';
import { makeFixture } from '../../helpers/fixture';

/**
 * Per language: a function cited at its lines, then moved below a new one and edited in one
 * commit. MP009 follows it through the enclosing declaration of the old blob, parsed in the
 * file's language, and no other citation rule speaks for it.
 */
const CASES: { lang: string; path: string; before: string; after: string; was: string; now: string; inside: RegExp }[] = [
  {
    lang: 'JavaScript',
    path: 'lib/route.mjs',
    before: 'export function other() {\n  return 2;\n}\n\nexport function route(a) {\n  return a + 1;\n}\n',
    after: 'export function other() {\n  return 2;\n}\n\nexport function added() {\n  return 0;\n}\n\nexport function route(a) {\n  const b = a * 2;\n  return b + 1;\n}\n',
    was: '5-7',
    now: '9-12',
    inside: /inside `export function route\(a\)`|inside `function route\(a\)`/,
  },
  {
    lang: 'TypeScript',
    path: 'src/route.ts',
    before: 'export class Router {\n  other(): number {\n    return 2;\n  }\n\n  route(a: number): number {\n    return a + 1;\n  }\n}\n',
    after: 'export class Router {\n  other(): number {\n    return 2;\n  }\n\n  added(): number {\n    return 0;\n  }\n\n  route(a: number): number {\n    const b = a * 2;\n    return b + 1;\n  }\n}\n',
    was: '6-8',
    now: '10-13',
    inside: /inside `route\(a: number\): number`/,
  },
  {
    lang: 'Python',
    path: 'pkg/route.py',
    before: 'def other():\n    return 2\n\n\ndef route(a):\n    return a + 1\n',
    after: 'def other():\n    return 2\n\n\ndef added():\n    return 0\n\n\ndef route(a):\n    b = a * 2\n    return b + 1\n',
    was: '5-6',
    now: '9-11',
    inside: /inside `def route\(a\)`/,
  },
  {
    lang: 'Rust',
    path: 'src/route.rs',
    before: 'pub struct Router;\n\nimpl Router {\n    pub fn route(&self, a: i32) -> i32 {\n        a + 1\n    }\n}\n',
    after: 'pub struct Router;\n\nimpl Router {\n    pub fn added(&self) -> i32 {\n        0\n    }\n\n    pub fn route(&self, a: i32) -> i32 {\n        let b = a * 2;\n        b + 1\n    }\n}\n',
    was: '4-6',
    now: '8-11',
    inside: /inside `pub fn route\(&self, a: i32\) -> i32`/,
  },
  {
    lang: 'shell',
    path: 'bin/route.sh',
    before: '#!/bin/sh\nother() {\n  echo 2\n}\n\nroute() {\n  echo "$1"\n}\n',
    after: '#!/bin/sh\nother() {\n  echo 2\n}\n\nadded() {\n  echo 0\n}\n\nroute() {\n  b=$(( $1 * 2 ))\n  echo "$b"\n}\n',
    was: '6-8',
    now: '10-13',
    inside: /inside `route\(\)`/,
  },
];

describe('history: MP009 follows code in every language of the index', function () {
  this.timeout(30000);
  afterEach(() => makeFixture.cleanup());

  for (const c of CASES) {
    it(`${c.lang}: a function moved and edited is re-anchored through its declaration`, async () => {
      const repo = makeRepo();
      repo.commit('code and plan', { [c.path]: c.before, 'docs/plan.md': `# Plan\n\nRouting goes through \`route\` (${c.path}:${c.was}).\n` });
      repo.commit('add a function above route and edit it', { [c.path]: c.after });
      const { diagnostics } = await checkWithHistory(repo, 'docs/plan.md');
      assert.deepEqual(diagnostics.map((d) => d.rule), ['MP009'], JSON.stringify(diagnostics));
      const [d] = diagnostics;
      assert.match(d.message, new RegExp(`was edited: ${c.path.replace(/[.]/g, '\\.')}:${c.was} is now ${c.now}`), d.message);
      assert.match(d.message, c.inside, d.message);
      assert.equal(d.suggestions?.[0].edits[0].newText, `:${c.now}`);
    });
  }
});
