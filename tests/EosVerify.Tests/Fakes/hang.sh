#!/bin/sh
# Fake solver that never answers. Writes "<own pid> <child pid>" to the file named by $1, then waits on a child
# sleep, so that tests can check that the whole process tree was killed.
sleep 600 &
echo "$$ $!" > "$1.tmp" && mv "$1.tmp" "$1"
wait
