import { strict as assert } from 'node:assert';
import { execFileSync, spawn } from 'node:child_process';
import { DiffTreeProcess } from '../../../server/src/core/history/difftree';
import { cleanGitEnv, makeRepo } from '../../helpers/gitrepo';
import { makeFixture } from '../../helpers/fixture';

const ARGS = ['diff-tree', '--stdin', '-r', '-M', '-p', '-U0', '--no-ext-diff', '--no-textconv', '--src-prefix=a/', '--dst-prefix=b/', '--', '*.go'];

describe('one diff-tree kept open (difftree.ts)', function () {
  this.timeout(60000);
  afterEach(() => makeFixture.cleanup());

  it('answers questions asked together, empty, small and large (many pieces of output), each as a process of its own would', async () => {
    const repo = makeRepo();
    const big = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `var v${i} = "${tag} ${i}"`).join('\n') + '\n';
    const a = repo.commit('one', { 'a.go': 'package a\n', 'big.go': 'package a\n' + big(6000, 'x') });
    const b = repo.commit('two', { 'a.go': 'package a\n\nfunc A() {}\n' });
    const c = repo.commit('three', { 'big.go': 'package a\n' + big(6000, 'y'), 'moved.go': 'package a\n\nfunc A() {}\n', 'a.go': null });
    const alone = (input: string) => execFileSync('git', ARGS, { cwd: repo.root, env: cleanGitEnv(), input, encoding: 'utf8', maxBuffer: 1 << 28 });
    const kept = new DiffTreeProcess(() => spawn('git', ARGS, { cwd: repo.root, env: cleanGitEnv(), stdio: ['pipe', 'pipe', 'ignore'] }), 30000);
    try {
      const questions = [`${b} ${a}\n`, `${a} ${a}\n`, `${c} ${a}\n${c} ${b}\n`, `${c} ${b}\n`];
      const answers = await Promise.all(questions.map((q) => kept.ask(q)));
      questions.forEach((q, i) => assert.equal(answers[i], alone(q), `question ${i}`));
      assert.ok(answers[2].length > 200_000, 'the large answer came in many pieces');
      assert.equal(answers[1], '');
      // Asked again after the first ones are answered: the same process, the same answers.
      assert.equal(await kept.ask(questions[0]), answers[0]);
    } finally {
      kept.close();
    }
  });
});
