#!/usr/bin/env bash
# Installs code-server 4.100.3 (VS Code 1.100.3, Node 20) without internet access beyond the npm registry and
# Debian's packages, so the extension can be run and tested in a real VS Code workbench.
#
#   bash scripts/setup-code-server.sh          # prints the path of the code-server binary on stdout (last line)
#
# Cached in ${XDG_CACHE_HOME:-~/.cache}/dicom-inspector/code-server-4.100.3; a marker file records a finished
# install, so later runs return at once. Progress goes to stderr. Override the location with CODE_SERVER_DIR.
# When run as root, missing Debian packages (chromium, libkrb5-dev, pkg-config, ripgrep) are installed with apt-get.
set -euo pipefail

VERSION=4.100.3
CACHE_ROOT="${XDG_CACHE_HOME:-$HOME/.cache}/dicom-inspector"
DIR="${CODE_SERVER_DIR:-$CACHE_ROOT/code-server-$VERSION}"
MARKER="$DIR/.installed"
BIN="$DIR/node_modules/code-server/out/node/entry.js"
LAUNCHER="$DIR/bin/code-server"

log() { echo "setup-code-server: $*" >&2; }

have_browser() { [[ -x ${CHROMIUM:-/usr/bin/chromium} ]]; }

# --- Debian packages --------------------------------------------------------------------------------------------
ensure_debian_packages() {
  local need_pkgs=() pkg
  if command -v dpkg-query >/dev/null 2>&1; then
    for pkg in chromium libkrb5-dev pkg-config ripgrep g++ make python3; do
      dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' || need_pkgs+=("$pkg")
    done
  else
    log "not a Debian system: make sure chromium, Kerberos headers, pkg-config, ripgrep, g++, make, python3 are installed"
  fi
  ((${#need_pkgs[@]})) || return 0
  if [[ $(id -u) -eq 0 ]]; then
    log "installing Debian packages: ${need_pkgs[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq "${need_pkgs[@]}" >&2
  else
    log "missing Debian packages: ${need_pkgs[*]} (run as root, or: sudo apt-get install ${need_pkgs[*]})"
    exit 1
  fi
}

if [[ -f "$MARKER" && -x "$LAUNCHER" ]] && have_browser; then
  echo "$LAUNCHER"
  exit 0
fi

# One install at a time (a test run and `npm start` may race); the winner's marker satisfies the others.
mkdir -p "$(dirname "$DIR")"
if command -v flock >/dev/null 2>&1; then
  exec 9>"$DIR.lock"
  flock 9
fi
ensure_debian_packages
if [[ -f "$MARKER" && -x "$LAUNCHER" ]]; then
  echo "$LAUNCHER"
  exit 0
fi
RG="$(command -v rg)"

# --- code-server from npm -----------------------------------------------------------------------------------------
start=$(date +%s)
log "installing code-server $VERSION into $DIR (a few minutes on a cold machine)"
rm -rf "$DIR"
mkdir -p "$DIR"
cd "$DIR"
echo '{ "name": "code-server-cache", "private": true }' >package.json

export npm_config_yes=true npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
export npm_config_loglevel=error
# Scripts are skipped (the postinstall refuses root and would download things); its steps follow by hand.
npm install --ignore-scripts --no-save "code-server@$VERSION" >&2
npm rebuild argon2 >&2

cd node_modules/code-server/lib/vscode
npm install --omit=dev --ignore-scripts >&2
# @vscode/ripgrep's postinstall downloads ripgrep from GitHub unless bin/ exists: use Debian's.
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$RG" node_modules/@vscode/ripgrep/bin/rg
npm rebuild >&2
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sf code-linux.sh code-server)
(cd bin/helpers && ln -sf browser-linux.sh browser.sh)
(cd extensions && npm install --omit=dev >&2)

cd "$DIR"
mkdir -p bin
cat >"$LAUNCHER" <<LAUNCH
#!/usr/bin/env sh
exec node "$BIN" "\$@"
LAUNCH
chmod +x "$LAUNCHER"
# --config: any call of code-server otherwise writes a default config under ~/.config.
"$LAUNCHER" --config "$DIR/config.yaml" --version >&2
date -u +%FT%TZ >"$MARKER"
log "done in $(($(date +%s) - start)) s"
echo "$LAUNCHER"
