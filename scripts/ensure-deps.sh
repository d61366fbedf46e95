#!/usr/bin/env bash
# Installs what the build and the tests need on a bare machine: npm packages (from the lockfile) and, unless
# SKIP_VSCODE_TESTS=1, the offline VS Code (code-server) with Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
if [ "${SKIP_VSCODE_TESTS:-0}" != 1 ]; then
  bash scripts/setup-code-server.sh >/dev/null
fi
