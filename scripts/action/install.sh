#!/usr/bin/env bash
# The action's install step: builds macroplan in the action's own checkout ($GITHUB_ACTION_PATH).
# `npm ci` installs the build tools and its `prepare` script bundles dist/; nothing is installed
# into the user's repository.
set -euo pipefail
cd "$GITHUB_ACTION_PATH"
major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
if (( major < 20 )); then
  echo "::error title=macroplan::macroplan needs Node.js 20 or later (found $(node --version 2>/dev/null || echo none)); add actions/setup-node before this action."
  exit 1
fi
if [[ -f dist/cli.js && -f dist/tree-sitter-go.wasm && -f dist/web-tree-sitter.wasm ]]; then
  echo "macroplan is already built in $GITHUB_ACTION_PATH"
else
  npm ci --no-audit --no-fund --loglevel=error
fi
node bin/macroplan.js --version
