#!/usr/bin/env bash
# The action's install step: nothing to install. The checker is the committed bundle
# (dist/cli.js and its two .wasm files) in the action's own checkout ($GITHUB_ACTION_PATH) and has
# no runtime dependency; this step checks that Node.js can run it. Nothing is written anywhere.
set -euo pipefail
cd "$GITHUB_ACTION_PATH"
major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
if (( major < 20 )); then
  echo "::error title=macroplan::macroplan needs Node.js 20 or later (found $(node --version 2>/dev/null || echo none)); add actions/setup-node before this action."
  exit 1
fi
for f in dist/cli.js dist/tree-sitter-go.wasm dist/web-tree-sitter.wasm; do
  if [[ ! -f "$f" ]]; then
    echo "::error title=macroplan::$f is missing from the action's checkout: use a ref of macroplan that commits its built CLI."
    exit 1
  fi
done
echo "macroplan $(node bin/macroplan.js --version) from $GITHUB_ACTION_PATH"
