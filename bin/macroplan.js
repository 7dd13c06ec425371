#!/usr/bin/env node
'use strict';
// `macroplan lsp` runs the language server; everything else is the checker.
if (process.argv[2] === 'lsp') require('../dist/server.js');
else require('../dist/cli.js');
