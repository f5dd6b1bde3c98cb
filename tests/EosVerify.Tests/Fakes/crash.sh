#!/bin/sh
# Fake solver that dies before answering: reads a little of the query, complains on stderr, exits 1.
head -c 10 > /dev/null
echo "fake solver: internal error (simulated crash)" >&2
exit 1
