#!/bin/sh
# Build and run dyad's benchmark (called by `make bench` from the repo root).
# Needs the PETRARCH data in ../shared/petrarch; build/libdyad.a must exist.
cd "$(dirname "$0")/.." || exit 0
PETR=${PETRARCH_DIR:-../shared/petrarch}
if [ ! -d "$PETR/dictionaries" ] || [ ! -f "$PETR/text/PETR.UnitTest.records.xml" ]; then
    echo "bench: $PETR (PETRARCH dictionaries and unit-test records) is missing; skipping"
    exit 0
fi
CC=${CC:-cc}
mkdir -p build
$CC -O2 -std=c11 -D_POSIX_C_SOURCE=200809L -Iinclude bench/bench.c build/libdyad.a \
    -ljansson -lz -lm -o build/bench || { echo "bench: build failed"; exit 0; }
build/bench "$PETR" || echo "bench: build/bench exited with status $?"
exit 0
