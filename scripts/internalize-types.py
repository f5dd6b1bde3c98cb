#!/usr/bin/env python3
"""Makes top-level `public` type declarations in src/ `internal`, except the library types the public-API baseline
(tests/EosVerify.Tests/Api/PublicApi/EosVerify.txt and EosVerify.Testing.txt) lists. For after a merge that brought
new public types: run it, build, then `scripts/update-public-api.sh` only if a type must really be public (add it to
the baseline by hand first; its members then come from the build). Changes only the word on the declaration line.

    python3 scripts/internalize-types.py          # rewrite
    python3 scripts/internalize-types.py --check  # list what it would change, exit 1 if anything
"""
import pathlib, re, sys

root = pathlib.Path(__file__).resolve().parent.parent
baselines = root / "tests" / "EosVerify.Tests" / "Api" / "PublicApi"
keep = set()
for name in ("EosVerify.txt", "EosVerify.Testing.txt"):
    for line in (baselines / name).read_text().splitlines():
        if line and not line.startswith(" "):
            full = line.split(" : ")[0].split(" ")[-1]   # "sealed class EosVerify.Networks.Problem : …" → full name
            keep.add(full)

declaration = re.compile(
    r"^public((?:\s+(?:sealed|static|abstract|readonly|partial|record|unsafe|ref))*\s+"
    r"(?:class|struct|interface|enum|record|delegate)\s+(?:[\w<>\[\], ]+?\s+)?)(\w+)")
namespace = re.compile(r"^namespace\s+([\w.]+)\s*;")
changes = []
for f in sorted((root / "src").rglob("*.cs")):
    if "/obj/" in str(f) or "/bin/" in str(f):
        continue
    lines = f.read_text().split("\n")
    ns = ""
    for i, line in enumerate(lines):
        if m := namespace.match(line):
            ns = m.group(1)
        if (m := declaration.match(line)) and f"{ns}.{m.group(2)}" not in keep:
            lines[i] = "internal" + line[len("public"):]
            changes.append(f"{f.relative_to(root)}:{i + 1}: {ns}.{m.group(2)}")
    if "--check" not in sys.argv:
        f.write_text("\n".join(lines))
print("\n".join(changes) if changes else "no public type outside the baseline")
sys.exit(1 if changes and "--check" in sys.argv else 0)
