#!/usr/bin/env bash
# The one test command (npm test, and .ci/run): installs what it needs, then runs type checking, lint, format
# check, unit tests, the in-extension-host suite and the end-to-end tests in a real VS Code (code-server).
# It ends with one line "tests: N passed, N failed" summing every stage's test counts.
set -uo pipefail
cd "$(dirname "$0")/.."

passed=0
failed=0
stage_failures=()
log_dir=$(mktemp -d)

count_mocha() { # reads mocha's "N passing" / "N failing" lines from a log
  local p f
  p=$(grep -Eo '^ *[0-9]+ passing' "$1" | tail -1 | grep -Eo '[0-9]+' || true)
  f=$(grep -Eo '^ *[0-9]+ failing' "$1" | tail -1 | grep -Eo '[0-9]+' || true)
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
}

count_plain() { # reads a "N passed, N failed" line
  local line p f
  line=$(grep -Eo '[0-9]+ passed, [0-9]+ failed' "$1" | tail -1 || true)
  p=$(echo "$line" | grep -Eo '^[0-9]+' || true)
  f=$(echo "$line" | grep -Eo '[0-9]+ failed' | grep -Eo '[0-9]+' || true)
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
}

run_stage() { # name, counter, command...
  local name=$1 counter=$2
  shift 2
  echo "=== $name"
  local log="$log_dir/$name.log"
  if "$@" 2>&1 | tee "$log"; then :; else
    stage_failures+=("$name")
    [ "$counter" = none ] && failed=$((failed + 1))
  fi
  case $counter in
    mocha) count_mocha "$log" ;;
    plain) count_plain "$log" ;;
  esac
}

echo "=== install"
bash scripts/ensure-deps.sh || { echo "tests: 0 passed, 1 failed"; exit 1; }

run_stage repo-size none bash scripts/check-repo-size.sh
run_stage typecheck none npx tsc --noEmit -p .
run_stage eslint none npx eslint .
run_stage prettier none npx prettier --check .
run_stage unit mocha npx mocha
run_stage build none node scripts/build.mjs --tests
if [ "${SKIP_VSCODE_TESTS:-0}" != 1 ]; then
  run_stage inhost plain node scripts/run-inhost-tests.mjs --no-build
  run_stage e2e plain node test/e2e/run.mjs
fi

if [ ${#stage_failures[@]} -gt 0 ]; then
  echo "Failed stages: ${stage_failures[*]}"
fi
echo "tests: $passed passed, $failed failed"
[ ${#stage_failures[@]} -eq 0 ] && [ "$failed" -eq 0 ]
