#!/bin/sh
# The .NET benchmarks and their numpy/scipy twin on the same .npy files, one after the other (docs/benchmarks.md).
# Needs: dotnet, Debian python3-numpy python3-scipy. Usage: bench/python/side_by_side.sh [DIR]   (from the repository root)
set -e
dir=${1:-/tmp/eosverify-twin}
cd bench/EosVerify.Benchmarks
dotnet run -c Release -- twin-data "$dir"
EOSVERIFY_TWIN_DIR="$dir" dotnet run -c Release -- --filter "*NumpyTwin*" --job short
cd ../..
/usr/bin/python3 bench/python/twin.py "$dir" --repeats 10
