#!/usr/bin/env bash
# `npm test` (and CI): first the check that a failing test really fails this runner, then every test in
# both time zones (scripts/run-tests.sh).
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/check-runner.sh || { echo "Runner check failed: test results could not be trusted; no tests run."; exit 1; }
bash scripts/run-tests.sh "$@"
