#!/usr/bin/env bash
# Runs only the tests in a real VS Code: the in-extension-host suite, then the end-to-end specs.
#   bash scripts/test-e2e.sh            (E2E_GREP / DICOM_SUITE_GREP narrow them; WB_DEBUG=1 shows logs)
# Installs code-server on first use (scripts/setup-code-server.sh, cached) and builds with the test bundle.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-code-server.sh >/dev/null || exit 1
node scripts/build.mjs --tests || exit 1
status=0
node scripts/run-inhost-tests.mjs --no-build || status=1
node test/e2e/run.mjs || status=1
exit $status
