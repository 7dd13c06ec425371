/**
 * Hostile citation paths. Each test checks a plan through a fenced file system
 * (test/helpers/reliability.ts fencedFs) that records every access and refuses any readFile,
 * stat or readdir outside the workspace root, and then proves that no such access was even
 * attempted. What is allowed: realpath of a path inside the root (it resolves a link without
 * opening its target, even when the link leads outside), and readFile/stat/readdir of paths
 * inside the root. A FIFO or a device is never passed to readFile.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkDocument, type CheckResult } from '../../../server/src/core/engine';
import { defaultConfig } from '../../../server/src/core/config';
import { FileWorkspace } from '../../../server/src/core/workspace';
import { FIXTURE_WS, fencedFs } from '../../helpers/reliability';

const BASKET = fs.readFileSync(path.join(FIXTURE_WS, 'shop/basket.go'), 'utf8');

describe('reliability: hostile citation paths', function () {
  // A hang guard, not a measurement: a FIFO or device opened as a Go file would block for ever.
  this.timeout(20000);
  let tmp: string;
  let root: string;
  let outside: string;
  let hasFifo = false;
  let hasDevice = false;

  before(() => {
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'macroplan-hostile-')));
    root = path.join(tmp, 'ws');
    outside = path.join(tmp, 'outside');
    fs.mkdirSync(path.join(root, 'shop'), { recursive: true });
    fs.mkdirSync(path.join(outside, 'dir'), { recursive: true });
    fs.writeFileSync(path.join(root, 'shop/basket.go'), BASKET);
    fs.writeFileSync(path.join(outside, 'secret.go'), 'package secret\n\nfunc Secret() {}\n');
    fs.writeFileSync(path.join(outside, 'dir/hidden.go'), 'package dir\n\nfunc Hidden() {}\n');
    fs.mkdirSync(path.join(root, 'links'));
    fs.symlinkSync(path.join(outside, 'secret.go'), path.join(root, 'links/evil.go'));
    fs.symlinkSync('../../outside/secret.go', path.join(root, 'links/relative-evil.go'));
    fs.symlinkSync(path.join(outside, 'dir'), path.join(root, 'linkdir'));
    fs.symlinkSync('/dev/zero', path.join(root, 'zero.go'));
    fs.symlinkSync('/dev/urandom', path.join(root, 'shop/random.go'));
    fs.symlinkSync(path.join(root, 'shop/basket.go'), path.join(root, 'inside-link.go'));
    try {
      execFileSync('mkfifo', [path.join(root, 'pipe.go')]);
      hasFifo = true;
    } catch {
      hasFifo = false;
    }
    try {
      // A character device (like /dev/zero: major 1, minor 5) inside the workspace; needs CAP_MKNOD.
      execFileSync('mknod', [path.join(root, 'device.go'), 'c', '1', '5'], { stdio: 'ignore' });
      hasDevice = true;
    } catch {
      hasDevice = false;
    }
  });

  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  /** Checks `text` with a fenced fs and asserts the fence was never crossed (a FIFO opened would hang: mocha's timeout guards that). */
  async function check(text: string): Promise<{ result: CheckResult; fence: ReturnType<typeof fencedFs> }> {
    const fence = fencedFs(root);
    const ws = new FileWorkspace({ root, fs: fence });
    const result = await checkDocument(ws, text, { config: defaultConfig() });
    assert.deepEqual(fence.violations, [], 'no readFile/stat/readdir/realpath outside the workspace root');
    const opened = fence.accesses.filter((a) => a.op === 'readFile').map((a) => path.resolve(a.path));
    for (const p of opened) {
      const real = fs.realpathSync(p);
      assert.ok(real.startsWith(root + path.sep), `read ${p} -> ${real}, outside the workspace`);
      assert.ok(fs.statSync(real).isFile(), `read ${p}, which is not a regular file`);
    }
    return { result, fence };
  }

  async function expectRule(text: string, rule: string, message?: RegExp): Promise<CheckResult> {
    const { result } = await check(text);
    const rules = result.diagnostics.map((d) => d.rule);
    assert.deepEqual(rules, [rule], `diagnostics: ${JSON.stringify(result.diagnostics.map((d) => [d.rule, d.message]))}`);
    if (message) assert.match(result.diagnostics[0].message, message);
    return result;
  }

  it('the fence itself refuses and records an access outside the root (sanity)', async () => {
    const fence = fencedFs(root);
    await assert.rejects(fence.readFile(path.join(outside, 'secret.go')), /EACCES/);
    assert.equal(fence.violations.length, 1);
  });

  it('a valid citation and a link that stays inside are read normally (control)', async () => {
    const { result, fence } = await check('Total `Total` at shop/basket.go:19-25 and via inside-link.go:19.\n');
    assert.deepEqual(result.diagnostics, []);
    assert.ok(fence.accesses.some((a) => a.op === 'readFile' && a.path === path.join(root, 'shop/basket.go')));
  });

  const climbing: [string, string][] = [
    ['`..` climbing out', '../outside/secret.go:1'],
    ['`..` after a folder', 'shop/../../outside/secret.go:3'],
    ['many `..`', '../../../../../../../../etc/passwd.go:1'],
    ['`./..`', './../outside/secret.go:1'],
    ['URL-encoded %2e%2e', '%2e%2e/outside/secret.go:1'],
    ['URL-encoded %2E%2E%2F', '%2E%2E%2Foutside%2Fsecret.go:1'],
    ['Windows separators', '..\\..\\x.go:1'],
    ['Windows separators to a real file', '..\\outside\\secret.go:1'],
    ['hash form', '../outside/secret.go#L1-L3'],
  ];
  for (const [name, cite] of climbing) {
    it(`${name}: ${cite} is MP006 and nothing outside is touched`, async () => {
      await expectRule(`See ${cite} here.\n`, 'MP006', /outside the workspace.*climbs out.*not read/);
    });
  }

  it('an absolute path is MP006, even to a file that exists', async () => {
    await expectRule(`See ${outside}/secret.go:1.\n`, 'MP006', /absolute path/);
    await expectRule('See /etc/passwd.go:1.\n', 'MP006', /absolute path/);
    await expectRule('See C:/Windows/x.go:1.\n', 'MP006', /absolute path/);
    await expectRule('See //server/share/x.go:1.\n', 'MP006', /absolute path/);
  });

  it('a home-directory path (~) is MP006', async () => {
    await expectRule('See ~/secret.go:1.\n', 'MP006', /home-directory/);
    // Only `~/` is a home directory: `~x.go:2` is "about line 2" of a relative path.
    await expectRule('See ~root/x.go:2.\n', 'MP001', /not in this workspace|does not exist/);
  });

  it('a file symlink inside the workspace pointing outside is MP006, by exact path and by suffix; the target is never opened', async () => {
    await expectRule('See links/evil.go:1.\n', 'MP006', /link that resolves outside/);
    await expectRule('See evil.go:1.\n', 'MP006', /link that resolves outside/);
    await expectRule('See links/relative-evil.go:1.\n', 'MP006', /link that resolves outside/);
    const { fence } = await check('See links/evil.go:1 and relative-evil.go:1.\n');
    assert.ok(!fence.accesses.some((a) => a.path.includes('outside')), 'the outside path itself was never passed to the fs');
  });

  it('a directory symlink inside the workspace pointing outside: its files are MP006 by path, and never listed', async () => {
    await expectRule('See linkdir/hidden.go:1.\n', 'MP006', /link that resolves outside/);
    // The listing does not follow directory links, so a bare suffix finds nothing.
    await expectRule('See hidden.go:1.\n', 'MP001');
  });

  it('a symlink to /dev/zero or /dev/urandom is MP006 and the device is never read', async () => {
    await expectRule('See zero.go:1.\n', 'MP006', /\/dev\/zero/);
    await expectRule('See shop/random.go:1.\n', 'MP006', /\/dev\/urandom/);
  });

  it('a FIFO named like a Go file is reported, never opened (no hang)', async function () {
    if (!hasFifo) this.skip();
    const { result, fence } = await check('See pipe.go:1.\n');
    assert.deepEqual(result.diagnostics.map((d) => d.rule), ['MP007']);
    assert.match(result.diagnostics[0].message, /not a regular file/);
    assert.ok(!fence.accesses.some((a) => a.op === 'readFile' && a.path.endsWith('pipe.go')), 'the FIFO was not passed to readFile');
  });

  it('a character device inside the workspace is reported, never opened', async function () {
    if (!hasDevice) {
      console.log('      (skipped: mknod is not permitted here)');
      this.skip();
    }
    const { result, fence } = await check('See device.go:1.\n');
    assert.deepEqual(result.diagnostics.map((d) => d.rule), ['MP007']);
    assert.ok(!fence.accesses.some((a) => a.op === 'readFile' && a.path.endsWith('device.go')));
  });

  it('a path of 10,000 characters is MP006 without touching the file system for it', async () => {
    const long = 'a/'.repeat(4998) + 'long.go';
    assert.ok(long.length > 10_000 - 10);
    const { result, fence } = await check(`See ${long}:1.\n`);
    assert.deepEqual(result.diagnostics.map((d) => d.rule), ['MP006']);
    assert.match(result.diagnostics[0].message, /longer than/);
    assert.ok(result.diagnostics[0].message.length < 600, 'the message does not repeat the whole path');
    assert.ok(!fence.accesses.some((a) => a.path.includes('a/a/a/a/')), 'the long path was never passed to the fs');
  });

  it('a path with a 300-character segment (ENAMETOOLONG) is MP001, not a crash', async () => {
    await expectRule(`See shop/${'n'.repeat(300)}.go:1.\n`, 'MP001');
  });

  it('all of them at once, many times over, stay fenced', async () => {
    const cites = ['../outside/secret.go:1', 'links/evil.go:2', 'linkdir/hidden.go:1', 'zero.go:1', '%2e%2e/outside/secret.go:1', '..\\outside\\secret.go:1', `${outside}/secret.go:1`, 'shop/basket.go:19'];
    const text = Array.from({ length: 200 }, (_, i) => `- item ${i}: ${cites[i % cites.length]}`).join('\n') + '\n';
    const { result, fence } = await check(text);
    assert.equal(result.diagnostics.filter((d) => d.rule === 'MP006').length, 175);
    // However often a file is cited, it is read once.
    const reads = fence.accesses.filter((a) => a.op === 'readFile').map((a) => a.path);
    assert.deepEqual(reads, [...new Set(reads)]);
    assert.ok(reads.length > 0);
  });
});
