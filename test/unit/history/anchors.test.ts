import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ANCHOR_LIMITS, MemoryAnchorStore, anchorKey, blobId, parseStore, serializeStore, type Anchor } from '../../../server/src/core/history/anchors';
import { FileAnchorStore, anchorStorePath, gitDirOf } from '../../../server/src/core/history/anchorfile';
import { makeRepo } from '../../helpers/gitrepo';
import { makeFixture } from '../../helpers/fixture';

const TEXT = 'package sim\n\nfunc Route() {}';
const anchor = (over: Partial<Anchor> = {}): Anchor => ({ path: 'sim/routing.go', ranges: [[3, 3]], oid: blobId(TEXT), seen: 1, ...over });

describe('anchors: the store', () => {
  afterEach(() => makeFixture.cleanup());

  it('keys a citation by plan, text and occurrence, and gives back the text it was right on', () => {
    const s = new MemoryAnchorStore();
    s.put(anchorKey('docs/plan.md', 'sim/routing.go:3', 1), anchor(), TEXT);
    assert.equal(s.get(anchorKey('docs/plan.md', 'sim/routing.go:3', 0)), undefined);
    assert.equal(s.get(anchorKey('docs/plan.md', 'sim/routing.go:3', 1))?.text, TEXT);
  });

  it('blobId is git\'s object id', () => {
    const repo = makeRepo({ 'a.go': TEXT });
    assert.equal(blobId(TEXT), repo.git('hash-object', 'a.go').trim());
  });

  it('ignores whatever is not a store, and drops entries that are hostile or do not match their text', () => {
    assert.equal(parseStore('not json'), undefined);
    assert.equal(parseStore('[]'), undefined);
    assert.equal(parseStore(JSON.stringify({ version: 2, anchors: {}, texts: {} })), undefined);
    const k = (n: number) => anchorKey('p.md', `c${n}`, 0);
    const data = parseStore(JSON.stringify({
      version: 1,
      texts: { [blobId(TEXT)]: TEXT, [blobId('x')]: 'tampered' },
      anchors: {
        [k(1)]: anchor(),
        [k(2)]: anchor({ path: '../../etc/passwd' }),
        [k(3)]: anchor({ path: '/abs.go' }),
        [k(4)]: anchor({ ranges: [[5, 2]] }),
        [k(5)]: anchor({ oid: blobId('x') }),
        [k(6)]: { ...anchor(), seen: 'yesterday' },
        'no key': anchor(),
      },
    }));
    assert.deepEqual([...data!.anchors.keys()], [k(1)]);
    assert.deepEqual([...data!.texts.keys()], [blobId(TEXT)]);
  });

  it('is bounded: the anchors seen last are kept', () => {
    const was = ANCHOR_LIMITS.anchors;
    ANCHOR_LIMITS.anchors = 3;
    try {
      const anchors = new Map<string, Anchor>();
      for (let i = 0; i < 5; i++) anchors.set(anchorKey('p.md', `c${i}`, 0), anchor({ seen: i }));
      const kept = parseStore(serializeStore({ anchors, texts: new Map([[blobId(TEXT), TEXT]]) }))!;
      assert.deepEqual([...kept.anchors.values()].map((a) => a.seen).sort(), [2, 3, 4]);
    } finally {
      ANCHOR_LIMITS.anchors = was;
    }
  });

  it('lives in the git directory, not the working tree: git sees nothing new, and a second store reads it', () => {
    const repo = makeRepo({ 'a.go': TEXT });
    repo.commit('start');
    const file = anchorStorePath(repo.root, repo.root);
    assert.equal(file, path.join(repo.root, '.git', 'macroplan', 'anchors.json'));
    const s = new FileAnchorStore(file, () => assert.fail('nothing to say'));
    s.put(anchorKey('p.md', 'a.go:3', 0), anchor({ path: 'a.go' }), TEXT);
    s.save();
    assert.equal(s.saves, 1);
    assert.equal(repo.git('status', '--porcelain', '--ignored'), '');
    assert.equal(new FileAnchorStore(file, () => undefined).get(anchorKey('p.md', 'a.go:3', 0))?.anchor.path, 'a.go');
  });

  it('a linked worktree keeps its anchors in its own git directory, not the main checkout\'s', () => {
    const repo = makeRepo({ 'a.go': TEXT });
    repo.commit('start');
    const wt = path.join(makeFixture().root, 'wt');
    repo.git('worktree', 'add', '-q', wt);
    assert.equal(fs.realpathSync(gitDirOf(wt)!), fs.realpathSync(path.join(repo.root, '.git', 'worktrees', 'wt')));
  });

  it('without git: a file named by the root in the cache folder', () => {
    const cache = makeFixture().root;
    const file = anchorStorePath('/some/root', undefined, { XDG_CACHE_HOME: cache });
    assert.match(file, new RegExp(`^${cache}/macroplan/anchors-[0-9a-f]{16}\\.json$`));
  });

  it('a corrupt store is ignored with one message and replaced on save; a link is never written through', () => {
    const fx = makeFixture({ 'git/macroplan/anchors.json': '{"version":1,"anchors":' });
    const said: string[] = [];
    const file = fx.path('git/macroplan/anchors.json');
    const s = new FileAnchorStore(file, (m) => said.push(m));
    assert.equal(s.get('x'), undefined);
    assert.equal(s.get('y'), undefined);
    assert.equal(said.length, 1);
    assert.match(said[0], /is not an anchor store; it is ignored/);
    s.put(anchorKey('p.md', 'a.go:3', 0), anchor(), TEXT);
    s.save();
    assert.ok(parseStore(fs.readFileSync(file, 'utf8')));

    const target = fx.write('elsewhere.json', 'keep me');
    fs.rmSync(file);
    fx.link('git/macroplan/anchors.json', target);
    const linked = new FileAnchorStore(file, (m) => said.push(m));
    linked.put(anchorKey('p.md', 'a.go:3', 0), anchor(), TEXT);
    linked.save();
    assert.equal(fs.readFileSync(target, 'utf8'), 'keep me');
    assert.equal(linked.saves, 0);
  });
});
