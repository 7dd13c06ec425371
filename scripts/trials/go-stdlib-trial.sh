#!/bin/sh
# A real-history trial of MP009 on real code: builds a git repository of a subset of the Go
# standard library at four releases (one commit each), from the Debian source packages
# golang-1.19-src, -1.21-src, -1.22-src and -1.23-src (1.21+ are in bookworm-backports). No Go
# source is kept in this project. Plans to follow are copied into docs/plans/ of the first commit
# from PLANS_DIR (written against 1.19); then check at each release, e.g.
#   git -C DIR checkout -q v1.21 && node bin/macroplan.js check --root DIR --format json DIR/docs/plans
# Usage: scripts/trials/go-stdlib-trial.sh DIR [PLANS_DIR]
set -eu
dir=${1:?usage: go-stdlib-trial.sh DIR [PLANS_DIR]}
plans=${2:-}
pkgs="net/http encoding/json strings bytes bufio sort sync text/template go/parser os/exec net/url time"
src() { for d in /usr/share/go-$1/src /usr/lib/go-$1/src; do [ -d "$d" ] && { echo "$d"; return; }; done; }
for v in 1.19 1.21 1.22 1.23; do
  [ -n "$(src $v)" ] || { echo "skipped: golang-$v-src is not installed"; exit 0; }
done
rm -rf "$dir"; mkdir -p "$dir"; cd "$dir"
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
git init -q -b main
git config user.name Trial; git config user.email trial@example.com
snapshot() {
  root=$(src "$1")
  for p in $pkgs; do
    rm -rf "$p"; mkdir -p "$p"
    # Only the package's own non-test files: what a plan about it would cite.
    for f in "$root/$p"/*.go; do case "$f" in *_test.go) ;; *) cp "$f" "$p/" ;; esac; done
  done
  printf 'module std\n\ngo %s\n' "$1" > go.mod
}
commit() { git add -A; GIT_AUTHOR_DATE=$2 GIT_COMMITTER_DATE=$2 git commit -q -m "$1"; git tag "v$1"; }
snapshot 1.19
if [ -n "$plans" ]; then mkdir -p docs/plans; cp "$plans"/*.md docs/plans/; fi
commit 1.19 2022-08-02T18:00:00Z
snapshot 1.21; commit 1.21 2023-08-08T18:00:00Z
snapshot 1.22; commit 1.22 2024-02-06T18:00:00Z
snapshot 1.23; commit 1.23 2024-08-13T18:00:00Z
echo "built $dir: tags v1.19 v1.21 v1.22 v1.23"
