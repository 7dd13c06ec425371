/**
 * The command line on hostile plan paths: a FIFO or a device named on the command line is
 * refused with a usage error (never read: a FIFO would block, /dev/zero would never end), a
 * folder holding them checks only its regular files, and a binary or huge plan is a diagnostic.
 */
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const BIN = path.resolve(__dirname, '..', '..', '..', 'bin', 'macroplan.js');

function cli(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 15000, env: { ...process.env, NO_COLOR: '1' } });
  assert.equal(r.signal, null, `the CLI hung and was killed: ${r.stderr}`);
  return r;
}

describe('reliability: the command line on hostile plan paths', function () {
  this.timeout(60000);
  let root: string;

  before(() => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'macroplan-cli-hostile-')));
    fs.mkdirSync(path.join(root, 'docs'));
    fs.writeFileSync(path.join(root, 'docs', 'ok.md'), '# Fine\n\nNothing cited.\n');
    execFileSync('mkfifo', [path.join(root, 'docs', 'fifo.md')]);
    fs.symlinkSync('/dev/zero', path.join(root, 'docs', 'zero.md'));
    fs.writeFileSync(path.join(root, 'docs', 'binary.md'), Buffer.from([0, 1, 2, 0xff, 0xfe, 0x0a, 0x23]));
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('a FIFO named on the command line is refused, not read (no hang)', () => {
    const r = cli(root, 'check', '--root', root, 'docs/fifo.md');
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /docs\/fifo\.md: not a regular file/);
  });

  it('a link to /dev/zero named on the command line is refused, not read', () => {
    const r = cli(root, 'check', '--root', root, 'docs/zero.md');
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /not a regular file/);
  });

  it('a folder holding a FIFO and a device link checks only its regular files', () => {
    const r = cli(root, 'check', '--root', root, '--format', 'json', 'docs');
    assert.equal(r.status, 0, r.stderr);
    const files = (JSON.parse(r.stdout) as { files: { path: string }[] }).files.map((f) => path.basename(f.path)).sort();
    assert.deepEqual(files, ['binary.md', 'ok.md']);
  });
});
