#!/usr/bin/env bash
# CI step for what users install: the committed CLI bundle, the npm package (tarball and git
# URL, installed without dev dependencies into a temporary prefix), the GitHub Action's steps,
# the pre-commit hooks (run by the real pre-commit), and the .vsix's contents. Called from
# .ci/run after `npm ci`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
start=$(date +%s)

# Installs from git (pre-commit, the GitHub Action) run the committed dist/cli.js: it must be the
# build of the committed sources. The build is rebuilt here and compared with what is committed.
node scripts/build.mjs
if ! git diff --quiet -- dist/cli.js dist/tree-sitter-*.wasm dist/web-tree-sitter.wasm; then
  git --no-pager diff --stat -- dist/
  echo "[ci-package] dist/cli.js (or a .wasm) is not the build of the committed sources: run \`npm run bundle\` and commit dist/"
  exit 1
fi
echo "[ci-package] the committed dist/cli.js is the build of the sources"

npx mocha --no-config --require tsx/cjs --timeout 900000 --reporter spec 'test/package/*.test.ts'
echo "[ci-package] package, action and hook tests done in $(( $(date +%s) - start ))s"

# The .vsix: package it, list it, fail on anything it does not need.
npm run --silent package >/dev/null
node scripts/check-vsix.mjs macroplan.vsix
# The check must be able to fail: a source map slipped into a copy is caught.
if command -v zip >/dev/null; then
  probe="$(mktemp -d)"
  trap 'rm -rf "$probe"' EXIT
  cp macroplan.vsix "$probe/bad.vsix"
  mkdir -p "$probe/extension/dist" && echo '{}' >"$probe/extension/dist/server.js.map"
  (cd "$probe" && zip -q bad.vsix extension/dist/server.js.map)
  if node scripts/check-vsix.mjs "$probe/bad.vsix" >/dev/null 2>&1; then
    echo "[ci-package] check-vsix accepted a .vsix holding a source map"; exit 1
  fi
  echo "[ci-package] check-vsix rejects a .vsix holding a source map"
else
  echo "[ci-package] no zip command: the negative check of check-vsix is skipped"
fi
echo "[ci-package] all done in $(( $(date +%s) - start ))s"
