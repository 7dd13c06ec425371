import { strict as assert } from 'node:assert';
import { buildModel } from '../../server/src/core/model';
import { FileWorkspace } from '../../server/src/core/workspace';
import { citationAt, citationsOnLine, completionContextAt, declarationHead, inspectCitation, citationProblems, matchPaths, snippet, isCitationRule } from '../../server/src/core/queries';
import { makeWorkspace, POLICY_GO } from '../helpers/workspace';

describe('editor queries (core/queries.ts)', () => {
  it('finds the citation at an offset, its end included, and none between citations', () => {
    const text = 'A `sim/a.go:1` and `sim/b.go:2-3`.\n';
    const m = buildModel(text);
    const b = text.indexOf('sim/b.go');
    assert.equal(citationAt(m.citations, b)?.path, 'sim/b.go');
    assert.equal(citationAt(m.citations, b + 'sim/b.go:2-3'.length)?.path, 'sim/b.go');
    assert.equal(citationAt(m.citations, text.indexOf('and')), undefined);
    assert.equal(citationsOnLine(text, 0, text.length).length, 2);
  });

  it('matches paths segment by segment, best first', () => {
    const paths = ['sim/routing/policy.go', 'sim/routing/policy_test.go', 'internal/policy/policy.go', 'cmd/sim/main.go'];
    assert.deepEqual(matchPaths(paths, 'ro/pol').slice(0, 1), ['sim/routing/policy.go']);
    // Equal matches: the shorter path first; a prefix-only match after them.
    assert.deepEqual(matchPaths(paths, 'policy.go').slice(0, 2), ['sim/routing/policy.go', 'internal/policy/policy.go']);
    assert.deepEqual(matchPaths(paths, 'main'), ['cmd/sim/main.go']);
    assert.deepEqual(matchPaths(paths, 'zzz'), []);
    assert.equal(matchPaths(paths, '').length, 4);
  });

  it('tells path completion from line completion, and stays out of prose and URLs', () => {
    const at = (s: string) => completionContextAt(s.replace('|', ''), s.indexOf('|'));
    assert.deepEqual(at('see `sim/ro|`'), { kind: 'path', start: 5, end: 11, typed: 'sim/ro' });
    assert.equal(at('see `que|`')?.kind, 'path');
    assert.equal(at('see que|'), undefined);
    assert.equal(at('e.g.| more'), undefined);
    assert.equal(at('https://example.com/a|'), undefined);
    assert.deepEqual(at('`sim/a.go:|`'), { kind: 'lines', path: 'sim/a.go', start: 10, end: 10, form: 'colon', prefix: '' });
    assert.deepEqual(at('`sim/a.go:1|2-14`'), { kind: 'lines', path: 'sim/a.go', start: 10, end: 15, form: 'colon', prefix: '' });
    assert.deepEqual(at('[x](sim/a.go#|)'), { kind: 'lines', path: 'sim/a.go', start: 13, end: 13, form: 'hash', prefix: 'L', link: true });
    assert.equal(at('[x](sim/a.go#L|)')?.kind, 'lines');
  });

  it('names citation rules', () => {
    assert.ok(isCitationRule('MP001'));
    assert.ok(isCitationRule('MP004'));
    assert.ok(!isCitationRule('MP101'));
  });

  it('inspects a citation: resolution, enclosing declaration as written, snippet and problems', async () => {
    const tmp = makeWorkspace({ 'sim/routing/policy.go': POLICY_GO });
    try {
      const ws = new FileWorkspace({ root: tmp.root });
      const m = buildModel('`policy.go:38-39`, `sim/routing/policy.go:90`, `sim/nope.go:1`\n');
      const [ok, past, missing] = m.citations;
      const info = await inspectCitation(ws, ok);
      assert.equal(info.resolution.kind, 'ok');
      assert.equal(info.ranges[0].decl?.name, 'NewRoutingPolicy');
      assert.equal(declarationHead(info.file!, info.ranges[0].decl!), 'func NewRoutingPolicy(name string) (RoutingPolicy, error)');
      const s = snippet(info.file!, 38, 39, 2, 40);
      assert.equal(s.firstLine, 36);
      assert.equal(s.lines.length, 6);
      assert.equal(snippet(info.file!, 1, 44, 2, 10).truncated, true);
      assert.deepEqual(citationProblems(ok, info), []);
      assert.match(citationProblems(past, await inspectCitation(ws, past))[0], /past the end of the file \(44 lines\)/);
      assert.match(citationProblems(missing, await inspectCitation(ws, missing))[0], /No Go file in the workspace matches `sim\/nope\.go`/);
      const typeDecl = info.file!.decls.find((d) => d.name === 'RoutingPolicy')!;
      assert.equal(declarationHead(info.file!, typeDecl), 'type RoutingPolicy interface');
      const oneLiner = info.file!.decls.find((d) => d.name === 'Name')!;
      assert.equal(declarationHead(info.file!, oneLiner), 'func (l *LeastLoaded) Name() string { return "least-loaded" }');
    } finally {
      tmp.remove();
    }
  });
});
