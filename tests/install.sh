#!/bin/sh
# tests/install.sh: `make install DESTDIR=... PREFIX=/usr`, then a C program
# (tests/install/prog.c) built against the installed header and library with
# pkg-config, shared and static, codes a sentence with the installed
# dictionaries; the installed program finds them too; `make uninstall`
# removes every file. Closing line: "N passed, N failed".
BUILD=${BUILD:-build}
CC=${CC:-cc}
passed=0
failed=0

t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
D=$t/dest
P=$D/usr

ok() { echo "ok    $1"; passed=$((passed + 1)); }
fail() {
    echo "FAIL  $1"
    shift
    for f in "$@"; do [ -f "$f" ] && sed 's/^/      | /' "$f" | head -n 40; done
    failed=$((failed + 1))
}
check() {
    name=$1
    shift
    if "$@" >"$t/check" 2>&1; then ok "$name"; else fail "$name" "$t/check" "$t/out" "$t/err"; fi
}

# the build's own flags (make check passes them; make asan's sanitizers)
set -- BUILD="$BUILD" CC="$CC"
[ -n "${CFLAGS+x}" ] && set -- "$@" CFLAGS="$CFLAGS"
[ -n "${LDFLAGS+x}" ] && set -- "$@" LDFLAGS="$LDFLAGS"
${MAKE:-make} -j2 install DESTDIR="$D" PREFIX=/usr "$@" >"$t/make.log" 2>&1
check "make install DESTDIR PREFIX=/usr" test $? -eq 0
[ "$failed" -eq 0 ] || { sed 's/^/      | /' "$t/make.log" | tail -n 30; echo "$passed passed, $failed failed"; exit 1; }

missing=""
for f in bin/dyad lib/libdyad.a lib/libdyad.so include/dyad.h lib/pkgconfig/dyad.pc \
    share/dyad/dictionaries/PETR_config.ini share/man/man1/dyad.1; do
    [ -e "$P/$f" ] || missing="$missing $f"
done
check "installed files${missing:+ (missing:$missing)}" test -z "$missing"
so=$(readlink "$P/lib/libdyad.so")
real=$(readlink "$P/lib/$so")
check "libdyad.so -> libdyad.so.0 -> libdyad.so.MAJOR.MINOR ($so -> $real)" \
    sh -c "test '$so' = libdyad.so.0 && echo '$real' | grep -qx 'libdyad\.so\.0\.[0-9][0-9]*' && test -f '$P/lib/$real'"
check "soname libdyad.so.0" sh -c "readelf -d '$P/lib/libdyad.so' | grep -q 'SONAME.*\[libdyad\.so\.0\]'"
nm -D --defined-only "$P/lib/libdyad.so" | awk 'NF == 3 && $2 ~ /[TDBRW]/ { print $3 }' >"$t/syms"
check "the shared library exports dyad_ functions ($(grep -c . "$t/syms") symbols)" \
    grep -qx dyad_code_story "$t/syms"
grep -v '^dyad_[^_]' "$t/syms" >"$t/others"
check "the shared library exports nothing else (no dyad__ internals)" \
    sh -c "! test -s '$t/others'"
check "dyad.pc: Libs.private has -ljansson -lz -lm" \
    sh -c "grep '^Libs.private:' '$P/lib/pkgconfig/dyad.pc' | grep -- '-ljansson' | grep -- '-lz' | grep -q -- '-lm'"

if ! command -v pkg-config >/dev/null 2>&1; then
    fail "pkg-config not found (Debian: pkgconf)"
else
    # the .pc names /usr; point its prefix at the staged tree
    pc() { PKG_CONFIG_PATH=$P/lib/pkgconfig pkg-config --define-variable=prefix="$P" "$@" dyad; }
    check "pkg-config --modversion is DYAD_VERSION" \
        sh -c "grep -q \"DYAD_VERSION \\\"\$(PKG_CONFIG_PATH='$P/lib/pkgconfig' pkg-config --modversion dyad)\\\"\" '$P/include/dyad.h'"
    # shared
    $CC -std=c11 -Wall -Wextra -Werror $CFLAGS -o "$t/prog" tests/install/prog.c \
        $(pc --cflags --libs) $LDFLAGS >"$t/cc.log" 2>&1
    check "a program compiles and links with pkg-config --cflags --libs" test $? -eq 0
    check "it is linked to libdyad.so.0" sh -c "readelf -d '$t/prog' | grep -q 'NEEDED.*\[libdyad\.so\.0\]'"
    LD_LIBRARY_PATH=$P/lib "$t/prog" "$P/share/dyad/dictionaries" >"$t/out" 2>"$t/err"
    check "shared: it codes Kim Jong-un visited Beijing with the installed dictionaries" \
        grep -q '^PRKGOV CHN 042$' "$t/out"
    # static: libdyad.a, with what --static adds (Libs.private)
    $CC -std=c11 -Wall -Wextra -Werror $CFLAGS -o "$t/prog-static" tests/install/prog.c \
        $(pc --static --cflags) $(pc --static --libs | sed 's/-ldyad\b/-l:libdyad.a/') $LDFLAGS \
        >"$t/cc.log" 2>&1
    check "a program links libdyad.a with pkg-config --static --libs" test $? -eq 0
    check "it needs no libdyad.so" sh -c "! readelf -d '$t/prog-static' | grep -q libdyad"
    "$t/prog-static" "$P/share/dyad/dictionaries" >"$t/out" 2>"$t/err"
    check "static: it codes Kim Jong-un visited Beijing" grep -q '^PRKGOV CHN 042$' "$t/out"
fi

# the installed program finds its dictionaries in ../share/dyad/dictionaries
# (not ./dictionaries: it runs from an empty folder)
mkdir "$t/cwd"
echo "Kim Jong-un visited Beijing." >"$t/cwd/kim.txt"
(cd "$t/cwd" && env -u DYAD_DICTIONARIES "$P/bin/dyad" code --date 2025-09-02 kim.txt) >"$t/out" 2>"$t/err"
check "installed dyad codes with its installed dictionaries" \
    grep -q '"source":"PRKGOV","target":"CHN","code":"042"' "$t/out"
mv "$P/share/dyad/dictionaries" "$P/share/dyad/moved"
(cd "$t/cwd" && env -u DYAD_DICTIONARIES "$P/bin/dyad" code --date 2025-09-02 kim.txt) >"$t/out" 2>"$t/err"
check "... and fails without them (so those were the ones it used)" test $? -ne 0
mv "$P/share/dyad/moved" "$P/share/dyad/dictionaries"

${MAKE:-make} uninstall DESTDIR="$D" PREFIX=/usr BUILD="$BUILD" >"$t/make.log" 2>&1
check "make uninstall" test $? -eq 0
find "$D" ! -type d >"$t/left"
check "make uninstall leaves no file behind" sh -c "! test -s '$t/left'"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
