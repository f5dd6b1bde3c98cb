#!/usr/bin/env bash
# Rewrites every documented example (```console blocks starting with "$ eosverify" in README.md and docs/*.md)
# from the output of the freshly built tool, and copies the pictures marked "<!-- example figure: … -->" into
# docs/images. Then runs the same tests without rewriting, so a non-deterministic example shows up at once.
# Review the result with `git diff README.md docs/` before committing.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

dotnet build tests/EosVerify.Tests -c Release
EOSVERIFY_UPDATE_DOCS=1 dotnet test tests/EosVerify.Tests -c Release --no-build --filter "FullyQualifiedName~EosVerify.Tests.Docs.DocExampleTests"
dotnet test tests/EosVerify.Tests -c Release --no-build --filter "FullyQualifiedName~EosVerify.Tests.Docs"
git status --short README.md docs/
