#!/usr/bin/env bash
# Installs what the build and the tests need on a bare machine: npm packages (from the lockfile) and, unless
# SKIP_VSCODE_TESTS=1, the offline VS Code (code-server) with Debian's Chromium, and pydicom, which generates the
# 100,000-element file of the big-header end-to-end test at test time (it is never committed).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
if [ "${SKIP_VSCODE_TESTS:-0}" != 1 ]; then
  bash scripts/setup-code-server.sh >/dev/null
  if ! /usr/bin/python3 -c 'import pydicom, numpy' 2>/dev/null && [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-pydicom python3-numpy) >/dev/null
  fi
fi
