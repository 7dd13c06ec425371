/**
 * Hostile files: huge Go files and plans, binary and non-UTF-8 content, UTF-16 with a BOM,
 * CRLF and lone-CR line ends (line numbers as an editor counts them), Go that tree-sitter cannot
 * make sense of, and files deleted or unreadable between two checks.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { checkDocument, type CheckResult } from '../../../server/src/core/engine';
import { defaultConfig, type Config } from '../../../server/src/core/config';
import { FileWorkspace, type Workspace } from '../../../server/src/core/workspace';
import { LineIndex } from '../../../server/src/core/text';
import { FIXTURE_WS, assertRangesInside, fencedFs, fuzzParams } from '../../helpers/reliability';
import { recordGoParses, recordingText } from '../../helpers/parse-spy';

const BASKET = fs.readFileSync(path.join(FIXTURE_WS, 'shop/basket.go'), 'utf8');
/** Citations of shop/basket.go that are right (`Total` 19-25, `NewBasket` 34-36) and one that drifted. */
const GOOD = '`Total` is at go/basket.go:19-25 and **NewBasket** at go/basket.go:34-36.\n';
const DRIFTED = '`NewBasket` is at go/basket.go:19-25.\n';

/** Lines ended by \n, \r\n and \r in turn (a \r before an empty line that ends in \n would read as one \r\n). */
function mixEnds(lines: string[]): string {
  return lines.map((l, i) => l + (i % 3 === 0 ? '\n' : i % 3 === 1 ? '\r\n' : lines[i + 1] === '' ? '\n' : '\r')).join('');
}

