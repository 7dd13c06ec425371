// Preloaded (`node -r`) into the CLI by test/unit/cli-jobs.test.ts: lists on stderr, at exit, the
// Node built-in modules the run loaded, so a test can hold start-up to what the run needs.
process.on('exit', () => {
  const names = process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length));
  process.stderr.write(`test: builtins ${names.join(' ')}\n`);
});
