/**
 * One writer of an anchor store, run as its own process by anchors-writers.test.ts: from a
 * start time both writers share, it keeps one store (read once, as a `check` run does), puts an
 * anchor and saves, `count` times. Arguments: store file, key prefix, count, start (ms).
 */
import { FileAnchorStore } from '../../server/src/core/history/anchorfile';
import { anchorKey, blobId } from '../../server/src/core/history/anchors';

const [file, prefix, count, start] = process.argv.slice(2);
const text = `package sim\n\n// ${prefix}\nfunc Route() {}\n`;
const store = new FileAnchorStore(file, (m) => process.stderr.write(`${m}\n`));
while (Date.now() < Number(start)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
for (let i = 0; i < Number(count); i++) {
  store.put(anchorKey('docs/plan.md', `${prefix}.go:${i + 1}`, 0), { path: 'sim/routing.go', ranges: [[4, 4]], oid: blobId(text), seen: Date.now() }, text);
  store.save();
}
process.stdout.write(`${store.saves}\n`);
