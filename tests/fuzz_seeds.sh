#!/bin/sh
# tests/fuzz_seeds.sh: replay every seed in fuzz/seeds/X/ through fuzz/fuzz_X.c
# built without libFuzzer (fuzz/replay.c supplies main) against the normal
# library, one process per seed. Prints "N passed, N failed" (one per seed
# file) and fails on any failure.
BUILD=${BUILD:-build}
CC=${CC:-cc}
passed=0
failed=0
[ -f "$BUILD/libdyad.a" ] || { echo "$BUILD/libdyad.a not built"; echo "0 passed, 1 failed"; exit 1; }
mkdir -p "$BUILD" || exit 1
to=""
command -v timeout >/dev/null 2>&1 && to="timeout 10"  # a seed that was slow must stay fast

for src in fuzz/fuzz_*.c; do
    [ -f "$src" ] || continue
    name=$(basename "$src" .c)
    x=${name#fuzz_}
    seeds=fuzz/seeds/$x
    [ -d "$seeds" ] || { echo "$name: no $seeds folder"; continue; }
    bin=$BUILD/replay_$x
    # CFLAGS/LDFLAGS come from make (the sanitizer flags under `make asan`)
    if ! $CC -std=c11 -g ${CFLAGS:-} -Iinclude -Isrc -D_POSIX_C_SOURCE=200809L fuzz/replay.c "$src" \
        "$BUILD/libdyad.a" ${LDFLAGS:-} -ljansson -larchive -lutf8proc -lz -lm -o "$bin"; then
        echo "FAIL $name: does not build"
        failed=$((failed + 1))
        continue
    fi
    for seed in "$seeds"/*; do
        [ -f "$seed" ] || continue
        if $to "$bin" "$seed" >/dev/null 2>&1; then
            passed=$((passed + 1))
        else
            echo "FAIL $name $seed (exit $?)"
            failed=$((failed + 1))
        fi
    done
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
