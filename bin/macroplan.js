#!/usr/bin/env node
'use strict';
// `macroplan lsp` with a transport runs the language server; everything else is the checker
// (which prints `macroplan lsp --help`, and says a transport is missing rather than the server
// throwing).
const args = process.argv.slice(3);
const help = args.some((a) => a === '--help' || a === '-h');
const transport = args.some((a) => a === '--stdio' || a === '--node-ipc' || /^--(?:socket|pipe)=/.test(a));
if (process.argv[2] === 'lsp' && transport && !help) {
  // An install from git holds only the committed CLI bundle; the server is built by
  // `npm run bundle` and ships in the npm package and the .vsix.
  const server = require('node:path').join(__dirname, '..', 'dist', 'server.js');
  if (require('node:fs').existsSync(server)) require(server);
  else {
    process.stderr.write('macroplan: the language server is not in this install (installed from git, it has the checker only);\n' +
      'install the npm package or the VS Code extension, or run `npm ci && npm run bundle` in the checkout.\n');
    process.exitCode = 2;
  }
} else require('../dist/cli.js');
