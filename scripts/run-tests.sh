#!/usr/bin/env bash
# Every test, twice: once with the process in UTC and once in Asia/Tokyo, so no code may lean on the
# machine's time zone. Ends with one summary line ("Tests: N passed, N failed, …; PASSED|FAILED") computed
# from this run's reports only. Exits non-zero on any failed test, failed file, unhandled error or vitest
# exit code. TEST_RESULTS_DIR and TEST_ZONES are for scripts/check-runner.sh.
set -uo pipefail
cd "$(dirname "$0")/.."
dir="${TEST_RESULTS_DIR:-test-results}"
read -r -a zones <<< "${TEST_ZONES:-UTC Asia/Tokyo}"
rm -rf "$dir"
mkdir -p "$dir"
started=$(node -e 'console.log(Date.now())')
status=0
for zone in "${zones[@]}"; do
  slug="${zone//\//-}"
  echo "=== TZ=$zone ==="
  TZ=$zone VITEST_OUTCOME_FILE="$dir/outcome-$slug.json" npx vitest run \
    --reporter=default --reporter=json --reporter=./scripts/vitest-outcome-reporter.ts \
    --outputFile.json="$dir/vitest-$slug.json" "$@"
  code=$?
  echo "$code" > "$dir/exit-$slug"
  [ "$code" -eq 0 ] || status=1
done
node scripts/summarize-tests.js "$dir" "$started" "${zones[@]}" || status=1
exit $status
