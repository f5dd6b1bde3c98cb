#!/usr/bin/env bash
# Measures `eosverify check` and `eosverify evaluate` on the issue-9 acceptance sizes: wall time, peak RSS
# (/usr/bin/time -v) and per-check seconds (timings.json). Usage: scripts/measure-sizes.sh [CLI_DLL] [LIMIT_SECONDS]
# Prints one tab-separated line per run: arch, command, exit code, wall seconds, peak RSS (MB), per-check seconds.
set -u
cli=${1:-src/EosVerify.Cli/bin/Release/net10.0/EosVerify.Cli.dll}
limit=${2:-150}
chain=$(printf '1-%.0s' $(seq 200))1
archs=${ARCHS:-"7-7-7 10-10-10 10-20-20-10 2-2000-2 $chain 100-100-100"}
work=$(mktemp -d)
for arch in $archs; do
  label=$arch; [ ${#arch} -gt 20 ] && label="chain-depth-200"
  for cmd in check evaluate; do
    out="$work/$label-$cmd"
    /usr/bin/time -v -o "$out.time" timeout "$limit" dotnet "$cli" $cmd --arch "$arch" --eta 0.1 --out "$out" --quiet \
      >"$out.stdout" 2>"$out.stderr"
    rc=$?
    wall=$(grep 'Elapsed (wall' "$out.time" | awk '{print $NF}')
    rss=$(grep 'Maximum resident' "$out.time" | awk '{printf "%.0f", $NF/1024}')
    stages=""
    [ -f "$out/timings.json" ] && stages=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(" ".join("%s=%s" % (c["id"], c["seconds"]) for p in d["problems"] for c in p["checks"]))' "$out/timings.json")
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$cmd" "$rc" "$wall" "$rss" "$stages"
  done
done
rm -rf "$work"
