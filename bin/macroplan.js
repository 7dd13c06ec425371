#!/usr/bin/env node
'use strict';
// `macroplan lsp` with a transport runs the language server; everything else is the checker
// (which prints `macroplan lsp --help`, and says a transport is missing rather than the server
// throwing).
const args = process.argv.slice(3);
const help = args.some((a) => a === '--help' || a === '-h');
const transport = args.some((a) => a === '--stdio' || a === '--node-ipc' || /^--(?:socket|pipe)=/.test(a));
if (process.argv[2] === 'lsp' && transport && !help) require('../dist/server.js');
else require('../dist/cli.js');