describe('reliability: hostile files', function () {
  this.timeout(30000);
  let root: string;

  beforeEach(() => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'macroplan-files-')));
    fs.mkdirSync(path.join(root, 'go'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const write = (rel: string, content: string | Buffer) => fs.writeFileSync(path.join(root, rel), content);

  async function check(text: string, opts: { config?: Partial<Config>; ws?: Workspace } = {}): Promise<CheckResult> {
    const config = { ...defaultConfig(), ...opts.config };
    const ws = opts.ws ?? new FileWorkspace({ root, maxFileSize: config.maxFileSize });
    const logs: string[] = [];
    const r = await checkDocument(ws, text, { config, log: (m) => logs.push(m) });
    assert.deepEqual(r.diagnostics.filter((d) => d.rule === 'MP000').map((d) => d.message), [], logs.join('\n'));
    assertRangesInside(r.diagnostics, text);
    return r;
  }
  const rules = (r: CheckResult) => r.diagnostics.map((d) => d.rule);

  it('a 50 MB Go file is skipped as too large, and never read', async () => {
    write('go/big.go', Buffer.alloc(50 * 1024 * 1024, 'package big\n// filler line\n'));
    const fence = fencedFs(root);
    const ws = new FileWorkspace({ root, fs: fence, maxFileSize: defaultConfig().maxFileSize });
    const { result: r, go } = await recordGoParses(() => check('Big `X` at go/big.go:1.\n', { ws }));
    assert.deepEqual(go, [], 'the Go parser never ran');
    assert.deepEqual(rules(r), ['MP007']);
    assert.match(r.diagnostics[0].message, /skipped: file too large \(52428800 bytes, limit \d+; see macroplan.maxFileSize\)/);
    assert.ok(!fence.accesses.some((a) => a.op === 'readFile'), 'the big file was only stat-ed');
  });

  it('a huge Go file open in the editor (an overlay) is skipped like the file on disk', async () => {
    write('go/basket.go', BASKET);
    const ws = new FileWorkspace({ root, maxFileSize: 100_000 });
    const abs = path.join(root, 'go/basket.go');
    ws.setOverlay(abs, 2, BASKET + '// filler\n'.repeat(20_000));
    const huge = await recordGoParses(() => check(GOOD, { ws }));
    assert.deepEqual(huge.go, [], 'the huge overlay was not parsed');
    const r = huge.result;
    assert.deepEqual(rules(r), ['MP007', 'MP007']);
    assert.match(r.diagnostics[0].message, /skipped: file too large \(\d+ bytes, limit 100000/);
    ws.setOverlay(abs, 3, BASKET);
    // The recording sees a parse when there is one: the overlay of normal size is parsed, once.
    const normal = await recordGoParses(() => check(GOOD, { ws }));
    assert.deepEqual(rules(normal.result), []);
    assert.deepEqual(normal.go, [BASKET.length]);
  });

  it('maxFileSize is configurable: the same file is skipped under a small limit and checked under a larger one', async () => {
    write('go/basket.go', BASKET);
    const size = Buffer.byteLength(BASKET);
    const small = await check(GOOD, { config: { maxFileSize: size - 1 } });
    assert.deepEqual(rules(small), ['MP007', 'MP007']);
    assert.match(small.diagnostics[0].message, /skipped: file too large/);
    assert.deepEqual(rules(await check(GOOD, { config: { maxFileSize: size } })), []);
  });

  it('a 20 MB plan is skipped as too large (MP008) at once, and maxPlanSize is configurable', async () => {
    const huge = ('Fact `Total` at go/basket.go:19. ' + 'x'.repeat(60) + '\n').repeat(Math.ceil((20 * 1024 * 1024) / 95));
    const r = await check(huge);
    assert.deepEqual(rules(r), ['MP008']);
    assert.match(r.diagnostics[0].message, /skipped: file too large \(\d+ characters, limit 8388608; see maxPlanSize\)/);
    // Skipped at once: nothing of the plan but its length is read, so it is neither parsed nor scanned.
    const recorded = recordingText(huge);
    assert.deepEqual(rules(await check(recorded.text)), ['MP008']);
    assert.deepEqual(recorded.reads, [], 'the skipped plan was read');
    write('go/basket.go', BASKET);
    assert.deepEqual(rules(await check(GOOD, { config: { maxPlanSize: GOOD.length - 1 } })), ['MP008']);
    assert.deepEqual(rules(await check(GOOD, { config: { maxPlanSize: GOOD.length } })), []);
    // The recording sees a plan that is checked: its characters are read.
    const checked = recordingText(GOOD);
    await checkDocument(new FileWorkspace({ root }), checked.text, { config: defaultConfig() }).catch(() => undefined);
    assert.ok(checked.reads.includes('charCodeAt'), checked.reads.join());
  });

  it('binary content is reported as such', async () => {
    write('go/blob.go', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0xff, 0xfe, 0, 0x0a]));
    const r = await check('Blob at go/blob.go:1.\n');
    assert.deepEqual(rules(r), ['MP007']);
    assert.match(r.diagnostics[0].message, /binary content/);
  });

  it('non-UTF-8 (Latin-1) is checked anyway, with an info, and its line numbers are right', async () => {
    write('go/basket.go', Buffer.from(BASKET.replace('// Basket holds', '// Bäsket hölds'), 'latin1'));
    const r = await check(GOOD);
    assert.deepEqual(r.diagnostics.map((d) => [d.rule, d.severity]), [['MP007', 'info'], ['MP007', 'info']]);
    assert.match(r.diagnostics[0].message, /not valid UTF-8.*Latin-1/);
    assert.ok(rules(await check(DRIFTED)).includes('MP004'), 'a drifted citation is still found');
  });

  for (const [name, encode] of [
    ['UTF-16 LE with BOM', (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])],
    ['UTF-16 BE with BOM', (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()])],
    ['UTF-8 with BOM', (s: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')])],
  ] as const) {
    it(`${name}: decoded, and citations line up`, async () => {
      write('go/basket.go', encode(BASKET.replace('// Basket holds', '// Bäsket 😀 holds')));
      assert.deepEqual(rules(await check(GOOD)), []);
      const drifted = await check(DRIFTED);
      assert.deepEqual(rules(drifted), ['MP004']);
      assert.match(drifted.diagnostics[0].message, /declared at lines 34-36/);
    });
  }

  it('UTF-16 BE with an odd number of bytes does not throw (it used to take the whole check down)', async () => {
    write('go/basket.go', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(BASKET, 'utf16le').swap16(), Buffer.from([0x41])]));
    assert.deepEqual(rules(await check(GOOD)), []);
  });

  for (const [name, eol] of [['CRLF', '\r\n'], ['lone CR', '\r'], ['mixed', 'mixed']] as const) {
    it(`a Go file with ${name} line ends: line N is the N-th line as an editor counts`, async () => {
      const lines = BASKET.split('\n');
      const text = eol === 'mixed' ? mixEnds(lines) : lines.join(eol);
      write('go/basket.go', text);
      assert.deepEqual(rules(await check(GOOD)), []);
      const drifted = await check(DRIFTED);
      assert.deepEqual(rules(drifted), ['MP004']);
      assert.match(drifted.diagnostics[0].message, /declared at lines 34-36/);
      // Line 27 is the comment above Pricer: a citation of it alone holds no code.
      assert.deepEqual(rules(await check('A comment at go/basket.go:27.\n')), ['MP005']);
    });

    it(`a plan with ${name} line ends: a diagnostic on line N is reported on the N-th line`, async () => {
      write('go/basket.go', BASKET);
      const planLines = ['# Plan', '', 'Fine: `Total` at go/basket.go:19-25.', '', 'Broken: go/missing.go:3 here.', 'Also `Line` at go/basket.go:12.'];
      const text = eol === 'mixed' ? mixEnds(planLines) : planLines.join(eol) + eol;
      const r = await check(text);
      assert.deepEqual(rules(r), ['MP001']);
      const d = r.diagnostics[0];
      const li = new LineIndex(text);
      assert.equal(li.positionAt(d.start).line + 1, 5, 'the fifth line');
      assert.equal(text.slice(d.start, d.end), 'go/missing.go:3');
    });
  }

  it('Go that tree-sitter cannot parse (random valid UTF-8) never breaks a check', async () => {
    const goText = fc.string({ unit: 'grapheme', minLength: 0, maxLength: 400 });
    await fc.assert(
      fc.asyncProperty(goText, fc.nat({ max: 50 }), async (junk, line) => {
        write('go/junk.go', junk);
        const ws = new FileWorkspace({ root });
        const r = await check(`\`Foo\` at go/junk.go:${line} and go/junk.go:1-${line + 3}.\n`, { ws });
        for (const d of r.diagnostics) assert.ok(['MP003', 'MP004', 'MP005'].includes(d.rule), `${d.rule}: ${d.message}`);
      }),
      fuzzParams(40),
    );
    write('go/junk.go', '}}}} func ((( package ;;; \u0000x \n'.repeat(50));
    await check('`Foo` at go/junk.go:3.\n');
  });

  it('a Go file deleted between two checks: MP001 (or MP007) the second time, no crash', async () => {
    write('go/basket.go', BASKET);
    const ws = new FileWorkspace({ root });
    assert.deepEqual(rules(await check(GOOD, { ws })), []);
    fs.rmSync(path.join(root, 'go/basket.go'));
    const r = await check(GOOD, { ws });
    assert.ok(r.diagnostics.length === 2 && r.diagnostics.every((d) => d.rule === 'MP001' || d.rule === 'MP007'), JSON.stringify(r.diagnostics));
    // And it comes back.
    write('go/basket.go', BASKET);
    ws.invalidate(path.join(root, 'go/basket.go'));
    ws.invalidateListing();
    assert.deepEqual(rules(await check(GOOD, { ws })), []);
  });

  it('a Go file truncated or replaced by a folder between two checks', async () => {
    write('go/basket.go', BASKET);
    const ws = new FileWorkspace({ root });
    assert.deepEqual(rules(await check(GOOD, { ws })), []);
    write('go/basket.go', '');
    assert.deepEqual(rules(await check(GOOD, { ws })), ['MP003', 'MP003']);
    fs.rmSync(path.join(root, 'go/basket.go'));
    fs.mkdirSync(path.join(root, 'go/basket.go'));
    const r = await check(GOOD, { ws });
    assert.ok(r.diagnostics.every((d) => d.rule === 'MP007' || d.rule === 'MP001'), JSON.stringify(r.diagnostics));
  });

  it('a Go file made unreadable between two checks (EACCES from the file system) is MP007', async () => {
    write('go/basket.go', BASKET);
    const fence = fencedFs(root);
    const ws = new FileWorkspace({ root, fs: fence });
    assert.deepEqual(rules(await check(GOOD, { ws })), []);
    fence.deny.set(path.join(root, 'go/basket.go'), 'EACCES');
    ws.invalidate(path.join(root, 'go/basket.go'));
    const r = await check(GOOD, { ws });
    assert.deepEqual(rules(r), ['MP007', 'MP007']);
    assert.match(r.diagnostics[0].message, /cannot be read \(EACCES\)/);
  });

  it('chmod 000 between two checks (real permissions; skipped as root, where chmod does not block reads)', async function () {
    if (process.getuid?.() === 0) {
      console.log('      (skipped: running as root, which reads files whatever their mode; the EACCES case above covers it)');
      this.skip();
    }
    write('go/basket.go', BASKET);
    const ws = new FileWorkspace({ root });
    assert.deepEqual(rules(await check(GOOD, { ws })), []);
    fs.chmodSync(path.join(root, 'go/basket.go'), 0o000);
    try {
      ws.invalidate(path.join(root, 'go/basket.go'));
      assert.deepEqual(rules(await check(GOOD, { ws })), ['MP007', 'MP007']);
    } finally {
      fs.chmodSync(path.join(root, 'go/basket.go'), 0o644);
    }
  });
});
