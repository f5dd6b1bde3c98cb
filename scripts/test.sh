#!/usr/bin/env bash
# Runs the whole test suite: installs the solvers and TeX (scripts/install-deps.sh), builds, runs NUnit through
# `dotnet test` with a TRX log, and prints the closing line "N passed, N failed, N skipped".
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

bash scripts/install-deps.sh || { echo "test: installing dependencies failed"; echo "0 passed, 1 failed"; exit 1; }

results="$here/tests/TestResults"
rm -rf "$results"
dotnet test EosVerify.sln -c Release --logger "trx;LogFileName=results.trx" --results-directory "$results" "$@"
status=$?

trx="$results/results.trx"
if [ ! -f "$trx" ]; then
  echo "test: no TRX file was written (build failure?)"
  echo "0 passed, 1 failed"
  exit 1
fi
counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
attr() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
total=$(attr total); executed=$(attr executed); passed=$(attr passed); failed=$(attr failed)
errors=$(attr error); timeouts=$(attr timeout); aborted=$(attr aborted)
failed=$(( failed + ${errors:-0} + ${timeouts:-0} + ${aborted:-0} ))
skipped=$(( total - executed ))
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "${passed:-0}" -eq 0 ]; then exit 1; fi
exit 0
