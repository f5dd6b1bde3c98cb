#!/usr/bin/env bash
# Issue 10's acceptance check: a fresh NUnit project that references the packed library runs the README's library
# example. Packs EosVerify and EosVerify.Testing into a temporary feed, creates an NUnit project whose only test is
# the README's first ```csharp block that calls EosVerifier.Check (its `using` lines go to the top of the file, the
# method into a class), restores offline from that feed plus the local NuGet cache (~/.nuget/packages), and runs
# `dotnet test`. Exit code: dotnet test's.
#
#   scripts/readme-example.sh [--no-build]   (--no-build: pack the Release build already made)
#
# Environment: EOSVERIFY_EXAMPLE_DIR keeps the work folder there (default: a temporary folder, removed at the end);
# NUGET_CACHE the cache to restore from (default: $NUGET_PACKAGES or ~/.nuget/packages).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
pack_args=(-c Release)
[[ "${1:-}" == "--no-build" ]] && pack_args+=(--no-build)

work="${EOSVERIFY_EXAMPLE_DIR:-}"
if [[ -z "$work" ]]; then
  work="$(mktemp -d -t eosverify-readme-XXXXXX)"
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work/feed" "$work/consumer" "$work/packages"
cache="${NUGET_CACHE:-${NUGET_PACKAGES:-$HOME/.nuget/packages}}"

for project in src/EosVerify/EosVerify.csproj src/EosVerify.Testing/EosVerify.Testing.csproj; do
  dotnet pack "$root/$project" "${pack_args[@]}" -o "$work/feed" >/dev/null
done
package="$(ls "$work/feed"/EosVerify.Testing.*.nupkg | head -n 1)"
version="$(basename "$package" .nupkg)"
version="${version#EosVerify.Testing.}"

# The README block: from the first ```csharp line to its closing ```, if it calls EosVerifier.Check.
awk '/^```csharp$/ {inside=1; block=""; next}
     inside && /^```$/ {inside=0; if (block ~ /EosVerifier\.Check/) {printf "%s", block; exit} next}
     inside {block = block $0 "\n"}' "$root/README.md" > "$work/example.cs"
[[ -s "$work/example.cs" ]] || { echo "readme-example: no csharp block calling EosVerifier.Check in README.md" >&2; exit 2; }
{
  grep '^using ' "$work/example.cs"
  echo
  echo "public class ReadmeExample"
  echo "{"
  grep -v '^using ' "$work/example.cs" | sed -e '/./,$!d' -e 's/^/    /' -e 's/^    $//'
  echo "}"
} > "$work/consumer/ReadmeExample.cs"

cat > "$work/consumer/Consumer.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <IsTestProject>true</IsTestProject>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.11.0" />
    <PackageReference Include="NUnit" Version="4.4.0" />
    <PackageReference Include="NUnit3TestAdapter" Version="6.3.1" />
    <PackageReference Include="EosVerify" Version="$version" />
    <PackageReference Include="EosVerify.Testing" Version="$version" />
  </ItemGroup>
  <ItemGroup>
    <Using Include="NUnit.Framework" />
  </ItemGroup>
</Project>
PROJECT
cat > "$work/consumer/NuGet.Config" <<CONFIG
<configuration>
  <packageSources>
    <clear />
    <add key="eosverify-packed" value="$work/feed" />
    <add key="local-cache" value="$cache" />
  </packageSources>
</configuration>
CONFIG
# A packages folder of its own, so the packed prerelease never lands in the user's cache.
export NUGET_PACKAGES="$work/packages"
cd "$work/consumer"
echo "readme-example: $(grep -vc '^\s*$' "$work/example.cs") non-blank lines of README example, EosVerify $version" >&2
dotnet test --nologo -v q
