#!/bin/sh
# Fake solver that prints something that is not an SMT-LIB2 reply. $1 selects the kind of garbage.
cat > /dev/null
case "$1" in
  unbalanced) echo "unsat? ((( sure" ;;
  word) echo "unsatisfiable"; echo "(:reason-unknown \"\")" ;;
  binary) printf '\001\002\377unsat\n' ;;
  *) echo "usage: garbage.sh unbalanced|word|binary" >&2; exit 2 ;;
esac
