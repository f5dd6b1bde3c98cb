#!/usr/bin/env bash
# Regenerates the public-API baselines (tests/EosVerify.Tests/Api/PublicApi/*.txt) from the built assemblies, after a
# deliberate change to the public surface; review `git diff` of those files before committing them.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build tests/EosVerify.Tests -c Release
EOSVERIFY_UPDATE_API=1 dotnet test tests/EosVerify.Tests -c Release --no-build --filter "FullyQualifiedName~PublicApiBaselineTests"
git --no-pager diff --stat -- tests/EosVerify.Tests/Api/PublicApi
