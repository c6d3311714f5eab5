#!/usr/bin/env bash
# The check of the test runner itself, run first by scripts/test.sh: throwaway tests from
# tests/runner-check/ (not in any normal project) go through the same command as the real run
# (scripts/run-tests.sh: vitest, its reporters, the summary). Each broken one must make it exit non-zero
# with a summary that names the failure, and the passing control case must pass. Any other outcome fails.
set -uo pipefail
cd "$(dirname "$0")/.."
base="test-results/runner-check"
rm -rf "$base"
failures=0

# name | zones | expected exit (fail/pass) | vitest arguments | regular expressions the summary must match (;-separated)
cases=(
  "assertion|UTC|fail|--project runner-check tests/runner-check/assertion.test.ts|Tests: 0 passed, 1 failed.*FAILED;failed test: tests/runner-check/assertion.test.ts › a failing assertion"
  "import-error|UTC|fail|--project runner-check tests/runner-check/import-error.test.ts|files failed: 1;failed file: tests/runner-check/import-error.test.ts: .*no-such-module"
  "throwing-beforeAll|UTC|fail|--project runner-check tests/runner-check/before-all.test.ts|files failed: 1;failed file: tests/runner-check/before-all.test.ts: Error: beforeAll broke \\(at tests/runner-check/before-all.test.ts:5\\)"
  "unhandled-rejection|UTC|fail|--project runner-check tests/runner-check/unhandled.test.ts|Tests: 1 passed, 0 failed.*unhandled errors: 1; FAILED;unhandled error: .*nobody handles this rejection"
  "integration-global-setup|UTC|fail|--project runner-check-integration|Tests: 0 passed, 1 failed.*FAILED;failed test: tests/runner-check/global-setup.test.ts"
  "second-zone-only|UTC Asia/Tokyo|fail|--project runner-check tests/runner-check/second-zone.test.ts|Tests: 1 passed, 1 failed.*FAILED;\\[TZ=Asia/Tokyo\\] failed test: tests/runner-check/second-zone.test.ts"
  "passed-on-retry|UTC|pass|--project runner-check tests/runner-check/flaky.test.ts|^Tests: 1 passed, 0 failed.*passed on a retry: 1; PASSED$;passed on its retry: tests/runner-check/flaky.test.ts › a test that passes only on its retry;the first try fails on purpose"
  "passing-control|UTC|pass|--project runner-check tests/runner-check/passing.test.ts|^Tests: 1 passed, 0 failed, 0 skipped; files failed: 0; unhandled errors: 0; passed on a retry: 0; PASSED$"
)

for entry in "${cases[@]}"; do
  IFS='|' read -r name zones expected args patterns <<< "$entry"
  dir="$base/$name"
  # shellcheck disable=SC2086 # the arguments are words on purpose
  output=$(VITEST_RUNNER_CHECK=1 TEST_RESULTS_DIR="$dir" TEST_ZONES="$zones" bash scripts/run-tests.sh $args 2>&1)
  code=$?
  summary=$(printf '%s\n' "$output" | sed -n '/^Tests: /,$p')
  ok=1
  if [ "$expected" = fail ]; then
    [ "$code" -ne 0 ] || ok=0
    # vitest's own exit code must tell the truth too (it was once overwritten with 0).
    grep -q "vitest exited with [1-9]" <<< "$summary" || ok=0
  else
    [ "$code" -eq 0 ] || ok=0
  fi
  IFS=';' read -r -a regexes <<< "$patterns"
  for regex in "${regexes[@]}"; do grep -Eq -- "$regex" <<< "$summary" || ok=0; done
  if [ "$ok" -eq 1 ]; then
    echo "runner check ok: $name → exit $code, $(head -n 1 <<< "$summary")"
  else
    failures=$((failures + 1))
    echo "RUNNER CHECK FAILED: $name (expected to $expected; exit $code). Output:"
    printf '%s\n' "$output" | tail -n 40
  fi
done
# The benches' pass/fail verdict goes through the same embedded PostgreSQL; a failed check must exit 1.
npx tsx tests/runner-check/bench-exit-code.ts > /dev/null 2>&1
code=$?
if [ "$code" -eq 1 ]; then
  echo "runner check ok: bench-failed-check → exit 1"
else
  failures=$((failures + 1))
  echo "RUNNER CHECK FAILED: bench-failed-check exited $code, expected 1"
fi
rm -rf "$base"
exit $((failures > 0))
