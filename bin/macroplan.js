#!/usr/bin/env node
'use strict';
// `macroplan lsp` runs the language server; everything else is the checker (which also prints
// `macroplan lsp --help`: the server would take the flag for a missing transport).
const help = process.argv.slice(3).some((a) => a === '--help' || a === '-h');
if (process.argv[2] === 'lsp' && !help) require('../dist/server.js');
else require('../dist/cli.js');
