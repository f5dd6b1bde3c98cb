#!/usr/bin/env bash
# Installs what NuGet does not bring: the z3 and cvc5 solvers, the TeX Live subset that compiles derivations, and
# OpenBLAS (optional fast matrix kernels, measured in docs/benchmarks/numerics.md).
# Idempotent: packages already present are not reinstalled. Run as root (or with sudo) on Debian 12.
set -euo pipefail

wanted=(z3 cvc5 texlive-latex-base texlive-latex-recommended texlive-fonts-recommended lmodern poppler-utils libopenblas0)
missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: z3, cvc5 and TeX Live are present"
  exit 0
fi

sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
echo "install-deps: installing ${missing[*]}"
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
