// Preloaded (`node -r`) into the CLI by test/unit/cli-jobs.test.ts: says on stderr each worker
// thread started, so a test can tell `--jobs` really ran workers (the output alone cannot).
const wt = require('node:worker_threads');
if (wt.isMainThread) {
  const Base = wt.Worker;
  wt.Worker = class extends Base {
    constructor(...args) {
      super(...args);
      process.stderr.write('test: worker started\n');
    }
  };
}
