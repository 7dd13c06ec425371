#!/usr/bin/env bash
# Installs what the end-to-end tests need (idempotent, safe to re-run; used by CI):
#  - Debian packages: Chromium (driven by playwright-core), ripgrep, and the headers that
#    code-server's native modules build against;
#  - code-server 4.100.3 into the git-ignored prefix .cache/code-server (not a devDependency).
# Only the npm registry and Debian's apt are reachable here, so the ripgrep binary that
# @vscode/ripgrep would download is supplied from Debian's /usr/bin/rg through the cache
# archive that @vscode/ripgrep looks for before downloading.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PREFIX="$ROOT/.cache/code-server"
CS_VERSION=4.100.3
CS_BIN="$PREFIX/node_modules/.bin/code-server"
export TMPDIR="${TMPDIR:-/tmp}"

log() { printf '[setup-e2e] %s\n' "$*"; }

# --- Debian packages -------------------------------------------------------------------------
APT_PKGS=(libkrb5-dev libxkbfile-dev libsecret-1-dev libx11-dev ripgrep chromium)
missing=()
for p in "${APT_PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  log "installing Debian packages: ${missing[*]}"
  SUDO=""
  [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${APT_PKGS[@]}" >/dev/null
else
  log "Debian packages already installed"
fi
command -v rg >/dev/null || { log "ripgrep missing after install"; exit 1; }
[[ -x /usr/bin/chromium ]] || { log "/usr/bin/chromium missing after install"; exit 1; }

# --- code-server -----------------------------------------------------------------------------
cs_ok() {
  [[ -x "$CS_BIN" ]] || return 1
  local v
  v="$("$CS_BIN" --version 2>/dev/null | head -1)" || return 1
  [[ "$v" == "$CS_VERSION"* ]] || return 1
  # The postinstall step installs VS Code's own dependencies and the built-in extensions' ones.
  [[ -d "$PREFIX/node_modules/code-server/lib/vscode/node_modules" ]] || return 1
  [[ -x "$PREFIX/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ]] || return 1
}

if cs_ok; then
  log "code-server $CS_VERSION already installed in $PREFIX"
  exit 0
fi

# Cached ripgrep archives for every @vscode/ripgrep version code-server 4.100.3 may pull in.
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
cp "$(command -v rg)" "$stage/rg"
chmod 755 "$stage/rg"
for pair in 1.15.11:v13.0.0-10 1.15.13:v13.0.0-13 1.15.14:v13.0.0-13; do
  ver="${pair%%:*}"; tag="${pair#*:}"
  dir="$TMPDIR/vscode-ripgrep-cache-$ver"
  mkdir -p "$dir"
  for arch in x86_64-unknown-linux-musl; do
    tar -czf "$dir/ripgrep-$tag-$arch.tar.gz" -C "$stage" rg
  done
done
log "ripgrep cache archives written under $TMPDIR/vscode-ripgrep-cache-*"

log "installing code-server $CS_VERSION into $PREFIX (several minutes)"
mkdir -p "$PREFIX"
# A package.json of its own keeps npm from walking up to the project's package.json.
# Its allowScripts field approves the install scripts that npm 11 would otherwise only warn
# about (or skip): code-server's postinstall installs VS Code's own dependencies, which build
# native modules and unpack ripgrep; those nested installs see the environment below.
cat > "$PREFIX/package.json" <<'JSON'
{
  "name": "macroplan-e2e-tools",
  "private": true,
  "allowScripts": { "code-server": true, "argon2": true }
}
JSON
export npm_config_yes=true
export npm_config_ignore_scripts=false
export npm_config_dangerously_allow_all_scripts=true
export npm_config_foreground_scripts=true
npm install --unsafe-perm --no-audit --no-fund --prefix "$PREFIX" "code-server@$CS_VERSION"

if ! cs_ok; then
  # npm may have skipped install scripts; run code-server's postinstall by hand.
  log "running code-server's postinstall explicitly"
  (cd "$PREFIX/node_modules/code-server" &&
    npm_config_user_agent="npm/$(npm --version) node/$(node --version) linux x64" \
    npm_config_unsafe_perm=true sh ./postinstall.sh)
fi

if ! cs_ok; then
  log "code-server does not work after install"
  "$CS_BIN" --version || true
  exit 1
fi
log "code-server: $("$CS_BIN" --version | head -1)"
