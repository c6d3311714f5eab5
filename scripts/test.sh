#!/usr/bin/env bash
# Every test, twice: once with the process in UTC and once in Asia/Tokyo, so no code may lean on the
# machine's time zone. Ends with one summary line ("Tests: N passed, N failed").
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
status=0
for zone in UTC Asia/Tokyo; do
  echo "=== TZ=$zone ==="
  TZ=$zone npx vitest run --reporter=default --reporter=json \
    --outputFile.json="test-results/vitest-${zone//\//-}.json" "$@" || status=1
done
node scripts/summarize-tests.js test-results/vitest-*.json || status=1
exit $status
