#!/usr/bin/env bash
# Fails if any tracked file is over 2 MB: fixtures must stay small, and a runaway generated file (a tool's output
# looping on a damaged input) must never reach a commit.
set -euo pipefail
cd "$(dirname "$0")/.."
big=$(git ls-files -z | xargs -0 -r stat -c '%s %n' 2>/dev/null | awk '$1 > 2000000')
if [ -n "$big" ]; then
  echo "Tracked files over 2 MB:"
  echo "$big"
  exit 1
fi
echo "repo size check: no tracked file over 2 MB"
