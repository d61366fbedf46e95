#!/usr/bin/env bash
# Quick start: builds the extension and opens the demo samples in VS Code with the extension loaded from source.
#
#   bash scripts/start.sh            (npm start)
#
# - Installs the npm packages first if node_modules is missing, then runs `npm run build`.
# - With a local `code` command (VS Code installed): runs `code --extensionDevelopmentPath=$PWD samples/`.
# - Otherwise (or with DICOM_USE_CODE_SERVER=1): installs code-server once (scripts/setup-code-server.sh, offline),
#   serves VS Code on 127.0.0.1 (port $PORT, else 8080, else a free one) and prints the URL to open in a browser;
#   it keeps running until Ctrl+C. The profile (settings, state) lives in ${XDG_CACHE_HOME:-~/.cache}/dicom-inspector.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
FOLDER="$ROOT/samples"
[[ -d $FOLDER ]] || FOLDER="$ROOT/test/fixtures"

say() { echo "start: $*" >&2; }

if [[ ! -d node_modules ]]; then
  say "installing npm packages"
  if [[ -f package-lock.json ]]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
fi
say "building"
npm run --silent build

if [[ ${DICOM_USE_CODE_SERVER:-0} != 1 ]] && command -v code >/dev/null 2>&1; then
  say "opening $FOLDER in VS Code with the extension loaded from $ROOT"
  exec code --new-window --extensionDevelopmentPath="$ROOT" "$FOLDER"
fi

CODE_SERVER=$(bash scripts/setup-code-server.sh | tail -n 1)

# Port: $PORT, else 8080 when free, else any free port (0 = let the server pick).
port_free() {
  node -e '
    const s = require("net").createServer();
    s.once("error", () => process.exit(1));
    s.listen(Number(process.argv[1]), "127.0.0.1", () => s.close(() => process.exit(0)));
  ' "$1"
}
WANT=${PORT:-8080}
if port_free "$WANT"; then BIND_PORT=$WANT; else
  say "port $WANT is in use; picking a free one"
  BIND_PORT=0
fi

PROFILE="${XDG_CACHE_HOME:-$HOME/.cache}/dicom-inspector/start-profile"
mkdir -p "$PROFILE/ud/User" "$PROFILE/exts" "$PROFILE/xdg-config" "$PROFILE/xdg-data"
if [[ ! -f $PROFILE/ud/User/settings.json ]]; then
  cat >"$PROFILE/ud/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "security.workspace.trust.enabled": false
}
JSON
fi
printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$BIND_PORT" >"$PROFILE/config.yaml"
LOG="$PROFILE/code-server.log"

# Own process group (setsid), so stopping it stops the extension host and the other helpers it spawns.
# (code-server reads $PORT itself, which would override port 0: unset it.)
env -u PORT XDG_CONFIG_HOME="$PROFILE/xdg-config" XDG_DATA_HOME="$PROFILE/xdg-data" EXTENSIONS_GALLERY='{}' \
  setsid "$CODE_SERVER" --config "$PROFILE/config.yaml" --bind-addr "127.0.0.1:$BIND_PORT" --auth none \
  --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
  --user-data-dir "$PROFILE/ud" --extensions-dir "$PROFILE/exts" >"$LOG" 2>&1 </dev/null &
PID=$!
stop() {
  trap - INT TERM EXIT
  kill -TERM -- "-$PID" 2>/dev/null || true
  for _ in $(seq 30); do kill -0 -- "-$PID" 2>/dev/null || break; sleep 0.1; done
  kill -KILL -- "-$PID" 2>/dev/null || true
}
trap 'stop; exit 130' INT TERM HUP
trap stop EXIT

PORT_SEEN=
for _ in $(seq 300); do
  PORT_SEEN=$(grep -Eo 'HTTP server listening on https?://[^ ]+:[0-9]+' "$LOG" | grep -Eo '[0-9]+$' | head -n 1 || true)
  [[ -n $PORT_SEEN ]] && break
  kill -0 "$PID" 2>/dev/null || { cat "$LOG" >&2; say "code-server exited"; exit 1; }
  sleep 0.1
done
[[ -n $PORT_SEEN ]] || { cat "$LOG" >&2; say "code-server did not start"; exit 1; }

URL=$(node -e '
  const [port, folder, ext] = process.argv.slice(1);
  const remotePath = ext.split("/").map(encodeURIComponent).join("/");
  const payload = [["extensionDevelopmentPath", `vscode-remote://127.0.0.1:${port}${remotePath}`]];
  console.log(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
' "$PORT_SEEN" "$FOLDER" "$ROOT")

cat <<EOF

  DICOM Inspector is running in VS Code (code-server) with the extension loaded from source.
  Open this URL in a browser on this machine:

    $URL

  Folder: $FOLDER     Log: $LOG
  (After changing the sources: npm run build, then "Developer: Reload Window".)  Ctrl+C to stop.

EOF
# Stay until code-server ends, or until whoever started us is gone: `npm start` killed by a signal does not pass
# it on, and code-server (in its own process group) would otherwise outlive the command.
PARENT=$PPID
while kill -0 "$PID" 2>/dev/null; do
  kill -0 "$PARENT" 2>/dev/null || break
  sleep 1
done
