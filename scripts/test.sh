#!/usr/bin/env bash
# `npm test` (and CI): first the check that a failing test really fails this runner, then every test in
# both time zones (scripts/run-tests.sh), then the known mutants (scripts/mutants.ts), which must all die.
# With arguments (`npm test -- tests/integration/x.test.ts`) only those tests run, without the mutants.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/check-runner.sh || { echo "Runner check failed: test results could not be trusted; no tests run."; exit 1; }
bash scripts/run-tests.sh "$@" || exit 1
if [ $# -eq 0 ]; then
  npx tsx scripts/mutants.ts || { echo "Known mutants: at least one survived or could not run (see above)."; exit 1; }
fi
