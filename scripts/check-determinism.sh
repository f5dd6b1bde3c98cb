#!/usr/bin/env bash
# Runs `eosverify check` on the default suite twice — once as is, once pinned to one core with two busy loops
# competing for it (a machine several times slower) — and compares report.json byte for byte (timings.json aside).
# SMT answers are decided by the solver's resource limit (--rlimit), so the reports must be identical.
# Usage: scripts/check-determinism.sh [extra check options...]   (needs a Release build of EosVerify.Cli)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cli="$root/src/EosVerify.Cli/bin/Release/net10.0/EosVerify.Cli"
[ -x "$cli" ] || { echo "build first: dotnet build EosVerify.sln -c Release" >&2; exit 2; }
work="$(mktemp -d /tmp/eosverify-determinism-XXXXXX)"
trap 'kill $busy1 $busy2 2>/dev/null || true; rm -rf "$work"' EXIT
busy1=; busy2=

start=$(date +%s.%N)
"$cli" check --quiet --out "$work/fast" "$@" >/dev/null || true
fast=$(echo "$(date +%s.%N) - $start" | bc)

taskset -c 0 bash -c 'while :; do :; done' & busy1=$!
taskset -c 0 bash -c 'while :; do :; done' & busy2=$!
start=$(date +%s.%N)
taskset -c 0 nice -n 10 "$cli" check --quiet --out "$work/slow" "$@" >/dev/null || true
slow=$(echo "$(date +%s.%N) - $start" | bc)
kill $busy1 $busy2; busy1=; busy2=

printf 'unloaded run: %.1f s; one core shared with two busy loops: %.1f s\n' "$fast" "$slow"
if cmp -s "$work/fast/report.json" "$work/slow/report.json"; then
  echo "report.json identical ($(wc -c < "$work/fast/report.json") bytes, sha256 $(sha256sum < "$work/fast/report.json" | cut -c1-16))"
else
  echo "report.json DIFFERS:"; diff "$work/fast/report.json" "$work/slow/report.json" | head -40; exit 1
fi
